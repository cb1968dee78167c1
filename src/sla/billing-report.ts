// The audit's money summary from its billing counts: one line per customer, period, plan, item
// and price, with quantity × unit price computed exactly (BigInt minor units), and totals per
// currency and tax note ("+ IVA" totals stay apart from the rest: habil never adds the tax).

import { currencyDecimals, decimalOf, type Money, minorOf, moneyOf, type Price } from '../policy/money';
import { type BillingCount, type BillingItem, keyParts } from './billing';

/** One line of the money summary. */
export interface BillingLine {
  /** The ticket's `customer`; absent for tickets without one. */
  customer?: string;
  /** 'YYYY-MM' of report in the plan's zone ('YYYY' for a yearly price). */
  period: string;
  plan: string;
  /** 'subscription': the plan's price; 'every-ticket' and 'outside-coverage': billable events. */
  item: BillingItem;
  /** Tickets counted into the line (for events: the events). */
  tickets: number;
  /** 1 for a subscription period; the number of events otherwise. */
  quantity: number;
  /** For 'outside-coverage': the events' ms outside coverage, report to resolution, pauses removed. */
  outside?: number;
  /** The price of one; absent when the policy leaves it to each case ("según el caso"). */
  unitPrice?: Money;
  /** quantity × unitPrice, exact; absent with unitPrice. */
  amount?: Money;
}

/** What the audited tickets bill, per customer and period, and in total. */
export interface BillingSummary {
  lines: BillingLine[];
  /** The sum of the lines' amounts per currency and note ('+ IVA' stays a note, never added). */
  totals: Money[];
  /** Events counted on lines without a price: to price case by case. */
  unpriced: number;
}

const ITEMS: readonly BillingItem[] = ['subscription', 'every-ticket', 'outside-coverage'];

/**
 * The summary of billing counts; plans sort by `planOrder`, customers by name (none last).
 *
 * @example
 * billingSummary(counts.billing, new Map([['level-3', 2]])).totals; //=> [{ currency: 'COP', amount: '120900.00', note: '+ IVA' }]
 */
export function billingSummary(
  counts: ReadonlyMap<string, BillingCount>,
  planOrder: ReadonlyMap<string, number>,
): BillingSummary {
  const lines: BillingLine[] = [];
  const totals = new Map<string, { price: Price; minor: bigint }>();
  let unpriced = 0;
  for (const [key, count] of counts) {
    const { plan, period, customer, item, price } = keyParts(key);
    const quantity = item === 'subscription' ? 1 : count.events;
    const line: BillingLine = {
      ...(customer === '' ? {} : { customer }),
      period,
      plan,
      item,
      tickets: count.tickets,
      quantity,
      ...(item === 'outside-coverage' ? { outside: count.outside } : {}),
    };
    if (price) {
      line.unitPrice = moneyOf(price, 1n);
      line.amount = moneyOf(price, BigInt(quantity));
      const total = JSON.stringify([price.currency, price.note ?? '']);
      const sum = totals.get(total) ?? { price, minor: 0n };
      sum.minor += BigInt(price.minor) * BigInt(quantity);
      totals.set(total, sum);
    } else unpriced += quantity;
    lines.push(line);
  }
  lines.sort(byLine(planOrder));
  return {
    lines,
    totals: [...totals.keys()].sort().map((k) => {
      const { price, minor } = totals.get(k)!;
      const amount = decimalOf(minor, currencyDecimals(price.currency));
      return { currency: price.currency, amount, ...(price.note === undefined ? {} : { note: price.note }) };
    }),
    unpriced,
  };
}

/** Customers by name (none last), then period, plan in policy order, item, price. */
function byLine(planOrder: ReadonlyMap<string, number>): (a: BillingLine, b: BillingLine) => number {
  const last = Number.MAX_SAFE_INTEGER;
  const tuple = (l: BillingLine): (string | number | bigint)[] => [
    l.customer === undefined ? 1 : 0,
    l.customer ?? '',
    l.period,
    planOrder.get(l.plan) ?? last,
    l.plan,
    ITEMS.indexOf(l.item),
    l.unitPrice?.currency ?? '',
    l.unitPrice?.note ?? '',
    l.unitPrice ? minorOf(l.unitPrice) : -1n,
  ];
  return (a, b) => {
    const x = tuple(a);
    const y = tuple(b);
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
    return 0;
  };
}
