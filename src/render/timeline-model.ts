// What a ticket timeline shows, as data: the axis range, the ticket's events, and per target a
// lane with its clock's open periods, the time counted (and counted past due), the pauses that
// stopped it, the holidays and closures on the way, and its markers. Drawing is ./timeline.

import { periodsFrom } from '../engine/periods';
import { problemAt, InputError } from '../errors';
import type { Clock, TermsInForce, TermsSource } from '../policy/source';
import { assess, type Assessment } from '../sla/evaluate';
import type { TargetKind, TargetResult, Ticket, TicketSla } from '../sla/types';
import { MS_PER_DAY, parseLocalDate, parseWallTime } from '../time/civil';
import { toEpochMs, type InstantInput } from '../time/instant';
import { findZone, wallToInstant, type Zone } from '../time/zone';
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
  pauses: (Span & { reason?: string })[];
  closures: (Span & { date: string; label?: string })[];
  /** The explanation's text, in the timeline's language. */
  text?: string;
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
  events: { kind: EventKind; at: number }[];
  lanes: Lane[];
}

const KINDS: readonly TargetKind[] = ['response', 'resolution'];

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
  { sla, terms: inForce, times, now, multiPlan }: TimelineAssessment,
  options: { zone?: string | undefined; lang?: RenderLang | undefined },
): TimelineModel {
  const zone = options.zone ?? inForce.business.zone.name;
  if (!findZone(zone))
    throw new InputError([problemAt('options.zone', `'${zone}' is not a known time zone`, 'UNKNOWN_ZONE')]);
  const lang = options.lang ?? inForce.lang;
  const known = (t: number | undefined) => (t !== undefined && t <= now ? t : undefined);
  const clockStart = sla.intake.clockStartsAt.getTime();

  const events: TimelineModel['events'] = [{ kind: 'reported', at: times.reportedAt }];
  if (clockStart !== times.reportedAt) events.push({ kind: 'clockStart', at: clockStart });
  const responded = known(times.respondedAt);
  const resolved = known(times.resolvedAt);
  if (responded !== undefined) events.push({ kind: 'responded', at: responded });
  if (resolved !== undefined) events.push({ kind: 'resolved', at: resolved });

  // The axis: from the report to the last thing worth seeing, padded.
  const targets = KINDS.flatMap((k) => (sla.targets[k] ? [[k, sla.targets[k]!] as const] : []));
  const ends = [clockStart, ...events.map((e) => e.at)];
  for (const [, r] of targets) {
    ends.push(r.due.getTime(), r.explanation!.countedUntil.getTime());
    if (r.expectedBy) ends.push(r.expectedBy.getTime());
  }
  const first = Math.min(times.reportedAt, clockStart);
  const last = Math.max(...ends);
  const pad = Math.max((last - first) * 0.04, 30 * 60_000);
  const from = first - pad;
  const to = last + pad;
  if (now >= from && now <= to) events.push({ kind: 'now', at: now });

  const lanes: Lane[] = targets.map(([kind, result]) => targetLane(kind, result, inForce, from, to, lang));
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

function targetLane(
  kind: TargetKind,
  result: TargetResult,
  inForce: TermsInForce,
  from: number,
  to: number,
  lang: RenderLang,
): Lane {
  const explanation = result.explanation!;
  const clock = inForce.clocks[kind]!;
  const due = result.due.getTime();
  const breached = result.status === 'breached';
  const counted: Span[] = [];
  const over: Span[] = [];
  for (const p of explanation.counted) {
    const start = p.start.getTime();
    const end = p.end.getTime();
    if (!breached || end <= due) counted.push({ start, end });
    else if (start >= due) over.push({ start, end });
    else {
      counted.push({ start, end: due });
      over.push({ start: due, end });
    }
  }
  return {
    kind,
    clock: result.clock,
    result,
    ...clockSpans(clock, from, to),
    counted,
    over,
    pauses: explanation.pauses
      .map((p) => ({
        start: Math.max(p.from.getTime(), from),
        end: Math.min(p.to.getTime(), to),
        ...(p.reason === undefined ? {} : { reason: p.reason }),
      }))
      .filter((p) => p.end > p.start),
    text: explanation.text[lang],
  };
}

/** A clock's open periods and closures within [from, to). */
function clockSpans({ timeline, zone }: Clock, from: number, to: number): Pick<Lane, 'open' | 'closures'> {
  const open = [...periodsFrom(timeline, from, to)].map((p) => ({
    start: Math.max(p.start, from),
    end: Math.min(p.end, to),
  }));
  const closures: Lane['closures'] = [];
  for (const note of timeline.closures(from, to)) {
    const date = parseLocalDate(note.date);
    if (date === undefined) continue;
    const [a, b] = note.hours?.split('-').map(parseWallTime) ?? [0, MS_PER_DAY];
    if (a === undefined || b === undefined) continue;
    const start = Math.max(wallToInstant(zone, date, a), from);
    const end = Math.min(wallToInstant(zone, b > a ? date : date + 1, b), to);
    if (end <= start) continue;
    closures.push({ start, end, date: note.date, ...(note.name === undefined ? {} : { label: note.name }) });
  }
  return { open, closures };
}
