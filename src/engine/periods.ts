// Open periods in time order: the year tables' intervals with those touching across a year
// boundary joined, so a period is always a maximal stretch of open time.

import { CalendarExhaustedError } from '../errors';
import { lastStartAtOrBefore, yearOf, yearStart } from './table';
import { exhaustionGuard, MAX_SEARCH_YEARS, spanGuard, tooFar, type Timeline } from './timeline';

/** A maximal open period [start, end) in epoch ms. */
export interface Period {
  start: number;
  end: number;
}

/**
 * The periods that end after `from`, in order, stopping before `until`. Unbounded, the walk
 * fails with CalendarExhaustedError once the horizon passes with no open time, or with a
 * period that never ends; a bounded walk simply stops at `until`.
 */
export function* periodsFrom(timeline: Timeline, from: number, until = Infinity): Generator<Period> {
  const unbounded = until === Infinity;
  if (!unbounded && yearOf(until) - yearOf(from) > MAX_SEARCH_YEARS)
    throw tooFar(from, 1, 'the span is too long: walk it in parts');
  const guard = unbounded ? exhaustionGuard(timeline, from, 1) : spanGuard(from, 1);
  let year = yearOf(from);
  let table = timeline.table(year);
  let i = Math.max(0, lastStartAtOrBefore(table, from));
  let pending: Period | undefined;
  let yearsOpen = 0;
  for (;;) {
    for (; i < table.starts.length; i++) {
      const start = table.starts[i]!;
      const end = table.ends[i]!;
      if (end <= from) continue;
      if (pending && pending.end === start) {
        pending.end = end;
        continue;
      }
      if (pending) yield pending;
      if (start >= until) return;
      pending = { start, end };
      yearsOpen = 0;
    }
    year += 1;
    if (yearStart(year) >= until) break;
    table = timeline.table(year);
    i = 0;
    if (!unbounded) guard(table); // a bounded walk counts every year, open or not
    if (pending && table.starts[0] === pending.end) {
      if (unbounded && ++yearsOpen > MAX_SEARCH_YEARS) throw neverCloses(from);
      continue;
    }
    if (pending) yield pending;
    pending = undefined;
    if (unbounded) guard(table);
  }
  if (pending) yield pending;
}

function neverCloses(from: number): CalendarExhaustedError {
  return new CalendarExhaustedError(
    `the calendar stays open for more than ${MAX_SEARCH_YEARS} years after ${new Date(from).toISOString()}: it never closes`,
  );
}

export function isOpen(timeline: Timeline, t: number): boolean {
  const table = timeline.table(yearOf(t));
  const i = lastStartAtOrBefore(table, t);
  return i >= 0 && t < table.ends[i]!;
}

/** `t` when open, else the start of the next open period. */
export function nextOpen(timeline: Timeline, t: number): number {
  if (isOpen(timeline, t)) return t;
  const guard = exhaustionGuard(timeline, t, 1);
  let year = yearOf(t);
  let table = timeline.table(year);
  let i = lastStartAtOrBefore(table, t) + 1;
  while (i >= table.starts.length) {
    table = timeline.table(++year);
    guard(table);
    i = 0;
  }
  return table.starts[i]!;
}

/** The end of the open period holding `t`, or of the next one. */
export function nextClose(timeline: Timeline, t: number): number {
  // Unbounded, the walk either yields a period or throws CalendarExhaustedError.
  return (periodsFrom(timeline, t).next().value as Period).end;
}
