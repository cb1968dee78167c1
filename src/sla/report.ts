// The audit's summary, counted row by row in memory that does not grow with the number of
// tickets: per plan × priority × target and per month, the counts, compliance and quantiles;
// support hours consumed and time outside coverage per month; the worst breaches and the first
// rejected rows. Accumulators merge, so worker threads can each take a shard.

import type { HabilError } from '../errors';
import { zoneOf, type TermsSource } from '../policy/source';
import { toEpochMs, type InstantInput } from '../time/instant';
import type { TicketFacts } from './facts';
import { TargetTally, type TallyCounts, type TallyState, type WorstBreach } from './tally';
import type { TargetKind, Ticket, TicketSla } from './types';

/** One input row after the audit: evaluated, or rejected with where and why. */
export type AuditRow =
  | { kind: 'evaluated'; line: number; ticket: Ticket; sla: TicketSla; facts: TicketFacts }
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
   * the zone of the policy (its first plan's business calendar's; see TermsSource.zone).
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
  now: number;
  policies: string[];
  firstErrors: AuditErrorSample[];
  targets: [string, TallyState][];
  months: [string, TallyState][];
  hours: [string, Omit<HoursStats, 'month' | 'plan'>][];
  coverage: [string, Omit<CoverageStats, 'month' | 'plan'>][];
}

const SEP = '\u0000';
const KINDS = ['response', 'resolution'] as const;

