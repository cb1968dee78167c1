// Counting one audit row: an error row as rejected (the first few kept by line), an evaluated
// one into its plan × priority × target tallies overall and for its month (every judged cycle
// of a target counts: each resolution cycle after a reopening, each awaited update), and into
// the month's support hours per plan and per customer, and time outside coverage.

import { countBilling } from './billing';
import { type AuditCounts, type HoursCount, KINDS, noHours, slotIn } from './counts';
import type { TicketFacts } from './facts';
import type { AuditErrorSample, AuditRow } from './report-types';
import type { BreachSubject } from './tally';
import type { TargetResult } from './types';

/**
 * Counts one row.
 *
 * @example
 * for await (const row of auditRows(policies.icg, tickets, { now })) countRow(counts, row);
 */
export function countRow(counts: AuditCounts, row: AuditRow): void {
  counts.rows++;
  if (row.kind === 'error') {
    counts.errors++;
    counts.noteError(sampleOf(row));
    return;
  }
  counts.evaluated++;
  const { line, sla, facts } = row;
  const plan = counts.plan(sla.plan);
  const slot = counts.priority(sla.plan, sla.priority);
  const month = slotIn(slot.months, facts.month, () => ({}));
  for (const target of KINDS) {
    const result = sla.targets[target];
    if (!result) continue;
    const overall = counts.tally(slot.targets, target, counts.keep);
    const monthly = counts.tally(month, target, 0);
    overall.tickets++;
    monthly.tickets++;
    const subject = (cycle: number | undefined): BreachSubject => ({
      line,
      ...(sla.ticketId === undefined ? {} : { ticketId: sla.ticketId }),
      plan: sla.plan,
      priority: sla.priority,
      target,
      ...(cycle === undefined ? {} : { cycle }),
      clock: result.clock,
      promised: result.target,
    });
    for (const [cycle, judged, completed] of cyclesOf(result, facts.completed[target] === true)) {
      overall.add(judged, completed, judged.status === 'breached' ? subject(cycle) : undefined);
      monthly.add(judged, completed, undefined);
    }
  }
  const customer = slotIn(counts.customers, facts.customer ?? '', () => new Map());
  const forCustomer = slotIn(customer, facts.month, () => ({ tickets: 0, ...noHours() }));
  forCustomer.tickets++;
  if (facts.consumed !== undefined) {
    countHours(
      slotIn(plan.hours, facts.month, () => noHours()),
      facts,
    );
    countHours(forCustomer, facts);
  }
  if (facts.outside !== undefined) {
    const coverage = slotIn(plan.coverage, facts.month, () => ({ resolved: 0, events: 0, outside: 0 }));
    coverage.resolved++;
    if (facts.outside > 0) coverage.events++;
    coverage.outside += facts.outside;
  }
  if (facts.billing) countBilling(counts.billing, sla.plan, facts.customer ?? '', facts.billing, facts.outside);
}

/** A target's judged cycles: [cycle number (when several), the cycle, completed by `now`]. */
function cyclesOf(
  result: TargetResult,
  completed: boolean,
): Iterable<[number | undefined, { status: TargetResult['status']; elapsed: number; due: Date }, boolean]> {
  if (!result.cycles) return [[undefined, result, completed]];
  return result.cycles.map((c, i) => [i + 1, c, c.end !== undefined]);
}

function countHours(hours: HoursCount, facts: TicketFacts): void {
  hours.resolved++;
  hours.consumed += facts.consumed!;
  if (facts.worked !== undefined) {
    hours.worked += facts.worked;
    hours.withWorked++;
  }
}

function sampleOf(row: Extract<AuditRow, { kind: 'error' }>): AuditErrorSample {
  return {
    line: row.line,
    ...(row.source === undefined ? {} : { source: row.source }),
    ...(row.eventLine === undefined ? {} : { eventLine: row.eventLine }),
    ...(row.ticketId === undefined ? {} : { ticketId: row.ticketId }),
    ...(row.field === undefined ? {} : { field: row.field }),
    ...(row.column === undefined ? {} : { column: row.column }),
    ...(row.value === undefined ? {} : { value: row.value }),
    code: row.error.code,
    message: row.error.message,
  };
}
