// An event log file (CSV, JSON array or NDJSON; one row per event) read as event records, and
// cut into groups: the consecutive rows of one ticket. Ticket ids are ordered as a sorted export
// orders them (whole numbers by value before other ids, those by code unit), so that one pass
// can tell whether a log is sorted by ticket, which lets the join stream it.

import { createReadStream } from 'node:fs';
import type { TicketEvent } from '../sla/types';
import { csvRows } from './csv';
import { eventObjects, eventRowReader, type EventRecord, type EventRowError } from './event-rows';
import { jsonArrayRows } from './json';
import { ndjsonRows } from './ndjson';
import type { ReadTicketsOptions } from './read-tickets';
import { decode, formatOf, sniff } from './source-text';

/** The options an event log is read with: the ticket file's date format and encoding, its own `map`. */
export interface EventLogOptions extends Pick<ReadTicketsOptions, 'dateFormat' | 'encoding' | 'maxRowBytes'> {
  /** Column -> event field overrides (ticket, at, kind, value). */
  map?: Readonly<Record<string, string>> | undefined;
}

/**
 * The event records of a log file, in file order.
 *
 * @example
 * for await (const record of readEventLog('events.csv', {})) console.log(record.line);
 */
export async function* readEventLog(path: string, options: EventLogOptions): AsyncGenerator<EventRecord> {
  const text = decode(createReadStream(path), options);
  const known = formatOf(path);
  const { format, text: all } = known ? { format: known, text } : await sniff(text);
  if (format === 'json') yield* jsonArrayRows(all, options, eventObjects);
  else if (format === 'ndjson') yield* ndjsonRows(all, options, eventObjects);
  else yield* csvRows(all, options, eventRowReader);
}

/** The events of one ticket, consecutive in the log (or, indexed, all of them). */
export interface EventGroup {
  ticketId: string;
  events: TicketEvent[];
  /** The log line of each event. */
  lines: number[];
  /** The log's columns, for error rows. */
  columns: Readonly<Record<string, string>>;
  /** Rows of this ticket that could not be read: the ticket cannot be judged. */
  broken: EventRowError[];
}

/** A group, or a row that names no ticket (an error of its own). */
export type GroupItem = EventGroup | EventRowError;

/**
 * The groups of consecutive rows of one ticket, and the rows naming no ticket, in file order.
 *
 * @example
 * for await (const item of eventGroups(readEventLog('events.csv', {}))) if ('events' in item) console.log(item.ticketId);
 */
export async function* eventGroups(records: AsyncIterable<EventRecord>): AsyncGenerator<GroupItem> {
  let group: EventGroup | undefined;
  for await (const record of records) {
    const ticketId = record.ticketId;
    if (ticketId === undefined) {
      yield record as EventRowError; // an EventRow always names its ticket
      continue;
    }
    if (group && group.ticketId !== ticketId) {
      yield group;
      group = undefined;
    }
    group ??= { ticketId, events: [], lines: [], columns: {}, broken: [] };
    add(group, record);
  }
  if (group) yield group;
}

/**
 * Adds a record to its ticket's group.
 *
 * @example
 * add(group, { line: 7, ticketId: 'T-1', event: { at: '2024-03-04 10:00', status: 'Resuelto' }, columns });
 */
export function add(group: EventGroup, record: EventRecord): void {
  if ('event' in record) {
    group.events.push(record.event);
    group.lines.push(record.line);
    if (group.lines.length === 1) group.columns = record.columns;
  } else if (group.broken.length < MAX_BROKEN) group.broken.push(record);
}

/** How many unreadable rows of one ticket are kept for its error message. */
export const MAX_BROKEN = 5;

const WHOLE = /^(0|[1-9]\d*)$/;

/**
 * The order of sorted exports: whole-number ids by value, before any other id; others by code
 * unit (byte order for ASCII, as `LC_ALL=C sort` or `ORDER BY id COLLATE "C"` sort them).
 *
 * @example
 * compareIds('9', '10'); //=> negative
 * compareIds('T-10', 'T-9'); //=> negative
 */
export function compareIds(a: string, b: string): number {
  const wa = WHOLE.test(a);
  const wb = WHOLE.test(b);
  if (wa !== wb) return wa ? -1 : 1;
  if (wa && a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Whether every row naming a ticket comes in ticket order (compareIds), the rows of each ticket
 * together: one pass, flat memory.
 *
 * @example
 * await isSortedByTicket(readEventLog('events.csv', {})); //=> true
 */
export async function isSortedByTicket(records: AsyncIterable<EventRecord>): Promise<boolean> {
  let previous: string | undefined;
  for await (const { ticketId } of records) {
    if (ticketId === undefined) continue;
    if (previous !== undefined && ticketId !== previous && compareIds(ticketId, previous) < 0) return false;
    previous = ticketId;
  }
  return true;
}
