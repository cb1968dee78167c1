// Cutting a CSV byte stream into shards that worker threads can parse on their own: each shard
// ends where csv-parse ends a record (so a quoted field with line breaks never straddles two
// shards) and carries the file line it starts on. The header, the first record past a BOM and
// any empty lines, is cut off first; the first line end tells what ends the file's records: LF,
// CRLF, or a lone CR in an old Mac export. Records are found in the bytes, so the separator must
// be one ASCII byte (canShard); the encoding must keep ASCII bytes as they are (UTF-8, windows-1252...).

import { parse } from 'csv-parse/sync';
import { TextDecoder } from 'node:util';
import { detectDelimiter } from './csv';

const QUOTE = 0x22;
const NEWLINE = 0x0a;
const RETURN = 0x0d;

/** What ends the file's records: csv-parse takes the first line end it meets outside quotes. */
type LineEnd = '\n' | '\r\n' | '\r';

/** A piece of the file holding whole records, and the file line of its first byte. */
export interface Shard {
  bytes: Uint8Array;
  firstLine: number;
}

/** The header's columns and separator, and the shards of the rest. */
export interface ShardedCsv {
  header: string[];
  delimiter: string;
  shards: AsyncGenerator<Shard>;
}

/**
 * Whether shardCsv can find records under `delimiter`: one ASCII character (the same byte in
 * every encoding it reads) other than a quote or a line end. auditFile reads a file with any
 * other separator on one thread.
 *
 * @example
 * canShard(';'); //=> true
 * canShard('::'); //=> false
 */
export function canShard(delimiter: string): boolean {
  return delimiter.length === 1 && delimiter.charCodeAt(0) < 0x80 && !'"\r\n'.includes(delimiter);
}

/**
 * Splits CSV bytes into shards of about `size` bytes after reading the header. Throws a
 * RangeError for a `delimiter` it cannot find in bytes (see canShard).
 *
 * @example
 * const { header, delimiter, shards } = await shardCsv(createReadStream('tickets.csv'), { size: 1 << 20 });
 */
export async function shardCsv(
  bytes: AsyncIterable<Uint8Array>,
  options: { size: number; delimiter?: string | undefined; encoding?: string | undefined },
): Promise<ShardedCsv> {
  if (options.delimiter !== undefined && !canShard(options.delimiter)) {
    throw new RangeError(`shardCsv cannot cut records separated by ${JSON.stringify(options.delimiter)}: see canShard`);
  }
  const decoder = new TextDecoder(options.encoding ?? 'utf-8');
  const source = bytes[Symbol.asyncIterator]();
  let data: Uint8Array = new Uint8Array(0);
  let eof = false;
  let head = findHead(data, eof, decoder, options.delimiter);
  while (!head) {
    const next = await source.next();
    if (next.done) eof = true;
    else data = concat(data, next.value);
    head = findHead(data, eof, decoder, options.delimiter);
  }
  const { start, end, lineEnd, delimiter } = head;
  const text = decoder.decode(data.subarray(start, end === data.length ? end : end + 1 - lineEnd.length));
  const header = (parse(text, { delimiter, record_delimiter: lineEnd, relax_quotes: true }) as string[][])[0] ?? [];
  const lineByte = lineEnd === '\r' ? RETURN : NEWLINE;

  // Chunks wait in `parts` until a shard's worth has come; each byte is copied once, into the
  // shard, which owns its buffer (it is transferred to a worker, so it must not be a view).
  async function* shards(): AsyncGenerator<Shard> {
    const parts: Uint8Array[] = [];
    const records = new RecordEnds(delimiter.charCodeAt(0), lineEnd);
    let length = 0;
    let last = -1; // offset in `parts` of the last record end
    let line = 2 + count(data.subarray(0, end), lineByte); // past empty lines and a header with quoted line breaks
    const add = (chunk: Uint8Array) => {
      const found = records.last(chunk);
      if (found >= 0) last = length + found;
      parts.push(chunk);
      length += chunk.length;
    };
    const take = (n: number): Shard => {
      const bytes = new Uint8Array(n);
      for (let filled = 0; filled < n; ) {
        const part = parts[0]!;
        const k = Math.min(part.length, n - filled);
        bytes.set(part.subarray(0, k), filled);
        filled += k;
        if (k === part.length) parts.shift();
        else parts[0] = part.subarray(k);
      }
      length -= n;
      const shard = { bytes, firstLine: line };
      line += count(bytes, lineByte);
      return shard;
    };
    add(data.subarray(Math.min(end + 1, data.length)));
    for (;;) {
      if (length >= options.size && last >= 0) {
        yield take(last + 1);
        last = -1; // what is left holds no record end: `last` was the last
        continue;
      }
      const next = await source.next();
      if (next.done) break;
      add(next.value);
    }
    if (length > 0) yield take(length);
  }
  return { header, delimiter, shards: shards() };
}

