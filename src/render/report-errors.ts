// The report's rejected-rows section: the first rows the audit could not judge, by line, with
// the column, the value and why. Left out when every row was evaluated.

import { el, raw, table, type Column } from './html';
import type { ReportContext } from './report-context';

type Rejected = ReportContext['report']['firstErrors'][number];

/**
 * The rejected rows' content, or '' when there were none.
 *
 * @example
 * errorsSection(context);
 */
export function errorsSection(c: ReportContext): string {
  const { w, f, report } = c;
  if (report.errors === 0) return '';
  const columns: Column<Rejected>[] = [
    { header: w.col.line, cell: (e) => f.count(e.line), numeric: true },
    { header: w.col.ticket, cell: (e) => e.ticketId ?? '', nowrap: true },
    { header: w.col.column, cell: (e) => e.column ?? e.field ?? '' },
    {
      header: w.col.value,
      cell: (e) =>
        e.value === undefined ? '' : typeof e.value === 'string' ? e.value : (JSON.stringify(e.value) ?? ''),
    },
    {
      header: w.col.error,
      cell: (e) => w.reason(e.code, e.field, e.message, e.value === undefined && /\bis missing\b/.test(e.message)),
    },
  ];
  return (
    el('p', {}, w.errorsNote(report.firstErrors.length, report.errors)) +
    el('div', { class: 'table-wrap' }, raw(table(undefined, columns, report.firstErrors)))
  );
}
