// From one row of cells to a ticket record: cells trimmed, empty ones absent, dates read with
// an explicit format into offset-less ISO strings (evaluate reads those in the plan's zone, so
// zone logic stays in one place), ticket types in Spanish, and pauses from `|`-separated cells.
// A cell that cannot be read makes the row an error naming its line, column, value and reason.

import { issueAt, InputError } from '../errors';
import type { TicketRecord } from '../sla/audit';
import type { Ticket, TicketPause } from '../sla/types';
import { nameKey } from '../policy/names';
import type { ColumnAssignment, TicketField } from './columns';
import { CellError } from './cell-error';
import { dateReader } from './date-cells';

/** How cells are read. */
export interface CellOptions {
  /** A luxon format for date cells, e.g. 'dd/MM/yyyy HH:mm'; without it dates must be ISO 8601. */
  dateFormat?: string | undefined;
  /** The plan of tickets whose row names none. */
  plan?: string | undefined;
  /** Columns (header names) whose cells every record carries as they are, e.g. ['cliente', 'asunto']. */
  keep?: readonly string[] | undefined;
}

const TYPES: Record<string, 'incident' | 'request'> = {
  incident: 'incident',
  incidencia: 'incident',
  incidente: 'incident',
  request: 'request',
  requerimiento: 'request',
  solicitud: 'request',
};
/** Separates several pauses in one cell: `2024-03-01 10:00|2024-03-04 08:00`. */
export const PAUSE_SEPARATOR = '|';

/** What a row's cells build: the ticket, and the pause cells that are zipped into its pauses last. */
interface Row {
  ticket: Record<string, unknown>;
  from: unknown;
  to: unknown;
  reason: unknown;
}

/** Reads one non-empty cell into the row, as its column's field wants. */
type CellReader = (row: Row, value: unknown) => void;

/**
 * Reads rows whose cells follow one column assignment. The reader of each column is chosen once,
 * from its field, so that reading a row does no per-cell dispatch on field names.
 */
export class RowReader {
  /** Ticket field -> column name, shared by every record (error rows name the column). */
  readonly columns: Readonly<Record<string, string>>;
  readonly #cells: { index: number; read: CellReader }[];
  readonly #date: (text: string, field: TicketField) => string;
  readonly #plan: string | undefined;
  readonly #kept: readonly { column: string; index: number }[];

  /** `kept`: the columns (and their cell index) whose raw cells records carry (CellOptions.keep). */
  constructor(
    assignment: ColumnAssignment,
    options: CellOptions = {},
    kept: readonly { column: string; index: number }[] = [],
  ) {
    this.#plan = options.plan;
    this.#kept = kept;
    this.#date = dateReader(options.dateFormat);
    this.#cells = [...assignment].map(([field, { index }]) => ({ index, read: this.#cellReader(field) }));
    this.columns = Object.freeze(Object.fromEntries([...assignment].map(([field, { column }]) => [field, column])));
  }

