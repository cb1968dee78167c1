// Reading a ticket at the boundary: its shape (plain checks for the common tickets, zod built on
// first need for the rest), then its instants in the plan's zone, with every problem reported
// against the ticket id and the field it sits in.

import type { z } from 'zod';
import { HabilError, TicketError, type Issue, show, issueAt } from '../errors';
import { toDurationMs, type DurationInput } from '../time/duration';
import { toEpochMs, type InstantInput } from '../time/instant';
import type { Zone } from '../time/zone';
import { lazySchema, parseWith } from '../validate';
import { readEvents, type TimedEvent } from './events';
import type { Ticket } from './types';

/** The shape of a ticket; exported for the tests that hold readTicketShape's fast path to it. */
export const ticketSchema = lazySchema((z) => {
  const instant = z.custom<InstantInput>((value) => value !== undefined && value !== null && value !== '', {
    error: 'expected an instant (ISO 8601 string, Date, epoch ms or luxon DateTime)',
  });
  return z.object({
    id: z.union([z.string(), z.number()]).optional(),
    plan: z.string().nullish(),
    priority: z.string({ error: "expected the ticket's priority (an id, alias or label of the policy)" }).min(1),
    type: z.enum(['incident', 'request']).nullish(),
    channel: z.string().nullish(),
    reportedAt: instant,
    respondedAt: instant.nullish(),
    resolvedAt: instant.nullish(),
    pauses: z.array(z.object({ from: instant, to: instant.nullish(), reason: z.string().nullish() })).nullish(),
    customer: z.string().nullish(),
    worked: z.unknown().optional(),
    // Each event is read by ./events, which names the event and field at fault.
    events: z.array(z.unknown(), { error: 'expected a list of events' }).nullish(),
  });
});

/** A ticket whose shape is valid; instants not read yet. */
export interface TicketShape {
  id?: string;
  plan?: string;
  priority: string;
  type?: 'incident' | 'request';
  channel?: string;
  customer?: string;
  raw: Ticket;
}

/** A ticket's instants in epoch ms. */
export interface TicketTimes {
  reportedAt: number;
  respondedAt?: number;
  resolvedAt?: number;
  pauses: { from: number; to?: number; reason?: string }[];
  /** The history, sorted by instant. */
  events: TimedEvent[];
  /** Effort logged, in ms. */
  worked?: number;
}

/**
 * Checks a ticket's shape; throws TicketError naming the ticket and the field. Well-formed
 * tickets (nearly all of an audit) are recognised by plain type checks; zod reads the others,
 * and is the one to say what is wrong.
 */
export function readTicketShape(input: unknown): TicketShape {
  const id = idOf(input);
  if (isWellFormed(input)) return shapeOf(input, id, input);
  const parsed = parseWith(ticketSchema(), input);
  if (!parsed.ok) throw new TicketError(id, parsed.issues);
  return shapeOf(parsed.value, id, input as Ticket);
}

type ParsedTicket = z.infer<ReturnType<typeof ticketSchema>>;

function shapeOf(
  { plan, priority, type, channel, customer }: ParsedTicket,
  id: string | undefined,
  raw: Ticket,
): TicketShape {
  const shape: TicketShape = { priority, raw };
  if (id !== undefined) shape.id = id;
  if (plan != null) shape.plan = plan;
  if (type != null) shape.type = type;
  if (channel != null) shape.channel = channel;
  if (customer != null) shape.customer = customer;
  return shape;
}

/**
 * True only for tickets ticketSchema accepts: every field of the common kinds (strings, instants,
 * well-formed pauses). Anything else, valid or not, goes to zod.
 */
function isWellFormed(input: unknown): input is Ticket & ParsedTicket {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return false;
  const t = input as Record<string, unknown>;
  const id = t.id;
  return (
    (id === undefined || typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id))) &&
    isOptionalString(t.plan) &&
    typeof t.priority === 'string' &&
    t.priority !== '' &&
    (t.type == null || t.type === 'incident' || t.type === 'request') &&
    isOptionalString(t.channel) &&
    t.reportedAt != null &&
    t.reportedAt !== '' &&
    t.respondedAt !== '' &&
    t.resolvedAt !== '' &&
    (t.pauses == null || (Array.isArray(t.pauses) && t.pauses.every(isWellFormedPause))) &&
    isOptionalString(t.customer) &&
    (t.worked == null || typeof t.worked === 'number' || typeof t.worked === 'string') &&
    (t.events == null || Array.isArray(t.events))
  );
}

