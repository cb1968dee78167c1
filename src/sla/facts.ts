// What an audit reads from one evaluated ticket beyond its TicketSla: the month it was reported
// in, whether each target was completed by `now`, the business time it consumed, and its time
// outside coverage. Instants evaluate() already read are taken from the TicketSla (a met target's
// metAt, an accepted ticket's clock start); the others are read from the ticket only when needed.

import { coreOf, type Calendar } from '../calendar/calendar';
import { between } from '../engine/between';
import { clip, normalize, type IntervalList } from '../engine/intervals';
import type { Policy, ResolvedTerms } from '../policy';
import { PolicyVersions } from '../policy/versions';
import { formatLocalDate } from '../time/civil';
import { toEpochMs, type InstantInput } from '../time/instant';
import { instantToLocal, type Zone } from '../time/zone';
import type { TargetKind, TargetResult, Ticket, TicketSla } from './types';

/** The terms a ticket was judged by, its zone, and `now` read in that zone. */
export interface JudgedTerms {
  terms: ResolvedTerms;
  zone: Zone;
  now: number;
}

/** One evaluated ticket, as the audit's tallies see it. */
export interface TicketFacts {
  /** 'YYYY-MM' of reportedAt in the plan's zone. */
  month: string;
  /** Per target: completed by `now` (met, or breached with its event recorded). */
  completed: Partial<Record<TargetKind, boolean>>;
  /** Resolved by `now`: business ms from report to resolution, pauses removed. */
  consumed?: number;
  /** Resolved by `now` on a plan with coverage: ms between report and resolution, pauses removed, outside coverage. */
  outside?: number;
}

/** The terms behind each (version, plan, priority, type), resolved once per audit. */
export class TermsCache {
  readonly #policy: Policy | PolicyVersions;
  readonly #now: InstantInput;
  readonly #cache = new Map<string, JudgedTerms>();

  constructor(policy: Policy | PolicyVersions, now: InstantInput) {
    this.#policy = policy;
    this.#now = now;
  }

  of(sla: TicketSla, ticket: Ticket): JudgedTerms {
    const type = ticket.type ?? 'incident';
    const key = `${sla.version ?? ''}|${sla.plan}|${sla.priority}|${type}`;
    let judged = this.#cache.get(key);
    if (!judged) {
      const policy = this.#policy instanceof PolicyVersions ? this.#policy.at(ticket.reportedAt)!.policy : this.#policy;
      const terms = policy.resolve({ plan: sla.plan, priority: sla.priority, type });
      const zone = coreOf(terms.business).zone;
      judged = { terms, zone, now: toEpochMs(this.#now, zone, 'now') };
      this.#cache.set(key, judged);
    }
    return judged;
  }
}

/**
 * The audit facts of a ticket evaluate() accepted: its instants are known to be valid.
 *
 * @example
 * const sla = evaluate(policies.icg, ticket, { now });
 * ticketFacts(new TermsCache(policies.icg, now).of(sla, ticket), ticket, sla).month; //=> '2024-03'
 */
export function ticketFacts({ terms, zone, now }: JudgedTerms, ticket: Ticket, sla: TicketSla): TicketFacts {
  const read = (value: InstantInput | undefined, path: string) => (value === undefined ? undefined : toEpochMs(value, zone, path));
  const known = (t: number | undefined) => (t !== undefined && t <= now ? t : undefined);
  const reportedAt = sla.intake.status === 'accepted' ? sla.intake.clockStartsAt.getTime() : read(ticket.reportedAt, 'reportedAt')!;
  const resolvedAt = () => known(read(ticket.resolvedAt, 'resolvedAt'));

  // A target's status says whether its event happened, except for a breach: late, or still open.
  const completion = (kind: TargetKind, result: TargetResult): number | undefined => {
    if (result.metAt) return result.metAt.getTime();
    if (result.status !== 'breached') return undefined;
    if (kind === 'resolution' || ticket.respondedAt === undefined) return resolvedAt();
    return known(read(ticket.respondedAt, 'respondedAt'));
  };
  const completed: TicketFacts['completed'] = {};
  const completedAt: Partial<Record<TargetKind, number>> = {};
  for (const kind of ['response', 'resolution'] as const) {
    const result = sla.targets[kind];
    if (!result) continue;
    const at = completion(kind, result);
    completed[kind] = at !== undefined;
    if (at !== undefined) completedAt[kind] = at;
  }
  const facts: TicketFacts = { month: formatLocalDate(instantToLocal(zone, reportedAt).date).slice(0, 7), completed };

  const resolved = sla.targets.resolution ? completedAt.resolution : resolvedAt();
  if (resolved === undefined) return facts;
  const paused = pausesIn(ticket, read, reportedAt, resolved);
  facts.consumed = openTime(terms.business, reportedAt, resolved, paused);
  if (terms.coverage) {
    facts.outside = openTime(undefined, reportedAt, resolved, paused) - openTime(terms.coverage, reportedAt, resolved, paused);
  }
  return facts;
}

/** Every pause, whatever its reason, clipped to [from, to) and merged; an open one runs to `to`. */
function pausesIn(
  ticket: Ticket,
  read: (value: InstantInput | undefined, path: string) => number | undefined,
  from: number,
  to: number,
): IntervalList {
  if (!ticket.pauses?.length) return [];
  const spans: IntervalList = [];
  ticket.pauses.forEach((pause, i) => {
    spans.push(read(pause.from, `pauses[${i}].from`)!, read(pause.to, `pauses[${i}].to`) ?? to);
  });
  return clip(normalize(spans), from, to);
}

/** Open time of a calendar (undefined: always open) in [from, to) outside the paused spans. */
function openTime(calendar: Calendar | undefined, from: number, to: number, paused: IntervalList): number {
  const measure = calendar ? (a: number, b: number) => between(coreOf(calendar).timeline, a, b) : (a: number, b: number) => b - a;
  let ms = measure(from, to);
  for (let i = 0; i < paused.length; i += 2) ms -= measure(paused[i]!, paused[i + 1]!);
  return ms;
}