  /**
   * The record of a row's cells: a ticket, or an error naming the column at fault.
   *
   * @example
   * reader.read(['T-1', 'Urgente', '22/03/2024 16:00'], 2); //=> { line: 2, ticket: { id: 'T-1', priority: 'Urgente', reportedAt: '2024-03-22T16:00:00.000' }, columns }
   */
  read(cells: readonly unknown[], line: number): TicketRecord {
    const kept =
      this.#kept.length === 0
        ? {}
        : { kept: Object.fromEntries(this.#kept.map(({ column, index }) => [column, String(cells[index] ?? '')])) };
    const row: Row = { ticket: {}, from: undefined, to: undefined, reason: undefined };
    const ticket = row.ticket;
    try {
      for (const { index, read } of this.#cells) {
        const cell = cells[index];
        const value = typeof cell === 'string' ? cell.trim() : cell;
        if (value !== '' && value !== undefined && value !== null) read(row, value);
      }
      if (row.from !== undefined || row.to !== undefined || row.reason !== undefined) ticket.pauses = this.#pauses(row);
      if (ticket.plan === undefined && this.#plan !== undefined) ticket.plan = this.#plan;
      return { line, ticket: ticket as unknown as Ticket, columns: this.columns, ...kept };
    } catch (error) {
      if (!(error instanceof CellError)) throw error;
      const column = this.columns[error.field];
      const id = ticket.id;
      return {
        line,
        ...kept,
        ...(typeof id === 'string' ? { ticketId: id } : {}),
        field: error.field,
        ...(column === undefined ? {} : { column }),
        value: error.value,
        error: new InputError([issueAt(column ?? error.field, error.value, `${error.reason}`)], error.code),
      };
    }
  }

  #cellReader(field: TicketField): CellReader {
    const date = this.#date;
    switch (field) {
      case 'id':
        return (row, value) => {
          row.ticket.id = typeof value === 'number' ? String(value) : value;
        };
      case 'type':
        return (row, value) => {
          row.ticket.type = typeof value === 'string' ? (TYPES[nameKey(value)] ?? value) : value;
        };
      case 'reportedAt':
      case 'respondedAt':
      case 'resolvedAt':
        return (row, value) => {
          row.ticket[field] = typeof value === 'string' ? date(value, field) : value;
        };
      case 'pauses':
        return (row, value) => {
          row.ticket.pauses = Array.isArray(value) ? value.map((p: unknown) => this.#jsonPause(p)) : value;
        };
      case 'pauses.from':
        return (row, value) => {
          row.from = value;
        };
      case 'pauses.to':
        return (row, value) => {
          row.to = value;
        };
      case 'pauses.reason':
        return (row, value) => {
          row.reason = value;
        };
      case 'events':
        return (row, value) => {
          row.ticket.events = Array.isArray(value) ? value.map((e: unknown) => this.#jsonEvent(e)) : value;
        };
      case 'plan':
      case 'priority':
      case 'channel':
      case 'customer':
      case 'worked':
        return (row, value) => {
          row.ticket[field] = value;
        };
    }
  }

  #jsonPause(pause: unknown): unknown {
    if (pause === null || typeof pause !== 'object') return pause;
    const out: Record<string, unknown> = { ...pause };
    for (const key of ['from', 'to'] as const) {
      if (typeof out[key] === 'string') out[key] = this.#date(out[key] as string, `pauses.${key}`);
    }
    return out;
  }

  /** An event nested in a JSON ticket: its `at` read like the ticket's own instants. */
  #jsonEvent(event: unknown): unknown {
    if (event === null || typeof event !== 'object') return event;
    const out: Record<string, unknown> = { ...event };
    if (typeof out.at === 'string') out.at = this.#date(out.at, 'events');
    return out;
  }

  /** Zips `|`-separated from / to / reason cells into pauses; an empty `to` part is an open pause. */
  #pauses(row: Row): TicketPause[] {
    const split = (key: 'from' | 'to' | 'reason') =>
      row[key] === undefined
        ? undefined
        : String(row[key])
            .split(PAUSE_SEPARATOR)
            .map((part) => part.trim());
    const from = split('from');
    const to = split('to');
    const reason = split('reason');
    if (!from)
      throw new CellError(
        to ? 'pauses.to' : 'pauses.reason',
        row.to ?? row.reason,
        'belongs to no pause: the pause start column is empty',
      );
    for (const [key, parts] of [
      ['pauses.to', to],
      ['pauses.reason', reason],
    ] as const) {
      if (parts && parts.length !== from.length) {
        throw new CellError(
          key,
          row[key === 'pauses.to' ? 'to' : 'reason'],
          `has ${parts.length} part(s) for ${from.length} pause start(s): separate one per pause with '${PAUSE_SEPARATOR}', leaving a part empty for an open pause`,
        );
      }
    }
    return from.map((start, i) => ({
      from: this.#date(start, 'pauses.from'),
      ...(to?.[i] ? { to: this.#date(to[i], 'pauses.to') } : {}),
      ...(reason?.[i] ? { reason: reason[i] } : {}),
    }));
  }
}
