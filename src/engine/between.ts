// Business time between two instants: the measure of open time in [a, b), negative when b < a.

import { openBefore, yearOf } from './table';
import { MAX_SEARCH_YEARS, spanGuard, tooFar, type Timeline } from './timeline';

export function between(timeline: Timeline, a: number, b: number): number {
  // `|| 0`: no open time backwards is 0, never -0.
  if (b < a) return -between(timeline, b, a) || 0;
  const ya = yearOf(a);
  const yb = yearOf(b);
  if (yb - ya > MAX_SEARCH_YEARS) throw tooFar(a, 1, 'the span is too long: measure it in parts');
  const first = timeline.table(ya);
  if (ya === yb) return openBefore(first, b) - openBefore(first, a);
  let sum = first.total - openBefore(first, a);
  const guard = spanGuard(a, 1);
  for (let y = ya + 1; y < yb; y++) {
    const table = timeline.table(y);
    guard(table);
    sum += table.total;
  }
  const last = timeline.table(yb);
  guard(last);
  return sum + openBefore(last, b);
}
