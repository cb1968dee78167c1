// What one ticket bills, and the audit's counts of it per plan, customer, period, item and price:
// the plan's price marks the customer's month (or year) as billed; a billable event counts once
// per ticket. Counts are integers keyed by strings, so worker shards merge by adding and the
// money is computed once, from the counts, in ./billing-report.

import { isOpen } from '../engine/periods';
import { type BillingTerms, billingTerms } from '../policy/billing';
import type { Price } from '../policy/money';
import type { PlanSpec } from '../policy/spec';
import type { Clock } from '../policy/source';
import type { Assessment } from './evaluate';

/** What a ticket's plan bills. 'subscription': the plan's price per month or year. */
export type BillingItem = 'subscription' | 'every-ticket' | 'outside-coverage';

/** What one ticket adds to the money summary. */
export interface TicketBilling {
  /** The month of report, 'YYYY-MM' in the plan's zone: the period events are billed in. */
  month: string;
  /** The plan's price for the period the ticket was reported in ('YYYY-MM', or 'YYYY' for a yearly price). */
  subscription?: { period: string; price: Price };
  /** The ticket is a billable event of this kind (priced, or case by case). */
  event?: { item: Exclude<BillingItem, 'subscription'>; price?: Price };
}

/** One line's counts: tickets in it, billable events, and their ms outside coverage. */
export interface BillingCount {
  tickets: number;
  events: number;
  outside: number;
}

/**
 * What a ticket bills, `month` being its month of report ('YYYY-MM'); undefined: nothing.
 * An event needs its service delivered by `now`: 'every-ticket' when resolved; 'outside-coverage'
 * when the response, an agent reply or the resolution fell outside coverage ('served'), or when
 * reported outside it ('reported').
 *
 * @example
 * ticketBilling(assess(policies.hosting, { plan: 'level-3', priority: 'low', reportedAt }, () => now, false), '2025-03');
 * //=> { month: '2025-03', subscription: { period: '2025-03', price: { currency: 'COP', minor: 12_090_000, note: '+ IVA' } } }
 */
export function ticketBilling({ terms, times, now }: Assessment, month: string): TicketBilling | undefined {
  const billing = billingOf(terms.plan);
  if (!billing) return undefined;
  const out: TicketBilling = { month };
  const { subscription, events } = billing;
  if (subscription) {
    out.subscription = {
      period: subscription.period === 'year' ? month.slice(0, 4) : month,
      price: subscription.price,
    };
  }
  if (events) {
    const known = (t: number | undefined): t is number => t !== undefined && t <= now;
    let event: boolean;
    if (events.kind === 'every-ticket') event = known(times.resolvedAt);
    else if (!terms.coverage) event = false;
    else if (events.on === 'reported') event = !isOpen(terms.coverage.timeline, times.reportedAt);
    else {
      const served = [times.respondedAt, times.resolvedAt];
      for (const e of times.events) if (e.kind === 'message' && e.value === 'agent') served.push(e.at);
      const coverage = terms.coverage;
      event = served.some((t) => known(t) && outsideCoverage(coverage, t));
    }
    if (event) out.event = { item: events.kind, ...(events.price ? { price: events.price } : {}) };
  }
  return out.subscription || out.event ? out : undefined;
}

const billingMemo = new WeakMap<PlanSpec, BillingTerms | null>();

/** A plan's billing terms, read once per plan (an audit asks for every ticket). */
function billingOf(plan: PlanSpec): BillingTerms | undefined {
  let terms = billingMemo.get(plan);
  if (terms === undefined) {
    terms = billingTerms(plan) ?? null;
    billingMemo.set(plan, terms);
  }
  return terms ?? undefined;
}

/** Closed at `t` and just before it: a reply at 17:00 sharp, as coverage closes, is inside it. */
function outsideCoverage(coverage: Clock, t: number): boolean {
  return !isOpen(coverage.timeline, t) && !isOpen(coverage.timeline, t - 1);
}

const SEP = '\u0000';

/** The count key of a line: plan, period, customer ('' for none), item and price. */
export function billingKey(plan: string, period: string, customer: string, item: BillingItem, price?: Price): string {
  const priced = price ? JSON.stringify([price.currency, price.minor, price.note ?? '']) : '';
  return [plan, period, customer, item, priced].join(SEP);
}

/** The parts of a count key. */
export function keyParts(key: string): {
  plan: string;
  period: string;
  customer: string;
  item: BillingItem;
  price?: Price;
} {
  const [plan = '', period = '', customer = '', item = 'subscription', priced = ''] = key.split(SEP);
  const parts = { plan, period, customer, item: item as BillingItem };
  if (priced === '') return parts;
  const [currency, minor, note] = JSON.parse(priced) as [string, number, string];
  return { ...parts, price: { currency, minor, ...(note === '' ? {} : { note }) } };
}

/**
 * Counts a ticket's billing into `counts`; `outside`: its ms outside coverage, when resolved.
 *
 * @example
 * countBilling(counts.billing, 'standard', 'ACME', billing, facts.outside);
 */
export function countBilling(
  counts: Map<string, BillingCount>,
  plan: string,
  customer: string,
  billing: TicketBilling,
  outside: number | undefined,
): void {
  if (billing.subscription) {
    const { period, price } = billing.subscription;
    add(counts, billingKey(plan, period, customer, 'subscription', price), { tickets: 1, events: 0, outside: 0 });
  }
  if (billing.event) {
    const { item, price } = billing.event;
    add(counts, billingKey(plan, billing.month, customer, item, price), {
      tickets: 1,
      events: 1,
      outside: item === 'outside-coverage' ? (outside ?? 0) : 0,
    });
  }
}

/**
 * Adds a count under `key`.
 *
 * @example
 * add(into.billing, key, count); // merging a worker's counts
 */
export function add(counts: Map<string, BillingCount>, key: string, count: BillingCount): void {
  const mine = counts.get(key);
  if (mine === undefined) counts.set(key, { ...count });
  else {
    mine.tickets += count.tickets;
    mine.events += count.events;
    mine.outside += count.outside;
  }
}
