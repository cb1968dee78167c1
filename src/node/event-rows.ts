// One row of an event log in long format (ticket id, instant, kind, value) as a ticket event:
// columns found by name like a ticket file's (`map` overrides), the kind and a message's author
// read in English or Spanish, the instant with the file's date format. A row that cannot be read
// is an error naming its line, column, value and reason, with its ticket when that was readable.

import { type HabilErrorCode, issueAt, InputError, missingAt } from '../errors';
import { nameKey } from '../policy/names';
import type { TicketEvent } from '../sla/types';
import { assignColumns, type ColumnAssignment, type FieldTable } from './columns';
import type { CsvOptions, RowError, RowsOf } from './csv';
import { CellError } from './cell-error';
import { dateReader } from './date-cells';

/** The fields of an event log row. */
export const EVENT_FIELDS = ['ticket', 'at', 'kind', 'value'] as const;
export type EventField = (typeof EVENT_FIELDS)[number];

/** Built-in column names per event field, as keys (see columnKey). */
export const DEFAULT_EVENT_COLUMNS: Readonly<Record<EventField, readonly string[]>> = {
  ticket: ['ticket', 'ticket_id', 'ticketid', 'id_ticket', 'caso', 'id_caso', 'numero_caso', 'issue_key', 'o_id'],
  at: ['at', 'instant', 'created_at', 'timestamp', 'fecha', 'fecha_evento', 'fecha_hora', 'created'],
  kind: ['kind', 'event', 'evento', 'tipo_evento', 'field', 'campo', 'attribute'],
  value: ['value', 'valor', 'value_to', 'new_value', 'to', 'tostring', 'nuevo_valor'],
};

const EVENT_TABLE: FieldTable<EventField> = { what: 'event', fields: EVENT_FIELDS, columns: DEFAULT_EVENT_COLUMNS };

/** A readable event row: the ticket it belongs to and the event. */
export interface EventRow {
  line: number;
  ticketId: string;
  event: TicketEvent;
  /** Event field -> the file column it came from (shared by every row), for error rows. */
  columns: Readonly<Partial<Record<EventField, string>>>;
}

/** An event row that cannot be read; `ticketId` when its ticket cell could be. */
export interface EventRowError extends RowError {
  ticketId?: string;
  column?: string;
}

export type EventRecord = EventRow | EventRowError;

const KINDS: Readonly<Record<string, 'status' | 'priority' | 'message'>> = {
  status: 'status',
  state: 'status',
  estado: 'status',
  priority: 'priority',
  prioridad: 'priority',
  message: 'message',
  mensaje: 'message',
  article: 'message',
  comment: 'message',
  comentario: 'message',
};

const AUTHORS: Readonly<Record<string, 'customer' | 'agent'>> = {
  customer: 'customer',
  cliente: 'customer',
  requester: 'customer',
  solicitante: 'customer',
  agent: 'agent',
  agente: 'agent',
  staff: 'agent',
  tecnico: 'agent',
};

/**
 * The reader of an event log's CSV rows; throws a HabilError when the header lacks a field.
 *
 * @example
 * eventRowReader(['ticket', 'at', 'kind', 'value'], {}).read(['T-1', '2024-03-04 10:00', 'status', 'Resuelto'], 2);
 * //=> { line: 2, ticketId: 'T-1', event: { at: '2024-03-04 10:00', status: 'Resuelto' } }
 */
export const eventRowReader: RowsOf<EventRecord> = (header, options) => {
  const assignment = assignColumns(header, options.map, EVENT_TABLE);
  const missing = EVENT_FIELDS.filter((field) => !assignment.has(field));
  if (missing.length > 0) {
    throw new InputError(
      missing.map((field) =>
        missingAt(
          field,
          `no column of the event log holds the event's ${field}: name it with the events map (--events-map 'your column=${field}'); columns: ${header.join(', ')}`,
        ),
      ),
    );
  }
  return new EventRowReader(assignment, options);
};

