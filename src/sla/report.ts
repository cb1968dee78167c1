// The audit's summary, counted row by row in memory that does not grow with the number of
// tickets: per plan × priority × target and per month, the counts, compliance and quantiles;
// support hours consumed and time outside coverage per month; the worst breaches and the first
// rejected rows. Accumulators merge, so worker threads can each take a shard.

import { coreOf } from '../calendar/calendar';
import type { HabilError } from '../errors';
import type { Policy } from '../policy';
import { PolicyVersions } from '../policy/versions';
import { toEpochMs, type InstantInput } from '../time/instant';
import { findZone } from '../time/zone';
import { ticketFacts, TermsCache } from './facts';
import { TargetTally, type TallyCounts, type TallyState, type WorstBreach } from './tally';
import type { TargetKind, Ticket, TicketSla } from './types';

/** One input row after the audit: evaluated, or rejected with where and why. */
export type AuditRow =
  | { kind: 'evaluated'; line: number; ticket: Ticket; sla: TicketSla }
  | {
      kind: 'error';
      line: number;
      ticketId?: string;
      /** The ticket field at fault ('reportedAt', 'pauses[1].to'), when one is. */
      field?: string;
      /** The file column that field came from, when the row came from a file. */
      column?: string;
      value?: unknown;
      error: HabilError;
    };

/** A target's counts for one plan and priority. */
export interface TargetStats extends TallyCounts {
  plan: string;
  priority: string;
  target: TargetKind;
  /** The worst breaches, furthest past target first. */
  worst: WorstBreach[];
}

/** A target's counts for one month of reports (reportedAt in the plan's zone). */
export interface MonthStats extends TallyCounts {
  /** 'YYYY-MM'. */
  month: string;
  plan: string;
  priority: string;
  target: TargetKind;
}

/** Support hours consumed in a month: business time from report to resolution, pauses removed. */
export interface HoursStats {
  month: string;
  plan: string;
  /** Tickets reported that month and resolved by `now`. */
  resolved: number;
  /** Business ms consumed by them. */
  consumed: number;
}

/** Time outside a plan's coverage (ISYS bills it per event), per month of report. */
export interface CoverageStats {
  month: string;
  plan: string;
  /** Tickets reported that month and resolved by `now`. */
  resolved: number;
  /** Those with any time outside coverage between report and resolution. */
  events: number;
  /** Their ms outside coverage, pauses removed. */
  outside: number;
}

/** A rejected row, as the report keeps it. */
export interface AuditErrorSample {
  line: number;
  ticketId?: string;
  field?: string;
  column?: string;
  value?: unknown;
  code: string;
  message: string;
}

/** What an audit found. `rows` = `evaluated` + `errors`. */
export interface AuditReport {
  /** The id of the policy (ids, comma-separated, for versions that differ). */
  policy: string;
  /**
   * The instant of the audit; events after it were not known. An offset-less `now` is read in
   * the zone of the first plan's business calendar (under policy versions: of the first ticket
   * evaluated, else UTC).
   */
  now: Date;
  rows: number;
  evaluated: number;
  errors: number;
  /** The first rejected rows by line, as many as `worst`. */
  firstErrors: AuditErrorSample[];
  targets: TargetStats[];
  months: MonthStats[];
  hours: HoursStats[];
  /** Only for plans with a coverage calendar. */
  coverage: CoverageStats[];
}

export interface AccumulatorOptions {
  now: InstantInput;
  /** How many worst breaches per target and first errors the report keeps. Default 10. */
  worst?: number | undefined;
}

/** The plain-data form of an accumulator, for shipping between worker threads. */
export interface AuditState {
  rows: number;
  evaluated: number;
  errors: number;
  now?: number;
  policies: string[];
  firstErrors: AuditErrorSample[];
  targets: [string, TallyState][];
  months: [string, TallyState][];
  hours: [string, Omit<HoursStats, 'month' | 'plan'>][];
  coverage: [string, Omit<CoverageStats, 'month' | 'plan'>][];
}

const SEP = '\u0000';
const UTC = findZone('UTC')!;

/**
 * Counts audit rows into a report. Add rows in any order, merge accumulators that counted
 * other shards of the same input with the same options, then call toReport.
 *
 * @example
 * const acc = new AuditAccumulator(policies.icg, { now: '2024-12-31 23:59' });
 * for await (const row of auditRows(policies.icg, tickets, { now: '2024-12-31 23:59' })) acc.add(row);
 * acc.toReport().targets[0]; //=> { plan: 'standard', priority: 'urgent', target: 'response', count, met, ... }
 */
