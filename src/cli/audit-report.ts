// The audit report as text for an 80-column terminal: the row counts, compliance per priority
// and target (per plan when there are several; every judged cycle counted), the same by month,
// support hours consumed per month and per customer (with logged effort when the export has
// it), time outside coverage, the worst breaches, and the rejected rows with line and reason.

import { MAX_QUOTED, printable, show } from '../errors';
import type { AuditReport, HoursStats } from '../sla/report';
import { billingSection } from './audit-billing';
import { count, hm, local, percent } from './format';
import { table, wrap } from './table';

export interface ReportContext {
  /** Where wall times are shown. */
  zone: string;
  /** How many worst breaches to list. */
  worst: number;
}

/**
 * The whole report as text.
 *
 * @example
 * process.stdout.write(renderReport(report, { zone: 'America/Bogota', worst: 10 }));
 */
export function renderReport(report: AuditReport, context: ReportContext): string {
  const multiPlan = new Set(report.targets.map((t) => t.plan)).size > 1;
  const sections = [
    `habil audit · policy ${report.policy} · now ${local(report.now, context.zone)} (${context.zone})\n` +
      `${count(report.rows)} rows read: ${count(report.evaluated)} evaluated, ${count(report.errors)} rejected\n`,
  ];
  if (report.targets.length > 0) {
    sections.push(
      `Targets (business time h:mm; met % of decided; median, p90 of completed)\n` +
        `n counts judged cycles: a reopened ticket's resolutions, every awaited update\n` +
        cyclesLine(report) +
        table(
          [
            ...(multiPlan ? [{ header: 'plan' }] : []),
            { header: 'priority' },
            { header: 'target' },
            { header: 'n', align: 'right' },
            { header: 'met', align: 'right' },
            { header: 'breached', align: 'right' },
            { header: 'running', align: 'right' },
            { header: 'met %', align: 'right' },
            { header: 'median', align: 'right' },
            { header: 'p90', align: 'right' },
          ],
          report.targets.map((t) => [
            ...(multiPlan ? [t.plan] : []),
            t.priority,
            t.target,
            count(t.count),
            count(t.met),
            count(t.breached),
            count(t.running),
            percent(t.compliance),
            hm(t.median),
            hm(t.p90),
          ]),
        ),
    );
    sections.push(
      `By month of report\n` +
        table(
          [
            { header: 'month' },
            ...(multiPlan ? [{ header: 'plan' }] : []),
            { header: 'priority' },
            { header: 'target' },
            { header: 'n', align: 'right' },
            { header: 'breached', align: 'right' },
            { header: 'met %', align: 'right' },
            { header: 'median', align: 'right' },
            { header: 'p90', align: 'right' },
          ],
          report.months.map((m) => [
            m.month,
            ...(multiPlan ? [m.plan] : []),
            m.priority,
            m.target,
            count(m.count),
            count(m.breached),
            percent(m.compliance),
            hm(m.median),
            hm(m.p90),
          ]),
        ),
    );
  }
  if (report.hours.length > 0) sections.push(hoursSection(report, multiPlan));
  if (report.customers.some((c) => c.customer !== '')) sections.push(customerSection(report));
  if (report.coverage.length > 0) {
    sections.push(
      `Outside coverage (billed per event; report to resolution, less pauses)\n` +
        table(
          [
            { header: 'month' },
            { header: 'plan' },
            { header: 'resolved', align: 'right' },
            { header: 'events', align: 'right' },
            { header: 'outside', align: 'right' },
          ],
          report.coverage.map((c) => [c.month, c.plan, count(c.resolved), count(c.events), hm(c.outside)]),
        ),
    );
  }
  const billing = billingSection(report.billing);
  if (billing) sections.push(billing);
  const worst = report.targets
    .flatMap((t) => t.worst)
    .sort((a, b) => b.over - a.over || a.line - b.line)
    .slice(0, context.worst);
  if (worst.length > 0) {
    sections.push(
      `Worst breaches (business time past target)\n` +
        table(
          [
            { header: 'ticket' },
            { header: 'line', align: 'right' },
            ...(multiPlan ? [{ header: 'plan' }] : []),
            { header: 'priority' },
            { header: 'target' },
            { header: 'due' },
            { header: 'over', align: 'right' },
            { header: 'state' },
          ],
          worst.map((w) => [
            printable(w.ticketId ?? '-', MAX_QUOTED),
            String(w.line),
            ...(multiPlan ? [w.plan] : []),
            w.priority,
            w.cycle === undefined ? w.target : `${w.target} #${w.cycle}`,
            local(w.due, context.zone),
            hm(w.over),
            w.open ? 'open' : 'closed',
          ]),
        ),
    );
  }
  if (report.errors > 0) {
    const shown = report.firstErrors.map((r) => {
      const where = [
        `${r.source === 'events' ? 'events line' : 'line'} ${r.line}`,
        ...(r.eventLine === undefined ? [] : [`events line ${r.eventLine}`]),
        ...(r.ticketId === undefined ? [] : [`ticket ${printable(r.ticketId, MAX_QUOTED)}`]),
        ...(r.column === undefined ? [] : [`column ${show(r.column)}`]),
      ];
      return `  ${where.join(' · ')}\n${wrap(r.message, '    ')}`;
    });
    const more = report.errors - report.firstErrors.length;
    sections.push(
      `Rejected rows (${count(report.errors)})\n${shown.join('\n')}\n` +
        (more > 0
          ? `  … and ${count(more)} more: --worst raises the limit; --format csv or ndjson lists every row\n`
          : ''),
    );
  }
  return sections.join('\n');
}

