// The report's per-customer section: support hours consumed per customer and month of report
// (the charters' "consumo de horas de soporte" is per client), business open time from report
// to resolution less pauses, with the effort logged beside it when the export has it: one row
// per customer over the whole audit, the months folded under it (a year of fifteen customers is
// 180 rows). Left out when no ticket names a customer.

import type { CustomerStats } from '../sla/report';
import { el, raw, table, type Column } from './html';
import type { ReportContext, ReportSection } from './report-context';
import type { RenderLang } from './timeline-words';

const WORDS: Record<
  RenderLang,
  {
    heading: string;
    note: string;
    worked: string;
    col: Record<'customer' | 'month' | 'tickets' | 'resolved' | 'hours' | 'worked', string>;
    none: string;
    byMonth: string;
  }
> = {
  en: {
    heading: 'Hours per customer',
    note: 'Per customer and month of report: tickets reported, those resolved, and the business time they consumed from report (or reopening) to resolution, pauses removed.',
    worked: ' Worked is the effort logged on the resolved tickets.',
    col: {
      customer: 'Customer',
      month: 'Month',
      tickets: 'Tickets',
      resolved: 'Resolved',
      hours: 'Hours',
      worked: 'Worked',
    },
    none: '(no customer)',
    byMonth: 'Per customer and month',
  },
  es: {
    heading: 'Horas por cliente',
    note: 'Por cliente y mes de reporte: tickets reportados, los resueltos y el tiempo hábil que consumieron desde el reporte (o la reapertura) hasta la solución, descontadas las pausas.',
    worked: ' Trabajado es el tiempo registrado en los tickets resueltos.',
    col: {
      customer: 'Cliente',
      month: 'Mes',
      tickets: 'Tickets',
      resolved: 'Resueltos',
      hours: 'Horas',
      worked: 'Trabajado',
    },
    none: '(sin cliente)',
    byMonth: 'Por cliente y mes',
  },
};

/**
 * The per-customer section's content, or '' when no ticket names a customer.
 *
 * @example
 * customersSection(context);
 */
export function customersSection(c: ReportContext): string {
  const { f, report, lang } = c;
  if (!report.customers.some((r) => r.customer !== '')) return '';
  const w = WORDS[lang];
  const worked = report.customers.some((r) => r.withWorked > 0);
  const columns = (month: boolean): Column<CustomerStats>[] => [
    { header: w.col.customer, cell: (r) => r.customer || w.none },
    ...(month ? [{ header: w.col.month, cell: (r: CustomerStats) => f.month(r.month), nowrap: true }] : []),
    { header: w.col.tickets, cell: (r) => f.count(r.tickets), numeric: true },
    { header: w.col.resolved, cell: (r) => f.count(r.resolved), numeric: true },
    { header: w.col.hours, cell: (r) => f.duration(r.consumed), numeric: true },
    ...(worked ? [{ header: w.col.worked, cell: (r: CustomerStats) => f.duration(r.worked), numeric: true }] : []),
  ];
  const months = el('div', { class: 'table-wrap' }, raw(table(undefined, columns(true), report.customers)));
  return (
    el('p', {}, w.note + (worked ? w.worked : '')) +
    el('div', { class: 'table-wrap' }, raw(table(undefined, columns(false), totals(report.customers)))) +
    el('details', { class: 'chart-data' }, raw(el('summary', {}, w.byMonth) + months))
  );
}

/** One row per customer, summed over its months (rows come sorted by customer, then month). */
function totals(rows: readonly CustomerStats[]): CustomerStats[] {
  const out: CustomerStats[] = [];
  for (const r of rows) {
    const last = out.at(-1);
    if (last?.customer !== r.customer) out.push({ ...r, month: '' });
    else {
      last.tickets += r.tickets;
      last.resolved += r.resolved;
      last.consumed += r.consumed;
      last.worked += r.worked;
      last.withWorked += r.withWorked;
    }
  }
  return out;
}

/** The section as the report lists it (./report-sections). */
export const CUSTOMERS_SECTION: ReportSection = {
  id: 'customers',
  heading: (c) => WORDS[c.lang].heading,
  render: customersSection,
};
