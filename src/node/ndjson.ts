// NDJSON exports as records, streaming: one JSON object per line, blank lines skipped, a line
// longer than maxRowBytes dropped as it streams and reported as an error row of its own.

import type { TicketRecord } from '../sla/audit';
import type { RowError, RowsOf } from './csv';
import { type JsonOptions, ObjectReader, ticketObjects, tooLongRow } from './json-objects';
import { DEFAULT_LIMITS, limit } from './read-limits';

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
