// The audit's money summary as text: one line per customer, period, plan and item, with its
// quantity, unit price and amount, then the totals per currency (taxes as the policy states them,
// never added) and the events left to price case by case.

import { formatMoney } from '../policy/money';
import type { BillingSummary } from '../sla/billing-report';
import { count, hm } from './format';
import { table } from './table';

/**
 * The billing section, or undefined when the tickets bill nothing.
 *
 * @example
 * const section = billingSection(report.billing);
 */
export function billingSection(billing: BillingSummary): string | undefined {
  if (billing.lines.length === 0) return undefined;
  const money = (m: Parameters<typeof formatMoney>[0] | undefined) => (m ? formatMoney(m, 'en') : 'per case');
  const totals = billing.totals.map((m) => `  total ${formatMoney(m, 'en')}`);
  if (billing.unpriced > 0) totals.push(`  ${count(billing.unpriced)} event(s) without a rate: priced case by case`);
  return (
    `Billing (per customer and month of report; "+ IVA" and other notes as the policy states them)\n` +
    table(
      [
        { header: 'customer' },
        { header: 'period' },
        { header: 'plan' },
        { header: 'item' },
        { header: 'qty', align: 'right' },
        { header: 'outside', align: 'right' },
        { header: 'unit price', align: 'right' },
        { header: 'amount', align: 'right' },
      ],
      billing.lines.map((l) => [
        l.customer ?? '-',
        l.period,
        l.plan,
        l.item,
        count(l.quantity),
        l.outside === undefined ? '' : hm(l.outside),
        money(l.unitPrice),
        l.unitPrice ? money(l.amount) : '',
      ]),
    ) +
    `${totals.join('\n')}\n`
  );
}
