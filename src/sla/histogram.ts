// A mergeable histogram of durations for audit quantiles in flat memory: however many tickets,
// it holds at most one counter per bucket. Buckets are whole minutes below EXACT_MINUTES
// (16,384 min, about 273 h), then 128 per doubling (each less than 0.8 % wide). A quantile is
// the nearest-rank one, read as its bucket's lower edge and clamped to the exact extremes seen,
// so it is exact to the minute below the bound and within 0.8 % above it.

const MINUTE = 60_000;
/** Durations below this many minutes get a bucket per minute. */
export const EXACT_MINUTES = 1 << 14;
const EXACT_BITS = 14;
const SUB_BITS = 7;
const SUB = 1 << SUB_BITS;

/** The plain-data form of a histogram, for shipping between worker threads. */
export interface HistogramState {
  /** Non-empty buckets as flat pairs: [bucket, count, bucket, count, ...]. */
  buckets: number[];
  count: number;
  /** The exact extremes seen; 0 when empty. */
  min: number;
  max: number;
}

/**
 * Durations in ms (negative ones count as 0), binned so that memory stays flat: one counter per
 * bucket up to the highest bucket seen (64 KB for anything under 273 h, 128 KB at most).
 *
 * @example
 * const h = new DurationHistogram();
 * h.add(90 * 60_000);
 * h.merge(DurationHistogram.fromJSON(other.toJSON())); // e.g. from a worker thread
 * h.quantile(0.9);
 */
export class DurationHistogram {
  #counts = new Uint32Array(0);
  #count = 0;
  #min = Infinity;
  #max = -Infinity;

  get count(): number {
    return this.#count;
  }

  /**
   * Counts one duration in ms.
   *
   * @example
   * h.add(90 * 60_000); // 1 h 30 min
   */
  add(ms: number): void {
    const value = Math.max(0, ms);
    this.#bump(bucketOf(value), 1);
    this.#count++;
    if (value < this.#min) this.#min = value;
    if (value > this.#max) this.#max = value;
  }

  /**
   * Adds another histogram's counts: quantiles are then those of both sets of durations.
   *
   * @example
   * whole.merge(shard); // e.g. a worker thread's, via fromJSON
   */
  merge(other: DurationHistogram): void {
    other.#counts.forEach((n, bucket) => {
      if (n > 0) this.#bump(bucket, n);
    });
    this.#count += other.#count;
    this.#min = Math.min(this.#min, other.#min);
    this.#max = Math.max(this.#max, other.#max);
  }

  /**
   * The nearest-rank quantile `q` in (0, 1], or null when empty.
   *
   * @example
   * const h = new DurationHistogram();
   * for (const m of [10, 20, 30, 40]) h.add(m * 60_000);
   * h.quantile(0.5); //=> 1_200_000 (20 min)
   */
  quantile(q: number): number | null {
    if (this.#count === 0) return null;
    const rank = Math.max(1, Math.ceil(q * this.#count));
    let seen = 0;
    for (let bucket = 0; bucket < this.#counts.length; bucket++) {
      seen += this.#counts[bucket]!;
      if (seen >= rank) return Math.min(this.#max, Math.max(this.#min, lowerEdge(bucket)));
    }
    return this.#max;
  }

  /**
   * The non-empty buckets and extremes as plain data.
   *
   * @example
   * const h = new DurationHistogram();
   * h.add(60_000);
   * h.toJSON(); //=> { buckets: [1, 1], count: 1, min: 60_000, max: 60_000 }
   */
  toJSON(): HistogramState {
    const buckets: number[] = [];
    this.#counts.forEach((n, bucket) => {
      if (n > 0) buckets.push(bucket, n);
    });
    const empty = this.#count === 0;
    return { buckets, count: this.#count, min: empty ? 0 : this.#min, max: empty ? 0 : this.#max };
  }

  /**
   * The histogram a toJSON state describes.
   *
   * @example
   * DurationHistogram.fromJSON(h.toJSON()).quantile(0.5) === h.quantile(0.5); //=> true
   */
  static fromJSON(state: HistogramState): DurationHistogram {
    const h = emptyHistogram();
    for (let i = 0; i < state.buckets.length; i += 2) h.#bump(state.buckets[i]!, state.buckets[i + 1]!);
    h.#count = state.count;
    if (state.count > 0) {
      h.#min = state.min;
      h.#max = state.max;
    }
    return h;
  }

  #bump(bucket: number, n: number): void {
    if (bucket >= this.#counts.length) {
      const grown = new Uint32Array(Math.max(1024, 2 ** Math.ceil(Math.log2(bucket + 1))));
      grown.set(this.#counts);
      this.#counts = grown;
    }
    this.#counts[bucket]! += n;
  }
}

// Not `new DurationHistogram()` in the class body: esbuild renames a class that names itself in
// its body `_DurationHistogram`, its `.name` in a REPL (test/package/names.test.ts).
const emptyHistogram = () => new DurationHistogram();

/** Bucket of a duration: its whole minutes below EXACT_MINUTES, then 128 log buckets per doubling. */
function bucketOf(ms: number): number {
  const minutes = Math.floor(ms / MINUTE);
  if (minutes < EXACT_MINUTES) return minutes;
  const octave = Math.floor(Math.log2(minutes));
  const sub = Math.floor((minutes - 2 ** octave) / 2 ** (octave - SUB_BITS));
  return EXACT_MINUTES + (octave - EXACT_BITS) * SUB + sub;
}

/** The smallest duration (ms) in a bucket. */
function lowerEdge(bucket: number): number {
  if (bucket < EXACT_MINUTES) return bucket * MINUTE;
  const octave = EXACT_BITS + Math.floor((bucket - EXACT_MINUTES) / SUB);
  const sub = (bucket - EXACT_MINUTES) % SUB;
  return (2 ** octave + sub * 2 ** (octave - SUB_BITS)) * MINUTE;
}
