// csv-parse's stream Parser turned into ticket records with their file lines: the first record
// is the header, a row of the wrong width or one csv-parse skips (a quote never closed) becomes
// an error record, a row over maxRowBytes stops the file with an error record.

import { type CsvError, type Options, Parser } from 'csv-parse';
import { InputError, issueAt, problemAt, show } from '../errors';
import type { CsvOptions, RowError, RowsOf } from './csv';
import { DEFAULT_LIMITS, limit } from './read-limits';

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
export class CsvReader<R> {
  readonly #parser: RecordParser;
  readonly #onRecord: (record: R | RowError) => void;
  readonly #rowsOf: RowsOf<R>;
  readonly #options: CsvOptions;
  readonly #delimiter: string;
  readonly #maxRow: number;
  #rows: ReturnType<RowsOf<R>> | undefined;
  #width = 0;
  /** csv-parse's line and empty-line counts at the last record's end. */
  #end = 0;
  #empty = 0;
  /** Lines csv-parse has counted that the file does not have. */
  #overcount = 0;
  /** A row over the limit was met: the rest of the file cannot be read. */
  #stopped = false;

  constructor(delimiter: string, options: CsvOptions, rows: RowsOf<R>, onRecord: (record: R | RowError) => void) {
    this.#rowsOf = rows;
    this.#delimiter = delimiter;
    this.#options = options;
    this.#onRecord = onRecord;
    this.#maxRow = limit(options.maxRowBytes, 'maxRowBytes', DEFAULT_LIMITS.maxRowBytes);
    if (delimiter === '' || /[\r\n"]/.test(delimiter)) {
      throw new InputError([issueAt('delimiter', delimiter, "cannot separate fields: expected e.g. ',' or ';'")]);
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
      error: new InputError([problemAt('', message)]),
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
      this.#rows = this.#rowsOf(cells, this.#options);
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

/** How many line ends (CRLF, LF or a lone CR, each one) the cells hold. */
function lineEnds(cells: readonly string[]): number {
  let n = 0;
  for (const cell of cells) if (cell.length > 0) n += cell.match(LINE_END)?.length ?? 0;
  return n;
}

const LINE_END = /\r\n|\r|\n/g;

function widthError(cells: readonly string[], width: number, line: number, delimiter: string): RowError {
  const fix = cells.length > width ? `: a value holding '${delimiter}' must be quoted` : '';
  return {
    line,
    value: cells.join(delimiter),
    error: new InputError([problemAt('', `row has ${cells.length} fields where the header has ${width}${fix}`)]),
  };
}

function skippedRecord(error: CsvError, line: number): RowError {
  const message =
    error.code === 'CSV_QUOTE_NOT_CLOSED'
      ? 'a quote opened on this row is never closed: the rest of the file could not be read'
      : `${show(error.message)} (${error.code})`;
  return { line, error: new InputError([problemAt('', message)]) };
}
