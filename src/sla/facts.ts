// What an audit counts of one evaluated ticket beyond its TicketSla: the month it was reported
// in, its customer and logged effort, whether each target was completed by `now`, the business
// time it consumed over its resolution cycles, and its time outside coverage. Everything is
// taken from the assessment evaluate() made (its history included), so no instant is read twice.

import { between } from '../engine/between';
import { clip, normalize, type IntervalList } from '../engine/intervals';
import { memoize } from '../memo';
import type { Clock } from '../policy/source';
import { formatLocalDate, type LocalDate } from '../time/civil';
import { instantToLocal } from '../time/zone';
import { type TicketBilling, ticketBilling } from './billing';
import type { Assessment } from './evaluate';
import type { TargetKind } from './types';

/** One evaluated ticket, as the audit's tallies see it. */
export interface TicketFacts {
  /** 'YYYY-MM' of reportedAt in the plan's zone. */
  month: string;
  /** The plan's zone, in which the ticket's offset-less times were read. */
  zone: string;
  /** The customer the ticket is for, when it names one. */
  customer?: string;
  /** Effort logged on the ticket (its `worked`), in ms, when the export has it. */
  worked?: number;
  /** Per target: completed by `now` (met, or breached with its event recorded); of its latest cycle. */
  completed: Partial<Record<TargetKind, boolean>>;
  /**
   * Resolved by `now`: business ms over its resolution cycles (report to resolution, and each
   * reopening to its resolution), pauses removed, status-driven ones included.
   */
  consumed?: number;
  /** Resolved by `now` on a plan with coverage: ms between report and resolution, pauses removed, outside coverage. */
  outside?: number;
  /** What the ticket bills, when its plan bills anything (./billing). */
  billing?: TicketBilling;
}

/** 'YYYY-MM' of a local date; tickets of one audit fall on a few thousand dates at most. */
const monthOf = /* @__PURE__ */ memoize((date: LocalDate) => formatLocalDate(date).slice(0, 7), 1 << 16);

/**
 * The audit facts of an assessed ticket.
 *
 * @example
 * ticketFacts(assess(policies.icg, ticket, () => now, false)).month; //=> '2024-03'
 */
export function ticketFacts(assessment: Assessment): TicketFacts {
  const { sla, terms, times, history, customer, now } = assessment;
  const zone = terms.business.zone;
  const known = (t: number | undefined) => (t !== undefined && t <= now ? t : undefined);
  const cycles = history.resolution;
  const resolved = known(cycles[cycles.length - 1]?.end);
  const completed: TicketFacts['completed'] = {};
  if (sla.targets.response) completed.response = known(history.respondedAt) !== undefined;
  if (sla.targets.update) completed.update = sla.targets.update.cycles?.at(-1)?.end !== undefined;
  if (sla.targets.resolution) completed.resolution = resolved !== undefined;
  const facts: TicketFacts = {
    month: monthOf(instantToLocal(zone, times.reportedAt).date),
    zone: zone.name,
    completed,
  };
  if (customer !== undefined) facts.customer = customer;
  if (times.worked !== undefined) facts.worked = times.worked;
  const billing = ticketBilling(assessment, facts.month);
  if (billing) facts.billing = billing;
  if (resolved === undefined) return facts;

  facts.consumed = 0;
  if (terms.coverage) facts.outside = 0;
  for (const { start, end } of cycles) {
    const to = end ?? resolved;
    const paused = pausesIn(history.pauses, start, to);
    facts.consumed += openTime(terms.business, start, to, paused);
    if (terms.coverage)
      facts.outside! += openTime(undefined, start, to, paused) - openTime(terms.coverage, start, to, paused);
  }
  return facts;
}

/** Every pause, whatever its reason, clipped to [from, to) and merged; an open one runs to `to`. */
function pausesIn(pauses: Assessment['history']['pauses'], from: number, to: number): IntervalList {
  if (pauses.length === 0) return [];
  const spans: IntervalList = [];
  for (const pause of pauses) spans.push(pause.from, pause.to ?? to);
  return clip(normalize(spans), from, to);
}

/** Open time of a clock (undefined: always open) in [from, to) outside the paused spans. */
function openTime(clock: Clock | undefined, from: number, to: number, paused: IntervalList): number {
  const measure = clock ? (a: number, b: number) => between(clock.timeline, a, b) : (a: number, b: number) => b - a;
  let ms = measure(from, to);
  for (let i = 0; i < paused.length; i += 2) ms -= measure(paused[i]!, paused[i + 1]!);
  return ms;
}
