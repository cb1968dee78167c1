// bench/measure.mjs — the timing loop.
//
// measure(fn, n, opts) calls fn(i) for i = 0, 1, 2, … cycling over the n workload inputs, and
// returns how fast it went plus the answers it produced (results[i] = fn(i), for the comparisons).
//
// * Warm-up first (JIT, caches, lazy tables): at least opts.warmupMs or opts.warmupIters calls,
//   whichever comes first, but always at least one call.
// * Then timed batches. A batch starts at 1 call and doubles while a batch takes < 10 ms, so fast
//   functions are timed over thousands of calls per clock read (the clock costs ~50 ns) and slow
//   ones (a peer adding 2,000 bh takes ~0.1–1 s) are timed call by call.
// * Stops when it has run ≥ minMs and ≥ minIters calls, or at maxMs / maxIters, whichever first.
//   Slow peers get small minIters and a maxMs cap so the whole bench stays within ~3 minutes.
// * ops/s: the median over the batches that ran ≥ 10 ms when there are at least 3 of them (robust
//   to a GC pause or a neighbour stealing the CPU on a shared machine); otherwise total calls /
//   total time. Both figures are returned.
//
// Calls cycle over all inputs, so a long-lived library object (habil's compiled Calendar, the
// peers' global locale config) is warm, as it is in a service that computes many deadlines.

const now = () => process.hrtime.bigint();

/**
 * @param {(i: number) => number} fn
 * @param {number} n  number of distinct inputs; fn receives i % n
 * @param {{warmupMs?: number, warmupIters?: number, minMs?: number, minIters?: number,
 *          maxMs?: number, maxIters?: number, results?: any[]}} [opts]
 */
export function measure(fn, n, opts = {}) {
  const { warmupMs = 200, warmupIters = Infinity, minMs = 800, minIters = 5, maxMs = 3000, maxIters = Infinity } = opts;
  const results = opts.results ?? new Array(n);
  let i = 0;

  // ---- warm-up
  {
    const t0 = now();
    const limit = BigInt(Math.round(warmupMs * 1e6));
    let k = 0;
    do {
      const idx = i % n;
      results[idx] = fn(idx);
      i++;
      k++;
    } while (k < warmupIters && now() - t0 < limit);
  }

  // ---- timed batches
  const minNs = minMs * 1e6;
  const maxNs = maxMs * 1e6;
  const batchRates = []; // ops/s of batches that ran long enough to trust
  let totalNs = 0;
  let iters = 0;
  let batch = 1;
  for (;;) {
    const t0 = now();
    for (let k = 0; k < batch; k++) {
      const idx = i % n;
      results[idx] = fn(idx);
      i++;
    }
    const dt = Number(now() - t0);
    totalNs += dt;
    iters += batch;
    if (dt >= 10e6) batchRates.push((batch * 1e9) / dt);
    else if (batch < 1 << 24) batch *= 2;
    if ((totalNs >= minNs && iters >= minIters) || totalNs >= maxNs || iters >= maxIters) break;
    // never overshoot maxIters by a doubled batch
    if (Number.isFinite(maxIters)) batch = Math.max(1, Math.min(batch, maxIters - iters));
  }

  const meanOps = (iters * 1e9) / totalNs;
  let opsPerSec = meanOps;
  if (batchRates.length >= 3) {
    const s = [...batchRates].sort((a, b) => a - b);
    opsPerSec = s[Math.floor(s.length / 2)];
  }
  return {
    opsPerSec,
    meanOps,
    nsPerOp: 1e9 / opsPerSec,
    iters,
    seconds: totalNs / 1e9,
    batches: batchRates.length,
    results,
  };
}

/**
 * Fill in results[i] for inputs the timing loop did not reach, until every input has an answer
 * or budgetMs runs out. Returns how many inputs have an answer.
 */
export function complete(fn, n, results, budgetMs) {
  const t0 = now();
  const limit = Number.isFinite(budgetMs) ? BigInt(Math.round(budgetMs * 1e6)) : null;
  for (let i = 0; i < n; i++) {
    if (results[i] !== undefined) continue;
    if (limit !== null && now() - t0 >= limit) break;
    results[i] = fn(i);
  }
  let have = 0;
  for (let i = 0; i < n; i++) if (results[i] !== undefined) have++;
  return have;
}

/** Human ops/s: 3 significant digits with k/M suffix. */
export function fmtOps(x) {
  if (!Number.isFinite(x)) return String(x);
  if (x >= 1e6) return `${(x / 1e6).toPrecision(3)}M`;
  if (x >= 1e3) return `${(x / 1e3).toPrecision(3)}k`;
  if (x >= 1) return x.toPrecision(3);
  return x.toPrecision(2);
}

/** Human ratio: 1.23×, 12.3×, 1,234×. */
export function fmtRatio(x) {
  if (!Number.isFinite(x)) return String(x);
  if (x >= 100) return `${Math.round(x).toLocaleString('en-US')}×`;
  if (x >= 10) return `${x.toFixed(1)}×`;
  return `${x.toFixed(2)}×`;
}
