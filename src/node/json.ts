// JSON array exports as records, streaming: the array is cut into its elements by a small scanner
// (strings, escapes, nesting) so memory holds one element at a time. An element that is not valid
// JSON, or not an object, becomes an error record for the line it starts on (json-objects.ts).

import { type HabilError, show, problemAt, InputError } from '../errors';
import type { TicketRecord } from '../sla/audit';
import type { RowError, RowsOf } from './csv';
import { type JsonOptions, ObjectReader, ticketObjects, tooLongRow } from './json-objects';
import { DEFAULT_LIMITS, limit } from './read-limits';

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
