// The report's coverage section: per month and plan, time between report and resolution that
// fell outside the plan's coverage (what is billed per event). Left out when there is none.

import { el, raw, table, type Column } from './html';
import type { ReportContext } from './report-context';

type CoverageRow = ReportContext['report']['coverage'][number];

/**
 * The coverage section's content, or '' when no plan bills outside its coverage.
 *
 * @example
 * coverageSection(context);
 */
export function coverageSection(c: ReportContext): string {
  const { w, f, report } = c;
  if (report.coverage.length === 0) return '';
  const columns: Column<CoverageRow>[] = [
    { header: w.col.month, cell: (r) => f.month(r.month) },
    { header: w.col.plan, cell: (r) => r.plan },
    { header: w.col.resolved, cell: (r) => f.count(r.resolved), numeric: true },
    { header: w.col.events, cell: (r) => f.count(r.events), numeric: true },
    { header: w.col.outside, cell: (r) => f.duration(r.outside), numeric: true },
  ];
  return (
    el('p', {}, w.coverageNote) + el('div', { class: 'table-wrap' }, raw(table(undefined, columns, report.coverage)))
  );
}
