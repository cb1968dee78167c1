// The events of a ticket's history on a timeline's events lane: the response (explicit, or the
// first agent reply), each resolution (a stop status by its name, or the explicit resolvedAt),
// each reopening by its status, and each priority change with the priority it changed to; only
// what is known at `now`.

import type { History } from '../sla/history';
import type { TargetExplanation } from '../sla/types';
import type { TimelineEvent } from './timeline-model';

/**
 * The history's events known at `now`, in order of time.
 *
 * @example
 * historyEvents(assessment.history, sla.targets.resolution?.explanation, now).map((e) => e.kind); //=> ['responded', 'resolved', 'reopened', 'resolved']
 */
export function historyEvents(
  history: History,
  explanation: TargetExplanation | undefined,
  explicitResolvedAt: number | undefined,
  now: number,
): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  const stops = history.stops ?? [];
  for (const s of stops) events.push({ kind: 'resolved', at: s.at, detail: s.status });
  if (explicitResolvedAt !== undefined && explicitResolvedAt <= now && !stops.some((s) => s.at === explicitResolvedAt))
    events.push({ kind: 'resolved', at: explicitResolvedAt });
  const responded = history.respondedAt;
  // A response that is the resolution itself (no reply before it) is drawn once, as the resolution.
  if (responded !== undefined && responded <= now && !events.some((e) => e.at === responded))
    events.push({ kind: 'responded', at: responded });
  for (const r of history.reopenings ?? []) events.push({ kind: 'reopened', at: r.at, detail: r.status });
  for (const p of explanation?.priorityChanges ?? [])
    events.push({ kind: 'priority', at: p.at.getTime(), detail: p.to });
  return events.sort((a, b) => a.at - b.at);
}