/** Where the header lies in a file's first bytes, and what it tells about the rest. */
interface Head {
  /** The header's first byte, past a BOM and empty lines. */
  start: number;
  /** The last byte of the header's line end; the data's length when the file ends in the header. */
  end: number;
  lineEnd: LineEnd;
  delimiter: string;
}

/**
 * The header of a file beginning with `data` (`eof`: nothing follows), undefined while more bytes
 * are needed to tell. Like csv-parse, it skips a UTF-8 BOM (when the file is read as UTF-8: the
 * TextDecoder of readTickets drops it then) and the empty lines before the header, the first of
 * which tells what ends records; the separator is guessed from the header's first line, as
 * csvRecords guesses it.
 */
function findHead(data: Uint8Array, eof: boolean, decoder: TextDecoder, given: string | undefined): Head | undefined {
  if (!eof && data.length < 3) return undefined; // a BOM, or a CR before the byte telling CRLF from CR
  const bom = decoder.encoding === 'utf-8' && data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? 3 : 0;
  const empty = lineEndAt(data, bom, eof);
  if (empty === null) return undefined;
  let start = bom;
  while (empty && startsWith(data, start, empty)) start += empty.length;
  const firstBreak = lineBreak(data, start);
  if (firstBreak < 0 && !eof) return undefined;
  const delimiter =
    given ?? detectDelimiter(decoder.decode(data.subarray(start, firstBreak < 0 ? data.length : firstBreak)));
  const rest = data.subarray(start);
  const found = empty ? headerEnd(rest, delimiter, empty, eof) : discoverHeaderEnd(rest, delimiter, eof);
  return found && { start, end: start + found.end, lineEnd: found.lineEnd, delimiter };
}

/** Where the header `data` begins with ends, when its file's records end with `lineEnd`. */
function headerEnd(
  data: Uint8Array,
  delimiter: string,
  lineEnd: LineEnd,
  eof: boolean,
): { end: number; lineEnd: LineEnd } | undefined {
  const end = RecordEnds.first(data, delimiter.charCodeAt(0), lineEnd);
  if (end < 0) return eof ? { end: data.length, lineEnd } : undefined;
  return { end, lineEnd };
}

/**
 * Where the header `data` begins with ends, and so what ends the file's records: the first CR
 * or LF outside quotes, CRLF when a CR is followed by LF. Before that one, no line end is outside
 * quotes, so reading quotes as if lines ended with LF, or with CR, tells the same up to it.
 */
function discoverHeaderEnd(
  data: Uint8Array,
  delimiter: string,
  eof: boolean,
): { end: number; lineEnd: LineEnd } | undefined {
  const lf = RecordEnds.first(data, delimiter.charCodeAt(0), '\n');
  const cr = RecordEnds.first(data, delimiter.charCodeAt(0), '\r');
  if (cr < 0 || (lf >= 0 && lf < cr)) return headerEnd(data, delimiter, '\n', eof);
  if (cr + 1 === data.length && !eof) return undefined;
  return data[cr + 1] === NEWLINE ? { end: cr + 1, lineEnd: '\r\n' } : { end: cr, lineEnd: '\r' };
}

/** The line end at `at`, undefined when there is none, null when the next byte must tell CRLF from CR. */
function lineEndAt(data: Uint8Array, at: number, eof: boolean): LineEnd | undefined | null {
  if (data[at] === NEWLINE) return '\n';
  if (data[at] !== RETURN) return undefined;
  if (at + 1 === data.length) return eof ? '\r' : null;
  return data[at + 1] === NEWLINE ? '\r\n' : '\r';
}

/**
 * Where records end in a CSV read piece by piece, by csv-parse's rules (with relax_quotes): a
 * quote opens a quoted field only as the field's first character, elsewhere it is a character
 * like any other; inside a quoted field `""` is a quote, and any other quote closes the field
 * (followed by something else than a separator or line end, the field goes on unquoted). A
 * field is empty where the byte before ends a field or a record, so the scan need not follow
 * fields: it jumps from quote to line end with indexOf and looks only at the bytes around them.
 */
