// The audit's money summary, worked by hand from the charters: hosting's "Soporte Nivel 3
// (Premium - Costo adicional $COP 120.900 +IVA x MES)" per customer and month, and ISYS's
// "soporte por evento en horario extra-laboral (fuera de cobertura del servicio estándar)" and
// "soporte por evento ... genera cobro por cada servicio de soporte entregado" at a contract's rates.
import { describe, expect, it } from 'vitest';
import { Policy, policies } from '../../src/policy';
import { audit } from '../../src/sla/audit';
import type { Ticket } from '../../src/sla/types';

const HOUR = 3_600_000;
const IVA = { currency: 'COP', note: '+ IVA' };
const rates = {
  outsideCoverage: { amount: 180_000, currency: 'COP', note: '+ IVA' },
  perEvent: { amount: '250000', currency: 'COP', note: '+ IVA' },
};

describe('hosting level 3: COP 120.900 + IVA per month', () => {
  it('bills each customer once per month with tickets, the tax left as the charter states it', async () => {
    const t = (customer: string | undefined, plan: string, reportedAt: string): Ticket => ({
      ...(customer ? { customer } : {}),
      plan,
      priority: 'low',
      reportedAt,
    });
    const report = await audit(
      policies.hosting,
      [
        t('ACME', 'level-3', '2025-03-03 10:00'),
        t('ACME', 'level-3', '2025-03-15 23:00'),
        t('ACME', 'level-3', '2025-03-31 23:59'),
        t('ACME', 'level-3', '2025-04-01 00:00'),
        t('Beta', 'level-3', '2025-03-20 09:00'),
        t('Beta', 'level-1', '2025-03-20 09:00'),
      ],
      { now: '2025-04-30 00:00' },
    );
    const price = { ...IVA, amount: '120900.00' };
    expect(report.billing.lines).toEqual([
      {
        customer: 'ACME',
        period: '2025-03',
        plan: 'level-3',
        item: 'subscription',
        tickets: 3,
        quantity: 1,
        unitPrice: price,
        amount: price,
      },
      {
        customer: 'ACME',
        period: '2025-04',
        plan: 'level-3',
        item: 'subscription',
        tickets: 1,
        quantity: 1,
        unitPrice: price,
        amount: price,
      },
      {
        customer: 'Beta',
        period: '2025-03',
        plan: 'level-3',
        item: 'subscription',
        tickets: 1,
        quantity: 1,
        unitPrice: price,
        amount: price,
      },
    ]);
    // 3 × 120 900 = 362 700, "+ IVA" kept apart.
    expect(report.billing.totals).toEqual([{ ...IVA, amount: '362700.00' }]);
    expect(report.billing.unpriced).toBe(0);
  });
});

