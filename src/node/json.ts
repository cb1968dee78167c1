// JSON exports as ticket records, streaming: a JSON array is cut into its elements by a small
// scanner (strings, escapes, nesting) so memory holds one element at a time, and NDJSON is one
// object per line. An element that is not valid JSON, or not an object, becomes an error record
// for the line it starts on. Keys are read like CSV headers (same names, same `map`).

import { type HabilError, show, issueAt, problemAt, InputError } from '../errors';
import type { TicketRecord } from '../sla/audit';
import { assignColumns } from './columns';
import type { RowError, RowsOf } from './csv';
import { DEFAULT_LIMITS, limit, type ReadLimits } from './read-limits';
import { RowReader, type CellOptions } from './rows';

export interface JsonOptions extends CellOptions, ReadLimits {
  /** Key -> ticket field overrides (see assignColumns). */
  map?: Readonly<Record<string, string>> | undefined;
}

/** JSON objects as tickets: every key read like a CSV header, no column required (zod says what is missing). */
const ticketObjects: RowsOf<TicketRecord> = (keys, options) => new RowReader(assignColumns(keys, options.map), options);

/**
 * Ticket records of an NDJSON text stream: one JSON object per line, blank lines skipped.
 *
 * @example
 * for await (const record of ndjsonRecords(textChunks)) console.log(record.line);
 */
export function ndjsonRecords(text: AsyncIterable<string>, options: JsonOptions = {}): AsyncGenerator<TicketRecord> {
  return ndjsonRows(text, options, ticketObjects);
}

/**
 * Records of an NDJSON text stream, each object read by what `rows` makes of its keys.
 *
 * @example
 * for await (const record of ndjsonRows(textChunks, {}, eventObjects)) console.log(record.line);
 */
export async function* ndjsonRows<R>(
  text: AsyncIterable<string>,
  options: JsonOptions,
  rows: RowsOf<R>,
): AsyncGenerator<R | RowError> {
  const objects = new ObjectReader(options, rows);
  const max = limit(options.maxRowBytes, 'maxRowBytes', DEFAULT_LIMITS.maxRowBytes);
  let line = 0;
  let rest = '';
  /** The line being gathered is over the limit: its text is dropped up to its end. */
  let over = false;
  for await (const chunk of text) {
    const lines = chunk.split('\n');
    const last = lines.pop()!;
    for (const piece of lines) {
      line++;
      const source = over ? '' : rest + piece;
      if (over || source.length > max) yield tooLongRow(line, max);
      else if (source.trim() !== '') yield objects.read(source, line);
      rest = '';
      over = false;
    }
    if (!over) rest += last;
    if (rest.length > max) [rest, over] = ['', true];
  }
  if (over) yield tooLongRow(line + 1, max);
  else if (rest.trim() !== '') yield objects.read(rest, line + 1);
}

function tooLongRow(line: number, max: number): RowError {
  return {
    line,
    error: new InputError([problemAt('', `this row is longer than ${max} bytes (maxRowBytes)`)]),
  };
}

/**
 * Ticket records of a JSON array text stream, each with the line its element starts on.
 * Throws a HabilError when the text is not a JSON array.
 *
 * @example
 * for await (const record of jsonArrayRecords(textChunks)) console.log(record.line);
 */
export function jsonArrayRecords(text: AsyncIterable<string>, options: JsonOptions = {}): AsyncGenerator<TicketRecord> {
  return jsonArrayRows(text, options, ticketObjects);
}

/**
 * Records of a JSON array text stream, each element read by what `rows` makes of its keys.
 *
 * @example
 * for await (const record of jsonArrayRows(textChunks, {}, eventObjects)) console.log(record.line);
 */
