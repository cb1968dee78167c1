// Adding business time. Forward, the earliest instant t with between(at, t) = d, so a deadline
// may fall exactly on a window's end; backward, the latest t with between(t, at) = d.
// Whole years are skipped by their precomputed totals, so 2,000 hours cost what 4 hours do.

import { earliestWithOpenBefore, latestWithOpenBefore, openBefore, yearOf, type YearTable } from './table';
import { exhaustionGuard, type Timeline } from './timeline';

export function add(timeline: Timeline, at: number, duration: number): number {
  if (duration === 0) return at;
  let year = yearOf(at);
  let table = timeline.table(year);
  let target = openBefore(table, at) + duration;
  // Most additions end in the year they start in: the guard is made only to cross years.
  if (duration > 0) {
    let guard: ((table: YearTable) => void) | undefined;
    while (target > table.total) {
      target -= table.total;
      table = timeline.table(++year);
      guard ??= exhaustionGuard(timeline, at, 1);
      guard(table);
    }
    return earliestWithOpenBefore(table, target);
  }
  let guard: ((table: YearTable) => void) | undefined;
  while (target < 0) {
    table = timeline.table(--year);
    target += table.total;
    guard ??= exhaustionGuard(timeline, at, -1);
    guard(table);
  }
  return latestWithOpenBefore(table, target);
}
