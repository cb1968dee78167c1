// CSV exports as ticket records, with csv-parse's public stream Parser as the one grammar:
// quoting (fields with separators, quotes and line breaks), and records ended by any line end
// (CRLF, LF or a lone CR, mixed in one file, as Python's csv reads them). The separator is `,`
// or the `;` Spanish Excel writes (detected from the header line unless given). A row csv-parse
// cannot read, or with the wrong number of fields, becomes an error record for its line rather
// than stopping the file; a header or a row longer than its limit is refused (see ReadLimits).

import { type CsvError, type Options, Parser } from 'csv-parse';
import { HabilError, show } from '../errors';
import type { TicketRecord } from '../sla/audit';
import { assignColumns, REQUIRED_FIELDS } from './columns';
import { type CellOptions, RowReader } from './rows';

/** How much one header or row may hold: more is refused, so no file makes a reader grow without bound. */
export interface ReadLimits {
  /** Bytes (UTF-8) in the CSV header line. Default 65,536: a longer one throws a HabilError. */
  maxHeaderBytes?: number | undefined;
  /**
   * Bytes (UTF-8) in one row: a CSV record, an NDJSON line, a JSON array element. Default 1 MiB:
   * a longer CSV record is an error row, and since its end cannot be found the file's reading
   * stops there; a longer JSON element or NDJSON line is an error row, and reading goes on.
   */
  maxRowBytes?: number | undefined;
}

export const DEFAULT_LIMITS = { maxHeaderBytes: 1 << 16, maxRowBytes: 1 << 20 } as const;

