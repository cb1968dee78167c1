// readTickets: a help-desk export (a path, a stream, or any async iterable of bytes or text)
// as ticket records for audit(), streaming. The format comes from the file extension, or from
// the first character (`[` JSON array, `{` NDJSON, anything else CSV); bytes are decoded as
// UTF-8 unless told otherwise (Spanish Excel on Windows may write 'windows-1252').

import { createReadStream } from 'node:fs';
import { TextDecoder } from 'node:util';
import { extname } from 'node:path';
import { HabilError, show } from '../errors';
import type { TicketRecord } from '../sla/audit';
import { csvRecords, type CsvOptions } from './csv';
import { jsonArrayRecords, ndjsonRecords } from './json';

export type TicketFormat = 'csv' | 'json' | 'ndjson';

export interface ReadTicketsOptions extends CsvOptions {
  /** Default: from the extension (.csv .tsv .txt, .json, .ndjson .jsonl), else from the first character. */
  format?: TicketFormat | undefined;
  /** A text encoding TextDecoder knows: 'utf-8' (default), 'windows-1252', 'latin1'... */
  encoding?: string | undefined;
  /** Called after each chunk with the bytes read so far (a progress bar's feed). */
  onProgress?: ((bytes: number) => void) | undefined;
}

/**
 * What readTickets reads from: a path, or chunks (a Node Readable, a web stream, any async
 * iterable). Written structurally so the published types need no @types/node.
 */
export type TicketSource = string | AsyncIterable<Uint8Array | string>;

const EXTENSIONS: Record<string, TicketFormat> = {
  '.csv': 'csv',
  '.tsv': 'csv',
  '.txt': 'csv',
  '.json': 'json',
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
};

/**
 * Reads tickets from a CSV, JSON-array or NDJSON export, one record at a time: `{ line, ticket }`,
 * or `{ line, error }` for a row that cannot be read (naming its column, value and reason).
 * Columns are matched by name (Spanish help-desk names built in; `map` overrides), dates are
 * ISO 8601 or read with `dateFormat`, and pause cells may hold several pauses separated by `|`.
 * A file that cannot be read at all (missing required columns, not a JSON array, a bad `map`)
 * throws a HabilError with code 'INVALID_INPUT'.
 *
 * @example
 * import { audit, policies } from 'habil';
 * import { readTickets } from 'habil/node';
 * const tickets = readTickets('examples/data/icg-tickets.csv', { map: { 'N° caso': 'id' } });
 * const report = await audit(policies.icg, tickets, { now: '2024-12-31T23:59:59-05:00' });
 */
export async function* readTickets(
  source: TicketSource,
  options: ReadTicketsOptions = {},
): AsyncGenerator<TicketRecord> {
  const text = decode(typeof source === 'string' ? createReadStream(source) : source, options);
  const format = options.format ?? (typeof source === 'string' ? formatOf(source) : undefined);
  const { format: sniffed, text: all } = format ? { format, text } : await sniff(text);
  if (sniffed === 'json') yield* jsonArrayRecords(all, options);
  else if (sniffed === 'ndjson') yield* ndjsonRecords(all, options);
  else yield* csvRecords(all, options);
}

/**
 * The format a file's extension names, if it names one.
 *
 * @example
 * formatOf('export.JSONL'); //=> 'ndjson'
 */
export function formatOf(path: string): TicketFormat | undefined {
  return EXTENSIONS[extname(path).toLowerCase()];
}

async function* decode(bytes: AsyncIterable<Uint8Array | string>, options: ReadTicketsOptions): AsyncGenerator<string> {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(options.encoding ?? 'utf-8');
  } catch {
    throw new HabilError('INVALID_INPUT', [
      {
        path: 'encoding',
        message: `${show(options.encoding)} is not a text encoding: expected e.g. 'utf-8' or 'windows-1252'`,
      },
    ]);
  }
  let read = 0;
  for await (const chunk of bytes) {
    read += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.byteLength;
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    options.onProgress?.(read);
    if (text !== '') yield text;
  }
  const tail = decoder.decode();
  if (tail !== '') yield tail;
}

/** The format of a stream with no extension to go by, from its first non-blank character. */
async function sniff(text: AsyncIterable<string>): Promise<{ format: TicketFormat; text: AsyncIterable<string> }> {
  const source = text[Symbol.asyncIterator]();
  const seen: string[] = [];
  let first: string | undefined;
  while (first === undefined) {
    const next = await source.next();
    if (next.done) break;
    seen.push(next.value);
    first = /\S/.exec(next.value.replace(/^\ufeff/, ''))?.[0];
  }
  const rest = async function* () {
    yield* seen;
    for (let next = await source.next(); !next.done; next = await source.next()) yield next.value;
  };
  return { format: first === '[' ? 'json' : first === '{' ? 'ndjson' : 'csv', text: rest() };
}
