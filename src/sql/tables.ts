// A calendar's open time over a span of UTC years, as the rows compiled SQL looks things up in.
// Everything is read from the public Calendar (windows: the engine's own open intervals, merged);
// nothing here decides when a calendar is open. Three views of the same intervals:
//   intervals  [start, end) with `cum`, the open time before start since the span's first instant;
//   days       per UTC day, the open time before it (f0) and its open pieces clipped to the day,
//              so "open time before t" is one equality lookup on (calendar, day) plus arithmetic;
//   reach      per bucket of open time (bucketMs wide), the intervals whose open time it touches,
//              so "when does the n-th open ms fall" is one equality lookup on (calendar, bucket).

import type { Calendar } from '../calendar/calendar';

export const DAY_MS = 86_400_000;

/** An open interval with the open time before it. */
export interface IntervalRow {
  start: number;
  end: number;
  cum: number;
}

/** A UTC day: open time before it, and its open pieces [start, end) clipped to it. */
export interface DayRow {
  day: number;
  f0: number;
  pieces: [number, number][];
}

/** A bucket of open time [bucket * bucketMs, (bucket + 1) * bucketMs] and the intervals it touches. */
export interface ReachRow {
  bucket: number;
  pieces: IntervalRow[];
}

/** One calendar compiled for SQL over [from, to). */
export interface CalendarTables {
  name: string;
  from: number;
  to: number;
  total: number;
  bucketMs: number;
  intervals: IntervalRow[];
  days: DayRow[];
  reach: ReachRow[];
}

/**
 * Compiles a calendar's open time over [from, to) (UTC day boundaries) into the SQL tables' rows.
 *
 * @example
 * const t = calendarTables('business', policies.icg.calendar('business'), Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1));
 * t.days.length; //=> 366
 */
export function calendarTables(name: string, calendar: Calendar, from: number, to: number): CalendarTables {
  const intervals: IntervalRow[] = [];
  let total = 0;
  for (const w of calendar.windows(from, to)) {
    const start = w.start.getTime();
    const end = w.end.getTime();
    intervals.push({ start, end, cum: total });
    total += end - start;
  }
  const bucketMs = bucketSize(intervals, total);
  return {
    name,
    from,
    to,
    total,
    bucketMs,
    intervals,
    days: dayRows(intervals, total, from, to),
    reach: reachRows(intervals, total, bucketMs),
  };
}

function dayRows(intervals: readonly IntervalRow[], total: number, from: number, to: number): DayRow[] {
  const days: DayRow[] = [];
  let i = 0;
  for (let dayStart = from; dayStart < to; dayStart += DAY_MS) {
    const dayEnd = dayStart + DAY_MS;
    while (i < intervals.length && intervals[i]!.end <= dayStart) i++;
    const first = intervals[i];
    const f0 = first === undefined ? total : first.cum + Math.max(0, dayStart - first.start);
    const pieces: [number, number][] = [];
    for (let j = i; j < intervals.length && intervals[j]!.start < dayEnd; j++) {
      pieces.push([Math.max(intervals[j]!.start, dayStart), Math.min(intervals[j]!.end, dayEnd)]);
    }
    days.push({ day: dayStart / DAY_MS, f0, pieces });
  }
  return days;
}

/**
 * Buckets as wide as the median interval: about one bucket per interval, and a bucket touches
 * few intervals unless the calendar mixes very short and long ones.
 */
function bucketSize(intervals: readonly IntervalRow[], total: number): number {
  if (intervals.length === 0) return Math.max(1, total);
  const lengths = intervals.map((r) => r.end - r.start).sort((a, b) => a - b);
  return Math.max(1, lengths[lengths.length >> 1]!);
}

function reachRows(intervals: readonly IntervalRow[], total: number, bucketMs: number): ReachRow[] {
  const rows: ReachRow[] = [];
  let i = 0;
  for (let bucket = 0; bucket * bucketMs <= total; bucket++) {
    const low = bucket * bucketMs;
    const high = low + bucketMs;
    while (i < intervals.length && intervals[i]!.cum + intervals[i]!.end - intervals[i]!.start < low) i++;
    const pieces: IntervalRow[] = [];
    for (let j = i; j < intervals.length && intervals[j]!.cum <= high; j++) pieces.push(intervals[j]!);
    rows.push({ bucket, pieces });
  }
  return rows;
}
