// Open periods in time order: the year tables' intervals with those touching across a year
// boundary joined, so a period is always a maximal stretch of open time.

import { lastStartAtOrBefore, yearOf, yearStart } from './table';
import { exhaustionGuard, type Timeline } from './timeline';

/** A maximal open period [start, end) in epoch ms. */
export interface Period {
  start: number;
  end: number;
}

/**
 * The periods that end after `from`, in order, stopping before `until`. Without a bound the
 * walk fails with CalendarExhaustedError once the horizon passes with no open time.
 */
export function* periodsFrom(timeline: Timeline, from: number, until = Infinity): Generator<Period> {
  const guard = exhaustionGuard(timeline, from, 1);
  let year = yearOf(from);
  let table = timeline.table(year);
  let i = Math.max(0, lastStartAtOrBefore(table, from));
  let pending: Period | undefined;
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
    }
    year += 1;
    if (yearStart(year) >= until) break;
    table = timeline.table(year);
    i = 0;
    if (!pending) guard(table);
    else if (table.starts[0] !== pending.end) {
      yield pending;
      pending = undefined;
      guard(table);
    }
  }
  if (pending) yield pending;
}

export function isOpen(timeline: Timeline, t: number): boolean {
  const table = timeline.table(yearOf(t));
  const i = lastStartAtOrBefore(table, t);
  return i >= 0 && t < table.ends[i]!;
}

/** `t` when open, else the start of the next open period. */
export function nextOpen(timeline: Timeline, t: number): number {
  return Math.max(firstPeriod(timeline, t).start, t);
}

/** The end of the open period holding `t`, or of the next one. */
export function nextClose(timeline: Timeline, t: number): number {
  return firstPeriod(timeline, t).end;
}

function firstPeriod(timeline: Timeline, t: number): Period {
  // Unbounded, the walk either yields a period or throws CalendarExhaustedError.
  return periodsFrom(timeline, t).next().value as Period;
}
