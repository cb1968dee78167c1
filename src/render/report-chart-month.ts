// The report's chart of compliance by month of report: every plan and priority summed per month,
// one pair of vertical bars per month.

import type { TargetKind } from '../sla/types';
import { complianceFigure, type ComplianceStats } from './report-chart-compliance';
import type { ReportContext } from './report-context';

/**
 * Compliance per month of report, or '' with no months.
 *
 * @example
 * monthChart(context);
 */
export function monthChart(c: ReportContext): string {
  const { report, w, f } = c;
  const months = [...new Set(report.months.map((m) => m.month))].sort();
  if (months.length === 0) return '';
  const sums = (month: string, kind: TargetKind): ComplianceStats => {
    let met = 0;
    let breached = 0;
    let running = 0;
    for (const m of report.months) {
      if (m.month !== month || m.target !== kind) continue;
      met += m.met;
      breached += m.breached;
      running += m.running;
    }
    return { met, breached, running, compliance: met + breached === 0 ? null : met / (met + breached) };
  };
  const first = f.month(months[0]!);
  const last = f.month(months[months.length - 1]!);
  return complianceFigure(c, {
    id: 'fig-month',
    title: w.chartMonth.title,
    desc: (series, best, worst) => w.chartMonth.desc(series, first, last, best, worst),
    rows: months,
    label: f.month,
    stats: sums,
    orientation: 'vertical',
    header: w.col.month,
    running: true,
  });
}
