// readTickets: a help-desk export (a path, a stream, or any async iterable of bytes or text)
// as ticket records for audit(), streaming, with the histories of an event log joined in when
// one is given. Formats and encodings: ./source-text.

import { createReadStream } from 'node:fs';
import type { TicketRecord } from '../sla/audit';
import { csvRecords, type CsvOptions } from './csv';
import { joinEvents } from './join-events';
import { jsonArrayRecords } from './json';
import { ndjsonRecords } from './ndjson';
import { type DecodeOptions, decode, formatOf, sniff, type TicketFormat } from './source-text';

export type { TicketFormat };

export interface ReadTicketsOptions extends CsvOptions, DecodeOptions {
  /** Default: from the extension (.csv .tsv .txt, .json, .ndjson .jsonl), else from the first character. */
  format?: TicketFormat | undefined;
  /**
   * An event log to join (a path: CSV, JSON or NDJSON, one row per event: ticket, at, kind,
   * value). Its dates are read with `dateFormat`, in the file's `encoding`. See docs/histories.md.
   */
  events?: string | undefined;
  /** Column -> event field overrides for the event log (ticket, at, kind, value), as `map` for tickets. */
  eventsMap?: Readonly<Record<string, string>> | undefined;
}

/**
 * What readTickets reads from: a path, or chunks (a Node Readable, a web stream, any async
 * iterable). Written structurally so the published types need no @types/node.
 */
export type TicketSource = string | AsyncIterable<Uint8Array | string>;

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
  const records =
    sniffed === 'json'
      ? jsonArrayRecords(all, options)
      : sniffed === 'ndjson'
        ? ndjsonRecords(all, options)
        : csvRecords(all, options);
  if (options.events === undefined) yield* records;
  else {
    const { dateFormat, encoding, maxRowBytes, eventsMap } = options;
    yield* joinEvents(records, options.events, { dateFormat, encoding, maxRowBytes, map: eventsMap });
  }
}
