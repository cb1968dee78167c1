// Business time between two instants: the measure of open time in [a, b), negative when b < a.

import { openBefore, yearOf } from './table';
import type { Timeline } from './timeline';

export function between(timeline: Timeline, a: number, b: number): number {
  // `|| 0`: no open time backwards is 0, never -0.
  if (b < a) return -between(timeline, b, a) || 0;
  const ya = yearOf(a);
  const yb = yearOf(b);
  const first = timeline.table(ya);
  if (ya === yb) return openBefore(first, b) - openBefore(first, a);
  let sum = first.total - openBefore(first, a);
  for (let y = ya + 1; y < yb; y++) sum += timeline.table(y).total;
  return sum + openBefore(timeline.table(yb), b);
}
