// Laws of evaluate() over random tickets on the built-in ICG and hosting policies.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { policies, type Policy } from '../../src/policy';
import { evaluate } from '../../src/sla/evaluate';
import type { Ticket, TicketSla } from '../../src/sla/types';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const START = Date.UTC(2024, 0, 1);
const END = Date.UTC(2025, 11, 1);

interface Case {
  policy: Policy;
  ticket: Ticket;
  now: number;
}

const minute = fc.integer({ min: 0, max: (END - START) / 60_000 }).map((m) => START + m * 60_000);
const offset = (max: number) =>
  fc.oneof(
    fc.integer({ min: 0, max }),
    fc.integer({ min: 0, max: max / 60_000 }).map((m) => m * 60_000),
  );

function caseArb(withCompletion: boolean, withPauses: boolean): fc.Arbitrary<Case> {
  const choice = fc.constantFrom(
    { policy: policies.icg, plan: 'standard', priorities: ['urgent', 'important', 'normal'] },
    { policy: policies.hosting, plan: 'level-1', priorities: ['high', 'medium', 'low'] },
    { policy: policies.hosting, plan: 'level-3', priorities: ['high', 'medium', 'low'] },
  );
  return fc
    .record({
      choice,
      pick: fc.nat(),
      reportedAt: minute,
      responded: withCompletion ? fc.option(offset(4 * DAY), { nil: undefined }) : fc.constant(undefined),
      resolved: withCompletion ? fc.option(offset(10 * DAY), { nil: undefined }) : fc.constant(undefined),
      pauses: fc.array(
        fc.record({
          from: fc.integer({ min: -DAY, max: 8 * DAY }),
          length: fc.option(offset(2 * DAY), { nil: undefined }),
          reason: fc.constantFrom(undefined, 'customer'),
        }),
        { maxLength: withPauses ? 3 : 0 },
      ),
      nowAfter: offset(15 * DAY),
    })
    .map(({ choice, pick, reportedAt, responded, resolved, pauses, nowAfter }) => {
      const ticket: Ticket = {
        plan: choice.plan,
        priority: choice.priorities[pick % choice.priorities.length]!,
        reportedAt,
        respondedAt: responded === undefined ? undefined : reportedAt + responded,
        resolvedAt: resolved === undefined ? undefined : reportedAt + Math.max(resolved, responded ?? 0),
        pauses: pauses.map((p) => ({
          from: reportedAt + p.from,
          to: p.length === undefined ? undefined : reportedAt + p.from + p.length,
          reason: p.reason,
        })),
      };
      return { policy: choice.policy, ticket, now: reportedAt + nowAfter };
    });
}

/**
 * Half the cases moved so that one target's due falls exactly at a window's end (the edge where
 * an inclusive target stays unbreached while the calendar is closed); random dues rarely do.
 */
function edgeArb(withCompletion: boolean, withPauses: boolean): fc.Arbitrary<Case> {
  const arb = fc.tuple(caseArb(withCompletion, withPauses), fc.boolean(), fc.boolean(), fc.boolean());
  return arb.map(([c, moved, pickResponse, completeAtEdge]) => {
    if (!moved) return c;
    const first = evaluate(c.policy, c.ticket, { now: c.ticket.reportedAt });
    const target = (pickResponse ? first.targets.response : undefined) ?? first.targets.resolution;
    if (!target || target.clock === '24/7') return c;
    const calendar = c.policy.calendar(target.clock);
    const reported = c.ticket.reportedAt as number;
    const reportedAt = calendar.add(calendar.nextClose(reported), -target.target).getTime();
    const shift = (t: unknown) => (typeof t === 'number' ? t + reportedAt - reported : undefined);
    const ticket: Ticket = {
      ...c.ticket,
      reportedAt,
      respondedAt: shift(c.ticket.respondedAt),
      resolvedAt: shift(c.ticket.resolvedAt),
      pauses: c.ticket.pauses?.map((p) => ({ ...p, from: shift(p.from)!, to: shift(p.to) })),
    };
    // And sometimes completed at the clock's next opening: the last instant still within the bound.
    if (withCompletion && completeAtEdge) {
      const edge = calendar.nextOpen(calendar.nextClose(reportedAt)).getTime();
      if (target === first.targets.response) ticket.respondedAt = edge;
      else ticket.resolvedAt = edge;
    }
    return { policy: c.policy, ticket, now: c.now + reportedAt - reported };
  });
}

const snapshot = (sla: TicketSla) =>
  Object.fromEntries(
    Object.entries(sla.targets).map(([k, t]) => [k, { status: t.status, reached: t.warnings.map((w) => w.reached) }]),
  );

