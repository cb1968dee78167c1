// A year of open time as a lookup table: interval starts, ends and the running sum of open
// time before each interval, so "how much open time before t" and "where does the n-th
// millisecond of open time fall" are binary searches.

import { MAX_INSTANT_MS } from '../time/zone';
import type { IntervalList } from './intervals';

/** Open intervals inside one UTC year, with prefix sums of their lengths. */
export interface YearTable {
  readonly year: number;
  readonly from: number;
  readonly to: number;
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** cum[i] = open time before starts[i]; cum[n] = total. */
  readonly cum: Float64Array;
  readonly total: number;
}

// Year starts for the years tickets live in, so the hot path finds a year without allocating
// a Date; instants outside the table take the slow path.
const TABLE_FIRST = 1900;
const TABLE_LAST = 2200;
const STARTS = Float64Array.from({ length: TABLE_LAST - TABLE_FIRST + 2 }, (_, i) => Date.UTC(TABLE_FIRST + i, 0, 1));
const AVERAGE_YEAR = 31_556_952_000;

/**
 * First instant of a UTC year. Tables partition time by UTC year, whatever the zone. Time ends
 * where a Date's range does (±MAX_INSTANT_MS): a year starting past an end starts at that end,
 * so the tables of the first and last years stop there and the tables beyond it are empty.
 */
export function yearStart(year: number): number {
  if (year >= TABLE_FIRST && year <= TABLE_LAST + 1) return STARTS[year - TABLE_FIRST]!;
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  const start = new Date(0).setUTCFullYear(year, 0, 1);
  return Number.isNaN(start) ? Math.sign(year) * MAX_INSTANT_MS : start;
}

/** The UTC year holding an instant. */
export function yearOf(t: number): number {
  if (t < STARTS[0]! || t >= STARTS[STARTS.length - 1]!) return new Date(t).getUTCFullYear();
  let i = Math.floor((t - STARTS[0]!) / AVERAGE_YEAR);
  while (STARTS[i]! > t) i--;
  while (STARTS[i + 1]! <= t) i++;
  return TABLE_FIRST + i;
}

export function buildTable(year: number, intervals: IntervalList): YearTable {
  const n = intervals.length / 2;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const cum = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    starts[i] = intervals[2 * i]!;
    ends[i] = intervals[2 * i + 1]!;
    cum[i + 1] = cum[i]! + ends[i]! - starts[i]!;
  }
  return { year, from: yearStart(year), to: yearStart(year + 1), starts, ends, cum, total: cum[n]! };
}

/** Index of the last interval starting at or before t, or -1. */
export function lastStartAtOrBefore(table: YearTable, t: number): number {
  const { starts } = table;
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid]! <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Open time in [table.from, t), for t inside the table's year. */
export function openBefore(table: YearTable, t: number): number {
  const i = lastStartAtOrBefore(table, t);
  if (i < 0) return 0;
  return table.cum[i]! + Math.min(t, table.ends[i]!) - table.starts[i]!;
}

/** Earliest instant with `amount` open time before it (0 < amount <= total). */
export function earliestWithOpenBefore(table: YearTable, amount: number): number {
  const { cum } = table;
  // Smallest i with cum[i + 1] >= amount.
  let lo = 0;
  let hi = table.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cum[mid + 1]! >= amount) hi = mid;
    else lo = mid + 1;
  }
  return table.starts[lo]! + amount - cum[lo]!;
}

/** Latest instant with `amount` open time before it (0 <= amount < total). */
export function latestWithOpenBefore(table: YearTable, amount: number): number {
  const { cum } = table;
  // Largest i with cum[i] <= amount.
  let lo = 0;
  let hi = table.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (cum[mid]! <= amount) lo = mid;
    else hi = mid - 1;
  }
  return table.starts[lo]! + amount - cum[lo]!;
}
