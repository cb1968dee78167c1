// Laws of ticket histories over random tickets on the ICG and WebSaaS charters: a history whose
// only effect is pauses is those pauses; the order events are given in does not matter;
// 'continue' without a reopening is the ticket without events; events after `now` are unknown;
// a status never leaves 'breached' as `now` grows.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { policies, Policy, type PolicySpec } from '../../src/policy';
import { evaluate } from '../../src/sla/evaluate';
import type { Ticket, TicketEvent, TicketPause, TicketSla } from '../../src/sla/types';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const START = Date.UTC(2024, 0, 1);
const END = Date.UTC(2025, 10, 1);

function variant(policy: Policy, extra: (spec: PolicySpec) => Partial<PolicySpec>): Policy {
  const spec = policy.toJSON();
  return Policy.from({ ...spec, id: `${spec.id}-variant`, ...extra(spec) });
}
/** The policy with a 3 business-hour update target on every priority (the charters set none). */
function withUpdate(policy: Policy): Policy {
  return variant(policy, (spec) => {
    for (const p of spec.plans[0]!.priorities) p.targets!.update = { duration: 'PT3H', clock: 'business' };
    return { plans: spec.plans };
  });
}
const POLICIES = [policies.icg, policies.websaas, withUpdate(policies.icg)];
const PRIORITIES = ['urgent', 'Importante', 'normal', 'P1', 'Media'];
const RUN = ['Abierto', 'En proceso', 'reabierto', 'NEW'];
const PAUSE: [string, string][] = [
  ['Esperando cliente', 'customer'],
  ['Pendiente', 'customer'],
  ['En espera del fabricante', 'manufacturer'],
  ['Visita programada', 'on-site'],
];
const STOP = ['Resuelto', 'Cerrado', 'solved'];

const reportedAt = fc.integer({ min: 0, max: (END - START) / MINUTE }).map((m) => START + m * MINUTE);
/** Strictly increasing offsets (distinct instants: equal instants keep input order, a shuffle would not). */
const offsets = (max: number) =>
  fc
    .uniqueArray(fc.integer({ min: 1, max: (12 * DAY) / MINUTE }), { maxLength: max })
    .map((xs) => xs.sort((a, b) => a - b).map((m) => m * MINUTE));
const nowAfter = fc.oneof(
  fc.integer({ min: 0, max: 16 * DAY }),
  fc.integer({ min: 0, max: (16 * DAY) / MINUTE }).map((m) => m * MINUTE),
);

const base = fc.record({
  policy: fc.constantFrom(...POLICIES),
  priority: fc.constantFrom(...PRIORITIES),
  reportedAt,
  nowAfter,
});