describe('ISYS: billable events', () => {
  // March 2025: Tue 4, Thu 6, Sat 8, Mon 10; Mon 24 is a Colombian holiday (San José).
  const tickets: Ticket[] = [
    // Reported, answered and solved inside 5 x 8 coverage: no event.
    {
      customer: 'ACME',
      plan: 'standard',
      priority: 'high',
      reportedAt: '2025-03-04 10:00',
      respondedAt: '2025-03-04 10:30',
      resolvedAt: '2025-03-04 15:00',
    },
    // Answered at 19:00: served outside coverage; 18:00 -> 08:00 is 14 h outside.
    {
      customer: 'ACME',
      plan: 'standard',
      priority: 'high',
      reportedAt: '2025-03-04 18:00',
      respondedAt: '2025-03-04 19:00',
      resolvedAt: '2025-03-05 09:00',
    },
    // Reported at 18:00 but answered at 08:10: standard service.
    {
      customer: 'ACME',
      plan: 'standard',
      priority: 'low',
      reportedAt: '2025-03-04 18:00',
      respondedAt: '2025-03-05 08:10',
      resolvedAt: '2025-03-05 09:00',
    },
    // Worked on a holiday: 2 h outside.
    {
      customer: 'ACME',
      plan: 'standard',
      priority: 'low',
      reportedAt: '2025-03-24 09:00',
      resolvedAt: '2025-03-24 11:00',
    },
    // Resolved at 17:00 sharp, as coverage closes: inside.
    {
      customer: 'ACME',
      plan: 'standard',
      priority: 'low',
      reportedAt: '2025-03-06 16:00',
      respondedAt: '2025-03-06 16:30',
      resolvedAt: '2025-03-06 17:00',
    },
    // An agent reply on a Saturday is a service outside coverage, though the ticket is not solved.
    {
      plan: 'standard',
      priority: 'low',
      reportedAt: '2025-03-07 16:00',
      events: [{ at: '2025-03-08 10:15', message: 'agent' }],
    },
    // The per-event service: each ticket solved is an event; an unsolved one is not yet.
    {
      customer: 'Beta',
      plan: 'per-event',
      priority: 'high',
      reportedAt: '2025-03-10 09:00',
      resolvedAt: '2025-03-10 12:00',
    },
    { customer: 'Beta', plan: 'per-event', priority: 'high', reportedAt: '2025-03-11 09:00' },
    {
      customer: 'Beta',
      plan: 'per-event',
      priority: 'high',
      reportedAt: '2025-04-01 09:00',
      resolvedAt: '2025-04-01 10:00',
    },
  ];
  const now = '2025-04-30 00:00';

  it('prices events served outside coverage and per-event tickets at the contract rates', async () => {
    const report = await audit(policies.isys({ rates }), tickets, { now });
    const money = (amount: string) => ({ ...IVA, amount });
    expect(report.billing.lines).toEqual([
      {
        customer: 'ACME',
        period: '2025-03',
        plan: 'standard',
        item: 'outside-coverage',
        tickets: 2,
        quantity: 2,
        outside: 16 * HOUR,
        unitPrice: money('180000.00'),
        amount: money('360000.00'),
      },
      {
        customer: 'Beta',
        period: '2025-03',
        plan: 'per-event',
        item: 'every-ticket',
        tickets: 1,
        quantity: 1,
        unitPrice: money('250000.00'),
        amount: money('250000.00'),
      },
      {
        customer: 'Beta',
        period: '2025-04',
        plan: 'per-event',
        item: 'every-ticket',
        tickets: 1,
        quantity: 1,
        unitPrice: money('250000.00'),
        amount: money('250000.00'),
      },
      {
        period: '2025-03',
        plan: 'standard',
        item: 'outside-coverage',
        tickets: 1,
        quantity: 1,
        outside: 0,
        unitPrice: money('180000.00'),
        amount: money('180000.00'),
      },
    ]);
    // 360 000 + 250 000 + 250 000 + 180 000.
    expect(report.billing.totals).toEqual([money('1040000.00')]);
  });

  it('without rates, counts the events to price case by case ("según el caso")', async () => {
    const report = await audit(policies.isys(), tickets, { now });
    expect(report.billing.lines.map((l) => [l.customer, l.item, l.quantity, l.amount])).toEqual([
      ['ACME', 'outside-coverage', 2, undefined],
      ['Beta', 'every-ticket', 1, undefined],
      ['Beta', 'every-ticket', 1, undefined],
      [undefined, 'outside-coverage', 1, undefined],
    ]);
    expect(report.billing.totals).toEqual([]);
    expect(report.billing.unpriced).toBe(5);
  });

  it("reads 'reported' when the policy says so: every report outside coverage is an event", async () => {
    const spec = policies.isys({ rates }).toJSON();
    for (const plan of spec.plans) if (plan.billing?.events === 'outside-coverage') plan.billing.on = 'reported';
    const report = await audit(Policy.from(spec), tickets, { now });
    const outside = report.billing.lines.filter((l) => l.item === 'outside-coverage');
    // 18:00 twice and the holiday for ACME; the Friday 16:00 report was inside coverage.
    expect(outside.map((l) => [l.customer, l.quantity])).toEqual([['ACME', 3]]);
  });

  it('a contract with monthly plan prices bills them beside the events', async () => {
    const isys = policies.isys({
      prices: { standard: { amount: '1500000', currency: 'COP', period: 'month', note: '+ IVA' } },
    });
    const report = await audit(isys, tickets.slice(0, 2), { now });
    expect(report.billing.lines.map((l) => [l.item, l.quantity, l.amount?.amount])).toEqual([
      ['subscription', 1, '1500000.00'],
      ['outside-coverage', 1, undefined],
    ]);
  });

  it('refuses rates that are not money: shapes naming the contract field, amounts the plan they price', () => {
    const bad = (contract: unknown) => () => policies.isys(contract as never);
    expect(bad({ rates: { weekend: { amount: 1, currency: 'COP' } } })).toThrow(/contract\.rates/);
    expect(bad({ rates: 5 })).toThrow(/contract\.rates/);
    expect(bad({ prices: { standard: { amount: 1, currency: 'COP' } } })).toThrow(/contract\.prices\.standard\.period/);
    expect(bad({ rates: { perEvent: { amount: 1, currency: 'pesos' } } })).toThrow(
      /contract\.rates\.perEvent\.currency/,
    );
    expect(bad({ rates: { outsideCoverage: { amount: '1.234', currency: 'COP' } } })).toThrow(
      /plans\[0\]\.billing\.rate\.amount: '1\.234' is not an amount of COP/,
    );
  });
});

