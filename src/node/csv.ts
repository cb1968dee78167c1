// CSV exports as ticket records, streaming: csv-parse handles quoting (fields with separators,
// quotes and line breaks), the separator is `,` or the `;` Spanish Excel writes (detected from
// the header line unless given), and a row csv-parse cannot read, or with the wrong number of
// fields, becomes an error record for its line rather than stopping the file.

import { Readable, pipeline } from 'node:stream';
import { parse, type CsvError } from 'csv-parse';
import { HabilError, show } from '../errors';
import type { TicketRecord } from '../sla/audit';
import { assignColumns, REQUIRED_FIELDS } from './columns';
import { RowReader, type CellOptions } from './rows';

export interface CsvOptions extends CellOptions {
  /** The field separator; default: whichever of `,` `;` tab and `|` the header line uses most. */
  delimiter?: string | undefined;
  /** Column -> ticket field overrides (see assignColumns). */
  map?: Readonly<Record<string, string>> | undefined;
}

/** The header's fields, when a shard of a file is read without its first line. */
export interface CsvShard {
  header: readonly string[];
  delimiter: string;
  /** The file line of the shard's first line. */
  firstLine: number;
}

const CANDIDATES = [',', ';', '\t', '|'];

/**
 * The separator a header line uses most, outside quotes; `,` when it uses none.
 *
 * @example
 * detectDelimiter('caso;prioridad;fecha_creacion'); //=> ';'
 */
export function detectDelimiter(headerLine: string): string {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const c of headerLine) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && CANDIDATES.includes(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best = ',';
  for (const c of CANDIDATES) if ((counts.get(c) ?? 0) > (counts.get(best) ?? 0)) best = c;
  return best;
}

/**
 * Ticket records of a CSV text stream, in file order. The header (first line) names the
 * columns; a header missing a required column throws a HabilError before any row. With `shard`,
 * the text holds only data rows and the header comes from the shard.
 *
 * @example
 * for await (const record of csvRecords(textChunks, { delimiter: ';', dateFormat: 'dd/MM/yyyy HH:mm' })) audit.add(record);
 */
export async function* csvRecords(text: AsyncIterable<string>, options: CsvOptions = {}, shard?: CsvShard): AsyncGenerator<TicketRecord> {
  const source = text[Symbol.asyncIterator]();
  let first = await source.next();
  const delimiter = shard?.delimiter ?? options.delimiter ?? detectDelimiter(first.done ? '' : firstLine(first.value));
  const chunks = async function* () {
    for (; !first.done; first = await source.next()) yield first.value;
  };
  // Each record's last line, and each skipped record's error, in file order: the parser fills
  // this as it goes and the loop below takes from it, so error records keep their place.
  const events: ({ end: number; empty: number } | { skipped: CsvError })[] = [];
  const parser: AsyncIterable<string[]> = pipeline(
    Readable.from(chunks()),
    parse({
      delimiter,
      bom: true,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (error) => void (error && events.push({ skipped: error })),
      on_record: (cells, context) => {
        events.push({ end: context.lines, empty: context.empty_lines });
        return cells;
      },
    }),
    () => {},
  );

  const lineOffset = (shard?.firstLine ?? 1) - 1;
  let reader = shard ? rowReader(shard.header, options) : undefined;
  let width = shard?.header.length ?? 0;
  // A skipped record starts after the last good one and the empty lines since.
  let last = { end: 0, empty: 0 };
  const skippedBefore = function* (): Generator<TicketRecord> {
    for (let event = events[0]; event && 'skipped' in event; event = events[0]) {
      events.shift();
      const emptyLines = Number(event.skipped.empty_lines ?? last.empty) - last.empty;
      yield skippedRecord(event.skipped, lineOffset + last.end + emptyLines + 1);
    }
  };
  for await (const cells of parser) {
    yield* skippedBefore();
    last = events.shift() as { end: number; empty: number };
    const line = lineOffset + last.end - newlines(cells);
    if (!reader) {
      reader = rowReader(cells, options);
      width = cells.length;
      continue;
    }
    if (cells.length !== width) yield widthError(cells, width, line, delimiter);
    else yield reader.read(cells, line);
  }
  yield* skippedBefore();
}

/**
 * The reader of rows under a header; throws a HabilError when the header lacks a required column.
 *
 * @example
 * rowReader(['caso', 'prioridad', 'fecha_creacion'], {}).read(['1', 'Alta', '2024-03-04 09:00'], 2);
 */
export function rowReader(header: readonly string[], options: CsvOptions): RowReader {
  const assignment = assignColumns(header, options.map);
  const missing = REQUIRED_FIELDS.filter((field) => !assignment.has(field));
  if (missing.length > 0) {
    throw new HabilError(
      'INVALID_INPUT',
      missing.map((field) => ({
        path: field,
        message: `no column holds the ticket's ${field}: name it with map (--map 'your column=${field}'); columns: ${header.join(', ')}`,
      })),
    );
  }
  return new RowReader(assignment, options);
}

function firstLine(text: string): string {
  const end = text.indexOf('\n');
  return end < 0 ? text : text.slice(0, end);
}

function newlines(cells: readonly string[]): number {
  let n = 0;
  for (const cell of cells) for (let i = cell.indexOf('\n'); i >= 0; i = cell.indexOf('\n', i + 1)) n++;
  return n;
}

function widthError(cells: readonly string[], width: number, line: number, delimiter: string): TicketRecord {
  const fix = cells.length > width ? `: a value holding '${delimiter}' must be quoted` : '';
  return {
    line,
    value: cells.join(delimiter),
    error: new HabilError('INVALID_INPUT', [{ path: '', message: `row has ${cells.length} fields where the header has ${width}${fix}` }]),
  };
}

function skippedRecord(error: CsvError, line: number): TicketRecord {
  const message =
    error.code === 'CSV_QUOTE_NOT_CLOSED'
      ? 'a quote opened on this row is never closed: the rest of the file could not be read'
      : `${show(error.message)} (${error.code})`;
  return { line, error: new HabilError('INVALID_INPUT', [{ path: '', message }]) };
}
