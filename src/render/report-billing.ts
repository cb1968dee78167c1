// The report's billing section: what the audited tickets bill per customer and month — the plan's
// price for each month with tickets, the billable events (served outside coverage, or every ticket
// of a per-event plan) at their rate — and the totals per currency, taxes as the policy states
// them ("+ IVA"), never added. Left out when nothing bills.

import { formatMoney, type Money } from '../policy/money';
import type { BillingLine } from '../sla/billing-report';
import { el, raw, table, type Column } from './html';
import type { ReportContext, ReportSection } from './report-context';
import type { RenderLang } from './timeline-words';

const WORDS: Record<
  RenderLang,
  {
    heading: string;
    note: string;
    col: Record<'customer' | 'period' | 'plan' | 'item' | 'quantity' | 'outside' | 'unit' | 'amount', string>;
    item: Record<BillingLine['item'], string>;
    none: string;
    perCase: string;
    total: string;
    unpriced: (n: string) => string;
  }
> = {
  en: {
    heading: 'Billing',
    note: 'Per customer and month of report: the plan’s price for each month with tickets, and billable events at their rate. Taxes are shown as the policy states them, never added.',
    col: {
      customer: 'Customer',
      period: 'Period',
      plan: 'Plan',
      item: 'Item',
      quantity: 'Qty',
      outside: 'Outside coverage',
      unit: 'Unit price',
      amount: 'Amount',
    },
    item: {
      subscription: 'Plan price',
      'every-ticket': 'Per-event ticket',
      'outside-coverage': 'Event outside coverage',
    },
    none: '(none)',
    perCase: 'per case',
    total: 'Total',
    unpriced: (n) => `${n} event(s) have no rate in the policy: priced case by case.`,
  },
  es: {
    heading: 'Facturación',
    note: 'Por cliente y mes de reporte: el precio del plan por cada mes con tickets y los eventos facturables a su tarifa. Los impuestos se muestran como los indica la política, nunca sumados.',
    col: {
      customer: 'Cliente',
      period: 'Periodo',
      plan: 'Plan',
      item: 'Concepto',
      quantity: 'Cant.',
      outside: 'Fuera de cobertura',
      unit: 'Precio unitario',
      amount: 'Valor',
    },
    item: {
      subscription: 'Precio del plan',
      'every-ticket': 'Ticket por evento',
      'outside-coverage': 'Evento fuera de cobertura',
    },
    none: '(sin cliente)',
    perCase: 'según el caso',
    total: 'Total',
    unpriced: (n) => `${n} evento(s) sin tarifa en la política: se cobran según el caso.`,
  },
};

/**
 * The billing section's content, or '' when the tickets bill nothing.
 *
 * @example
 * billingSection(context);
 */
export function billingSection(c: ReportContext): string {
  const { f, report, lang } = c;
  const { lines, totals, unpriced } = report.billing;
  if (lines.length === 0) return '';
  const w = WORDS[lang];
  const money = (m: Money | undefined) => (m ? formatMoney(m, lang) : w.perCase);
  const columns: Column<BillingLine>[] = [
    { header: w.col.customer, cell: (l) => l.customer ?? w.none },
    { header: w.col.period, cell: (l) => (l.period.length === 7 ? f.month(l.period) : l.period), nowrap: true },
    { header: w.col.plan, cell: (l) => l.plan },
    { header: w.col.item, cell: (l) => w.item[l.item] },
    { header: w.col.quantity, cell: (l) => f.count(l.quantity), numeric: true },
    { header: w.col.outside, cell: (l) => (l.outside === undefined ? '' : f.duration(l.outside)), numeric: true },
    { header: w.col.unit, cell: (l) => money(l.unitPrice), numeric: true },
    { header: w.col.amount, cell: (l) => (l.unitPrice ? money(l.amount) : ''), numeric: true },
  ];
  const sums = totals.map((m) => el('li', {}, `${w.total}: ${formatMoney(m, lang)}`)).join('');
  return (
    el('p', {}, w.note) +
    el('div', { class: 'table-wrap' }, raw(table(undefined, columns, lines))) +
    (sums ? el('ul', {}, raw(sums)) : '') +
    (unpriced > 0 ? el('p', {}, w.unpriced(f.count(unpriced))) : '')
  );
}

/** The section as the report lists it (./report-sections). */
export const BILLING_SECTION: ReportSection = {
  id: 'billing',
  heading: (c) => WORDS[c.lang].heading,
  render: billingSection,
};
