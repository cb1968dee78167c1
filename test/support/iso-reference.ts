// The regex-based ISO 8601 reader habil used before the char-code scanner in src/time/instant.ts,
// kept as a slow, obviously-correct oracle for property tests: the old src/time/{instant,civil}.ts
// code verbatim, except for names and that the parsers take the date function as a parameter.
//
// The old `localDate` went through Date.UTC, which maps years 0-99 to 1900-1999: '0050-01-01' was
// read as 1950-01-01, and '0000-02-29' was refused because 1900 is not a leap year. That is a bug,
// fixed in src; `referenceParseIso` / `referenceLocalDate` are the legacy code with only that
// fixed (setUTCFullYear does not apply the two-digit-year rule). For years 0100-9999 the two agree.

import { InvalidInstantError } from '../../src/errors';
import { wallToInstant, type Zone } from '../../src/time/zone';

const MS_PER_DAY = 86_400_000;

// --- verbatim from the old src/time/civil.ts -------------------------------------------------

export function legacyLocalDate(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

export function legacyDateParts(date: number): DateParts {
  const d = new Date(date * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses 'YYYY-MM-DD'; undefined when malformed or impossible (2025-02-30). */
function parseLocalDateWith(localDate: (y: number, m: number, d: number) => number, text: string): number | undefined {
  const m = DATE_RE.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const date = localDate(year, month, day);
  const back = legacyDateParts(date);
  return back.month === month && back.day === day ? date : undefined;
}

const WALL_RE = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/;

/** Parses 'HH:MM', 'HH:MM:SS' or 'HH:MM:SS.mmm' ('24:00' allowed); undefined when malformed. */
export function legacyParseWallTime(text: string): number | undefined {
  const m = WALL_RE.exec(text);
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  const s = m[3] === undefined ? 0 : Number(m[3]);
  const ms = m[4] === undefined ? 0 : Number(m[4].padEnd(3, '0'));
  if (min > 59 || s > 59) return undefined;
  const value = ((h * 60 + min) * 60 + s) * 1000 + ms;
  return value <= MS_PER_DAY ? value : undefined;
}

// --- verbatim from the old src/time/instant.ts -----------------------------------------------

const ISO_RE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

function parseIsoWith(
  localDate: (y: number, m: number, d: number) => number,
  text: string,
  zone: Zone,
  path: string,
): number {
  const m = ISO_RE.exec(text.trim());
  if (!m)
    throw new InvalidInstantError(
      path,
      text,
      "is not an ISO 8601 instant: expected e.g. '2024-03-01 16:00' or '2024-03-01T16:00:00-05:00'",
    );
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = localDate(year, month, day);
  const parts = legacyDateParts(date);
  if (month < 1 || month > 12 || parts.month !== month || parts.day !== day) {
    throw new InvalidInstantError(path, text, 'names a date that does not exist');
  }
  const clock = `${m[4] ?? '00'}:${m[5] ?? '00'}:${m[6] ?? '00'}.${(m[7] ?? '0').slice(0, 3)}`;
  const time = legacyParseWallTime(clock);
  if (time === undefined) throw new InvalidInstantError(path, text, 'has a time of day that does not exist');
  const offset = m[8];
  if (offset === undefined) return wallToInstant(zone, date, time);
  return date * MS_PER_DAY + time - offsetMs(offset, text, path);
}

function offsetMs(offset: string, text: string, path: string): number {
  if (offset.toUpperCase() === 'Z') return 0;
  const sign = offset[0] === '-' ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
  if (hours > 23 || minutes > 59) throw new InvalidInstantError(path, text, 'has a UTC offset that does not exist');
  return sign * (hours * 60 + minutes) * 60_000;
}

// --- entry points ----------------------------------------------------------------------------

/** The old reader, two-digit-year bug included. */
export function legacyParseIso(text: string, zone: Zone, path = 'at'): number {
  return parseIsoWith(legacyLocalDate, text, zone, path);
}

export function legacyParseLocalDate(text: string): number | undefined {
  return parseLocalDateWith(legacyLocalDate, text);
}

/** Date.UTC semantics (rolling over months and days) without the 0-99 -> 1900-1999 rule. */
export function referenceLocalDate(year: number, month: number, day: number): number {
  return Math.floor(new Date(0).setUTCFullYear(year, month - 1, day) / MS_PER_DAY);
}

/** The old reader with only the two-digit-year bug fixed: what src/time/instant.ts must match. */
export function referenceParseIso(text: string, zone: Zone, path = 'at'): number {
  return parseIsoWith(referenceLocalDate, text, zone, path);
}

export function referenceParseLocalDate(text: string): number | undefined {
  return parseLocalDateWith(referenceLocalDate, text);
}