/** True only for pauses ticketSchema accepts: an object with a `from`, an optional `to` and reason. */
function isWellFormedPause(pause: unknown): boolean {
  if (pause === null || typeof pause !== 'object' || Array.isArray(pause)) return false;
  const p = pause as Record<string, unknown>;
  return p.from != null && p.from !== '' && p.to !== '' && isOptionalString(p.reason);
}

function isOptionalString(value: unknown): boolean {
  return value == null || typeof value === 'string';
}

/** Reads a ticket's instants in `zone` and checks their order. */
export function readTicketTimes(shape: TicketShape, zone: Zone): TicketTimes {
  const issues: Issue[] = [];
  const read = (value: InstantInput | null | undefined, path: string): number | undefined => {
    if (value == null) return undefined;
    try {
      return toEpochMs(value, zone, path);
    } catch (error) {
      if (!HabilError.is(error)) throw error;
      issues.push(...error.issues.map((issue) => ({ code: error.code, ...issue })));
      return undefined;
    }
  };
  const raw = shape.raw;
  const reportedAt = read(raw.reportedAt, 'reportedAt');
  const respondedAt = read(raw.respondedAt, 'respondedAt');
  const resolvedAt = read(raw.resolvedAt, 'resolvedAt');
  const before = (field: string, value: unknown, t: number | undefined) => {
    if (t !== undefined && reportedAt !== undefined && t < reportedAt) {
      issues.push(issueAt(field, value, `is before reportedAt ${show(raw.reportedAt)}`));
    }
  };
  before('respondedAt', raw.respondedAt, respondedAt);
  before('resolvedAt', raw.resolvedAt, resolvedAt);
  const pauses: TicketTimes['pauses'] = [];
  for (const [i, pause] of (raw.pauses ?? []).entries()) {
    const from = read(pause.from, `pauses[${i}].from`);
    const to = read(pause.to, `pauses[${i}].to`);
    if (from === undefined) continue;
    if (to !== undefined && to < from) {
      issues.push(issueAt(`pauses[${i}].to`, pause.to, `is before the pause's start ${show(pause.from)}`));
      continue;
    }
    const kept: TicketTimes['pauses'][number] = { from };
    if (to !== undefined) kept.to = to;
    if (pause.reason != null) kept.reason = pause.reason;
    pauses.push(kept);
  }
  const events = readEvents(raw.events, zone, reportedAt, issues);
  const worked = readWorked(raw.worked, issues);
  if (issues.length > 0 || reportedAt === undefined) throw new TicketError(shape.id, issues);
  // The optional fields set one by one, not from conditional spreads: this runs once per ticket.
  const times: TicketTimes = { reportedAt, pauses, events };
  if (respondedAt !== undefined) times.respondedAt = respondedAt;
  if (resolvedAt !== undefined) times.resolvedAt = resolvedAt;
  if (worked !== undefined) times.worked = worked;
  return times;
}

function readWorked(value: DurationInput | null | undefined, issues: Issue[]): number | undefined {
  if (value == null || value === '') return undefined;
  try {
    const ms = toDurationMs(value, 'worked');
    if (ms >= 0) return ms;
    issues.push(issueAt('worked', value, 'is negative: expected the effort logged'));
  } catch (error) {
    if (!HabilError.is(error)) throw error;
    issues.push(...error.issues.map((issue) => ({ code: error.code, ...issue })));
  }
  return undefined;
}

/**
 * A ticket's id as text, when it has a string or number id: errors name the ticket by it.
 *
 * @example
 * idOf({ id: 7, priority: 'P1' }); //=> '7'
 */
export function idOf(input: unknown): string | undefined {
  if (input === null || typeof input !== 'object') return undefined;
  const id = (input as { id?: unknown }).id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}
