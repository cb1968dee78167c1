// One JSON value of an export as a record: parsed, refused when it is not an object, and read by
// a row reader chosen once per distinct set of keys (keys are read like CSV headers, same `map`).
// Shared by the JSON array and NDJSON readers.

import { issueAt, problemAt, InputError } from '../errors';
import type { TicketRecord } from '../sla/audit';
import { assignColumns } from './columns';
import type { RowError, RowsOf } from './csv';
import type { ReadLimits } from './read-limits';
import { RowReader, type CellOptions } from './rows';

export interface JsonOptions extends CellOptions, ReadLimits {
  /** Key -> ticket field overrides (see assignColumns). */
  map?: Readonly<Record<string, string>> | undefined;
}

/** JSON objects as tickets: every key read like a CSV header, no column required (zod says what is missing). */
export const ticketObjects: RowsOf<TicketRecord> = (keys, options) =>
  new RowReader(assignColumns(keys, options.map), options);

/** Parses one JSON value and reads it as a row, with a reader per distinct set of keys. */
export class ObjectReader<R> {
  readonly #options: JsonOptions;
  readonly #rows: RowsOf<R>;
  readonly #readers = new Map<string, ReturnType<RowsOf<R>>>();

  constructor(options: JsonOptions, rows: RowsOf<R>) {
    this.#options = options;
    this.#rows = rows;
    if (options.map) rows(Object.keys(options.map), options); // checks the fields named
  }

  read(source: string, line: number): R | RowError {
    let value: unknown;
    try {
      value = JSON.parse(source);
    } catch (error) {
      return {
        line,
        value: source.trim(),
        error: new InputError([problemAt('', `not valid JSON: ${(error as Error).message}`)]),
      };
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      return {
        line,
        value,
        error: new InputError([issueAt('', value, 'is not a ticket: expected a JSON object')]),
      };
    }
    const keys = Object.keys(value);
    const signature = keys.join('\u0000');
    let reader = this.#readers.get(signature);
    if (!reader) {
      const known = this.#options.map ? Object.keys(this.#options.map).filter((k) => keys.includes(k)) : [];
      const map = Object.fromEntries(known.map((k) => [k, this.#options.map![k]!]));
      reader = this.#rows(keys, { ...this.#options, map });
      this.#readers.set(signature, reader);
    }
    return reader.read(Object.values(value), line);
  }
}

/** The error row of a row (a line or an element) longer than maxRowBytes. */
export function tooLongRow(line: number, max: number): RowError {
  return {
    line,
    error: new InputError([problemAt('', `this row is longer than ${max} bytes (maxRowBytes)`)]),
  };
}
