// A timeline is open time as a sequence of year tables, built on first use and cached. Every
// calendar (from a spec, or composed from others) is a timeline; the engine only sees this.

import { CalendarExhaustedError } from '../errors';
import { clip, type IntervalList } from './intervals';
import { buildTable, yearStart, type YearTable } from './table';

/** A holiday or closure met on the way, for explanations: the local date, its name, its hours. */
export interface ClosureNote {
  date: string;
  name?: string;
  hours?: string;
}

/** Open time, one UTC year at a time. */
export interface Timeline {
  /** How many consecutive years without open time a search crosses before giving up. */
  readonly horizonYears: number;
  table(year: number): YearTable;
  /** Holidays and closures that removed open time between two instants, for explanations. */
  closures(from: number, to: number): ClosureNote[];
}

/** A timeline whose years are computed by `build` once and then served from a cache. */
export abstract class CachedTimeline implements Timeline {
  private readonly tables = new Map<number, YearTable>();
  constructor(readonly horizonYears: number) {}

  table(year: number): YearTable {
    let table = this.tables.get(year);
    if (!table) {
      // A calendar asked about years all over time keeps the latest MAX_CACHED_YEARS.
      if (this.tables.size >= MAX_CACHED_YEARS) this.tables.delete(this.tables.keys().next().value!);
      table = buildTable(year, clip(this.build(year), yearStart(year), yearStart(year + 1)));
      this.tables.set(year, table);
    }
    return table;
  }

  abstract closures(from: number, to: number): ClosureNote[];

  /** Open intervals covering at least the UTC year (extra is clipped away). */
  protected abstract build(year: number): IntervalList;
}

/** The open intervals of a year table, as a flat list. */
export function intervalsOf(table: YearTable): IntervalList {
  const out: IntervalList = [];
  for (let i = 0; i < table.starts.length; i++) out.push(table.starts[i]!, table.ends[i]!);
  return out;
}

/** No search walks further than this many years, whatever the calendar: past it, an answer is absurd. */
export const MAX_SEARCH_YEARS = 200;

/** Year tables a timeline keeps: the work of any one call is bounded, and so is what calls leave behind. */
const MAX_CACHED_YEARS = 1024;

/**
 * Called for each year a walk bounded by the caller's own end steps into (between, windows):
 * fails once it has stepped through more than MAX_SEARCH_YEARS, so no call builds more year
 * tables than that, whatever span it is given.
 */
export function spanGuard(origin: number, direction: 1 | -1): (table: YearTable) => void {
  let years = 0;
  return (table) => {
    if (++years > MAX_SEARCH_YEARS) throw tooFar(origin, direction, 'the span is too long: measure it in parts');
    atEndOfTime(table, origin, direction);
  };
}

function atEndOfTime(table: YearTable, origin: number, direction: 1 | -1): void {
  if (table.from < table.to) return;
  throw new CalendarExhaustedError(
    `the search ${direction > 0 ? 'after' : 'before'} ${new Date(origin).toISOString()} reaches the end of the time a Date can hold (±8.64e15 ms)`,
  );
}

/**
 * The error of a search or span past MAX_SEARCH_YEARS from `origin`.
 *
 * @example
 * throw tooFar(Date.UTC(2024, 0, 1), 1, 'the span is too long: measure it in parts');
 */
export function tooFar(origin: number, direction: 1 | -1, why: string): CalendarExhaustedError {
  return new CalendarExhaustedError(
    `the answer lies more than ${MAX_SEARCH_YEARS} years ${direction > 0 ? 'after' : 'before'} ${new Date(origin).toISOString()}: ${why}`,
  );
}

/**
 * Called for each year a search steps into, in one direction from `origin`: fails after more
 * empty years in a row than the horizon allows, or after MAX_SEARCH_YEARS in all.
 */
export function exhaustionGuard(timeline: Timeline, origin: number, direction: 1 | -1): (table: YearTable) => void {
  let emptyYears = 0;
  let years = 0;
  return (table) => {
    emptyYears = table.total === 0 ? emptyYears + 1 : 0;
    if (++years > MAX_SEARCH_YEARS) throw tooFar(origin, direction, 'the duration is too long for this calendar');
    atEndOfTime(table, origin, direction);
    if (emptyYears > timeline.horizonYears) {
      const side = direction > 0 ? 'after' : 'before';
      throw new CalendarExhaustedError(
        `the calendar has no open time in the ${timeline.horizonYears} years ${side} ${new Date(origin).toISOString()} (raise horizonYears to search further)`,
      );
    }
  };
}
