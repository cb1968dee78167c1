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

export function localDate(year: number, month: number, day: number): LocalDate {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

export function dateParts(date: LocalDate): DateParts {
  const d = new Date(date * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses 'YYYY-MM-DD'; undefined when malformed or impossible (2025-02-30). */
export function parseLocalDate(text: string): LocalDate | undefined {
  const m = DATE_RE.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const date = localDate(year, month, day);
  const back = dateParts(date);
  return back.month === month && back.day === day ? date : undefined;
}

export function formatLocalDate(date: LocalDate): string {
  const { year, month, day } = dateParts(date);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

const WALL_RE = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/;

/** Parses 'HH:MM', 'HH:MM:SS' or 'HH:MM:SS.mmm' ('24:00' allowed); undefined when malformed. */
export function parseWallTime(text: string): WallTime | undefined {
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
