// Joining an event log to a file of tickets, so each ticket carries its history. When the log is
// sorted by ticket (checked in a first pass over it, in flat memory) and the tickets come in the
// same order, the two files are merged in one pass holding one ticket's events at a time. When
// the log is not sorted, or a ticket comes out of order (or twice), the log is indexed by ticket
// in memory and every ticket looks its events up there: slower and bigger, never wrong. Events
// belong to the ticket id: every row of that id takes them. A ticket with an unreadable event row
// is an error row naming the log line; log rows that no ticket takes are error rows of their own,
// reported at the end (a ticket may come late), so the merge holds a small summary of each.

import { show, problemAt, InputError } from '../errors';
import type { TicketRecord } from '../sla/audit';
import type { EventRecord, EventRowError } from './event-rows';
import { fileSize } from './source-text';
import {
  add,
  compareIds,
  type EventGroup,
  type EventLogOptions,
  eventGroups,
  type GroupItem,
  isSortedByTicket,
  readEventLog,
} from './event-log';

/**
 * Ticket records with their events from the log at `path` joined in (after any nested in the
 * ticket), and an error row for every log row no ticket could take.
 *
 * @example
 * for await (const record of joinEvents(readTickets('tickets.csv'), 'events.csv', {})) console.log(record.line);
 */
export async function* joinEvents(
  tickets: AsyncIterable<TicketRecord>,
  path: string,
  options: EventLogOptions,
): AsyncGenerator<TicketRecord> {
  fileSize(path, 'events');
  const log = () => readEventLog(path, options);
  const join = new EventJoin(log, await isSortedByTicket(log()));
  for await (const record of tickets) yield* join.take(record);
  yield* join.rest();
}

type Indexed = EventGroup & { matched?: boolean };

/** The state of one join: merging a sorted log, or looking events up in an index of it. */
class EventJoin {
  readonly #log: () => AsyncIterable<EventRecord>;
  #cursor: AsyncIterator<GroupItem> | undefined;
  /** Merging: the group read and not yet taken or passed. */
  #current: EventGroup | undefined;
  #previous: string | undefined;
  /** The last log line the merge read: what the index must not report again. */
  #mergedUntil = 0;
  /**
   * Groups the merge passed with no ticket to take them, as summaries: reported at the end, for
   * a ticket may still come out of order and take them (from the index).
   */
  readonly #passed = new Map<string, Unused>();
  #index: Map<string, Indexed> | undefined;
  #loose: EventRowError[] = [];

  constructor(log: () => AsyncIterable<EventRecord>, sorted: boolean) {
    this.#log = log;
    if (sorted) this.#cursor = eventGroups(log())[Symbol.asyncIterator]();
  }