describe('billing in a policy spec', () => {
  const base = policies.isys().toJSON();
  const withPlan = (patch: Record<string, unknown>) => ({
    ...base,
    plans: [{ ...base.plans[0]!, ...patch }],
  });

  it('refuses outside-coverage events on a plan without coverage, and a price per event beside billing', () => {
    expect(() => Policy.from(withPlan({ coverage: undefined }))).toThrow(/plans\[0\]\.billing\.events/);
    expect(() => Policy.from(withPlan({ price: { amount: 1, currency: 'COP', period: 'event' } }))).toThrow(
      /plans\[0\]\.billing/,
    );
    expect(() => Policy.from(withPlan({ billing: { events: 'every-ticket', on: 'served' } }))).toThrow(
      /plans\[0\]\.billing\.on/,
    );
    expect(() =>
      Policy.from(withPlan({ billing: { events: 'every-ticket', rate: { amount: '0.5', currency: 'JPY' } } })),
    ).toThrow(/plans\[0\]\.billing\.rate\.amount/);
  });

  it('a price per event bills every ticket solved; a yearly price bills each customer once a year', async () => {
    const perEvent = Policy.from(
      withPlan({ billing: undefined, price: { amount: '99.90', currency: 'USD', period: 'event' } }),
    );
    const yearly = Policy.from(withPlan({ price: { amount: 1200, currency: 'USD', period: 'year' } }));
    const tickets: Ticket[] = ['2025-03-04 10:00', '2025-07-01 10:00', '2026-01-05 10:00'].map((at) => ({
      customer: 'ACME',
      priority: 'high',
      reportedAt: at,
      resolvedAt: at.replace('10:00', '11:00'),
    }));
    const events = await audit(perEvent, tickets, { now: '2026-02-01 00:00' });
    expect(events.billing.totals).toEqual([{ currency: 'USD', amount: '299.70' }]);
    const years = await audit(yearly, tickets, { now: '2026-02-01 00:00' });
    expect(years.billing.lines.filter((l) => l.item === 'subscription').map((l) => [l.period, l.tickets])).toEqual([
      ['2025', 2],
      ['2026', 1],
    ]);
    expect(years.billing.totals).toEqual([{ currency: 'USD', amount: '2400.00' }]);
  });
});

describe('money in a policy file', () => {
  it('refuses a currency that is not an ISO 4217 code, and amounts past the currency decimals', () => {
    const spec = policies.hosting.toJSON();
    const level3 = spec.plans[2]!;
    for (const currency of ['cop', 'PESOS', '$']) {
      level3.price = { amount: 1, currency, period: 'month' };
      expect(() => Policy.from(spec)).toThrow(/plans\[2\]\.price\.currency/);
    }
    level3.price = { amount: '120900.001', currency: 'COP', period: 'month' };
    expect(() => Policy.from(spec)).toThrow(/plans\[2\]\.price\.amount: '120900\.001' is not an amount of COP/);
    level3.price = { amount: 120_900, currency: 'COP', period: 'month', note: '+ IVA' };
    expect(Policy.from(spec).toJSON().plans[2]!.price).toEqual(level3.price);
  });
});
