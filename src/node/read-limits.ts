// How much one header or row a reader may hold: limits from the options, checked once, and the
// error of a header or row over its limit. No file makes a reader grow without bound.

import { type HabilError, issueAt, problemAt, InputError } from '../errors';

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

/**
 * A limit from the options: a whole number of bytes, at least 1, or the default.
 *
 * @example
 * limit(undefined, 'maxRowBytes', 1024); //=> 1024
 */
export function limit(value: number | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new InputError([issueAt(name, value, 'is not a byte limit: expected a whole number of bytes, at least 1')]);
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
  return new InputError([problemAt(option, `${what} is longer than ${max} bytes (${option})`)]);
}