export interface CsvOptions extends CellOptions, ReadLimits {
  /** The field separator; default: whichever of `,` `;` tab and `|` the header line uses most. */
  delimiter?: string | undefined;
  /** Column -> ticket field overrides (see assignColumns). */
  map?: Readonly<Record<string, string>> | undefined;
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
 * Ticket records of a CSV text stream, in file order. The header (first non-empty line) names
 * the columns; a header missing a required column throws a HabilError before any row.
 *
 * @example
 * for await (const record of csvRecords(textChunks, { delimiter: ';', dateFormat: 'dd/MM/yyyy HH:mm' })) audit.add(record);
 */
export async function* csvRecords(text: AsyncIterable<string>, options: CsvOptions = {}): AsyncGenerator<TicketRecord> {
  const maxHeader = limit(options.maxHeaderBytes, 'maxHeaderBytes', DEFAULT_LIMITS.maxHeaderBytes);
  // Records wait here between chunks: a chunk's are read at once, then handed out one by one.
  const ready: TicketRecord[] = [];
  // Chunks are gathered until the header line has ended: it tells the separator.
  let head = '';
  let reader: CsvReader | undefined;
  const start = () => {
    const line = headerLine(head);
    if (Buffer.byteLength(line) > maxHeader) throw tooLong('the header line', maxHeader, 'maxHeaderBytes');
    const delimiter = options.delimiter ?? detectDelimiter(line);
    return new CsvReader(delimiter, options, (record) => void ready.push(record));
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

/**
 * csv-parse's stream Parser, each record taken as the parser pushes it, while its public
 * `info` still counts up to that record: the line numbers cost nothing, where the `info` and
 * `on_record` options copy a context object per record (they doubled csv-parse's time).
 * Written to synchronously, it pushes synchronously; nothing is left on its readable side.
 */
class RecordParser extends Parser {
  readonly #onRecord: (cells: string[]) => void;

  constructor(options: Options, onRecord: (cells: string[]) => void) {
    super(options);
    this.#onRecord = onRecord;
    this.on('error', () => {}); // read synchronously from `errored` instead
  }

  override push(chunk: unknown, encoding?: BufferEncoding): boolean {
    if (chunk === null) return super.push(null, encoding);
    this.#onRecord(chunk as string[]);
    return true;
  }
}

/**
 * Turns csv-parse's records, and the records it skips, into ticket records with their file
 * lines: the first record is the header, a row of the wrong width or one csv-parse skips (a
 * quote never closed) becomes an error record.
 *
 * Lines come from csv-parse's running counts: a record begins on the line after the previous
 * record's last one, past the empty lines skipped in between. Inside a field csv-parse counts
 * every CR and every LF as a line, so a quoted "\r\n" counts two; when a record spans lines,
 * the line ends its cells really hold correct the count for the records after it.
 */
class CsvReader {
  readonly #parser: RecordParser;
  readonly #onRecord: (record: TicketRecord) => void;
  readonly #options: CsvOptions;
  readonly #delimiter: string;
  readonly #maxRow: number;
  #rows: RowReader | undefined;
  #width = 0;
  /** csv-parse's line and empty-line counts at the last record's end. */
  #end = 0;
  #empty = 0;
  /** Lines csv-parse has counted that the file does not have. */
  #overcount = 0;
  /** A row over the limit was met: the rest of the file cannot be read. */
  #stopped = false;

  constructor(delimiter: string, options: CsvOptions, onRecord: (record: TicketRecord) => void) {
    this.#delimiter = delimiter;
    this.#options = options;
    this.#onRecord = onRecord;
    this.#maxRow = limit(options.maxRowBytes, 'maxRowBytes', DEFAULT_LIMITS.maxRowBytes);
    if (delimiter === '' || /[\r\n"]/.test(delimiter)) {
      throw new HabilError('INVALID_INPUT', [
        { path: 'delimiter', message: `${show(delimiter)} cannot separate fields: expected e.g. ',' or ';'` },
      ]);
    }
    this.#parser = new RecordParser(
      {
        delimiter,
        bom: true,
        record_delimiter: ['\r\n', '\n', '\r'],
        relax_quotes: true,
        relax_column_count: true,
        skip_empty_lines: true,
        skip_records_with_error: true,
        max_record_size: this.#maxRow,
        // A skipped record starts after the last good one and the empty lines since.
        on_skip: (error) => void (error && this.#onRecord(skippedRecord(error, this.#fileLine(this.#start())))),
      },
      (cells) => this.#record(cells),
    );
  }

  /** Reads the next piece of text, handing out the records it completes. */
  read(text: string): this {
    if (!this.#stopped) this.#parser.write(text);
    this.#check();
    return this;
  }

  /** Reads what is left once the text has ended. */
  end(): void {
    if (!this.#stopped) this.#parser.end();
    this.#check();
  }

  #check(): void {
    const error = this.#parser.errored as CsvError | null;
    if (!error || this.#stopped) return;
    this.#stopped = true;
    if (error.code !== 'CSV_MAX_RECORD_SIZE') throw error;
    const message = `this row is longer than ${this.#maxRow} bytes (maxRowBytes): the rest of the file is not read`;
    this.#onRecord({
      line: this.#fileLine(this.#start()),
      error: new HabilError('INVALID_INPUT', [{ path: '', message }]),
    });
  }

  #record(cells: string[]): void {
    const start = this.#start();
    const line = this.#fileLine(start);
    const { lines, empty_lines } = this.#parser.info;
    if (lines > start) this.#overcount += lines - start - lineEnds(cells);
    this.#end = lines;
    this.#empty = empty_lines;
    if (!this.#rows) {
      this.#rows = rowReader(cells, this.#options);
      this.#width = cells.length;
    } else if (cells.length !== this.#width) this.#onRecord(widthError(cells, this.#width, line, this.#delimiter));
    else this.#onRecord(this.#rows.read(cells, line));
  }

  /** csv-parse's line where the record ending now began: after the last record's end and the empty lines since. */
  #start(): number {
    return this.#end + 1 + this.#parser.info.empty_lines - this.#empty;
  }

  #fileLine(parserLine: number): number {
    return parserLine - this.#overcount;
  }
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

/**
 * A limit from the options: a whole number of bytes, at least 1, or the default.
 *
 * @example
 * limit(undefined, 'maxRowBytes', 1024); //=> 1024
 */
export function limit(value: number | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new HabilError('INVALID_INPUT', [
      { path: name, message: `${show(value)}: expected a whole number of bytes, at least 1` },
    ]);
  }
  return value;
}

/**
 * The error of a header or row over its limit.
 *
 * @example
 * tooLong('the header line', 65536, 'maxHeaderBytes').message;
 */
export function tooLong(what: string, max: number, option: string): HabilError {
  return new HabilError('INVALID_INPUT', [
    { path: option, message: `${what} is longer than ${max} bytes (${option})` },
  ]);
}

/** Text holding the whole header line: empty lines (and a BOM) before it, then its line break. */
const HEADER_ENDED = /^\uFEFF?[\r\n]*[^\r\n]+[\r\n]/;

/** The header line: the first non-empty one, as csv-parse (skip_empty_lines) takes it. */
function headerLine(text: string): string {
  return /^\uFEFF?[\r\n]*([^\r\n]*)/.exec(text)![1]!;
}

/** How many line ends (CRLF, LF or a lone CR, each one) the cells hold. */
function lineEnds(cells: readonly string[]): number {
  let n = 0;
  for (const cell of cells) if (cell.length > 0) n += cell.match(LINE_END)?.length ?? 0;
  return n;
}

const LINE_END = /\r\n|\r|\n/g;

function widthError(cells: readonly string[], width: number, line: number, delimiter: string): TicketRecord {
  const fix = cells.length > width ? `: a value holding '${delimiter}' must be quoted` : '';
  return {
    line,
    value: cells.join(delimiter),
    error: new HabilError('INVALID_INPUT', [
      { path: '', message: `row has ${cells.length} fields where the header has ${width}${fix}` },
    ]),
  };
}

function skippedRecord(error: CsvError, line: number): TicketRecord {
  const message =
    error.code === 'CSV_QUOTE_NOT_CLOSED'
      ? 'a quote opened on this row is never closed: the rest of the file could not be read'
      : `${show(error.message)} (${error.code})`;
  return { line, error: new HabilError('INVALID_INPUT', [{ path: '', message }]) };
}
