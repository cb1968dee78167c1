// A zone's UTC offsets as runs of constant offset, found once per ~25 days of time and then
// looked up by binary search. Asking the platform (Intl, through luxon) costs microseconds a
// call; ticket audits read millions of wall times, so each zone asks it about once per day
// of history, and a few dozen times more per transition to pin it to the millisecond.

// ms, about 25 days: a year's table scans little beyond its year (with ~397-day buckets the
// first deadline of a process scanned two of them, ~800 platform calls instead of ~420).
const BUCKET = 2 ** 31;
const STEP = 86_400_000; // no zone has had two transitions within a day

/** Offsets as runs: `offsets[i]` holds from `starts[i]` until the next start. */
export interface Runs {
  starts: number[];
  offsets: number[];
}

/** Wraps a slow offset function (ms at an instant) with a cache of offset runs. */
export function cachedOffsets(raw: (t: number) => number): (t: number) => number {
  const buckets = new Map<number, Runs>();
  return (t) => {
    const key = Math.floor(t / BUCKET);
    let runs = buckets.get(key);
    if (!runs) {
      runs = scanRuns(raw, key * BUCKET, (key + 1) * BUCKET);
      buckets.set(key, runs);
    }
    return offsetIn(runs, t);
  };
}

/** The offset of the run holding `t` (at or after the first start). */
export function offsetIn(runs: Runs, t: number): number {
  return runs.offsets[lastStart(runs.starts, t)]!;
}

/** The index of the last start at or before `t` (0 when `t` is before them all). */
export function lastStart(starts: number[], t: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid]! <= t) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The runs of `raw` over [from, to), each transition pinned to the millisecond (also how
 * scripts/bake-zones.mjs bakes ./zone-data at build time).
 */
export function scanRuns(raw: (t: number) => number, from: number, to: number): Runs {
  const runs: Runs = { starts: [from], offsets: [raw(from)] };
  let before = from;
  let offset = runs.offsets[0]!;
  for (let at = Math.min(from + STEP, to - 1); ; at = Math.min(at + STEP, to - 1)) {
    const next = raw(at);
    if (next !== offset) {
      // The first millisecond in (before, at] with the new offset.
      let lo = before;
      let hi = at;
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (raw(mid) === offset) lo = mid;
        else hi = mid;
      }
      runs.starts.push(hi);
      runs.offsets.push(next);
      offset = next;
    }
    if (at >= to - 1) return runs;
    before = at;
  }
}
