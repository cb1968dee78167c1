// What a ticket timeline shows, as data: the axis range, the ticket's events, and per target a
// lane with its clock's open periods, the time counted (and counted past due), the pauses that
// stopped it, the holidays and closures on the way, and its markers. Drawing is ./timeline.

import { problemAt, InputError } from '../errors';
import type { TermsSource } from '../policy/source';
import { assess, type Assessment } from '../sla/evaluate';
import type { CycleCause, TargetKind, TargetResult, Ticket, TicketSla } from '../sla/types';
import { toEpochMs, type InstantInput } from '../time/instant';
import { findZone, type Zone } from '../time/zone';
import { clockSpans } from './timeline-clock';
import { targetLanes } from './timeline-cycles';
import { historyEvents } from './timeline-history';
import type { EventKind, LaneKind, RenderLang } from './timeline-words';

/** What renderTimeline draws: a ticket, the policy it is judged by, and the instant of judgement. */
export interface TimelineInput {
  policy: TermsSource;
  ticket: Ticket;
  now: InstantInput;
  /**
   * The result of `evaluate(policy, ticket, { now, explain: true })`, to reuse; evaluated when
   * absent. Must carry explanations: a result evaluated without `explain: true` is rejected.
   */
  sla?: TicketSla;
}

/** A span of time [start, end) in epoch ms. */
export interface Span {
  start: number;
  end: number;
}

/** One lane: a target on its clock, or the plan's business hours for context. */
export interface Lane {
  kind: LaneKind;
  clock: string;
  result?: TargetResult;
  /** Open periods of the lane's clock within the axis. */
  open: Span[];
  /** Time counted toward the target up to due. */
  counted: Span[];
  /** Time counted after due: the breach. */
  over: Span[];
  /** Pauses; `status` names the help desk status that opened a status-driven one. */
  pauses: (Span & { reason?: string; status?: string })[];
  closures: (Span & { date: string; label?: string })[];
  /** For a target judged over several cycles: which cycle this lane shows, and what started and ended it. */
  cycle?: { index: number; of: number; start: number; startedBy: CycleCause; endedBy?: CycleCause };
  /** The explanation's text, in the timeline's language (on the latest cycle's lane). */
  text?: string;
}

/** An event on the ticket's life; `detail` is what the label adds (a status, a priority). */
export interface TimelineEvent {
  kind: EventKind;
  at: number;
  detail?: string;
}

/** A timeline, ready to draw. */
export interface TimelineModel {
  ticketId?: string;
  policy: string;
  /** The plan, when the policy has several (one plan is not worth naming). */
  plan?: string;
  priority: string;
  zone: string;
  lang: RenderLang;
  from: number;
  to: number;
  now: number;
  deferred: boolean;
  events: TimelineEvent[];
  lanes: Lane[];
}

const KINDS: readonly TargetKind[] = ['response', 'update', 'resolution'];

/**
 * What the timeline of `input` is drawn from: the ticket assessed at `now` with explanations, or
 * with the given `sla` in place of its own evaluation.
 *
 * @example
 * const model = timelineModel(assessTimeline({ policy: policies.icg, ticket, now: '2024-03-04 12:00' }), {});
 */
export function assessTimeline(input: TimelineInput): TimelineAssessment {
  const nowIn = (zone: Zone) => toEpochMs(input.now, zone, 'now');
  const assessment = assess(input.policy, input.ticket, nowIn, input.sla === undefined);
  const multiPlan = input.policy.plans.length > 1;
  if (input.sla === undefined) return { ...assessment, multiPlan };
  const missing = KINDS.filter((k) => input.sla!.targets[k] && !input.sla!.targets[k]!.explanation);
  if (missing.length > 0) {
    throw new InputError([
      problemAt(
        'sla',
        `has no explanation for ${missing.join(' and ')}: evaluate the ticket with { explain: true }, or leave sla out and renderTimeline evaluates it`,
      ),
    ]);
  }
  return { ...assessment, sla: input.sla, multiPlan };
}

/** An assessment, and whether the policy has several plans (then the timeline names the plan). */
export type TimelineAssessment = Assessment & { multiPlan: boolean };

/**
 * The model of an assessed ticket's timeline. `zone` (default: the plan's business calendar's)
 * is the zone the timeline is read in; `lang` (default: the policy's) the language of its texts.
 *
 * @example
 * const model = timelineModel(assessTimeline({ policy: policies.icg, ticket, now: '2024-03-04 12:00' }), {});
 * model.lanes.map((l) => l.kind); //=> ['response', 'resolution']
 */
export function timelineModel(
  { sla, terms: inForce, times, history, now, multiPlan }: TimelineAssessment,
  options: { zone?: string | undefined; lang?: RenderLang | undefined },
): TimelineModel {
  const zone = options.zone ?? inForce.business.zone.name;
  if (!findZone(zone))
    throw new InputError([problemAt('options.zone', `'${zone}' is not a known time zone`, 'UNKNOWN_ZONE')]);
  const lang = options.lang ?? inForce.lang;
  const clockStart = sla.intake.clockStartsAt.getTime();
  const targets = KINDS.flatMap((k) => (sla.targets[k] ? [[k, sla.targets[k]!] as const] : []));

  const events: TimelineEvent[] = [{ kind: 'reported', at: times.reportedAt }];
  if (clockStart !== times.reportedAt) events.push({ kind: 'clockStart', at: clockStart });
  const explained = KINDS.map((k) => sla.targets[k]?.explanation).find((e) => e !== undefined);
  const resolvedAt = times.resolvedAt;
  events.push(...historyEvents(history, explained, resolvedAt, now));

  // The axis: from the report to the last thing worth seeing, padded.
  const ends = [clockStart, ...events.map((e) => e.at)];
  for (const [, r] of targets) {
    ends.push(r.due.getTime(), r.explanation!.countedUntil.getTime());
    if (r.expectedBy) ends.push(r.expectedBy.getTime());
    for (const c of r.explanation!.cycles ?? []) ends.push(c.due.getTime(), c.end?.getTime() ?? now);
  }
  const first = Math.min(times.reportedAt, clockStart);
  const last = Math.max(...ends);
  const pad = Math.max((last - first) * 0.04, 30 * 60_000);
  const from = first - pad;
  const to = last + pad;
  if (now >= from && now <= to) events.push({ kind: 'now', at: now });

  const lanes: Lane[] = targets.flatMap(([kind, result]) =>
    targetLanes(kind, result, inForce.clocks[kind]!, from, to, lang),
  );
  if (!targets.some(([kind]) => inForce.clocks[kind] === inForce.business)) {
    lanes.push({
      kind: 'hours',
      clock: inForce.terms.businessClock,
      ...clockSpans(inForce.business, from, to),
      counted: [],
      over: [],
      pauses: [],
    });
  }
  return {
    ...(sla.ticketId === undefined ? {} : { ticketId: sla.ticketId }),
    policy: inForce.policyName,
    ...(multiPlan ? { plan: sla.plan } : {}),
    priority: inForce.priorityLabel,
    zone,
    lang,
    from,
    to,
    now,
    deferred: sla.intake.status === 'deferred',
    events,
    lanes,
  };
}
