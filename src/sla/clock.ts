// A target's clock: open time of its calendar from the clock start, minus the pauses that stop
// it. Answers "how much has elapsed by t" and "when will n ms have elapsed" (due, warnings).

import { add } from '../engine/add';
import { between } from '../engine/between';
import { periodsFrom } from '../engine/periods';
import type { IntervalList } from '../engine/intervals';
import type { Timeline } from '../engine/timeline';

export class TargetClock {
  /**
   * @param pauses normalized [from, to) pairs, already clipped to start at or after `start`.
   */
  constructor(
    private readonly timeline: Timeline,
    readonly start: number,
    readonly pauses: IntervalList,
  ) {}

  /** Open time counted in [start, t). */
  elapsed(t: number): number {
    if (t <= this.start) return 0;
    let sum = between(this.timeline, this.start, t);
    for (let i = 0; i < this.pauses.length && this.pauses[i]! < t; i += 2) {
      sum -= between(this.timeline, this.pauses[i]!, Math.min(this.pauses[i + 1]!, t));
    }
    return sum;
  }

  /** Open time of the clock's calendar inside a pause, clipped to [start, until). */
  removedBy(from: number, to: number, until: number): number {
    const a = Math.max(from, this.start);
    const b = Math.min(to, until);
    return b > a ? between(this.timeline, a, b) : 0;
  }

  // Open time from where counting resumes to the start of each pause, measured as far as a
  // reach has needed: due, breach and warning instants walk the same pauses, measured once.
  private gaps: number[] | undefined;

  /** The earliest instant at which `amount` of open time has been counted. */
  reach(amount: number): number {
    let t = this.start;
    let left = amount;
    if (left <= 0) return t;
    for (let i = 0; i < this.pauses.length; i += 2) {
      const from = this.pauses[i]!;
      const to = this.pauses[i + 1]!;
      if (to <= t) continue;
      const available = this.gap(i / 2, t, from);
      if (available >= left) return add(this.timeline, t, left);
      left -= available;
      t = Math.max(t, to);
    }
    return add(this.timeline, t, left);
  }

  /** Open time in [t, from) before pause `k`; t depends only on the pauses before it. */
  private gap(k: number, t: number, from: number): number {
    this.gaps ??= [];
    let open = this.gaps[k];
    if (open === undefined) {
      open = between(this.timeline, t, from);
      this.gaps[k] = open;
    }
    return open;
  }

  /** The counted open periods in [start, until), pauses cut out. */
  counted(until: number): { start: number; end: number }[] {
    const out: { start: number; end: number }[] = [];
    if (until <= this.start) return out;
    for (const period of periodsFrom(this.timeline, this.start, until)) {
      let s = Math.max(period.start, this.start);
      const e = Math.min(period.end, until);
      for (let i = 0; i < this.pauses.length && s < e; i += 2) {
        const from = this.pauses[i]!;
        const to = this.pauses[i + 1]!;
        if (to <= s || from >= e) continue;
        if (from > s) out.push({ start: s, end: from });
        s = Math.max(s, to);
      }
      if (s < e) out.push({ start: s, end: e });
    }
    return out;
  }
}
