// Adding business time. Forward, the earliest instant t with between(at, t) = d, so a deadline
// may fall exactly on a window's end; backward, the latest t with between(t, at) = d.
// Whole years are skipped by their precomputed totals, so 2,000 hours cost what 4 hours do.

import { earliestWithOpenBefore, latestWithOpenBefore, openBefore, yearOf } from './table';
import { exhaustionGuard, type Timeline } from './timeline';

export function add(timeline: Timeline, at: number, duration: number): number {
  if (duration === 0) return at;
  let year = yearOf(at);
  let table = timeline.table(year);
  let target = openBefore(table, at) + duration;
  if (duration > 0) {
    const guard = exhaustionGuard(timeline, at, 1);
    while (target > table.total) {
      target -= table.total;
      table = timeline.table(++year);
      guard(table);
    }
    return earliestWithOpenBefore(table, target);
  }
  const guard = exhaustionGuard(timeline, at, -1);
  while (target < 0) {
    table = timeline.table(--year);
    target += table.total;
    guard(table);
  }
  return latestWithOpenBefore(table, target);
}
