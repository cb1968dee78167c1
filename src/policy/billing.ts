// What a plan bills, read for the audit: its price per month or year (a subscription), and which
// tickets are billable events at what rate: every ticket delivered (a per-event plan, or a price
// per 'event'), or those served outside the plan's coverage (ISYS "soporte por evento en horario
// extra-laboral"). Checked once with the policy, so the audit only counts.

import type { Issue } from '../errors';
import { moneyIssue, type Price, readPrice } from './money';
import type { MoneySpec, PlanSpec } from './spec';
import { problemAt } from '../errors';

/** What a ticket of a plan may bill. */
export interface BillingTerms {
  /** The plan's price per month or year: one line per customer and period that has tickets. */
  subscription?: { period: 'month' | 'year'; price: Price };
  /** Which tickets are billable events; no price: counted, priced case by case. */
  events?: { kind: 'every-ticket' | 'outside-coverage'; on: 'served' | 'reported'; price?: Price };
}

/**
 * Why a plan's price and billing cannot be read; empty when they can.
 *
 * @example
 * billingIssues({ billing: { events: 'outside-coverage' } }, 'plans[0]');
 * //=> [{ path: 'plans[0].billing.events', message: "'outside-coverage' needs the plan's coverage calendar: ..." }]
 */
export function billingIssues(plan: Pick<PlanSpec, 'price' | 'billing' | 'coverage'>, path: string): Issue[] {
  const issues: Issue[] = [];
  const money = (spec: MoneySpec | undefined, at: string) => {
    const issue = spec && moneyIssue(spec, at);
    if (issue) issues.push(issue);
  };
  money(plan.price, `${path}.price`);
  const billing = plan.billing;
  if (!billing) return issues;
  money(billing.rate, `${path}.billing.rate`);
  if (billing.events === 'outside-coverage' && plan.coverage === undefined) {
    issues.push(
      problemAt(`${path}.billing.events`, `'outside-coverage' needs the plan's coverage calendar (${path}.coverage)`),
    );
  }
  if (billing.events === 'every-ticket' && billing.on !== undefined) {
    issues.push(problemAt(`${path}.billing.on`, `applies to 'outside-coverage' events only`));
  }
  if (plan.price?.period === 'event') {
    issues.push(problemAt(`${path}.billing`, `is set beside a price per 'event' (which bills every ticket): keep one`));
  }
  return issues;
}

/**
 * The billing terms of a checked plan; undefined when it bills nothing.
 *
 * @example
 * billingTerms(policies.hosting.toJSON().plans[2]!)?.subscription?.price; //=> { currency: 'COP', minor: 12_090_000, note: '+ IVA' }
 */
export function billingTerms(plan: PlanSpec): BillingTerms | undefined {
  const terms: BillingTerms = {};
  if (plan.price) {
    const price = readPrice(plan.price);
    if (plan.price.period === 'event') terms.events = { kind: 'every-ticket', on: 'served', price };
    else terms.subscription = { period: plan.price.period, price };
  }
  const billing = plan.billing;
  if (billing) {
    const rate = billing.rate && readPrice(billing.rate);
    terms.events = {
      kind: billing.events,
      on: billing.on ?? 'served',
      ...(rate ? { price: rate } : {}),
    };
  }
  return terms.subscription || terms.events ? terms : undefined;
}
