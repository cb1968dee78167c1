// What an audit has counted so far, nested by plan, priority and month rather than keyed by
// joined strings: a row is counted once per ticket, and looking up the same few string
// instances needs no new string. ./accumulate adds rows, ./merge adds counts, ./report-state
// and ./report-view turn them into plain data.

import type { BillingCount } from './billing';
import { keepFirst } from './keep';
import type { AuditErrorSample, CoverageStats, CustomerStats, HoursStats } from './report-types';
import { TargetTally } from './tally';
import type { TargetKind } from './types';

export const KINDS = ['response', 'update', 'resolution'] as const;

/** The tallies of one target kind each. */
export type TargetPair = Partial<Record<TargetKind, TargetTally>>;
export type HoursCount = Omit<HoursStats, 'month' | 'plan'>;
export type CoverageCount = Omit<CoverageStats, 'month' | 'plan'>;
export type CustomerCount = Omit<CustomerStats, 'customer' | 'month'>;

/** The tallies of one plan and priority: overall, and per month of report. */
export interface PrioritySlot {
  targets: TargetPair;
  months: Map<string, TargetPair>;
}

/** What a plan counted: its priorities, and hours and coverage per month of report. */
export interface PlanSlot {
  priorities: Map<string, PrioritySlot>;
  hours: Map<string, HoursCount>;
  coverage: Map<string, CoverageCount>;
}

/**
 * An audit's counts. `keep`: how many worst breaches per target and first errors are kept.
 *
 * @example
 * const counts = new AuditCounts(10, Date.parse('2024-12-31T23:59:00-05:00'), ['icg']);
 * counts.tally(counts.priority('standard', 'urgent').targets, 'response', counts.keep);
 */
export class AuditCounts {
  rows = 0;
  evaluated = 0;
  errors = 0;
  readonly policies: Set<string>;
  readonly firstErrors: AuditErrorSample[] = [];
  readonly plans = new Map<string, PlanSlot>();
  /** Customer -> month of report -> hours consumed. */
  readonly customers = new Map<string, Map<string, CustomerCount>>();
  /** Billing counts by line key (./billing billingKey). */
  readonly billing = new Map<string, BillingCount>();

  constructor(
    readonly keep: number,
    /** `now` as an instant. */
    readonly now: number,
    policies: Iterable<string>,
  ) {
    this.policies = new Set(policies);
  }

  plan(plan: string): PlanSlot {
    return slotIn(this.plans, plan, () => ({ priorities: new Map(), hours: new Map(), coverage: new Map() }));
  }

  priority(plan: string, priority: string): PrioritySlot {
    return slotIn(this.plan(plan).priorities, priority, () => ({ targets: {}, months: new Map() }));
  }

  /** The tally of a target in a pair, made the first time (`keep`: worst breaches it keeps). */
  tally(pair: TargetPair, target: TargetKind, keep: number): TargetTally {
    let tally = pair[target];
    if (tally === undefined) {
      tally = new TargetTally(keep);
      pair[target] = tally;
    }
    return tally;
  }

  /** Keeps a rejected row when it is among the first `keep` by line. */
  noteError(sample: AuditErrorSample): void {
    keepFirst(this.firstErrors, sample, this.keep, (a, b) => a.line < b.line);
  }
}

/** A zero count of hours: tickets resolved, business ms consumed, effort logged and by how many. */
export function noHours(): HoursCount {
  return { resolved: 0, consumed: 0, worked: 0, withWorked: 0 };
}

/** Adds `other`'s hours into `into`. */
export function addHours(into: HoursCount, other: HoursCount): void {
  into.resolved += other.resolved;
  into.consumed += other.consumed;
  into.worked += other.worked;
  into.withWorked += other.withWorked;
}

/** Every month's hours of every customer. */
export function* customerMonths(
  counts: AuditCounts,
): Generator<{ customer: string; month: string; count: CustomerCount }> {
  for (const [customer, months] of counts.customers)
    for (const [month, count] of months) yield { customer, month, count };
}

/** The value under `key`, made by `make` the first time. */
export function slotIn<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

/** Every target tally: per plan and priority, and per month of report. */
export function* tallies(
  counts: AuditCounts,
): Generator<{ plan: string; priority: string; month?: string; target: TargetKind; tally: TargetTally }> {
  for (const [plan, { priorities }] of counts.plans) {
    for (const [priority, { targets, months }] of priorities) {
      for (const target of KINDS) {
        const tally = targets[target];
        if (tally) yield { plan, priority, target, tally };
      }
      for (const [month, pair] of months) {
        for (const target of KINDS) {
          const tally = pair[target];
          if (tally) yield { plan, priority, month, target, tally };
        }
      }
    }
  }
}

/** Every month's count of every plan, in the map `of` picks (hours or coverage). */
export function* monthly<V>(
  counts: AuditCounts,
  of: (slot: PlanSlot) => Map<string, V>,
): Generator<{ plan: string; month: string; count: V }> {
  for (const [plan, slot] of counts.plans) for (const [month, count] of of(slot)) yield { plan, month, count };
}