describe('histories: laws', () => {
  it('a history whose only effect is pauses gives the answer of the same pauses given explicitly', () => {
    const arb = fc.record({
      base,
      times: offsets(8),
      kinds: fc.array(fc.nat({ max: PAUSE.length }), { minLength: 8, maxLength: 8 }),
      responded: fc.option(fc.integer({ min: 0, max: 3 * DAY }), { nil: undefined }),
      resolved: fc.option(fc.integer({ min: 0, max: 14 * DAY }), { nil: undefined }),
    });
    fc.assert(
      fc.property(arb, ({ base: { policy, priority, reportedAt, nowAfter }, times, kinds, responded, resolved }) => {
        // Each instant switches the state: to running (kind 0) or to a pause with another reason.
        const events: TicketEvent[] = [];
        const pauses: TicketPause[] = [];
        let state = 'run';
        times.forEach((offset, i) => {
          const at = reportedAt + offset;
          const k = kinds[i]!;
          const next = k === 0 ? 'run' : PAUSE[k - 1]![1];
          if (next === state) return;
          const open = pauses[pauses.length - 1];
          if (state !== 'run') open!.to = at;
          if (next === 'run') events.push({ at, status: RUN[i % RUN.length]! });
          else {
            events.push({ at, status: PAUSE[k - 1]![0] });
            pauses.push({ from: at, reason: next });
          }
          state = next;
        });
        const common = {
          priority,
          reportedAt,
          respondedAt: responded === undefined ? undefined : reportedAt + responded,
          resolvedAt: resolved === undefined ? undefined : reportedAt + resolved,
        };
        const now = reportedAt + nowAfter;
        const options = { now, explain: true };
        const fromEvents = evaluate(policy, { ...common, events }, options);
        // Explanations show the pauses as known at `now`: an explicit pause ending later would
        // show its end, which a history does not know yet.
        const known = pauses
          .filter((p) => (p.from as number) <= now)
          .map((p) => ((p.to as number) > now ? { from: p.from, reason: p.reason } : p));
        // The explanation of a status-driven pause also names the status: the only difference.
        expect(unnamed(drop(fromEvents))).toEqual(drop(evaluate(policy, { ...common, pauses: known }, options)));
        expect(fromEvents.nextChangeAt).toEqual(evaluate(policy, { ...common, pauses }, options).nextChangeAt);
      }),
      { numRuns: 300 },
    );
  });

  const anyEvent = fc.oneof(
    fc.constantFrom(...RUN, ...PAUSE.map((p) => p[0]), ...STOP).map((status) => ({ status })),
    fc.constantFrom(...PRIORITIES).map((priority) => ({ priority })),
    fc.constantFrom('customer' as const, 'agent' as const).map((message) => ({ message })),
  );
  const historyArb = fc
    .record({ base, times: offsets(14), what: fc.array(anyEvent, { minLength: 14, maxLength: 14 }) })
    .map(({ base, times, what }) => ({
      ...base,
      events: times.map((offset, i) => ({ at: base.reportedAt + offset, ...what[i]! }) as TicketEvent),
    }));

  it('events in shuffled order give the same answer', () => {
    fc.assert(
      fc.property(
        historyArb.chain((h) => fc.shuffledSubarray(h.events, { minLength: h.events.length }).map((s) => ({ h, s }))),
        ({ h: { policy, priority, reportedAt, nowAfter, events }, s }) => {
          const options = { now: reportedAt + nowAfter, explain: true };
          const ticket: Ticket = { priority, reportedAt, events };
          expect(evaluate(policy, { ...ticket, events: s }, options)).toEqual(evaluate(policy, ticket, options));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("reopen 'continue' with no reopening equals the ticket without events", () => {
    const continuing = [policies.icg, policies.websaas].map((p) => variant(p, () => ({ reopen: 'continue' })));
    const arb = fc.record({
      base,
      policy: fc.constantFrom(...continuing),
      times: offsets(6),
      agent: fc.option(fc.integer({ min: 0, max: 3 * DAY }), { nil: undefined }),
      stop: fc.option(fc.integer({ min: 1, max: 12 * DAY }), { nil: undefined }),
    });
    fc.assert(
      fc.property(arb, ({ base: { priority, reportedAt, nowAfter }, policy, times, agent, stop }) => {
        const events: TicketEvent[] = [];
        // Running statuses change nothing; before the stop they reopen nothing.
        for (const [i, offset] of times.entries())
          if (stop === undefined || offset < stop)
            events.push({ at: reportedAt + offset, status: RUN[i % RUN.length]! });
        if (agent !== undefined) events.push({ at: reportedAt + agent, message: 'agent' });
        if (stop !== undefined) events.push({ at: reportedAt + stop, status: STOP[stop % STOP.length]! });
        const responded = agent === undefined ? stop : stop === undefined ? agent : Math.min(agent, stop);
        const plain: Ticket = {
          priority,
          reportedAt,
          respondedAt: responded === undefined ? undefined : reportedAt + responded,
          resolvedAt: stop === undefined ? undefined : reportedAt + stop,
        };
        const now = reportedAt + nowAfter;
        const withEvents = evaluate(policy, { priority, reportedAt, events }, { now, explain: true });
        const without = evaluate(policy, plain, { now, explain: true });
        // A running status after `now` is an instant at which something could change: never later.
        if (without.nextChangeAt)
          expect(withEvents.nextChangeAt!.getTime()).toBeLessThanOrEqual(without.nextChangeAt.getTime());
        expect(drop(withEvents)).toEqual(drop(without));
      }),
      { numRuns: 300 },
    );
  });

  it('events after now are not known: the answer is that of the history cut at now', () => {
    fc.assert(
      fc.property(historyArb, ({ policy, priority, reportedAt, nowAfter, events }) => {
        const now = reportedAt + nowAfter;
        const known = events.filter((e) => (e.at as number) <= now);
        const full = evaluate(policy, { priority, reportedAt, events }, { now, explain: true });
        const cut = evaluate(policy, { priority, reportedAt, events: known }, { now, explain: true });
        expect(drop(full)).toEqual(drop(cut));
        const next = events.find((e) => (e.at as number) > now)?.at as number | undefined;
        if (next !== undefined) expect(full.nextChangeAt!.getTime()).toBeLessThanOrEqual(next);
      }),
      { numRuns: 300 },
    );
  });

  it('nextChangeAt with histories: nothing changes before it, something changes at it', () => {
    // Where each target and each of its cycles stands, and which warning levels are reached.
    const snapshot = (sla: TicketSla) =>
      Object.fromEntries(
        Object.entries(sla.targets).map(([kind, t]) => [
          kind,
          { status: t.status, reached: t.warnings.map((w) => w.reached), cycles: t.cycles?.map((c) => c.status) },
        ]),
      );
    // Half the cases look shortly after a customer message, when an update is most often awaited.
    const arb = fc.oneof(
      historyArb.map((h) => ({ ...h, now: h.reportedAt + h.nowAfter })),
      fc.record({ h: historyArb, i: fc.nat(), after: fc.integer({ min: 0, max: 8 * HOUR }) }).map(({ h, i, after }) => {
        const k = i % Math.max(1, h.events.length);
        const events = h.events.map((e, j) => (j === k ? { at: e.at, message: 'customer' as const } : e));
        return { ...h, policy: POLICIES[2]!, events, now: ((events[k]?.at as number) ?? h.reportedAt) + after };
      }),
    );
    fc.assert(
      fc.property(arb, ({ policy, priority, reportedAt, now, events }) => {
        // Only the events known at `now`: what changes later comes from time alone.
        const ticket = { priority, reportedAt, events: events.filter((e) => (e.at as number) <= now) };
        const sla = evaluate(policy, ticket, { now });
        const at = (t: number) => snapshot(evaluate(policy, ticket, { now: t }));
        if (sla.nextChangeAt === undefined) {
          expect(at(now + 60 * DAY)).toEqual(snapshot(sla));
          return;
        }
        const change = sla.nextChangeAt.getTime();
        expect(change).toBeGreaterThan(now);
        expect(at(change - 1)).toEqual(snapshot(sla));
        expect(at(change)).not.toEqual(snapshot(sla));
        // An open update is among what nextChangeAt waits for: it never comes after the update
        // shows breached. That is just after due, or (inclusive, due ending a window) just after
        // the next opening: breachedAt as seen once it has breached, plus one ms when inclusive.
        const update = sla.targets.update;
        if (update && (update.status === 'running' || update.status === 'at-risk')) {
          const later = evaluate(policy, ticket, { now: now + 60 * DAY }).targets.update!;
          expect(later.status).toBe('breached');
          expect(change).toBeLessThanOrEqual(later.breachedAt!.getTime() + (update.bound === 'inclusive' ? 1 : 0));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('with no new events, no target or cycle leaves breached as now grows', () => {
    fc.assert(
      fc.property(
        historyArb,
        fc.array(fc.integer({ min: 0, max: 20 * DAY }), { minLength: 2, maxLength: 6 }),
        ({ policy, priority, reportedAt, events }, laters) => {
          // Only the events before the first `now` exist, so later instants bring nothing new.
          const nows = laters.map((l) => reportedAt + l).sort((a, b) => a - b);
          const ticket = { priority, reportedAt, events: events.filter((e) => (e.at as number) <= nows[0]!) };
          const seen = new Set<string>();
          for (const now of nows) {
            const sla = evaluate(policy, ticket, { now });
            for (const [kind, t] of Object.entries(sla.targets)) {
              const statuses = [t.status, ...(t.cycles ?? []).map((c) => c.status)];
              statuses.forEach((status, i) => {
                const key = `${kind}:${i}`;
                if (seen.has(key)) expect(status).toBe('breached');
                if (status === 'breached') seen.add(key);
              });
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

/** The explanations without the status names of status-driven pauses (data and text). */
function unnamed<T extends Pick<TicketSla, 'targets'>>(sla: T): T {
  const targets = Object.fromEntries(
    Object.entries(sla.targets).map(([kind, t]) => {
      const e = t.explanation;
      if (!e) return [kind, t];
      const pauses = e.pauses.map(({ status: _, ...p }) => p);
      const strip = (text: string) =>
        text.replace(/\((?:status "|estado «)[^)]*, (?:reason|motivo) ([^)]+)\)/g, '($1)');
      return [kind, { ...t, explanation: { ...e, pauses, text: { es: strip(e.text.es), en: strip(e.text.en) } } }];
    }),
  );
  return { ...sla, targets };
}

function drop(sla: TicketSla): Omit<TicketSla, 'nextChangeAt'> {
  const { nextChangeAt: _, ...rest } = sla;
  return rest;
}