export class AuditAccumulator {
  readonly #keep: number;
  readonly #terms: TermsCache;
  readonly #order: Map<string, number>;
  #rows = 0;
  #evaluated = 0;
  #errors = 0;
  readonly #utcNow: number;
  /** `now` as an instant: read in the first plan's zone, or the first evaluated ticket's (versions). */
  #now: number | undefined;
  #policies = new Set<string>();
  #firstErrors: AuditErrorSample[] = [];
  #targets = new Map<string, TargetTally>();
  #months = new Map<string, TargetTally>();
  #hours = new Map<string, Omit<HoursStats, 'month' | 'plan'>>();
  #coverage = new Map<string, Omit<CoverageStats, 'month' | 'plan'>>();

  constructor(policy: Policy | PolicyVersions, options: AccumulatorOptions) {
    this.#keep = options.worst ?? 10;
    this.#terms = new TermsCache(policy, options.now);
    this.#order = orderOf(policy);
    // Read here, so that a bad `now` fails once, before any row.
    if (policy instanceof PolicyVersions) {
      this.#utcNow = toEpochMs(options.now, UTC, 'now');
    } else {
      this.#policies.add(policy.id);
      this.#utcNow = this.#now = toEpochMs(options.now, coreOf(policy.calendar(policy.toJSON().plans[0]!.business)).zone, 'now');
    }
  }

