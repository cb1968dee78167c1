// Counting one audit row: an error row as rejected (the first few kept by line), an evaluated
// one into its plan × priority × target tallies overall and for its month, and into the month's
// support hours and time outside coverage.

import { type AuditCounts, KINDS, slotIn } from './counts';
import type { AuditErrorSample, AuditRow } from './report-types';

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
    counts.tally(slot.targets, target, counts.keep).add(result, completed, breach);
    counts.tally(month, target, 0).add(result, completed, undefined);
  }
  if (facts.consumed !== undefined) {
    const hours = slotIn(plan.hours, facts.month, () => ({ resolved: 0, consumed: 0 }));
    hours.resolved++;
    hours.consumed += facts.consumed;
  }
  if (facts.outside !== undefined) {
    const coverage = slotIn(plan.coverage, facts.month, () => ({ resolved: 0, events: 0, outside: 0 }));
    coverage.resolved++;
    if (facts.outside > 0) coverage.events++;
    coverage.outside += facts.outside;
  }
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
