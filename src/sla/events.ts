// A ticket's history as read at the boundary: each event's kind checked by plain code (a ticket
// with fifty events must not pay a schema per event), its instant read in the plan's zone, and
// the whole list sorted by instant, stable for equal instants. Problems are collected with the
// path of the event (`events[3].at`), never thrown one at a time.

import { HabilError, type Issue, issueAt, missingAt, problemAt } from '../errors';
import { toEpochMs, type InstantInput } from '../time/instant';
import type { Zone } from '../time/zone';

/** One event of a ticket's history, its instant in epoch ms; `index` is its place in the input. */
export interface TimedEvent {
  at: number;
  index: number;
  kind: 'status' | 'priority' | 'message';
  /** The status or priority name, or 'customer' / 'agent'. */
  value: string;
}

const KINDS = ['status', 'priority', 'message'] as const;
const EXPECTED = "expected { at, status } or { at, priority } or { at, message: 'customer' | 'agent' }";

/**
 * Reads `events` (any order) into timed events sorted by instant. Events before `reportedAt`
 * are refused: a history starts when the ticket does.
 *
 * @example
 * readEvents([{ at: '2024-03-04 10:00', status: 'Resuelto' }], zone, reportedAt, issues);
 * //=> [{ at: 1709564400000, index: 0, kind: 'status', value: 'Resuelto' }]
 */
export function readEvents(raw: unknown, zone: Zone, reportedAt: number | undefined, issues: Issue[]): TimedEvent[] {
  if (raw == null) return [];
  if (!Array.isArray(raw)) {
    issues.push(issueAt('events', raw, `is not a list of events: ${EXPECTED}`));
    return [];
  }
  const out: TimedEvent[] = [];
  let sorted = true;
  for (let i = 0; i < raw.length; i++) {
    const event = readEvent(raw[i], i, zone, reportedAt, issues);
    if (!event) continue;
    if (out.length > 0 && event.at < out[out.length - 1]!.at) sorted = false;
    out.push(event);
  }
  // Array.prototype.sort is stable: equal instants keep their input order.
  if (!sorted) out.sort((a, b) => a.at - b.at);
  return out;
}

function readEvent(
  raw: unknown,
  index: number,
  zone: Zone,
  reportedAt: number | undefined,
  issues: Issue[],
): TimedEvent | undefined {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    issues.push(issueAt(eventPath(index), raw, `is not an event: ${EXPECTED}`));
    return undefined;
  }
  const record = raw as Record<string, unknown>;
  const kind = whatHappened(record);
  if (kind === undefined) {
    const kinds = KINDS.filter((k) => record[k] != null);
    const message = kinds.length === 0 ? `is missing what happened: ${EXPECTED}` : `has both ${kinds.join(' and ')}`;
    issues.push({ ...problemAt(eventPath(index), `${message}; one event says one thing`), value: raw });
    return undefined;
  }
  const value = kind === 'status' ? record.status : kind === 'priority' ? record.priority : record.message;
  if (!validValue(kind, value)) {
    issues.push(issueAt(`${eventPath(index)}.${kind}`, value, `is invalid: ${expectedValue(kind)}`));
    return undefined;
  }
  const at = readAt(record.at, index, zone, issues);
  if (at === undefined) return undefined;
  if (reportedAt !== undefined && at < reportedAt) {
    issues.push(issueAt(`${eventPath(index)}.at`, record.at, 'is before reportedAt'));
    return undefined;
  }
  return { at, index, kind, value: value as string };
}

/**
 * The one kind an event says, or undefined when it says none or several. Read by name, not by
 * a key from a list: events come in several shapes, and a named read stays fast across them.
 */
function whatHappened(record: Record<string, unknown>): TimedEvent['kind'] | undefined {
  const status = record.status != null;
  const priority = record.priority != null;
  const message = record.message != null;
  if (+status + +priority + +message !== 1) return undefined;
  return status ? 'status' : priority ? 'priority' : 'message';
}

function validValue(kind: TimedEvent['kind'], value: unknown): boolean {
  if (kind === 'message') return value === 'customer' || value === 'agent';
  return typeof value === 'string' && value.trim() !== '';
}

function expectedValue(kind: TimedEvent['kind']): string {
  if (kind === 'message') return "expected 'customer' (a public customer message) or 'agent' (an agent's public reply)";
  return kind === 'status' ? "expected the help desk's status name" : 'expected a priority id, label or alias';
}

function readAt(value: unknown, index: number, zone: Zone, issues: Issue[]): number | undefined {
  if (value == null || value === '') {
    issues.push(missingAt(`${eventPath(index)}.at`, 'is missing: expected the instant of the event'));
    return undefined;
  }
  try {
    return toEpochMs(value as InstantInput, zone, 'at');
  } catch (error) {
    if (!HabilError.is(error)) throw error;
    const path = eventPath(index);
    issues.push(...error.issues.map((issue) => ({ code: error.code, ...issue, path: `${path}.${issue.path}` })));
    return undefined;
  }
}

// An event's path is written only for a problem: fifty events read cleanly build none.
function eventPath(index: number): string {
  return `events[${index}]`;
}