/** The tallies of one plan and priority: overall, and per month of report. */
interface PrioritySlot {
  targets: TargetPair;
  months: Map<string, TargetPair>;
}
type TargetPair = Partial<Record<TargetKind, TargetTally>>;
type HoursCount = Omit<HoursStats, 'month' | 'plan'>;
type CoverageCount = Omit<CoverageStats, 'month' | 'plan'>;
/** What a plan counted: its priorities, and hours and coverage per month of report. */
interface PlanSlot {
  priorities: Map<string, PrioritySlot>;
  hours: Map<string, HoursCount>;
  coverage: Map<string, CoverageCount>;
}

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
  readonly #order: Map<string, number>;
  #rows = 0;
  #evaluated = 0;
  #errors = 0;
  /** `now` as an instant, read in the policy's zone. */
  #now: number;
  #policies: Set<string>;
  #firstErrors: AuditErrorSample[] = [];
  // Nested by plan, priority and month rather than keyed by joined strings: add() runs once per
  // ticket, and looking up the same few string instances needs no new string.
  readonly #plans = new Map<string, PlanSlot>();

  constructor(policy: TermsSource, options: AccumulatorOptions) {
    this.#keep = options.worst ?? 10;
    this.#order = orderOf(policy);
    this.#policies = new Set(policy.policies.map((p) => p.id));
    // Read here, so that a bad `now` fails once, before any row.
    this.#now = toEpochMs(options.now, zoneOf(policy), 'now');
  }

  /**
   * Counts one row: an error row as rejected, an evaluated one into its tallies.
   *
   * @example
   * for await (const row of auditRows(policies.icg, tickets, { now })) acc.add(row);
   */
  add(row: AuditRow): void {
    this.#rows++;
    if (row.kind === 'error') {
      this.#errors++;
      this.#noteError(sampleOf(row));
      return;
    }
    this.#evaluated++;
    const { line, sla, facts } = row;
    const plan = this.#plan(sla.plan);
    const slot = this.#priority(plan, sla.priority);
    const month = pairIn(slot.months, facts.month);
    for (const target of KINDS) {
      const result = sla.targets[target];
      if (!result) continue;
      const completed = facts.completed[target] === true;
      const breach =
        result.status === 'breached'
          ? {
              line,
              ...(sla.ticketId === undefined ? {} : { ticketId: sla.ticketId }),
              plan: sla.plan,
              priority: sla.priority,
              target,
            }
          : undefined;
      tallyIn(slot.targets, target, this.#keep).add(result, completed, breach);
      tallyIn(month, target, 0).add(result, completed, undefined);
    }
    if (facts.consumed !== undefined) {
      const hours = countIn(plan.hours, facts.month, () => ({ resolved: 0, consumed: 0 }));
      hours.resolved++;
      hours.consumed += facts.consumed;
    }
    if (facts.outside !== undefined) {
      const coverage = countIn(plan.coverage, facts.month, () => ({ resolved: 0, events: 0, outside: 0 }));
      coverage.resolved++;
      if (facts.outside > 0) coverage.events++;
      coverage.outside += facts.outside;
    }
  }

  /**
   * Adds what another accumulator (over other rows, same options) counted.
   *
   * @example
   * const [a, b] = [new AuditAccumulator(policies.icg, { now }), new AuditAccumulator(policies.icg, { now })];
   * firstHalf.forEach((row) => a.add(row));
   * secondHalf.forEach((row) => b.add(row));
   * a.merge(b); // a.toReport() is the report of all the rows
   */
  merge(other: AuditAccumulator): void {
    this.#rows += other.#rows;
    this.#evaluated += other.#evaluated;
    this.#errors += other.#errors;
    for (const id of other.#policies) this.#policies.add(id);
    for (const sample of other.#firstErrors) this.#noteError(sample);
    for (const [key, t] of other.#targetEntries()) this.#targetTally(key).merge(t);
    for (const [key, t] of other.#monthEntries()) this.#monthTally(key).merge(t);
    for (const [key, h] of other.#hoursEntries()) {
      const [month, plan] = key.split(SEP) as [string, string];
      const mine = countIn(this.#plan(plan).hours, month, () => ({ resolved: 0, consumed: 0 }));
      mine.resolved += h.resolved;
      mine.consumed += h.consumed;
    }
    for (const [key, c] of other.#coverageEntries()) {
      const [month, plan] = key.split(SEP) as [string, string];
      const mine = countIn(this.#plan(plan).coverage, month, () => ({ resolved: 0, events: 0, outside: 0 }));
      mine.resolved += c.resolved;
      mine.events += c.events;
      mine.outside += c.outside;
    }
  }

  /**
   * The report of everything counted so far; the accumulator can go on counting.
   *
   * @example
   * const report = acc.toReport();
   * report.rows === report.evaluated + report.errors; //=> true
   */
  toReport(): AuditReport {
    const sorted = <T>(entries: Iterable<[string, T]>, withMonth: boolean) =>
      sortByKey(entries, withMonth, this.#order);
    return {
      policy: [...this.#policies].sort().join(', '),
      now: new Date(this.#now),
      rows: this.#rows,
      evaluated: this.#evaluated,
      errors: this.#errors,
      firstErrors: [...this.#firstErrors],
      targets: sorted(this.#targetEntries(), false).map(([key, t]) => {
        const [plan, priority, target] = key.split(SEP) as [string, string, TargetKind];
        return { plan, priority, target, ...t.counts(), worst: [...t.worst] };
      }),
      months: sorted(this.#monthEntries(), true).map(([key, t]) => {
        const [month, plan, priority, target] = key.split(SEP) as [string, string, string, TargetKind];
        return { month, plan, priority, target, ...t.counts() };
      }),
      hours: sorted(this.#hoursEntries(), true).map(([key, h]) => {
        const [month, plan] = key.split(SEP) as [string, string];
        return { month, plan, ...h };
      }),
      coverage: sorted(this.#coverageEntries(), true).map(([key, c]) => {
        const [month, plan] = key.split(SEP) as [string, string];
        return { month, plan, ...c };
      }),
    };
  }

  /**
   * What was counted, as plain data that crosses threads (structured clone) or JSON.
   *
   * @example
   * parentPort.postMessage({ state: acc.toJSON() }); // in a worker thread
   */
  toJSON(): AuditState {
    return {
      rows: this.#rows,
      evaluated: this.#evaluated,
      errors: this.#errors,
      now: this.#now,
      policies: [...this.#policies],
      firstErrors: this.#firstErrors,
      targets: [...this.#targetEntries()].map(([k, t]) => [k, t.toJSON()]),
      months: [...this.#monthEntries()].map(([k, t]) => [k, t.toJSON()]),
      hours: [...this.#hoursEntries()].map(([k, h]) => [k, { ...h }]),
      coverage: [...this.#coverageEntries()].map(([k, c]) => [k, { ...c }]),
    };
  }

  /**
   * An accumulator holding what `state` (from toJSON, maybe in another thread) counted.
   *
   * @example
   * worker.on('message', ({ state }) => total.merge(AuditAccumulator.fromJSON(policies.icg, { now }, state)));
   */
  static fromJSON(policy: TermsSource, options: AccumulatorOptions, state: AuditState): AuditAccumulator {
    const acc = new AuditAccumulator(policy, options);
    acc.#rows = state.rows;
    acc.#evaluated = state.evaluated;
    acc.#errors = state.errors;
    acc.#now = state.now;
    acc.#policies = new Set(state.policies);
    acc.#firstErrors = [...state.firstErrors];
    for (const [key, t] of state.targets) acc.#targetTally(key).merge(TargetTally.fromJSON(t, acc.#keep));
    for (const [key, t] of state.months) acc.#monthTally(key).merge(TargetTally.fromJSON(t, 0));
    for (const [key, h] of state.hours) {
      const [month, plan] = key.split(SEP) as [string, string];
      acc.#plan(plan).hours.set(month, { ...h });
    }
    for (const [key, c] of state.coverage) {
      const [month, plan] = key.split(SEP) as [string, string];
      acc.#plan(plan).coverage.set(month, { ...c });
    }
    return acc;
  }

  #plan(plan: string): PlanSlot {
    return countIn(this.#plans, plan, () => ({ priorities: new Map(), hours: new Map(), coverage: new Map() }));
  }

  #priority(plan: PlanSlot, priority: string): PrioritySlot {
    return countIn(plan.priorities, priority, () => ({ targets: {}, months: new Map() }));
  }

  /** The tally under a key 'plan SEP priority SEP target'. */
  #targetTally(key: string): TargetTally {
    const [plan, priority, target] = key.split(SEP) as [string, string, TargetKind];
    return tallyIn(this.#priority(this.#plan(plan), priority).targets, target, this.#keep);
  }

  /** The tally under a key 'month SEP plan SEP priority SEP target'. */
  #monthTally(key: string): TargetTally {
    const [month, plan, priority, target] = key.split(SEP) as [string, string, string, TargetKind];
    return tallyIn(pairIn(this.#priority(this.#plan(plan), priority).months, month), target, 0);
  }

  *#targetEntries(): Generator<[string, TargetTally]> {
    for (const [plan, { priorities }] of this.#plans) {
      for (const [priority, { targets }] of priorities) {
        for (const target of KINDS) {
          const t = targets[target];
          if (t) yield [[plan, priority, target].join(SEP), t];
        }
      }
    }
  }

  *#monthEntries(): Generator<[string, TargetTally]> {
    for (const [plan, { priorities }] of this.#plans) {
      for (const [priority, { months }] of priorities) {
        for (const [month, pair] of months) {
          for (const target of KINDS) {
            const t = pair[target];
            if (t) yield [[month, plan, priority, target].join(SEP), t];
          }
        }
      }
    }
  }

  *#hoursEntries(): Generator<[string, HoursCount]> {
    for (const [plan, { hours }] of this.#plans) for (const [month, h] of hours) yield [`${month}${SEP}${plan}`, h];
  }

  *#coverageEntries(): Generator<[string, CoverageCount]> {
    for (const [plan, { coverage }] of this.#plans)
      for (const [month, c] of coverage) yield [`${month}${SEP}${plan}`, c];
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

/** The value under `key`, made by `make` the first time. */
function countIn<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
}

function pairIn(months: Map<string, TargetPair>, month: string): TargetPair {
  return countIn(months, month, () => ({}));
}

function tallyIn(pair: TargetPair, target: TargetKind, keep: number): TargetTally {
  return (pair[target] ??= new TargetTally(keep));
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

/** Plans, then plan + priority, in the order the policy lists them. */
function orderOf(policy: TermsSource): Map<string, number> {
  const order = new Map<string, number>();
  policy.plans.forEach((plan, i) => {
    order.set(plan.id, i);
    plan.priorities.forEach((priority, j) => {
      order.set(`${plan.id}${SEP}${priority.id}`, j);
    });
  });
  return order;
}

/**
 * Entries keyed [month,] plan, priority, target: months ascending, then plans and priorities in
 * policy order (by name when the policy does not list them), response before resolution.
 */
function sortByKey<T>(entries: Iterable<[string, T]>, withMonth: boolean, order: Map<string, number>): [string, T][] {
  const last = Number.MAX_SAFE_INTEGER;
  const tuple = (key: string): (string | number)[] => {
    const parts = key.split(SEP);
    const [month, plan = '', priority = '', target = ''] = withMonth ? parts : ['', ...parts];
    return [
      month!,
      order.get(plan) ?? last,
      plan,
      order.get(`${plan}${SEP}${priority}`) ?? last,
      priority,
      target === 'resolution' ? 1 : 0,
    ];
  };
  return [...entries]
    .map(([key, value]) => ({ key, value, tuple: tuple(key) }))
    .sort((x, y) => {
      for (let i = 0; i < x.tuple.length; i++) {
        if (x.tuple[i] !== y.tuple[i]) return x.tuple[i]! < y.tuple[i]! ? -1 : 1;
      }
      return 0;
    })
    .map(({ key, value }) => [key, value]);
}
