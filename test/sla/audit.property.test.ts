// Properties of the audit's arithmetic: counts add up for any tickets, any split of the rows
// merges back into the same report, and histogram quantiles stay within their stated
// resolution (exact to the minute below EXACT_MINUTES, within 1/128 above).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { policies } from '../../src/policy';
import { audit } from '../../src/sla/audit';
import { DurationHistogram, EXACT_MINUTES } from '../../src/sla/histogram';
import { AuditAccumulator, type AuditRow } from '../../src/sla/report';
import type { Ticket } from '../../src/sla/types';

const MINUTE = 60_000;
const START = Date.UTC(2024, 0, 1, 5);
const now = '2024-07-01 00:00';

const local = (ms: number) => new Date(ms - 5 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

const ticketArb: fc.Arbitrary<Ticket> = fc
  .record({
    priority: fc.constantFrom('urgent', 'Importante', 'normal', 'P1', 'nope', ''),
    reported: fc.integer({ min: 0, max: 170 * 24 * 60 }),
    respond: fc.option(fc.integer({ min: -60, max: 3 * 24 * 60 }), { nil: undefined }),
    resolve: fc.option(fc.integer({ min: 0, max: 20 * 24 * 60 }), { nil: undefined }),
    pause: fc.option(
      fc.record({
        after: fc.integer({ min: 0, max: 600 }),
        length: fc.option(fc.integer({ min: -30, max: 3000 }), { nil: undefined }),
      }),
      { nil: undefined },
    ),
  })
  .map(({ priority, reported, respond, resolve, pause }) => {
    const at = (minutes: number) => local(START + minutes * MINUTE);
    return {
      priority,
      reportedAt: at(reported),
      ...(respond === undefined ? {} : { respondedAt: at(reported + respond) }),
      ...(resolve === undefined ? {} : { resolvedAt: at(reported + resolve) }),
      ...(pause === undefined
        ? {}
        : {
            pauses: [
              {
                from: at(reported + pause.after),
                ...(pause.length === undefined ? {} : { to: at(reported + pause.after + pause.length) }),
                reason: 'fabricante',
              },
            ],
          }),
    };
  });

describe('audit properties', () => {
  it('rows = evaluated + errors; count = met + breached + running; months and hours add up to the totals', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(ticketArb, { maxLength: 40 }), async (tickets) => {
        const report = await audit(policies.icg, tickets, { now });
        expect(report.rows).toBe(tickets.length);
        expect(report.evaluated + report.errors).toBe(report.rows);
        for (const t of report.targets) {
          expect(t.met + t.breached + t.running).toBe(t.count);
          const months = report.months.filter((m) => m.priority === t.priority && m.target === t.target);
          expect(months.reduce((sum, m) => sum + m.count, 0)).toBe(t.count);
          expect(months.reduce((sum, m) => sum + m.breached, 0)).toBe(t.breached);
        }
        const perTarget = report.targets.filter((t) => t.target === 'resolution').reduce((sum, t) => sum + t.count, 0);
        expect(perTarget).toBe(report.evaluated); // every ICG ticket has a resolution target
        for (const h of report.hours) expect(h.consumed).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 60 },
    );
  });

  it("each row's facts: completion, month, and consumed hours that sum to the report's", async () => {
    const business = policies.icg.calendar('business');
    // Bogotá has kept UTC-05:00 since 1993: wall times read independently of habil.
    const at = (value: unknown) =>
      value === undefined ? undefined : Date.parse(`${String(value).replace(' ', 'T')}:00-05:00`);
    const nowMs = at(now)!;
    await fc.assert(
      fc.asyncProperty(fc.array(ticketArb, { maxLength: 40 }), async (tickets) => {
        const rows: AuditRow[] = [];
        const report = await audit(policies.icg, tickets, { now, onRow: (row) => rows.push(row) });
        const consumed = new Map<string, number>();
        for (const row of rows) {
          if (row.kind !== 'evaluated') continue;
          const { ticket, facts } = row;
          const resolved = at(ticket.resolvedAt);
          const responded = at(ticket.respondedAt) ?? resolved;
          expect(facts.month).toBe(String(ticket.reportedAt).slice(0, 7));
          expect(facts.zone).toBe('America/Bogota');
          expect(facts.completed).toEqual({
            response: responded !== undefined && responded <= nowMs,
            resolution: resolved !== undefined && resolved <= nowMs,
          });
          if (resolved === undefined || resolved > nowMs) {
            expect(facts.consumed).toBeUndefined();
            continue;
          }
          // Without pauses, consumed is the business time from report to resolution.
          if (!ticket.pauses) expect(facts.consumed).toBe(business.between(ticket.reportedAt, resolved));
          consumed.set(facts.month, (consumed.get(facts.month) ?? 0) + facts.consumed!);
        }
        expect(new Map(report.hours.map((h) => [h.month, h.consumed]))).toEqual(consumed);
      }),
      { numRuns: 60 },
    );
  });

  it('any split of the rows, merged, gives the report of the whole', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(ticketArb, { maxLength: 30 }),
        fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
        async (tickets, sides) => {
          const rows: AuditRow[] = [];
          const whole = await audit(policies.icg, tickets, { now, worst: 3, onRow: (row) => rows.push(row) });
          const shards = [
            new AuditAccumulator(policies.icg, { now, worst: 3 }),
            new AuditAccumulator(policies.icg, { now, worst: 3 }),
          ];
          rows.forEach((row, i) => {
            shards[sides[i] ? 1 : 0]!.add(row);
          });
          shards[0]!.merge(shards[1]!);
          expect(shards[0]!.toReport()).toEqual(whole);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('DurationHistogram', () => {
  const exactQuantile = (values: number[], q: number) =>
    [...values].sort((a, b) => a - b)[Math.max(1, Math.ceil(q * values.length)) - 1]!;

  it('is exact to the minute below EXACT_MINUTES and within 1/128 above, never above the exact value', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(fc.integer({ min: 0, max: 2 * EXACT_MINUTES * MINUTE }), fc.integer({ min: 0, max: 2 ** 40 })),
          { minLength: 1, maxLength: 200 },
        ),
        fc.constantFrom(0.01, 0.5, 0.9, 0.99, 1),
        (values, q) => {
          const h = new DurationHistogram();
          values.forEach((v) => {
            h.add(v);
          });
          const exact = exactQuantile(values, q);
          const approx = h.quantile(q)!;
          expect(approx).toBeLessThanOrEqual(exact);
          const resolution = exact < EXACT_MINUTES * MINUTE ? MINUTE : exact / 128;
          expect(exact - approx).toBeLessThan(resolution);
        },
      ),
    );
  });

  it('is exact when every value is a whole minute below the bound, or all values are equal', () => {
    const h = new DurationHistogram();
    [10, 20, 30, 40].forEach((m) => {
      h.add(m * MINUTE);
    });
    expect([h.quantile(0.5), h.quantile(0.9), h.quantile(1)]).toEqual([20 * MINUTE, 40 * MINUTE, 40 * MINUTE]);
    const same = new DurationHistogram();
    [1, 2, 3].forEach(() => {
      same.add(123_456_789);
    });
    expect(same.quantile(0.5)).toBe(123_456_789);
    expect(new DurationHistogram().quantile(0.5)).toBeNull();
  });

  it('merges into the histogram of all values', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(2 ** 36)), fc.array(fc.nat(2 ** 36)), (a, b) => {
        const [ha, hb, hall] = [new DurationHistogram(), new DurationHistogram(), new DurationHistogram()];
        a.forEach((v) => {
          ha.add(v);
        });
        b.forEach((v) => {
          hb.add(v);
        });
        [...a, ...b].forEach((v) => {
          hall.add(v);
        });
        ha.merge(DurationHistogram.fromJSON(structuredClone(hb.toJSON())));
        for (const q of [0.1, 0.5, 0.9, 1]) expect(ha.quantile(q)).toBe(hall.quantile(q));
        expect(ha.count).toBe(a.length + b.length);
      }),
    );
  });
});
