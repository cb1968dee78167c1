// Civil (zone-less) values: local dates as day numbers and wall times as milliseconds into a
// day. Pure integer arithmetic on a proleptic Gregorian calendar; no zone, no Date objects.

/** A local calendar date as days since 1970-01-01 (Thursday). */
export type LocalDate = number;
/** A wall-clock time as milliseconds since local midnight, 0 to 86,400,000 ('24:00') inclusive. */
export type WallTime = number;

export const MS_PER_DAY = 86_400_000;
export const MS_PER_HOUR = 3_600_000;

/** Weekday keys in ISO order (index 0 = Monday), as calendar specs spell them. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** ISO weekday index of a local date: 0 = Monday ... 6 = Sunday. */
export function weekdayOf(date: LocalDate): number {
  return (((date + 3) % 7) + 7) % 7;
}

/**
 * The day number of a proleptic Gregorian date. Out-of-range months and days roll over as with
 * Date.UTC (month 13 is January of the next year, day 0 the last day of the previous month),
 * but years 0-99 are years 0-99, not 1900-1999.
 */
export function localDate(year: number, month: number, day: number): LocalDate {
  // Years within ±270,000 keep every result inside Date's range (±100,000,000 days).
  if (isSmallInt(year, 270_000) && isSmallInt(month, 12) && month >= 1 && isSmallInt(day, 31) && day >= 1) {
    return daysFromCivil(year, month, 1) + day - 1;
  }
  // Rare inputs (fractions, NaN, month or day overflow, far years): let Date do the rolling
  // over and range checks. setUTCFullYear, unlike Date.UTC, does not map 0-99 to 1900-1999.
  return Math.floor(new Date(0).setUTCFullYear(year, month - 1, day) / MS_PER_DAY);
}

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

export function dateParts(date: LocalDate): DateParts {
  if (isSmallInt(date, 100_000_000)) return civilFromDays(date);
  // NaN, fractions and days outside the Date range (which yield NaN parts) keep Date's answers.
  const d = new Date(date * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Days in a month of a proleptic Gregorian year; `month` is 1-12. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

// Howard Hinnant's days_from_civil / civil_from_days (http://howardhinnant.github.io/date_algorithms.html):
// years are shifted to start in March so the leap day is the last day of the year, and split
// into 400-year eras of exactly 146,097 days.

/** Day number of a valid date (month 1-12, day within the month). */
export function daysFromCivil(year: number, month: number, day: number): LocalDate {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function civilFromDays(date: LocalDate): DateParts {
  const z = date + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return {
    year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0),
    month,
    day: dayOfYear - Math.floor((153 * mp + 2) / 5) + 1,
  };
}

function isSmallInt(n: number, limit: number): boolean {
  return Number.isInteger(n) && n >= -limit && n <= limit;
}

/** Parses 'YYYY-MM-DD'; undefined when malformed or impossible (2025-02-30). */
export function parseLocalDate(text: string): LocalDate | undefined {
  if (text.length !== 10 || text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH) return undefined;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return daysFromCivil(year, month, day);
}

export function formatLocalDate(date: LocalDate): string {
  const { year, month, day } = dateParts(date);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** Parses 'HH:MM', 'HH:MM:SS' or 'HH:MM:SS.mmm' ('24:00' allowed); undefined when malformed. */
export function parseWallTime(text: string): WallTime | undefined {
  const n = text.length;
  if ((n !== 5 && n !== 8 && (n < 10 || n > 12)) || text.charCodeAt(2) !== COLON) return undefined;
  const h = digits(text, 0, 2);
  const min = digits(text, 3, 2);
  let s = 0;
  let ms = 0;
  if (n >= 8) {
    if (text.charCodeAt(5) !== COLON) return undefined;
    s = digits(text, 6, 2);
    if (n > 8) {
      if (text.charCodeAt(8) !== DOT) return undefined;
      ms = digits(text, 9, n - 9) * (n === 10 ? 100 : n === 11 ? 10 : 1);
    }
  }
  // A malformed field is -1, which no check below lets through.
  if (h < 0 || min < 0 || min > 59 || s < 0 || s > 59 || ms < 0) return undefined;
  const value = ((h * 60 + min) * 60 + s) * 1000 + ms;
  return value <= MS_PER_DAY ? value : undefined;
}

/** Character codes the hand-written parsers here and in instant.ts compare with. */
export const DASH = 0x2d;
export const DOT = 0x2e;
export const COLON = 0x3a;
const ZERO = 0x30;

/**
 * The value of `count` ASCII digits (0-9 only, as the regex \d) at `at`; -1 when any of them is
 * not one, or the text is too short.
 */
export function digits(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const d = text.charCodeAt(i) - ZERO; // NaN past the end, which fails the check too
    if (!(d >= 0 && d <= 9)) return -1;
    value = value * 10 + d;
  }
  return value;
}

export function formatWallTime(time: WallTime): string {
  const h = Math.floor(time / MS_PER_HOUR);
  const min = Math.floor((time % MS_PER_HOUR) / 60_000);
  const s = Math.floor((time % 60_000) / 1000);
  const ms = time % 1000;
  const base = `${pad2(h)}:${pad2(min)}`;
  if (ms) return `${base}:${pad2(s)}.${String(ms).padStart(3, '0')}`;
  return s ? `${base}:${pad2(s)}` : base;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
