// The audit report as text for an 80-column terminal: the row counts, compliance per priority
// and target (per plan when there are several), the same by month, support hours consumed,
// time outside coverage, the worst breaches, and the rejected rows with line, column and reason.

import type { AuditReport } from '../sla/report';
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
  if (report.hours.length > 0) {
    const total = report.hours.reduce(
      (sum, h) => ({ resolved: sum.resolved + h.resolved, consumed: sum.consumed + h.consumed }),
      { resolved: 0, consumed: 0 },
    );
    sections.push(
      `Support hours consumed (business time from report to resolution, less pauses)\n` +
        table(
          [
            { header: 'month' },
            ...(multiPlan ? [{ header: 'plan' }] : []),
            { header: 'resolved', align: 'right' },
            { header: 'hours', align: 'right' },
          ],
          [
            ...report.hours.map((h) => [h.month, ...(multiPlan ? [h.plan] : []), count(h.resolved), hm(h.consumed)]),
            ['total', ...(multiPlan ? [''] : []), count(total.resolved), hm(total.consumed)],
          ],
        ),
    );
  }
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
            w.ticketId ?? '-',
            String(w.line),
            ...(multiPlan ? [w.plan] : []),
            w.priority,
            w.target,
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
        `line ${r.line}`,
        ...(r.ticketId === undefined ? [] : [`ticket ${r.ticketId}`]),
        ...(r.column === undefined ? [] : [`column '${r.column}'`]),
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
