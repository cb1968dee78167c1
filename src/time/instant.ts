// Reading instants at the edge: Date, epoch ms, ISO 8601 strings (with an offset, or without
// one = wall time in the calendar's zone) and luxon DateTime all become epoch milliseconds.
//
// Strings are read by a hand-written scanner rather than a regex: audits read a few million of
// them, and the scanner allocates nothing on success. It accepts exactly what this pattern
// accepts after String.prototype.trim() (test/support/iso-reference.ts keeps it as the oracle):
//
//   /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i
//
// and then refuses impossible dates, times of day and UTC offsets, in that order.

import { DateTime } from 'luxon';
import { InvalidInstantError } from '../errors';
import { COLON, DASH, DOT, MS_PER_DAY, daysFromCivil, daysInMonth, digits } from './civil';
import { MAX_INSTANT_MS, wallToInstant, type Zone } from './zone';

/** Anything habil accepts as an instant. A number is epoch milliseconds. */
export type InstantInput = Date | number | string | DateTime;

const EXPECTED = 'is not an instant: expected a Date, epoch milliseconds, an ISO 8601 string or a luxon DateTime';

/** Epoch milliseconds of an instant; offset-less strings are read as wall time in `zone`. */
export function toEpochMs(input: InstantInput, zone: Zone, path = 'at'): number {
  if (typeof input === 'number') {
    if (!Number.isFinite(input))
      throw new InvalidInstantError(path, input, 'is not an instant: expected finite epoch milliseconds');
    if (!Number.isInteger(input))
      throw new InvalidInstantError(path, input, 'is not a whole number of epoch milliseconds');
    if (Math.abs(input) > MAX_INSTANT_MS)
      throw new InvalidInstantError(
        path,
        input,
        'is outside the instants a Date can hold: expected epoch milliseconds within ±8.64e15 (years -271821 to 275760)',
      );
    return input;
  }
  if (typeof input === 'string') return parseIso(input, zone, path);
  if (Object.prototype.toString.call(input) === '[object Date]') {
    const ms = (input as Date).getTime();
    if (Number.isNaN(ms)) throw new InvalidInstantError(path, input, 'is not an instant: the Date holds no time (NaN)');
    return ms;
  }
  if (DateTime.isDateTime(input)) {
    if (!input.isValid)
      throw new InvalidInstantError(
        path,
        input.invalidExplanation ?? 'Invalid DateTime',
        'is an invalid luxon DateTime',
      );
    return input.toMillis();
  }
  throw new InvalidInstantError(path, input, EXPECTED);
}

/**
 * An instant input in a form that crosses threads (structured clone): a Date or luxon DateTime
 * becomes epoch ms, as read; strings and numbers stay as given.
 *
 * @example
 * portableInstant(new Date(0)); //=> 0
 */
export function portableInstant(input: InstantInput): string | number {
  if (typeof input === 'string' || typeof input === 'number') return input;
  return DateTime.isDateTime(input) ? input.toMillis() : input.getTime();
}

const MALFORMED = "is not an ISO 8601 instant: expected e.g. '2024-03-01 16:00' or '2024-03-01T16:00:00-05:00'";

const SPACE = 0x20;
const PLUS = 0x2b;
const COMMA = 0x2c;
const UPPER_T = 0x54;
const UPPER_Z = 0x5a;
const LOWER_T = 0x74;
const LOWER_Z = 0x7a;

function parseIso(text: string, zone: Zone, path: string): number {
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  // Every field is checked for syntax before any for range, so a malformed string is reported
  // as malformed even when it also names an impossible date. `digits` yields -1 for a
  // non-digit, and past `end` lie only whitespace or nothing, so it never reads a stray digit.

  // YYYY-MM-DD
  if (text.charCodeAt(start + 4) !== DASH || text.charCodeAt(start + 7) !== DASH) throw malformed(text, path);
  const year = digits(text, start, 4);
  const month = digits(text, start + 5, 2);
  const day = digits(text, start + 8, 2);
  if (year < 0 || month < 0 || day < 0) throw malformed(text, path);
  let i = start + 10;

  // Optional [T ]HH:MM[:SS[.,F]]. A separator not followed by HH:MM is left to the offset
  // reader below, as the regex backtracks: a space is whitespace before an offset, a T refused.
  let hour = 0;
  let minute = 0;
  let second = 0;
  let ms = 0;
  const sep = text.charCodeAt(i);
  if ((sep === UPPER_T || sep === LOWER_T || sep === SPACE) && i < end) {
    const h = digits(text, i + 1, 2);
    const min = digits(text, i + 4, 2);
    if (h >= 0 && min >= 0 && text.charCodeAt(i + 3) === COLON) {
      hour = h;
      minute = min;
      i += 6;
      if (text.charCodeAt(i) === COLON && i < end) {
        second = digits(text, i + 1, 2);
        if (second < 0) throw malformed(text, path);
        i += 3;
        const mark = text.charCodeAt(i);
        if ((mark === DOT || mark === COMMA) && i < end) {
          const fraction = i + 1;
          i = skipDigits(text, fraction, end);
          if (i === fraction || i - fraction > 9) throw malformed(text, path);
          ms = fractionMs(text, fraction, i);
        }
      }
    }
  }

  // Optional whitespace, then an optional Z, ±HH, ±HHMM or ±HH:MM ending the string.
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  let offsetSign = 0; // 0: no offset, read as wall time in `zone`
  let offsetHours = 0;
  let offsetMinutes = 0;
  if (i < end) {
    const c = text.charCodeAt(i);
    if (c === UPPER_Z || c === LOWER_Z) {
      if (i + 1 !== end) throw malformed(text, path);
      offsetSign = 1;
    } else if (c === PLUS || c === DASH) {
      offsetSign = c === DASH ? -1 : 1;
      offsetHours = digits(text, i + 1, 2);
      const minutesAt = text.charCodeAt(i + 3) === COLON ? i + 4 : i + 3;
      const tail = end - minutesAt;
      if (tail === 2) offsetMinutes = digits(text, minutesAt, 2);
      else if (tail !== 0 || minutesAt !== i + 3) throw malformed(text, path);
      if (offsetHours < 0 || offsetMinutes < 0) throw malformed(text, path);
    } else {
      throw malformed(text, path);
    }
  }

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

function malformed(text: string, path: string): InvalidInstantError {
  return new InvalidInstantError(path, text, MALFORMED);
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