  add(row: AuditRow): void {
    this.#rows++;
    if (row.kind === 'error') {
      this.#errors++;
      this.#noteError(sampleOf(row));
      return;
    }
    this.#evaluated++;
    const { line, ticket, sla } = row;
    const judged = this.#terms.of(sla, ticket);
    this.#now ??= judged.now;
    this.#policies.add(sla.policy);
    const facts = ticketFacts(judged, ticket, sla);
    for (const target of ['response', 'resolution'] as const) {
      const result = sla.targets[target];
      if (!result) continue;
      const completed = facts.completed[target] === true;
      const subject = { line, ...(sla.ticketId === undefined ? {} : { ticketId: sla.ticketId }), plan: sla.plan, priority: sla.priority, target };
      tally(this.#targets, [sla.plan, sla.priority, target].join(SEP), this.#keep).add(result, completed, subject);
      tally(this.#months, [facts.month, sla.plan, sla.priority, target].join(SEP), 0).add(result, completed, subject);
    }
    const month = `${facts.month}${SEP}${sla.plan}`;
    if (facts.consumed !== undefined) {
      const hours = this.#hours.get(month) ?? { resolved: 0, consumed: 0 };
      hours.resolved++;
      hours.consumed += facts.consumed;
      this.#hours.set(month, hours);
    }
    if (facts.outside !== undefined) {
      const coverage = this.#coverage.get(month) ?? { resolved: 0, events: 0, outside: 0 };
      coverage.resolved++;
      if (facts.outside > 0) coverage.events++;
      coverage.outside += facts.outside;
      this.#coverage.set(month, coverage);
    }
  }

  /** Adds what another accumulator (over other rows, same options) counted. */
  merge(other: AuditAccumulator): void {
    this.#rows += other.#rows;
    this.#evaluated += other.#evaluated;
    this.#errors += other.#errors;
    this.#now ??= other.#now;
    for (const id of other.#policies) this.#policies.add(id);
    for (const sample of other.#firstErrors) this.#noteError(sample);
    for (const [key, t] of other.#targets) tally(this.#targets, key, this.#keep).merge(t);
    for (const [key, t] of other.#months) tally(this.#months, key, 0).merge(t);
    for (const [key, h] of other.#hours) {
      const mine = this.#hours.get(key) ?? { resolved: 0, consumed: 0 };
      this.#hours.set(key, { resolved: mine.resolved + h.resolved, consumed: mine.consumed + h.consumed });
    }
    for (const [key, c] of other.#coverage) {
      const mine = this.#coverage.get(key) ?? { resolved: 0, events: 0, outside: 0 };
      this.#coverage.set(key, { resolved: mine.resolved + c.resolved, events: mine.events + c.events, outside: mine.outside + c.outside });
    }
  }

  toReport(): AuditReport {
    const sorted = <T>(map: Map<string, T>, withMonth: boolean) => sortByKey(map, withMonth, this.#order);
    return {
      policy: [...this.#policies].sort().join(', '),
      now: new Date(this.#now ?? this.#utcNow),
      rows: this.#rows,
      evaluated: this.#evaluated,
      errors: this.#errors,
      firstErrors: [...this.#firstErrors],
      targets: sorted(this.#targets, false).map(([key, t]) => {
        const [plan, priority, target] = key.split(SEP) as [string, string, TargetKind];
        return { plan, priority, target, ...t.counts(), worst: [...t.worst] };
      }),
      months: sorted(this.#months, true).map(([key, t]) => {
        const [month, plan, priority, target] = key.split(SEP) as [string, string, string, TargetKind];
        return { month, plan, priority, target, ...t.counts() };
      }),
      hours: sorted(this.#hours, true).map(([key, h]) => {
        const [month, plan] = key.split(SEP) as [string, string];
        return { month, plan, ...h };
      }),
      coverage: sorted(this.#coverage, true).map(([key, c]) => {
        const [month, plan] = key.split(SEP) as [string, string];
        return { month, plan, ...c };
      }),
    };
  }

  toJSON(): AuditState {
    return {
      rows: this.#rows,
      evaluated: this.#evaluated,
      errors: this.#errors,
      ...(this.#now === undefined ? {} : { now: this.#now }),
      policies: [...this.#policies],
      firstErrors: this.#firstErrors,
      targets: [...this.#targets].map(([k, t]) => [k, t.toJSON()]),
      months: [...this.#months].map(([k, t]) => [k, t.toJSON()]),
      hours: [...this.#hours],
      coverage: [...this.#coverage],
    };
  }

  /** An accumulator holding what `state` (from toJSON, maybe in another thread) counted. */
  static fromJSON(policy: Policy | PolicyVersions, options: AccumulatorOptions, state: AuditState): AuditAccumulator {
    const acc = new AuditAccumulator(policy, options);
    acc.#rows = state.rows;
    acc.#evaluated = state.evaluated;
    acc.#errors = state.errors;
    acc.#now = state.now;
    acc.#policies = new Set(state.policies);
    acc.#firstErrors = [...state.firstErrors];
    acc.#targets = new Map(state.targets.map(([k, t]) => [k, TargetTally.fromJSON(t, acc.#keep)]));
    acc.#months = new Map(state.months.map(([k, t]) => [k, TargetTally.fromJSON(t, 0)]));
    acc.#hours = new Map(state.hours.map(([k, h]) => [k, { ...h }]));
    acc.#coverage = new Map(state.coverage.map(([k, c]) => [k, { ...c }]));
    return acc;
  }

  #noteError(sample: AuditErrorSample): void {
    const list = this.#firstErrors;
    const last = list[list.length - 1];
    if (list.length >= this.#keep && (last === undefined || last.line <= sample.line)) return;
    const at = list.findIndex((s) => s.line > sample.line);
    list.splice(at < 0 ? list.length : at, 0, sample);
    if (list.length > this.#keep) list.length = this.#keep;
  }
}

function tally(map: Map<string, TargetTally>, key: string, keep: number): TargetTally {
  let t = map.get(key);
  if (!t) map.set(key, (t = new TargetTally(keep)));
  return t;
}

function sampleOf(row: Extract<AuditRow, { kind: 'error' }>): AuditErrorSample {
  return {
    line: row.line,
    ...(row.ticketId === undefined ? {} : { ticketId: row.ticketId }),
    ...(row.field === undefined ? {} : { field: row.field }),
    ...(row.column === undefined ? {} : { column: row.column }),
    ...(row.value === undefined ? {} : { value: row.value }),
    code: row.error.code,
    message: row.error.message,
  };
}

/** Plans, then plan + priority, in the order the policy lists them; versions sort by name. */
function orderOf(policy: Policy | PolicyVersions): Map<string, number> {
  const order = new Map<string, number>();
  if (policy instanceof PolicyVersions) return order;
  policy.toJSON().plans.forEach((plan, i) => {
    order.set(plan.id, i);
    plan.priorities.forEach((priority, j) => order.set(`${plan.id}${SEP}${priority.id}`, j));
  });
  return order;
}

/**
 * Entries keyed [month,] plan, priority, target: months ascending, then plans and priorities in
 * policy order (by name when the policy does not list them), response before resolution.
 */
function sortByKey<T>(map: Map<string, T>, withMonth: boolean, order: Map<string, number>): [string, T][] {
  const last = Number.MAX_SAFE_INTEGER;
  const tuple = (key: string): (string | number)[] => {
    const parts = key.split(SEP);
    const [month, plan = '', priority = '', target = ''] = withMonth ? parts : ['', ...parts];
    return [month!, order.get(plan) ?? last, plan, order.get(`${plan}${SEP}${priority}`) ?? last, priority, target === 'resolution' ? 1 : 0];
  };
  return [...map]
    .map(([key, value]) => ({ key, value, tuple: tuple(key) }))
    .sort((x, y) => {
      for (let i = 0; i < x.tuple.length; i++) {
        if (x.tuple[i] !== y.tuple[i]) return x.tuple[i]! < y.tuple[i]! ? -1 : 1;
      }
      return 0;
    })
    .map(({ key, value }) => [key, value]);
}
