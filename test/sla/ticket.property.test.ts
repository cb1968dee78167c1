// readTicketShape recognises well-formed tickets without zod; these properties hold that fast
// path to the schema: whatever the input, it accepts exactly what ticketSchema accepts and reads
// the same shape, and rejects with zod's own issues.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HabilError } from '../../src/errors';
import { readTicketShape, ticketSchema } from '../../src/sla/ticket';
import { parseWith } from '../../src/validate';

const anyValue = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.constant(''),
  fc.string({ maxLength: 6 }),
  fc.constantFrom('incident', 'request', 'Urgente', '2024-03-01 16:00'),
  fc.double(),
  fc.constantFrom(Number.POSITIVE_INFINITY, Number.NaN, -0),
  fc.integer(),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.constant([]),
  fc.constant({}),
);
const pause = fc.record({ from: anyValue, to: anyValue, reason: anyValue }, { requiredKeys: [] });
const ticketLike = fc.record(
  {
    id: anyValue,
    plan: anyValue,
    priority: anyValue,
    type: anyValue,
    channel: anyValue,
    reportedAt: anyValue,
    respondedAt: anyValue,
    resolvedAt: anyValue,
    pauses: fc.oneof(anyValue, fc.array(pause, { maxLength: 2 })),
  },
  { requiredKeys: [] },
);
const FIELDS = [
  'id',
  'plan',
  'priority',
  'type',
  'channel',
  'reportedAt',
  'respondedAt',
  'resolvedAt',
  'pauses',
] as const;
/** A valid ticket with one field replaced: the inputs nearest the fast path's edge. */
const nearlyValid = fc
  .tuple(fc.constantFrom(...FIELDS), fc.oneof(anyValue, fc.array(pause, { maxLength: 1 })), fc.boolean())
  .map(([field, value, drop]) => {
    const ticket: Record<string, unknown> = {
      id: 'T-1',
      plan: 'standard',
      priority: 'Urgente',
      type: 'incident',
      channel: 'chat',
      reportedAt: '2024-03-01 16:00',
      respondedAt: '2024-03-01 16:30',
      resolvedAt: '2024-03-02 10:00',
    };
    if (drop) delete ticket[field];
    else ticket[field] = value;
    return ticket;
  });
const input = fc.oneof(
  { weight: 4, arbitrary: nearlyValid },
  { weight: 4, arbitrary: ticketLike },
  { weight: 1, arbitrary: anyValue },
);

/** The schema's verdict, as readTicketShape would report it. */
function bySchema(value: unknown): { ok: true; shape: Record<string, unknown> } | { ok: false; issues: unknown } {
  const parsed = parseWith(ticketSchema(), value);
  if (!parsed.ok) return { ok: false, issues: parsed.issues };
  const { plan, priority, type, channel } = parsed.value;
  const rawId = (value as { id?: unknown }).id;
  const shape: Record<string, unknown> = { priority, raw: value };
  if (typeof rawId === 'string' || typeof rawId === 'number') shape.id = String(rawId);
  if (plan != null) shape.plan = plan;
  if (type != null) shape.type = type;
  if (channel != null) shape.channel = channel;
  return { ok: true, shape };
}

describe('readTicketShape', () => {
  it('accepts exactly what ticketSchema accepts, with the same shape and the same issues', () => {
    fc.assert(
      fc.property(input, (value) => {
        const expected = bySchema(value);
        let actual: { ok: true; shape: Record<string, unknown> } | { ok: false; issues: unknown };
        try {
          actual = { ok: true, shape: { ...readTicketShape(value) } };
        } catch (error) {
          if (!(error instanceof HabilError)) throw error;
          actual = { ok: false, issues: error.issues };
        }
        expect(actual).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps the caller’s object as raw, unchanged', () => {
    const ticket = { id: 7, priority: 'Urgente', reportedAt: '2024-03-01 16:00', plan: null };
    const shape = readTicketShape(ticket);
    expect(shape.raw).toBe(ticket);
    expect(shape).toEqual({ id: '7', priority: 'Urgente', raw: ticket });
    expect(ticket).toEqual({ id: 7, priority: 'Urgente', reportedAt: '2024-03-01 16:00', plan: null });
  });
});