export async function* jsonArrayRows<R>(
  text: AsyncIterable<string>,
  options: JsonOptions,
  rows: RowsOf<R>,
): AsyncGenerator<R | RowError> {
  const objects = new ObjectReader(options, rows);
  const max = limit(options.maxRowBytes, 'maxRowBytes', DEFAULT_LIMITS.maxRowBytes);
  const elements = new Elements<R>();
  let line = 1;
  let depth = 0;
  /** The element being gathered is over the limit: its text is dropped up to its end. */
  let over = false;
  let quoted = false;
  let escaped = false;
  let started = false;
  let done = false;
  let pending = true;
  let startLine = 1;
  let element = '';
  /** The line of the `}` that closed the element's object, and whether a `key:` followed at depth 0. */
  let closedAt = 0;
  let keyAfterClose = false;
  for await (const chunk of text) {
    let from = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i]!;
      if (c === '\n') line++;
      if (quoted) {
        if (escaped) escaped = false;
        else if (c === '\\') escaped = true;
        else if (c === '"') quoted = false;
      } else if (!started || done) {
        if (c === '[' && !started) {
          started = true;
          from = i + 1;
        } else if (!blank(c)) {
          throw notAnArray(`${show(c)} ${started ? "after the array's end " : ''}on line ${line}`);
        }
      } else if (depth === 0 && (c === ',' || c === ']')) {
        if (!over) element += chunk.slice(from, i);
        if (!pending) {
          const record = over || element.length > max ? tooLongRow(startLine, max) : undefined;
          yield* elements.add({ text: element, line: startLine, closedAt, keyAfterClose, record }, objects);
        }
        element = '';
        over = false;
        from = i + 1;
        pending = true;
        keyAfterClose = false;
        done = c === ']';
        if (done) yield* elements.flush(objects);
      } else {
        if (pending && !blank(c)) {
          startLine = line;
          pending = false;
        }
        if (c === '"') quoted = true;
        else if (c === '{' || c === '[') depth++;
        else if (c === '}' || c === ']') {
          if (depth === 1) closedAt = line;
          depth = Math.max(0, depth - 1); // a stray `}` spoils its element only
        } else if (c === ':' && depth === 0) keyAfterClose = true;
      }
    }
    if (started && !done && !over) element += chunk.slice(from);
    if (element.length > max) [element, over] = ['', !pending]; // blanks before an element are no row
  }
  if (!started) throw notAnArray('an empty input');
  if (!done) {
    yield* elements.flush(objects);
    yield {
      line: startLine,
      error: new InputError([problemAt('', 'the JSON array is never closed: the file ends inside this element')]),
    };
  }
}

/** One element of the array as cut, before it is read. */
interface Cut {
  text: string;
  line: number;
  /** The line of the `}` that closed its object (0 when none did). */
  closedAt: number;
  /** A `key:` came at depth 0: this is the rest of the previous object, cut off by a stray `}`. */
  keyAfterClose: boolean;
  /** Its row when it was already decided (too long). */
  record: RowError | undefined;
}

/**
 * Holds one element back, so that the keys a stray `}` cut off an object (`{"id": "b"}},
 * "priority": ...`) rejoin it: that element is one error row naming the `}`, and the elements
 * after it read as they are.
 */
class Elements<R> {
  #held: (Cut & { spoiled: boolean }) | undefined;

  *add(cut: Cut, objects: ObjectReader<R>): Generator<R | RowError> {
    if (cut.keyAfterClose && this.#held && !this.#held.record) {
      this.#held.text += `,${cut.text}`;
      this.#held.spoiled = true;
      return;
    }
    yield* this.flush(objects);
    this.#held = { ...cut, spoiled: false };
  }

  *flush(objects: ObjectReader<R>): Generator<R | RowError> {
    const held = this.#held;
    this.#held = undefined;
    if (!held) return;
    if (held.record) yield held.record;
    else if (!held.spoiled) yield objects.read(held.text, held.line);
    else {
      const message = `not valid JSON: the '}' on line ${held.closedAt} closes this object before its last keys (a stray '}'?)`;
      yield {
        line: held.line,
        value: held.text.trim(),
        error: new InputError([problemAt('', message)]),
      };
    }
  }
}

function blank(c: string): boolean {
  return c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === '\ufeff';
}

function notAnArray(found: string): HabilError {
  return new InputError([problemAt('', `expected a JSON array of tickets, found ${found}`)]);
}

/** Parses one JSON value and reads it as a row, with a reader per distinct set of keys. */
class ObjectReader<R> {
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
