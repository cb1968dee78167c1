// CSV exports as ticket records, with csv-parse's public stream Parser as the one grammar:
// quoting (fields with separators, quotes and line breaks), and records ended by any line end
// (CRLF, LF or a lone CR, mixed in one file, as Python's csv reads them). The separator is `,`
// or the `;` Spanish Excel writes (detected from the header line unless given). A row csv-parse
// cannot read, or with the wrong number of fields, becomes an error record for its line rather
// than stopping the file; a header or a row longer than its limit is refused (see ReadLimits).

import type { HabilError } from '../errors';
import type { TicketRecord } from '../sla/audit';
import { detectDelimiter, HEADER_ENDED, headerLine, rowReader } from './csv-header';
import { CsvReader } from './csv-reader';
import { DEFAULT_LIMITS, limit, type ReadLimits, tooLong } from './read-limits';
import type { CellOptions } from './rows';

export interface CsvOptions extends CellOptions, ReadLimits {
  /** The field separator; default: whichever of `,` `;` tab and `|` the header line uses most. */
  delimiter?: string | undefined;
  /** Column -> ticket field overrides (see assignColumns). */
  map?: Readonly<Record<string, string>> | undefined;
}

/** A row that could not be read at all (a quote never closed, the wrong width, too long). */
export interface RowError {
  line: number;
  value?: unknown;
  error: HabilError;
}

/** What reads the rows under a header: a file of tickets, or an event log. */
export type RowsOf<R> = (
  header: readonly string[],
  options: CsvOptions,
) => { read(cells: readonly unknown[], line: number): R };

/**
 * Ticket records of a CSV text stream, in file order. The header (first non-empty line) names
 * the columns; a header missing a required column throws a HabilError before any row.
 *
 * @example
 * for await (const record of csvRecords(textChunks, { delimiter: ';', dateFormat: 'dd/MM/yyyy HH:mm' })) audit.add(record);
 */
export function csvRecords(text: AsyncIterable<string>, options: CsvOptions = {}): AsyncGenerator<TicketRecord> {
  return csvRows(text, options, rowReader);
}

/**
 * Records of a CSV text stream, in file order, each row read by what `rows` makes of the header.
 *
 * @example
 * for await (const record of csvRows(textChunks, {}, eventRowReader)) console.log(record.line);
 */
export async function* csvRows<R>(
  text: AsyncIterable<string>,
  options: CsvOptions,
  rows: RowsOf<R>,
): AsyncGenerator<R | RowError> {
  const maxHeader = limit(options.maxHeaderBytes, 'maxHeaderBytes', DEFAULT_LIMITS.maxHeaderBytes);
  // Records wait here between chunks: a chunk's are read at once, then handed out one by one.
  const ready: (R | RowError)[] = [];
  // Chunks are gathered until the header line has ended: it tells the separator.
  let head = '';
  let reader: CsvReader<R> | undefined;
  const start = () => {
    const line = headerLine(head);
    if (Buffer.byteLength(line) > maxHeader) throw tooLong('the header line', maxHeader, 'maxHeaderBytes');
    const delimiter = options.delimiter ?? detectDelimiter(line);
    return new CsvReader(delimiter, options, rows, (record) => void ready.push(record));
  };
  for await (const chunk of text) {
    if (reader) reader.read(chunk);
    else {
      head += chunk;
      // Only a chunk with a line end can end the header; a header over the limit fails early.
      if (!/[\r\n]/.test(chunk) && head.length <= maxHeader) continue;
      if (!HEADER_ENDED.test(head) && head.length <= maxHeader) continue;
      reader = start();
      reader.read(head);
    }
    yield* ready;
    ready.length = 0;
  }
  (reader ?? start().read(head)).end();
  yield* ready;
}