describe('evaluate: laws', () => {
  it('elapsed never exceeds the clock calendar’s between over the same span', () => {
    fc.assert(
      fc.property(caseArb(true, true), ({ policy, ticket, now }) => {
        const sla = evaluate(policy, ticket, { now, explain: true });
        for (const t of Object.values(sla.targets)) {
          const ex = t.explanation!;
          expect(t.elapsed).toBeGreaterThanOrEqual(0);
          expect(t.elapsed).toBeLessThanOrEqual(policy.calendar(t.clock).between(ex.clockStartsAt, ex.countedUntil));
          expect(t.elapsed).toBe(ex.counted.reduce((sum, p) => sum + p.ms, 0));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('adding a pause never increases elapsed nor moves due earlier', () => {
    fc.assert(
      fc.property(
        caseArb(true, true),
        fc.integer({ min: -DAY, max: 8 * DAY }),
        offset(2 * DAY),
        ({ policy, ticket, now }, from, length) => {
          const before = evaluate(policy, ticket, { now });
          const start = (ticket.reportedAt as number) + from;
          const paused = { ...ticket, pauses: [...(ticket.pauses ?? []), { from: start, to: start + length }] };
          const after = evaluate(policy, paused, { now });
          for (const kind of ['response', 'resolution'] as const) {
            const a = before.targets[kind];
            const b = after.targets[kind];
            if (!a || !b) continue;
            expect(b.elapsed).toBeLessThanOrEqual(a.elapsed);
            expect(b.due.getTime()).toBeGreaterThanOrEqual(a.due.getTime());
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a running target breaches exactly at breachedAt: due, or the next opening after a due at a window end', () => {
    fc.assert(
      fc.property(edgeArb(false, false), ({ policy, ticket }) => {
        const late = evaluate(policy, ticket, { now: (ticket.reportedAt as number) + 400 * DAY });
        for (const [kind, t] of Object.entries(late.targets) as [
          'response' | 'resolution',
          NonNullable<TicketSla['targets']['response']>,
        ][]) {
          const due = t.due.getTime();
          const breachedAt = t.breachedAt!.getTime();
          const calendar = policy.calendar(t.clock);
          // Inclusive: the elapsed time first exceeds the target where the clock next counts.
          const expected = t.bound === 'strict' || calendar.isOpen(due) ? due : calendar.nextOpen(due).getTime();
          expect(breachedAt).toBe(expected);
          const statusAt = (now: number) => evaluate(policy, ticket, { now }).targets[kind]!.status;
          expect(statusAt(breachedAt - 1)).not.toBe('breached');
          if (t.bound === 'strict') expect(statusAt(breachedAt)).toBe('breached');
          else expect(statusAt(breachedAt)).not.toBe('breached');
          expect(statusAt(breachedAt + 1)).toBe('breached');
        }
      }),
      { numRuns: 200 },
    );
  });

  it('status never leaves breached as now grows', () => {
    fc.assert(
      fc.property(
        edgeArb(true, true),
        fc.array(fc.integer({ min: -DAY, max: 20 * DAY }), { minLength: 2, maxLength: 8 }),
        ({ policy, ticket }, offsets) => {
          const nows = offsets.map((o) => (ticket.reportedAt as number) + o).sort((a, b) => a - b);
          const seen = new Set<string>();
          for (const now of nows) {
            const sla = evaluate(policy, ticket, { now });
            for (const [kind, t] of Object.entries(sla.targets)) {
              if (seen.has(kind)) expect(t.status).toBe('breached');
              if (t.status === 'breached') seen.add(kind);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a resolution at breachedAt is judged as every earlier now was: never breached before, met after', () => {
    fc.assert(
      fc.property(edgeArb(false, false), fc.integer({ min: 1, max: 3 * DAY }), ({ policy, ticket }, before) => {
        const target = evaluate(policy, ticket, { now: ticket.reportedAt }).targets.resolution;
        if (!target) return;
        const due = target.due.getTime();
        const inclusive = target.bound === 'inclusive';
        // The last instant with elapsed still within an inclusive bound: the clock's next opening.
        const calendar = policy.calendar(target.clock);
        const edge = inclusive && !calendar.isOpen(due) ? calendar.nextOpen(due).getTime() : due;
        const resolved = { ...ticket, resolvedAt: edge };
        for (const now of [due - 1, due, due + 1, edge - before, edge - 1, edge, edge + DAY]) {
          if (now < (ticket.reportedAt as number)) continue;
          const status = evaluate(policy, resolved, { now }).targets.resolution!.status;
          if (now >= edge) expect(status).toBe(inclusive ? 'met' : 'breached');
          else expect(status).not.toBe('breached');
        }
      }),
      { numRuns: 200 },
    );
  });

  it('nextChangeAt is exactly when the evaluation next changes', () => {
    fc.assert(
      fc.property(caseArb(true, true), ({ policy, ticket, now }) => {
        // Only what is known at `now`: drop later events so changes come from time alone.
        const known = (t: number | undefined) => (t !== undefined && t <= now ? t : undefined);
        const past: Ticket = {
          ...ticket,
          respondedAt: known(ticket.respondedAt as number | undefined),
          resolvedAt: known(ticket.resolvedAt as number | undefined),
          pauses: (ticket.pauses ?? [])
            .filter((p) => (p.from as number) <= now)
            .map((p) => ({ ...p, to: known(p.to as number | undefined) })),
        };
        const sla = evaluate(policy, past, { now });
        const at = (t: number) => snapshot(evaluate(policy, past, { now: t }));
        if (sla.nextChangeAt === undefined) {
          expect(at(now + 60 * DAY)).toEqual(snapshot(sla));
          return;
        }
        const change = sla.nextChangeAt.getTime();
        expect(change).toBeGreaterThan(now);
        expect(at(change - 1)).toEqual(snapshot(sla));
        expect(at(change)).not.toEqual(snapshot(sla));
      }),
      { numRuns: 300 },
    );
  });
});
