// Seeded random tickets for any policy spec: its plans, priorities (ids, labels, aliases), types,
// pause reasons and help desk statuses, with events and pauses at instants over a few months, plus
// names the policy does not know, so both answers and refusals get compared.
import fc from 'fast-check';
import type { PolicySpec } from '../../src/policy';
import type { Ticket, TicketEvent } from '../../src/sla/types';

const FROM = Date.UTC(2025, 0, 1);
const SPAN = 120 * 86_400_000;

/** An instant as epoch ms, or as a wall time without offset (read in the plan's zone). */
const instant = (ms: number, wall: boolean): number | string =>
  wall ? new Date(ms).toISOString().slice(0, 16).replace('T', ' ') : ms;

/** A ticket for `spec`, and an evaluation instant. */
export function policyTicket(spec: PolicySpec): fc.Arbitrary<{ ticket: Ticket; now: number; explain: boolean }> {
  const plans = spec.plans.map((p) => p.id);
  // Names the policy knows, and now and then one it does not (a refusal both must give alike).
  const names = (known: string[], unknown: string) =>
    known.length === 0
      ? fc.constant(unknown)
      : fc.oneof({ arbitrary: fc.constantFrom(...known), weight: 19 }, { arbitrary: fc.constant(unknown), weight: 1 });
  const priority = names(
    [...new Set(spec.plans.flatMap((p) => p.priorities.flatMap((q) => [q.id, q.label, ...(q.aliases ?? [])])))],
    'no-such-priority',
  );
  const status = names(
    (spec.statuses ?? []).flatMap((s) => [s.id, ...(s.aliases ?? [])]),
    'unknown status',
  );
  const reason = names(
    (spec.pauses ?? []).flatMap((p) => [p.reason, ...(p.aliases ?? [])]),
    'other',
  );
  const offset = fc.integer({ min: 0, max: 10 * 86_400_000 });
  const event = fc.oneof(
    ...(spec.statuses?.length ? [fc.record({ dt: offset, status })] : []),
    fc.record({ dt: offset, priority }),
    fc.record({ dt: offset, message: fc.constantFrom('customer' as const, 'agent' as const) }),
  );
  return fc
    .record({
      reported: fc.integer({ min: FROM, max: FROM + SPAN }),
      wall: fc.boolean(),
      plan: fc.option(fc.constantFrom(...plans), { nil: undefined, freq: 10 }),
      priority,
      type: fc.option(fc.constantFrom('incident' as const, 'request' as const), { nil: undefined }),
      responded: fc.option(offset, { nil: undefined }),
      resolved: fc.option(offset, { nil: undefined }),
      pauses: fc.array(fc.record({ dt: offset, length: fc.option(offset, { nil: undefined }), reason }), {
        maxLength: 2,
      }),
      events: fc.array(event, { maxLength: 6 }),
      now: fc.integer({ min: 0, max: 20 * 86_400_000 }),
      explain: fc.boolean(),
    })
    .map((r) => {
      const at = (dt: number) => instant(r.reported + dt, r.wall);
      const ticket: Ticket = { id: 'T', priority: r.priority, reportedAt: at(0) };
      if (r.plan !== undefined) ticket.plan = r.plan;
      if (r.type !== undefined) ticket.type = r.type;
      if (r.responded !== undefined) ticket.respondedAt = at(r.responded);
      if (r.resolved !== undefined) ticket.resolvedAt = at(r.resolved);
      if (r.pauses.length > 0) {
        ticket.pauses = r.pauses.map((p) => ({
          from: at(p.dt),
          ...(p.length === undefined ? {} : { to: at(p.dt + p.length) }),
          reason: p.reason,
        }));
      }
      if (r.events.length > 0) {
        ticket.events = r.events.map(({ dt, ...what }) => ({ at: at(dt), ...what }) as TicketEvent);
      }
      return { ticket, now: r.reported + r.now, explain: r.explain };
    });
}
