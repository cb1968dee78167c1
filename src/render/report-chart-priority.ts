// The report's chart of compliance by priority: one pair of horizontal bars per plan and
// priority (priority names are long).

import { complianceFigure } from './report-chart-compliance';
import type { ReportContext } from './report-context';

/**
 * Compliance (met ÷ decided) per plan and priority, or '' with no targets.
 *
 * @example
 * priorityChart(context); // '<figure id="fig-priority">…</figure>'
 */
export function priorityChart(c: ReportContext): string {
  const { report } = c;
  const keys = [...new Map(report.targets.map((t) => [`${t.plan}\u0000${t.priority}`, t])).values()];
  if (keys.length === 0) return '';
  return complianceFigure(c, {
    id: 'fig-priority',
    title: c.w.chartPriority.title,
    desc: c.w.chartPriority.desc,
    rows: keys,
    label: (k) =>
      c.multiPlan ? `${k.plan} · ${c.priorityName(k.plan, k.priority)}` : c.priorityName(k.plan, k.priority),
    stats: (k, kind) => report.targets.find((t) => t.plan === k.plan && t.priority === k.priority && t.target === kind),
    orientation: 'horizontal',
    header: c.w.col.priority,
    running: false,
  });
}