class RecordEnds {
  readonly #delimiter: number;
  readonly #crlf: boolean;
  /** The line end's last byte: LF, or CR in a file of lone-CR lines. */
  readonly #endByte: number;
  #quoted = false;
  /** Quoted, and the last piece ended with a quote: the next byte tells a `""` from a closing quote. */
  #pending = false;
  /** Out of quotes, a field starts at the next piece's first byte. */
  #fieldStart = true;
  /** The last piece ended with a CR (out of quotes, which is all that is asked). */
  #cr = false;

  constructor(delimiter: number, lineEnd: LineEnd) {
    this.#delimiter = delimiter;
    this.#crlf = lineEnd === '\r\n';
    this.#endByte = lineEnd === '\r' ? RETURN : NEWLINE;
  }

  /** The offset of the first record end in `data`, which starts a record; -1 when there is none. */
  static first(data: Uint8Array, delimiter: number, lineEnd: LineEnd): number {
    return new RecordEnds(delimiter, lineEnd).#scan(data, true);
  }

  /** The offset of the last record end in `data`, read on from the pieces before; -1 when there is none. */
  last(data: Uint8Array): number {
    return this.#scan(data, false);
  }

  /**
   * The last record end in `data`, or with `first` the first one (the state is then left where
   * that end was found: a scanner for the first end reads a single piece).
   */
  #scan(data: Uint8Array, first: boolean): number {
    const endByte = this.#endByte;
    let found = -1;
    let quoteAt = data.indexOf(QUOTE);
    let endAt = data.indexOf(endByte);
    if (this.#pending && data.length > 0) {
      this.#pending = false;
      if (quoteAt === 0)
        quoteAt = data.indexOf(QUOTE, 1); // `""` across the pieces
      else this.#quoted = false;
    }
    for (;;) {
      if (this.#quoted) {
        if (quoteAt < 0) break;
        if (quoteAt + 1 === data.length) {
          this.#pending = true;
          break;
        }
        if (data[quoteAt + 1] !== QUOTE) {
          this.#quoted = false;
          if (endAt >= 0 && endAt < quoteAt) endAt = data.indexOf(endByte, quoteAt + 1); // past the line ends in quotes
        }
        quoteAt = data.indexOf(QUOTE, quoteAt + 2); // past the closing quote's next byte, or the `""`
      } else if (endAt >= 0 && (quoteAt < 0 || endAt < quoteAt)) {
        if (this.#endsRecord(data, endAt)) {
          found = endAt;
          if (first) return found;
        }
        endAt = data.indexOf(endByte, endAt + 1);
      } else if (quoteAt >= 0) {
        this.#quoted = this.#fieldStartsAt(data, quoteAt);
        quoteAt = data.indexOf(QUOTE, quoteAt + 1);
      } else break;
    }
    if (data.length > 0) {
      this.#fieldStart = this.#fieldStartsAt(data, data.length);
      this.#cr = data[data.length - 1] === RETURN;
    }
    return found;
  }

  /** Whether the line-end byte at `at`, out of quotes, ends a record: in a CRLF file, only after a CR. */
  #endsRecord(data: Uint8Array, at: number): boolean {
    if (data[at] !== this.#endByte) return false;
    if (!this.#crlf) return true;
    return at > 0 ? data[at - 1] === RETURN : this.#cr;
  }

  /** Whether a field starts at `at`, out of quotes: the byte before ends a field or a record. */
  #fieldStartsAt(data: Uint8Array, at: number): boolean {
    if (at === 0) return this.#fieldStart;
    return data[at - 1] === this.#delimiter || this.#endsRecord(data, at - 1);
  }
}

/** The first CR or LF at or after `from`; -1 when there is none. */
function lineBreak(data: Uint8Array, from: number): number {
  const lf = data.indexOf(NEWLINE, from);
  const cr = data.indexOf(RETURN, from);
  return cr < 0 || (lf >= 0 && lf < cr) ? lf : cr;
}

function startsWith(data: Uint8Array, at: number, text: string): boolean {
  for (let i = 0; i < text.length; i++) if (data[at + i] !== text.charCodeAt(i)) return false;
  return true;
}

function count(data: Uint8Array, byte: number): number {
  let n = 0;
  for (let i = data.indexOf(byte); i >= 0; i = data.indexOf(byte, i + 1)) n++;
  return n;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