/** How many cycles came from how many tickets, per target judged over cycles; '' when none was. */
function cyclesLine(report: AuditReport): string {
  const sums = new Map<string, { count: number; tickets: number }>();
  for (const t of report.targets) {
    const sum = sums.get(t.target) ?? { count: 0, tickets: 0 };
    sum.count += t.count;
    sum.tickets += t.tickets;
    sums.set(t.target, sum);
  }
  const parts = [...sums]
    .filter(([, sum]) => sum.count > sum.tickets)
    .map(([target, sum]) => `${target} ${count(sum.count)} of ${count(sum.tickets)} tickets`);
  return parts.length === 0 ? '' : `${wrap(`here: ${parts.join('; ')}`, '')}\n`;
}

/** Logged effort beside business time, when any ticket carried it. */
function worked(rows: readonly Pick<HoursStats, 'withWorked'>[]): boolean {
  return rows.some((h) => h.withWorked > 0);
}

function hoursSection(report: AuditReport, multiPlan: boolean): string {
  const withWorked = worked(report.hours);
  const total = report.hours.reduce(
    (sum, h) => ({
      resolved: sum.resolved + h.resolved,
      consumed: sum.consumed + h.consumed,
      worked: sum.worked + h.worked,
    }),
    { resolved: 0, consumed: 0, worked: 0 },
  );
  return (
    `Support hours consumed (business time from report to resolution, less pauses)\n${withWorked ? 'worked: the effort logged on those tickets\n' : ''}` +
    table(
      [
        { header: 'month' },
        ...(multiPlan ? [{ header: 'plan' }] : []),
        { header: 'resolved', align: 'right' },
        { header: 'hours', align: 'right' },
        ...(withWorked ? [{ header: 'worked', align: 'right' as const }] : []),
      ],
      [
        ...report.hours.map((h) => [
          h.month,
          ...(multiPlan ? [h.plan] : []),
          count(h.resolved),
          hm(h.consumed),
          ...(withWorked ? [hm(h.worked)] : []),
        ]),
        [
          'total',
          ...(multiPlan ? [''] : []),
          count(total.resolved),
          hm(total.consumed),
          ...(withWorked ? [hm(total.worked)] : []),
        ],
      ],
    )
  );
}

function customerSection(report: AuditReport): string {
  const withWorked = worked(report.customers);
  return (
    `Support hours per customer (month of report; resolved tickets, less pauses)\n` +
    table(
      [
        { header: 'customer' },
        { header: 'month' },
        { header: 'tickets', align: 'right' },
        { header: 'resolved', align: 'right' },
        { header: 'hours', align: 'right' },
        ...(withWorked ? [{ header: 'worked', align: 'right' as const }] : []),
      ],
      report.customers.map((c) => [
        c.customer === '' ? '(none)' : c.customer,
        c.month,
        count(c.tickets),
        count(c.resolved),
        hm(c.consumed),
        ...(withWorked ? [hm(c.worked)] : []),
      ]),
    )
  );
}
