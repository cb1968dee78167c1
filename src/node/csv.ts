// CSV exports as ticket records: csv-parse handles quoting (fields with separators, quotes and
// line breaks), the separator is `,` or the `;` Spanish Excel writes (detected from the header
// line unless given), and a row csv-parse cannot read, or with the wrong number of fields,
// becomes an error record for its line rather than stopping the file. One CsvReader does this
// for both ways in: a stream of text chunks (csvRecords, flat memory at any size) and a whole
// shard of a file at once (readCsvShard, synchronous, for auditFile's worker threads).

import { Parser, type CsvError, type Info, type Options } from 'csv-parse';
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
 * columns; a header missing a required column throws a HabilError before any row.
 *
 * @example
 * for await (const record of csvRecords(textChunks, { delimiter: ';', dateFormat: 'dd/MM/yyyy HH:mm' })) audit.add(record);
 */
export async function* csvRecords(text: AsyncIterable<string>, options: CsvOptions = {}): AsyncGenerator<TicketRecord> {
  // Records wait here between chunks: a chunk's are read at once, then handed out one by one.
  const ready: TicketRecord[] = [];
  // Chunks are gathered until the header line has ended: it tells the separator.
  let head = '';
  let reader: CsvReader | undefined;
  const start = () =>
    new CsvReader(options.delimiter ?? detectDelimiter(firstLine(head)), options, (record) => void ready.push(record));
  for await (const chunk of text) {
    if (reader) reader.read(chunk, false);
    else {
      head += chunk;
      if (!HEADER_ENDED.test(head)) continue;
      reader = start();
      reader.read(head, false);
    }
    for (const record of ready) yield record;
    ready.length = 0;
  }
  if (reader) reader.read(undefined, true);
  else start().read(head, true);
  for (const record of ready) yield record;
}

/**
 * Reads a shard of a file (whole records, no header line) at once, handing each record to
 * `onRecord` as soon as it is read.
 *
 * @example
 * readCsvShard(text, { header, delimiter: ';', firstLine: 5001 }, {}, (record) => accumulator.add(auditor.row(record, 0)));
 */
export function readCsvShard(
  text: string,
  shard: CsvShard,
  options: CsvOptions,
  onRecord: (record: TicketRecord) => void,
): void {
  new CsvReader(shard.delimiter, options, onRecord, shard).read(text, true);
}

/**
 * csv-parse's push parser, which its stream Parser wraps as `api` (left out of its types): fed
 * bytes synchronously, it pushes each record as it completes, while `info` still counts up to
 * that record. Reading `info` there costs nothing, where `on_record` would copy it (and more)
 * into a fresh context object for every record, which made csv-parse 40 to 70 % slower on the
 * benchmark's rows.
 */
interface PushParser {
  readonly info: Info;
  readonly options: { readonly record_delimiter: readonly Buffer[] };
  parse(bytes: Buffer | undefined, end: boolean, push: (cells: string[]) => void, close: () => void): Error | undefined;
}

/**
 * Turns csv-parse's records, and the records it skips, into ticket records with their file
 * lines: the first record is the header unless a shard gives it, a row of the wrong width or
 * one csv-parse skips (a quote never closed) becomes an error record.
 *
 * Lines come from csv-parse's running counts: a record begins on the line after the previous
 * record's last one, past the empty lines skipped in between. Inside a field csv-parse counts
 * every CR and every LF as a line, so a quoted "\r\n" counts two; when a record spans lines,
 * the line ends its cells really hold (see #lineEnd) correct the count for the records after it.
 */
class CsvReader {
  readonly #parser: PushParser;
  readonly #push = (cells: string[]): void => this.#record(cells);
  readonly #onRecord: (record: TicketRecord) => void;
  readonly #options: CsvOptions;
  readonly #delimiter: string;
  #rows: RowReader | undefined;
  #width: number;
  /** The file line before the text's first, for a shard. */
  readonly #offset: number;
  /** csv-parse's line and empty-line counts at the last record's end. */
  #end = 0;
  #empty = 0;
  /** Lines csv-parse has counted that the file does not have. */
  #overcount = 0;

  constructor(delimiter: string, options: CsvOptions, onRecord: (record: TicketRecord) => void, shard?: CsvShard) {
    this.#delimiter = delimiter;
    this.#options = options;
    this.#onRecord = onRecord;
    this.#rows = shard ? rowReader(shard.header, options) : undefined;
    this.#width = shard?.header.length ?? 0;
    this.#offset = (shard?.firstLine ?? 1) - 1;
    this.#parser = pushParser({
      delimiter,
      bom: true,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      // A skipped record starts after the last good one and the empty lines since.
      on_skip: (error) => void (error && this.#onRecord(skippedRecord(error, this.#fileLine(this.#start())))),
    });
  }

  /** Reads the next piece of text (`last`: nothing follows), handing out the records it completes. */
  read(text: string | undefined, last: boolean): void {
    const error = this.#parser.parse(text === undefined ? undefined : Buffer.from(text), last, this.#push, () => {});
    if (error) throw error;
  }

  #record(cells: string[]): void {
    const start = this.#start();
    const line = this.#fileLine(start);
    const { lines, empty_lines } = this.#parser.info;
    if (lines > start) this.#overcount += lines - start - lineEnds(cells, this.#lineEnd());
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
    return this.#offset + parserLine - this.#overcount;
  }

  /** What ends the file's lines: LF (alone or in CRLF), or CR for a file whose records end with a lone CR. */
  #lineEnd(): string {
    const [recordEnd] = this.#parser.options.record_delimiter;
    return recordEnd?.length === 1 && recordEnd[0] === 0x0d ? '\r' : '\n';
  }
}

function pushParser(options: Options): PushParser {
  const api = (new Parser(options) as unknown as { api?: PushParser }).api;
  if (typeof api?.parse !== 'function')
    throw new Error('csv-parse no longer has Parser#api: src/node/csv.ts must be adapted');
  return api;
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

/** Text holding the whole header line: empty lines (and a BOM) before it, then its line break. */
const HEADER_ENDED = /^\uFEFF?[\r\n]*[^\r\n]+[\r\n]/;

/** The header line: the first non-empty one, as csv-parse (skip_empty_lines) takes it. */
function firstLine(text: string): string {
  return /^\uFEFF?[\r\n]*([^\r\n]*)/.exec(text)![1]!;
}

/** How many times `end` occurs in the cells. */
function lineEnds(cells: readonly string[], end: string): number {
  let n = 0;
  for (const cell of cells) for (let i = cell.indexOf(end); i >= 0; i = cell.indexOf(end, i + 1)) n++;
  return n;
}

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
