// Text from an export file or stream: its format (from the extension, else from the first
// character: `[` JSON array, `{` NDJSON, anything else CSV), its bytes decoded as UTF-8 unless
// told otherwise (Spanish Excel on Windows may write 'windows-1252'). Tickets and event logs alike.

import { statSync } from 'node:fs';
import { extname } from 'node:path';
import { TextDecoder } from 'node:util';
import { issueAt, problemAt, InputError } from '../errors';

export type TicketFormat = 'csv' | 'json' | 'ndjson';

const EXTENSIONS: Record<string, TicketFormat> = {
  '.csv': 'csv',
  '.tsv': 'csv',
  '.txt': 'csv',
  '.json': 'json',
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
};

/**
 * The format a file's extension names, if it names one.
 *
 * @example
 * formatOf('export.JSONL'); //=> 'ndjson'
 */
export function formatOf(path: string): TicketFormat | undefined {
  return EXTENSIONS[extname(path).toLowerCase()];
}

/** How bytes become text. */
export interface DecodeOptions {
  /** A text encoding TextDecoder knows: 'utf-8' (default), 'windows-1252', 'latin1'... */
  encoding?: string | undefined;
  /** Called after each chunk with the bytes read so far (a progress bar's feed). */
  onProgress?: ((bytes: number) => void) | undefined;
}

/**
 * Text chunks of bytes in the encoding asked (UTF-8 by default), reporting progress.
 *
 * @example
 * for await (const text of decode(createReadStream(path), { encoding: 'windows-1252' })) console.log(text.length);
 */
export async function* decode(
  bytes: AsyncIterable<Uint8Array | string>,
  options: DecodeOptions,
): AsyncGenerator<string> {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(options.encoding ?? 'utf-8');
  } catch {
    throw new InputError([
      issueAt('encoding', options.encoding, "is not a text encoding: expected e.g. 'utf-8' or 'windows-1252'"),
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

/**
 * The format of a stream with no extension to go by, from its first non-blank character.
 *
 * @example
 * const { format, text } = await sniff(decode(stream, {}));
 */
export async function sniff(
  text: AsyncIterable<string>,
): Promise<{ format: TicketFormat; text: AsyncIterable<string> }> {
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

/**
 * The size of the file at `path`; a HabilError at `option` when there is no readable file there.
 *
 * @example
 * fileSize('tickets.csv', 'path'); //=> 123456
 */
export function fileSize(path: string, option: string): number {
  let stats: ReturnType<typeof statSync>;
  try {
    stats = statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? String(error)})`;
    throw new InputError([problemAt(option, `${path}: ${why}`)]);
  }
  if (!stats.isFile()) {
    const what = stats.isDirectory() ? 'a directory' : 'not a regular file';
    throw new InputError([problemAt(option, `${path}: is ${what}, not an export file`)]);
  }
  return stats.size;
}
