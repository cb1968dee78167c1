// Backward queries: the last close before an instant and the start of the open period holding
// it (or of the latest one before it). The mirror of nextOpen/nextClose, with the same bounded
// search: a walk into the past gives up after the horizon's empty years or MAX_SEARCH_YEARS.

import { CalendarExhaustedError } from '../errors';
import { lastStartAtOrBefore, yearOf, type YearTable } from './table';
import { exhaustionGuard, MAX_SEARCH_YEARS, type Timeline } from './timeline';

/** The year table and index of the last interval starting strictly before `t`, walking back. */
function lastBefore(timeline: Timeline, t: number): { table: YearTable; i: number } {
  let year = yearOf(t);
  let table = timeline.table(year);
  // Instants are whole milliseconds, so "starts before t" is "starts at or before t - 1".
  let i = lastStartAtOrBefore(table, t - 1);
  const guard = i < 0 ? exhaustionGuard(timeline, t, -1) : undefined;
  while (i < 0) {
    table = timeline.table(--year);
    guard?.(table);
    i = table.starts.length - 1;
  }
  return { table, i };
}

/** `t` when open time lies just before it, else the end of the latest open period before `t`. */
export function previousClose(timeline: Timeline, t: number): number {
  const { table, i } = lastBefore(timeline, t);
  return Math.min(table.ends[i]!, t);
}

/** The start of the open period holding `t`, or of the latest one before it (periods merged across years). */
export function previousOpen(timeline: Timeline, t: number): number {
  let table = timeline.table(yearOf(t));
  let i = lastStartAtOrBefore(table, t);
  if (i < 0 || t >= table.ends[i]!) ({ table, i } = lastBefore(timeline, t));
  // A period starting at a year's first instant may continue one that ended there.
  let years = 0;
  while (i === 0 && table.starts[0] === table.from) {
    const before = timeline.table(table.year - 1);
    const last = before.starts.length - 1;
    if (last < 0 || before.ends[last] !== table.from) break;
    if (++years > MAX_SEARCH_YEARS) throw neverOpens(t);
    table = before;
    i = last;
  }
  return table.starts[i]!;
}

function neverOpens(t: number): CalendarExhaustedError {
  return new CalendarExhaustedError(
    `the calendar has been open for more than ${MAX_SEARCH_YEARS} years before ${new Date(t).toISOString()}: its open period has no start`,
  );
}
