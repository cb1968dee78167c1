// Cutting a CSV byte stream into shards that worker threads can parse on their own: each shard
// ends at a line break outside quotes (so a quoted field with line breaks never straddles two
// shards) and carries the file line it starts on. The header line is cut off first; it also
// tells what ends lines: LF (alone or in CRLF), or a lone CR in an old Mac export.

import { parse } from 'csv-parse/sync';
import { TextDecoder } from 'node:util';
import { detectDelimiter } from './csv';

const QUOTE = 0x22;
const NEWLINE = 0x0a;
const RETURN = 0x0d;

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
 * Splits CSV bytes into shards of about `size` bytes after reading the header line.
 *
 * @example
 * const { header, delimiter, shards } = await shardCsv(createReadStream('tickets.csv'), { size: 1 << 20 });
 */
export async function shardCsv(
  bytes: AsyncIterable<Uint8Array>,
  options: { size: number; delimiter?: string | undefined; encoding?: string | undefined },
): Promise<ShardedCsv> {
  const source = bytes[Symbol.asyncIterator]();
  let data: Uint8Array = new Uint8Array(0);
  let found = { cut: -1, lineEnd: NEWLINE };
  while (found.cut < 0) {
    const next = await source.next();
    if (next.done) {
      found.cut = data.length;
      break;
    }
    data = concat(data, next.value);
    found = headerEnd(data);
  }
  const { cut, lineEnd } = found;
  const headerText = new TextDecoder(options.encoding ?? 'utf-8').decode(data.subarray(0, cut)).replace(/\r$/, '');
  const delimiter = options.delimiter ?? detectDelimiter(headerText);
  const header = headerText === '' ? [] : (parse(headerText, { delimiter, bom: true, relax_quotes: true }) as string[][])[0] ?? [];

  // Chunks wait in `parts` until a shard's worth has come; each byte is copied once, into the
  // shard, which owns its buffer (it is transferred to a worker, so it must not be a view).
  async function* shards(): AsyncGenerator<Shard> {
    const parts: Uint8Array[] = [];
    let length = 0;
    let end = -1; // offset in `parts` of the last line break outside quotes
    let quoted = false;
    let line = 2 + count(data.subarray(0, cut), lineEnd); // past a header with quoted line breaks
    const add = (chunk: Uint8Array) => {
      const found = scan(chunk, lineEnd, quoted, false);
      quoted = found.quoted;
      if (found.end >= 0) end = length + found.end;
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
      line += count(bytes, lineEnd);
      return shard;
    };
    add(data.subarray(Math.min(cut + 1, data.length)));
    for (;;) {
      if (length >= options.size && end >= 0) {
        yield take(end + 1);
        end = -1; // what is left holds no line break outside quotes: `end` was the last
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

/**
 * Where the header line ends (-1 while `data` cannot tell), and the byte that ends the file's
 * lines: LF, unless a CR outside quotes comes first and is not followed by LF.
 */
function headerEnd(data: Uint8Array): { cut: number; lineEnd: number } {
  const lf = scan(data, NEWLINE, false, true).end;
  const cr = scan(data, RETURN, false, true).end;
  if (cr < 0 || (lf >= 0 && lf < cr)) return { cut: lf, lineEnd: NEWLINE };
  if (cr + 1 === data.length) return { cut: -1, lineEnd: NEWLINE }; // CRLF or a lone CR: the next chunk tells
  return data[cr + 1] === NEWLINE ? { cut: lf, lineEnd: NEWLINE } : { cut: cr, lineEnd: RETURN };
}

/**
 * Where records end in `data`, read from the quote state `quoted`: the last (or, with `first`,
 * the first) `lineEnd` byte outside quotes, -1 when there is none, and the quote state after
 * `data`. Doubled quotes inside a quoted field flip the state twice, so counting is enough.
 */
function scan(data: Uint8Array, lineEnd: number, quoted: boolean, first: boolean): { end: number; quoted: boolean } {
  let end = -1;
  let inside = quoted;
  let quote = data.indexOf(QUOTE);
  for (let at = data.indexOf(lineEnd); at >= 0; at = data.indexOf(lineEnd, at + 1)) {
    for (; quote >= 0 && quote < at; quote = data.indexOf(QUOTE, quote + 1)) inside = !inside;
    if (inside) continue;
    end = at;
    if (first) return { end, quoted: inside };
  }
  for (; quote >= 0; quote = data.indexOf(QUOTE, quote + 1)) inside = !inside;
  return { end, quoted: inside };
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
