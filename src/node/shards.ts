// Cutting a CSV byte stream into shards that worker threads can parse on their own: each shard
// ends at a line break outside quotes (so a quoted field with line breaks never straddles two
// shards) and carries the file line it starts on. The header line is cut off first.

import { parse } from 'csv-parse/sync';
import { TextDecoder } from 'node:util';
import { detectDelimiter } from './csv';

const QUOTE = 0x22;
const NEWLINE = 0x0a;

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
  let cut = -1;
  while (cut < 0) {
    const next = await source.next();
    if (next.done) {
      cut = data.length;
      break;
    }
    data = concat(data, next.value);
    cut = scan(data, false, true).end;
  }
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
    let line = 2;
    const add = (chunk: Uint8Array) => {
      const found = scan(chunk, quoted, false);
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
      line += countNewlines(bytes);
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
 * Where records end in `data`, read from the quote state `quoted`: the last (or, with `first`,
 * the first) line break outside quotes, -1 when there is none, and the quote state after
 * `data`. Doubled quotes inside a quoted field flip the state twice, so counting is enough.
 */
function scan(data: Uint8Array, quoted: boolean, first: boolean): { end: number; quoted: boolean } {
  let end = -1;
  let inside = quoted;
  let quote = data.indexOf(QUOTE);
  for (let newline = data.indexOf(NEWLINE); newline >= 0; newline = data.indexOf(NEWLINE, newline + 1)) {
    for (; quote >= 0 && quote < newline; quote = data.indexOf(QUOTE, quote + 1)) inside = !inside;
    if (inside) continue;
    end = newline;
    if (first) return { end, quoted: inside };
  }
  for (; quote >= 0; quote = data.indexOf(QUOTE, quote + 1)) inside = !inside;
  return { end, quoted: inside };
}

function countNewlines(data: Uint8Array): number {
  let n = 0;
  for (let i = data.indexOf(NEWLINE); i >= 0; i = data.indexOf(NEWLINE, i + 1)) n++;
  return n;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
