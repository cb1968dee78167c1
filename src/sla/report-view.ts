// From an audit's counts to the AuditReport people read: months ascending, then plans and
// priorities in the order the policy lists them (by name when it does not list them), response,
// update, resolution; customers by name.

import type { TermsSource } from '../policy/source';
import { billingSummary } from './billing-report';
import { type AuditCounts, customerMonths, monthly, tallies } from './counts';
import type { AuditReport } from './report-types';

/** Where a plan, and a priority within its plan, sort. */
export interface ReportOrder {
  plans: Map<string, number>;
  priorities: Map<string, Map<string, number>>;
}

/**
 * The order of a source's plans and priorities.
 *
 * @example
 * orderOf(policies.icg).plans.get('standard'); //=> 0
 */
export function orderOf(policy: TermsSource): ReportOrder {
  const order: ReportOrder = { plans: new Map(), priorities: new Map() };
  policy.plans.forEach((plan, i) => {
    order.plans.set(plan.id, i);
    order.priorities.set(plan.id, new Map(plan.priorities.map((p, j) => [p.id, j])));
  });
  return order;
}

/**
 * The report of the counts.
 *
 * @example
 * reportOf(counts, orderOf(policies.icg)).rows; //=> counts.rows
 */
export function reportOf(counts: AuditCounts, order: ReportOrder): AuditReport {
  const report: AuditReport = {
    policy: [...counts.policies].sort().join(', '),
    now: new Date(counts.now),
    rows: counts.rows,
    evaluated: counts.evaluated,
    errors: counts.errors,
    firstErrors: [...counts.firstErrors],
    targets: [],
    months: [],
    hours: [...monthly(counts, (s) => s.hours)].map(({ plan, month, count }) => ({ month, plan, ...count })),
    customers: [...customerMonths(counts)]
      .map(({ customer, month, count }) => ({ customer, month, ...count }))
      .sort((a, b) => (a.customer !== b.customer ? (a.customer < b.customer ? -1 : 1) : a.month < b.month ? -1 : 1)),
    coverage: [...monthly(counts, (s) => s.coverage)].map(({ plan, month, count }) => ({ month, plan, ...count })),
    billing: billingSummary(counts.billing, order.plans),
  };
  for (const { plan, priority, month, target, tally } of tallies(counts)) {
    if (month === undefined)
      report.targets.push({ plan, priority, target, ...tally.counts(), worst: [...tally.worst] });
    else report.months.push({ month, plan, priority, target, ...tally.counts() });
  }
  const by = compare(order);
  report.targets.sort(by);
  report.months.sort(by);
  report.hours.sort(by);
  report.coverage.sort(by);
  return report;
}

interface Sortable {
  month?: string;
  plan: string;
  priority?: string;
  target?: string;
}

function compare(order: ReportOrder): (a: Sortable, b: Sortable) => number {
  const last = Number.MAX_SAFE_INTEGER;
  const tuple = (x: Sortable): (string | number)[] => [
    x.month ?? '',
    order.plans.get(x.plan) ?? last,
    x.plan,
    order.priorities.get(x.plan)?.get(x.priority ?? '') ?? last,
    x.priority ?? '',
    x.target === 'resolution' ? 2 : x.target === 'update' ? 1 : 0,
  ];
  return (a, b) => {
    const x = tuple(a);
    const y = tuple(b);
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
    return 0;
  };
}