  async *take(record: TicketRecord): AsyncGenerator<TicketRecord> {
    const id = 'ticket' in record ? idOf(record.ticket.id) : record.ticketId;
    if (id === undefined) {
      yield record;
      return;
    }
    if (this.#cursor ? this.#previous !== undefined && compareIds(id, this.#previous) <= 0 : !this.#index)
      await this.#toIndex();
    if (this.#cursor) {
      this.#previous = id;
      yield* this.#passUntil(id);
      const group = this.#current?.ticketId === id ? this.#current : undefined;
      if (group) this.#current = undefined;
      yield attach(record, group);
      return;
    }
    const group = this.#index!.get(id);
    if (group) group.matched = true;
    yield attach(record, group);
  }

  /** Every log row no ticket took. */
  async *rest(): AsyncGenerator<TicketRecord> {
    if (this.#cursor) {
      for (const passed of this.#passed.values()) yield orphan(passed);
      if (this.#current) yield orphan(unused(this.#current));
      for (let item = await this.#next(); item; item = await this.#next())
        yield 'events' in item ? orphan(unused(item)) : loose(item);
      return;
    }
    if (!this.#index) await this.#toIndex(); // no ticket named an id
    for (const error of this.#loose) yield loose(error);
    for (const group of this.#index!.values()) if (!group.matched && !this.#settled(group)) yield orphan(unused(group));
  }

  /** Reads groups up to the first at or past `id`; those passed are kept as unused (and row errors go out). */
  async *#passUntil(id: string): AsyncGenerator<TicketRecord> {
    for (;;) {
      if (!this.#current) {
        const item = await this.#next();
        if (!item) return;
        if (!('events' in item)) {
          yield loose(item);
          continue;
        }
        this.#current = item;
      }
      if (compareIds(this.#current.ticketId, id) >= 0) return;
      this.#passed.set(this.#current.ticketId, unused(this.#current));
      this.#current = undefined;
    }
  }

  async #next(): Promise<GroupItem | undefined> {
    const next = await this.#cursor!.next();
    if (next.done) return undefined;
    this.#mergedUntil = Math.max(this.#mergedUntil, lastLine(next.value));
    return next.value;
  }

  /** Leaves the merge: the whole log indexed by ticket; row errors the merge reported are not reported again. */
  async #toIndex(): Promise<void> {
    await this.#cursor?.return?.();
    this.#cursor = undefined;
    const index = new Map<string, Indexed>();
    for await (const item of eventGroups(this.#log())) {
      if (!('events' in item)) {
        if (item.line > this.#mergedUntil) this.#loose.push(item);
        continue;
      }
      const known = index.get(item.ticketId);
      if (!known) index.set(item.ticketId, item);
      else {
        for (const [i, event] of item.events.entries()) {
          add(known, { line: item.lines[i]!, ticketId: item.ticketId, event, columns: item.columns });
        }
        for (const broken of item.broken) add(known, broken);
      }
    }
    this.#index = index;
  }

  /** A group a ticket took during the merge (read before it left, neither passed nor held). */
  #settled(group: EventGroup): boolean {
    const { ticketId } = group;
    return firstLine(group) <= this.#mergedUntil && !this.#passed.has(ticketId) && ticketId !== this.#current?.ticketId;
  }
}

function idOf(id: unknown): string | undefined {
  return typeof id === 'string' ? id : typeof id === 'number' ? String(id) : undefined;
}

/** A ticket record with its events joined, or an error row when one of them cannot be read. */
function attach(record: TicketRecord, group: EventGroup | undefined): TicketRecord {
  if (!group || 'error' in record) return record;
  if (group.broken.length > 0) {
    const [first, ...others] = group.broken;
    const also = others.length === 0 ? '' : ` (also lines ${others.map((b) => b.line).join(', ')})`;
    return {
      line: record.line,
      ticketId: group.ticketId,
      field: 'events',
      eventLine: first!.line,
      ...(first!.column === undefined ? {} : { column: first!.column }),
      value: first!.value,
      error: new InputError(
        [problemAt('events', `event log line ${first!.line}: ${first!.error.message}${also}`)],
        first!.error.code,
      ),
    };
  }
  const nested = record.ticket.events;
  if (nested != null && !Array.isArray(nested)) return record; // refused as it is, by evaluate
  return {
    ...record,
    ticket: { ...record.ticket, events: [...(nested ?? []), ...group.events] },
    eventLog: { offset: nested?.length ?? 0, lines: group.lines, columns: group.columns },
  };
}

/** What an orphan report needs of a group no ticket took. */
interface Unused {
  ticketId: string;
  line: number;
  rows: number;
  column: string | undefined;
}

function unused(group: EventGroup): Unused {
  const { ticketId, lines, broken, columns } = group;
  return { ticketId, line: firstLine(group), rows: lines.length + broken.length, column: columns.ticket };
}

/** Log rows of a ticket the tickets file does not hold. */
function orphan({ ticketId, line, rows, column }: Unused): TicketRecord {
  return {
    line,
    source: 'events',
    ticketId,
    field: 'ticket',
    ...(column === undefined ? {} : { column }),
    value: ticketId,
    error: new InputError([
      problemAt(
        column ?? 'ticket',
        `no ticket ${show(ticketId)} in the tickets file: its ${rows} event row${rows === 1 ? '' : 's'} (from this line) were not used`,
      ),
    ]),
  };
}

/** A log row that names no ticket. */
function loose(error: EventRowError): TicketRecord {
  return { ...error, source: 'events' };
}

function firstLine(group: EventGroup): number {
  return Math.min(group.lines[0] ?? Infinity, group.broken[0]?.line ?? Infinity);
}

function lastLine(item: GroupItem): number {
  if (!('events' in item)) return item.line;
  return Math.max(item.lines.at(-1) ?? 0, item.broken.at(-1)?.line ?? 0);
}
