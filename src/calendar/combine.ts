// Calendars built from calendars: open when all are open (intersect), when any is (union),
// or a calendar with absolute intervals taken out (without). Each works year by year on the
// operands' tables, so composition costs nothing on the hot path.

import { intersect, normalize, subtract, union, type IntervalList } from '../engine/intervals';
import { CachedTimeline, intervalsOf, type ClosureNote, type Timeline } from '../engine/timeline';

export type Combination = 'intersect' | 'union';

export class CombinedTimeline extends CachedTimeline {
  constructor(
    private readonly mode: Combination,
    private readonly parts: readonly Timeline[],
    horizonYears: number,
  ) {
    super(horizonYears);
  }

  closures(from: number, to: number): ClosureNote[] {
    const seen = new Set<string>();
    return this.parts
      .flatMap((part) => part.closures(from, to))
      .filter((note) => {
        const key = JSON.stringify(note);
        return !seen.has(key) && seen.add(key);
      });
  }

  protected build(year: number): IntervalList {
    const lists = this.parts.map((part) => intervalsOf(part.table(year)));
    const op = this.mode === 'intersect' ? intersect : union;
    return lists.slice(1).reduce((acc, list) => op(acc, list), lists[0] ?? []);
  }
}

export class WithoutTimeline extends CachedTimeline {
  private readonly removed: IntervalList;

  constructor(
    private readonly base: Timeline,
    removed: IntervalList,
    horizonYears: number,
  ) {
    super(horizonYears);
    this.removed = normalize(removed);
  }

  closures(from: number, to: number): ClosureNote[] {
    return this.base.closures(from, to);
  }

  protected build(year: number): IntervalList {
    return subtract(intervalsOf(this.base.table(year)), this.removed);
  }
}
