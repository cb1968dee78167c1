// Reading ISO 8601 instant strings by a hand-written scanner rather than a regex: audits read a
// few million of them, and the scanner allocates nothing on success (its fields go to one
// reused record). It accepts exactly what this pattern accepts after String.prototype.trim()
// (test/support/iso-reference.ts keeps it as the oracle):
//
//   /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i
//
// and then refuses impossible dates, times of day and UTC offsets, in that order.

import { InvalidInstantError } from '../errors';
import { COLON, DASH, DOT, MS_PER_DAY, daysFromCivil, daysInMonth, digits } from './civil';
import { wallToInstant, type Zone } from './zone';

const MALFORMED = "is not an ISO 8601 instant: expected e.g. '2024-03-01 16:00' or '2024-03-01T16:00:00-05:00'";

const SPACE = 0x20;
const PLUS = 0x2b;
const COMMA = 0x2c;
const UPPER_T = 0x54;
const UPPER_Z = 0x5a;
const LOWER_T = 0x74;
const LOWER_Z = 0x7a;

/** The fields of the string last scanned; one record, reused, so a scan allocates nothing. */
const scanned = {
  year: 0,
  month: 0,
  day: 0,
  hour: 0,
  minute: 0,
  second: 0,
  ms: 0,
  /** 0: no offset, read as wall time in the zone. */
  offsetSign: 0,
  offsetHours: 0,
  offsetMinutes: 0,
};

/**
 * Epoch milliseconds of an ISO 8601 string; without an offset it is wall time in `zone`.
 *
 * @example
 * parseIso('2024-03-01T16:00:00Z', utc, 'at'); //=> 1709308800000
 */
export function parseIso(text: string, zone: Zone, path: string): number {
  if (!scanIso(text)) throw new InvalidInstantError(path, text, MALFORMED);
  const { year, month, day, hour, minute, second, ms, offsetSign, offsetHours, offsetMinutes } = scanned;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new InvalidInstantError(path, text, 'names a date that does not exist');
  }
  const time = ((hour * 60 + minute) * 60 + second) * 1000 + ms;
  if (minute > 59 || second > 59 || time > MS_PER_DAY) {
    throw new InvalidInstantError(path, text, 'has a time of day that does not exist');
  }
  if (offsetHours > 23 || offsetMinutes > 59)
    throw new InvalidInstantError(path, text, 'has a UTC offset that does not exist');
  const date = daysFromCivil(year, month, day);
  if (offsetSign === 0) return wallToInstant(zone, date, time);
  return date * MS_PER_DAY + time - offsetSign * (offsetHours * 60 + offsetMinutes) * 60_000;
}

/**
 * Scans the syntax into `scanned`; false when malformed. Every field is checked for syntax
 * before any for range, so a malformed string is reported as malformed even when it also names
 * an impossible date. `digits` yields -1 for a non-digit, and past `end` lie only whitespace or
 * nothing, so it never reads a stray digit.
 */
function scanIso(text: string): boolean {
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  // YYYY-MM-DD
  if (text.charCodeAt(start + 4) !== DASH || text.charCodeAt(start + 7) !== DASH) return false;
  scanned.year = digits(text, start, 4);
  scanned.month = digits(text, start + 5, 2);
  scanned.day = digits(text, start + 8, 2);
  if (scanned.year < 0 || scanned.month < 0 || scanned.day < 0) return false;
  let i = scanTime(text, start + 10, end);
  if (i < 0) return false;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return scanOffset(text, i, end);
}

/**
 * Optional [T ]HH:MM[:SS[.,F]] at `i`; the index after it, or -1 when malformed. A separator
 * not followed by HH:MM is left to the offset reader, as the regex backtracks: a space is
 * whitespace before an offset, a T refused.
 */
function scanTime(text: string, at: number, end: number): number {
  scanned.hour = scanned.minute = scanned.second = scanned.ms = 0;
  let i = at;
  const sep = text.charCodeAt(i);
  if (!((sep === UPPER_T || sep === LOWER_T || sep === SPACE) && i < end)) return i;
  const h = digits(text, i + 1, 2);
  const min = digits(text, i + 4, 2);
  if (h < 0 || min < 0 || text.charCodeAt(i + 3) !== COLON) return i;
  scanned.hour = h;
  scanned.minute = min;
  i += 6;
  if (text.charCodeAt(i) !== COLON || i >= end) return i;
  scanned.second = digits(text, i + 1, 2);
  if (scanned.second < 0) return -1;
  i += 3;
  const mark = text.charCodeAt(i);
  if (!((mark === DOT || mark === COMMA) && i < end)) return i;
  const fraction = i + 1;
  i = skipDigits(text, fraction, end);
  if (i === fraction || i - fraction > 9) return -1;
  scanned.ms = fractionMs(text, fraction, i);
  return i;
}

/** An optional Z, ±HH, ±HHMM or ±HH:MM at `i` ending the string; false when anything else is there. */
function scanOffset(text: string, i: number, end: number): boolean {
  scanned.offsetSign = scanned.offsetHours = scanned.offsetMinutes = 0;
  if (i >= end) return true;
  const c = text.charCodeAt(i);
  if (c === UPPER_Z || c === LOWER_Z) {
    scanned.offsetSign = 1;
    return i + 1 === end;
  }
  if (c !== PLUS && c !== DASH) return false;
  scanned.offsetSign = c === DASH ? -1 : 1;
  scanned.offsetHours = digits(text, i + 1, 2);
  const minutesAt = text.charCodeAt(i + 3) === COLON ? i + 4 : i + 3;
  const tail = end - minutesAt;
  if (tail === 2) scanned.offsetMinutes = digits(text, minutesAt, 2);
  else if (tail !== 0 || minutesAt !== i + 3) return false;
  return scanned.offsetHours >= 0 && scanned.offsetMinutes >= 0;
}

/** Index of the first non-digit at or after `at`, at most `end`. */
function skipDigits(text: string, at: number, end: number): number {
  let i = at;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) break;
    i++;
  }
  return i;
}

/** Milliseconds of the fraction digits in [from, to): truncated, not rounded ('.1239' is 123 ms). */
function fractionMs(text: string, from: number, to: number): number {
  const n = Math.min(to - from, 3);
  return digits(text, from, n) * (n === 1 ? 100 : n === 2 ? 10 : 1);
}

/** What String.prototype.trim() strips and the regex \s matches: ECMAScript WhiteSpace and LineTerminator. */
function isSpace(c: number): boolean {
  if (c === SPACE || (c >= 0x09 && c <= 0x0d)) return true;
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