/** JSON objects of an event log: a missing key is an error of that row, not of the file. */
export const eventObjects: RowsOf<EventRecord> = (keys, options) =>
  new EventRowReader(assignColumns(keys, options.map, EVENT_TABLE), options);

/** A cell of an event row that cannot be read, and the field it holds. */
class EventCellError extends Error {
  constructor(
    readonly field: EventField,
    readonly value: unknown,
    readonly reason: string,
    readonly code: HabilErrorCode = 'INVALID_INPUT',
  ) {
    super(reason);
  }
}

class EventRowReader {
  readonly #index: Partial<Record<EventField, number>> = {};
  readonly #columns: Partial<Record<EventField, string>> = {};
  readonly #shared: Readonly<Partial<Record<EventField, string>>>;
  readonly #date: (text: string) => string;

  constructor(assignment: ColumnAssignment<EventField>, options: CsvOptions) {
    for (const [field, { index, column }] of assignment) {
      this.#index[field] = index;
      this.#columns[field] = column;
    }
    this.#shared = Object.freeze({ ...this.#columns });
    const date = dateReader(options.dateFormat);
    this.#date = (text) => date(text, 'events');
  }

  read(cells: readonly unknown[], line: number): EventRecord {
    const cell = (field: EventField): unknown => {
      const i = this.#index[field];
      const value = i === undefined ? undefined : cells[i];
      return typeof value === 'string' ? value.trim() : value;
    };
    const ticket = cell('ticket');
    const ticketId = typeof ticket === 'number' && Number.isFinite(ticket) ? String(ticket) : ticket;
    if (typeof ticketId !== 'string' || ticketId === '') {
      return this.#error(line, undefined, 'ticket', ticket, 'is not a ticket id: every event names its ticket');
    }
    try {
      const at = this.#at(cell('at'));
      const kind = cell('kind');
      const known = typeof kind === 'string' ? KINDS[nameKey(kind)] : undefined;
      if (!known) throw new EventCellError('kind', kind, 'is not an event kind: expected status, priority or message');
      const value = cell('value');
      if (typeof value !== 'string' || value === '') {
        throw new EventCellError('value', value, `is not a ${known}: expected ${expected(known)}`);
      }
      return { line, ticketId, event: eventOf(known, at, value), columns: this.#shared };
    } catch (error) {
      if (!(error instanceof EventCellError)) throw error;
      return this.#error(line, ticketId, error.field, error.value, error.reason, error.code);
    }
  }

  #at(value: unknown): string | number {
    if (typeof value === 'number') return value;
    if (typeof value !== 'string' || value === '') {
      throw new EventCellError('at', value, 'is not an instant: every event says when it happened');
    }
    try {
      return this.#date(value);
    } catch (error) {
      if (!(error instanceof CellError)) throw error;
      throw new EventCellError('at', error.value, error.reason, error.code);
    }
  }

  #error(
    line: number,
    ticketId: string | undefined,
    field: EventField,
    value: unknown,
    reason: string,
    code: HabilErrorCode = 'INVALID_INPUT',
  ): EventRowError {
    const column = this.#columns[field] ?? field;
    return {
      line,
      ...(ticketId === undefined ? {} : { ticketId }),
      column,
      value,
      error: new InputError([issueAt(column, value, `${reason}`)], code),
    };
  }
}

function expected(kind: 'status' | 'priority' | 'message'): string {
  if (kind === 'message') return "'customer' or 'agent' (who wrote it)";
  return kind === 'status' ? "the help desk's status name" : 'a priority id, label or alias';
}

function eventOf(kind: 'status' | 'priority' | 'message', at: string | number, value: string): TicketEvent {
  if (kind === 'status') return { at, status: value };
  if (kind === 'priority') return { at, priority: value };
  const author = AUTHORS[nameKey(value)];
  if (!author) throw new EventCellError('value', value, `is not a message author: expected ${expected('message')}`);
  return { at, message: author };
}
