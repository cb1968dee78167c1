// An audit's counts as plain data and back: the form that crosses worker threads (structured
// clone) or JSON. Tallies are keyed by their plan, priority, [month and] target joined by NUL.

import { AuditCounts, customerMonths, monthly, slotIn, tallies, type TargetPair } from './counts';
import type { AuditState } from './report-types';
import { TargetTally } from './tally';
import type { TargetKind } from './types';

const SEP = '\u0000';

/**
 * The counts as plain data.
 *
 * @example
 * parentPort.postMessage({ state: stateOf(counts) }); // in a worker thread
 */
export function stateOf(counts: AuditCounts): AuditState {
  const state: AuditState = {
    rows: counts.rows,
    evaluated: counts.evaluated,
    errors: counts.errors,
    now: counts.now,
    policies: [...counts.policies],
    firstErrors: [...counts.firstErrors],
    targets: [],
    months: [],
    hours: [...monthly(counts, (s) => s.hours)].map(({ plan, month, count }) => [key(month, plan), { ...count }]),
    customers: [...customerMonths(counts)].map(({ customer, month, count }) => [key(month, customer), { ...count }]),
    coverage: [...monthly(counts, (s) => s.coverage)].map(({ plan, month, count }) => [key(month, plan), { ...count }]),
    billing: [...counts.billing].map(([k, count]) => [k, { ...count }]),
  };
  for (const { plan, priority, month, target, tally } of tallies(counts)) {
    if (month === undefined) state.targets.push([key(plan, priority, target), tally.toJSON()]);
    else state.months.push([key(month, plan, priority, target), tally.toJSON()]);
  }
  return state;
}

/**
 * The counts `state` holds (from stateOf, maybe in another thread).
 *
 * @example
 * mergeCounts(total, countsFrom(state, total.keep));
 */
export function countsFrom(state: AuditState, keep: number): AuditCounts {
  const counts = new AuditCounts(keep, state.now, state.policies);
  counts.rows = state.rows;
  counts.evaluated = state.evaluated;
  counts.errors = state.errors;
  for (const sample of state.firstErrors) counts.noteError(sample);
  for (const [k, t] of state.targets) {
    const [plan = '', priority = '', target] = k.split(SEP);
    counts.priority(plan, priority).targets[kindOf(target)] = TargetTally.fromJSON(t, keep);
  }
  for (const [k, t] of state.months) {
    const [month = '', plan = '', priority = '', target] = k.split(SEP);
    slotIn(counts.priority(plan, priority).months, month, (): TargetPair => ({}))[kindOf(target)] =
      TargetTally.fromJSON(t, 0);
  }
  for (const [k, h] of state.hours) {
    const [month = '', plan = ''] = k.split(SEP);
    counts.plan(plan).hours.set(month, { ...h });
  }
  for (const [k, c] of state.customers) {
    const [month = '', customer = ''] = k.split(SEP);
    slotIn(counts.customers, customer, () => new Map()).set(month, { ...c });
  }
  for (const [k, c] of state.coverage) {
    const [month = '', plan = ''] = k.split(SEP);
    counts.plan(plan).coverage.set(month, { ...c });
  }
  for (const [k, count] of state.billing) counts.billing.set(k, { ...count });
  return counts;
}

function key(...parts: string[]): string {
  return parts.join(SEP);
}

function kindOf(target: string | undefined): TargetKind {
  return target === 'resolution' || target === 'update' ? target : 'response';
}
