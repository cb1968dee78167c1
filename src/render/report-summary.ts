// The report's summary section: key figures (rows read, evaluated, rejected, targets breached,
// share met) and one table row per plan, priority and target with counts, share met, median
// and p90 business time.

import { el, raw, table, type Column } from './html';
import type { ReportContext } from './report-context';

type TargetStat = ReportContext['report']['targets'][number];

/**
 * The summary section's content.
 *
 * @example
 * summarySection(context);
 */
export function summarySection(c: ReportContext): string {
  const { w, f, report } = c;
  const met = report.targets.reduce((s, t) => s + t.met, 0);
  const breached = report.targets.reduce((s, t) => s + t.breached, 0);
  const figures: [string, string][] = [
    [w.figure.rows, f.count(report.rows)],
    [w.figure.evaluated, f.count(report.evaluated)],
    [w.figure.rejected, f.count(report.errors)],
    [w.figure.breached, f.count(breached)],
    [w.figure.compliance, f.percent(met + breached === 0 ? null : met / (met + breached))],
  ];
  const list = el(
    'ul',
    { class: 'figures' },
    raw(figures.map(([label, value]) => el('li', {}, raw(el('b', {}, value)), label)).join('')),
  );
  const columns: Column<TargetStat>[] = [
    ...(c.multiPlan ? [{ header: w.col.plan, cell: (t: TargetStat) => t.plan }] : []),
    { header: w.col.priority, cell: (t) => c.priorityName(t.plan, t.priority) },
    { header: w.col.target, cell: (t) => w.target[t.target] },
    { header: w.col.tickets, cell: (t) => f.count(t.count), numeric: true },
    { header: w.col.met, cell: (t) => f.count(t.met), numeric: true },
    { header: w.col.breached, cell: (t) => f.count(t.breached), numeric: true },
    { header: w.col.running, cell: (t) => f.count(t.running), numeric: true },
    { header: w.col.compliance, cell: (t) => f.percent(t.compliance), numeric: true },
    { header: w.col.median, cell: (t) => f.duration(t.median), numeric: true },
    { header: w.col.p90, cell: (t) => f.duration(t.p90), numeric: true },
  ];
  const targets =
    report.targets.length > 0 ? el('div', { class: 'table-wrap' }, raw(table(undefined, columns, report.targets))) : '';
  return list + targets + el('p', {}, `${w.complianceNote} ${w.timesNote}`);
}
