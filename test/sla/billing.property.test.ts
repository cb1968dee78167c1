// Properties of the money summary over random ISYS and hosting tickets: each line is quantity ×
// unit price exactly; lines summed per customer and month add up to the totals; the events
// counted are those a slow reference finds with Calendar.isOpen; and neither the order of the
// rows nor any split into shards merged through JSON changes a thing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minorOf } from '../../src/policy/money';
import { policies } from '../../src/policy';
import { audit } from '../../src/sla/audit';
import type { BillingSummary } from '../../src/sla/billing-report';
import { AuditAccumulator, type AuditRow } from '../../src/sla/report';
import type { Ticket } from '../../src/sla/types';

const MINUTE = 60_000;
const START = Date.UTC(2025, 0, 1, 5); // 2025-01-01 00:00 in Bogotá (UTC-05:00 since 1993)
const now = '2025-06-01 00:00';
const isys = policies.isys({
  rates: {
    outsideCoverage: { amount: '180000.50', currency: 'COP', note: '+ IVA' },
    perEvent: { amount: 99.9, currency: 'USD' },
  },
});
const local = (ms: number) => new Date(ms - 5 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
const ms = (wall: string) => Date.parse(`${wall.replace(' ', 'T')}:00-05:00`);

const ticketArb: fc.Arbitrary<Ticket> = fc
  .record({
    customer: fc.option(fc.constantFrom('ACME', 'Beta', 'Ñandú S.A.'), { nil: undefined }),
    plan: fc.constantFrom('standard', 'custom', 'per-event'),
    reported: fc.integer({ min: 0, max: 150 * 24 * 60 }),
    respond: fc.option(fc.integer({ min: 0, max: 3 * 24 * 60 }), { nil: undefined }),
    resolve: fc.option(fc.integer({ min: 0, max: 10 * 24 * 60 }), { nil: undefined }),
    agent: fc.option(fc.integer({ min: 0, max: 5 * 24 * 60 }), { nil: undefined }),
  })
  .map(({ customer, plan, reported, respond, resolve, agent }) => {
    const at = (minutes: number) => local(START + minutes * MINUTE);
    return {
      ...(customer === undefined ? {} : { customer }),
      plan,
      priority: 'Alta',
      reportedAt: at(reported),
      ...(respond === undefined ? {} : { respondedAt: at(reported + respond) }),
      ...(resolve === undefined ? {} : { resolvedAt: at(reported + Math.max(resolve, respond ?? 0)) }),
      ...(agent === undefined ? {} : { events: [{ at: at(reported + agent), message: 'agent' as const }] }),
    };
  });

/** The summary's amounts summed per customer and month, then over those: per currency and note. */
function sumsByCustomerMonth(summary: BillingSummary): Map<string, bigint> {
  const groups = new Map<string, Map<string, bigint>>();
  for (const line of summary.lines) {
    if (!line.amount || !line.unitPrice) continue;
    // Exact: quantity × unit price.
    expect(minorOf(line.amount)).toBe(minorOf(line.unitPrice) * BigInt(line.quantity));
    const group = `${line.customer ?? ''}|${line.period}`;
    const sums = groups.get(group) ?? new Map<string, bigint>();
    const k = `${line.amount.currency} ${line.amount.note ?? ''}`;
    sums.set(k, (sums.get(k) ?? 0n) + minorOf(line.amount));
    groups.set(group, sums);
  }
  const total = new Map<string, bigint>();
  for (const sums of groups.values()) for (const [k, v] of sums) total.set(k, (total.get(k) ?? 0n) + v);
  return total;
}

describe('billing properties', () => {
  it('per customer and month sums equal the totals; events are those the reference finds', async () => {
    const nowMs = ms(now);
    await fc.assert(
      fc.asyncProperty(fc.array(ticketArb, { maxLength: 40 }), async (tickets) => {
        const report = await audit(isys, tickets, { now });
        const totals = new Map(report.billing.totals.map((m) => [`${m.currency} ${m.note ?? ''}`, minorOf(m)]));
        expect(sumsByCustomerMonth(report.billing)).toEqual(totals);
        // Reference: served (response, agent reply, resolution) by now at an instant coverage is
        // closed at and just before; per-event: resolved by now.
        const expected = new Map<string, number>();
        for (const t of tickets) {
          const served = [t.respondedAt, t.resolvedAt, ...(t.events ?? []).map((e) => e.at)]
            .filter((v) => v !== undefined)
            .map((v) => ms(String(v)))
            .filter((v) => v <= nowMs);
          const event =
            t.plan === 'per-event'
              ? t.resolvedAt !== undefined && ms(String(t.resolvedAt)) <= nowMs
              : served.some((v) => {
                  const coverage = isys.calendar(t.plan === 'custom' ? 'custom' : 'business');
                  return !coverage.isOpen(v) && !coverage.isOpen(v - 1);
                });
          if (!event) continue;
          const key = `${t.customer ?? ''}|${String(t.reportedAt).slice(0, 7)}|${t.plan}`;
          expected.set(key, (expected.get(key) ?? 0) + 1);
        }
        const counted = new Map(
          report.billing.lines.map((l) => [`${l.customer ?? ''}|${l.period}|${l.plan}`, l.quantity]),
        );
        expect(counted).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });

  it('hosting level 3 bills one month per customer and month with tickets', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(ticketArb, { maxLength: 40 }), async (tickets) => {
        const hosting = tickets.map((t) => ({ ...t, plan: 'level-3', priority: 'low' }));
        const report = await audit(policies.hosting, hosting, { now });
        const months = new Set(hosting.map((t) => `${t.customer ?? ''}|${String(t.reportedAt).slice(0, 7)}`));
        expect(report.billing.lines.length).toBe(months.size);
        const total = report.billing.totals[0];
        if (months.size === 0) expect(total).toBeUndefined();
        else expect(total).toEqual({ currency: 'COP', note: '+ IVA', amount: `${120_900 * months.size}.00` });
      }),
      { numRuns: 40 },
    );
  });

  it('is independent of row order, and shards merged through JSON give the whole', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(ticketArb, { maxLength: 30 }),
        fc.array(fc.nat(2), { minLength: 30, maxLength: 30 }),
        async (tickets, sides) => {
          const rows: AuditRow[] = [];
          const whole = await audit(isys, tickets, { now, onRow: (row) => rows.push(row) });
          const reversed = await audit(isys, [...tickets].reverse(), { now });
          expect(reversed.billing).toEqual(whole.billing);
          const shards = [0, 1, 2].map(() => new AuditAccumulator(isys, { now }));
          rows.forEach((row, i) => {
            shards[sides[i]!]!.add(row);
          });
          const total = new AuditAccumulator(isys, { now });
          for (const shard of shards)
            total.merge(AuditAccumulator.fromJSON(isys, { now }, JSON.parse(JSON.stringify(shard.toJSON()))));
          expect(total.toReport().billing).toEqual(whole.billing);
        },
      ),
      { numRuns: 40 },
    );
  });
});
