// "Never loop forever" (DESIGN.md): calendars whose open periods never end, that never open again,
// or that would need absurd spans. A synchronous infinite loop cannot be interrupted inside the test
// worker, so each case runs in a worker thread on a bundle of src/index.ts and fails on a timeout.
import { buildSync } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const TIMEOUT_MS = 30_000; // generous: this file checks termination, not speed
let dir = '';
let bundle = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'habil-termination-'));
  bundle = join(dir, 'habil.mjs');
  buildSync({
    entryPoints: [fileURLToPath(new URL('../../src/index.ts', import.meta.url))],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: bundle,
    logLevel: 'silent',
  });
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

type Outcome =
  | { ok: true; value: unknown }
  | { ok: false; error: { name: string; code?: string; message: string } }
  | { timeout: true };

const WORKER = `
import { parentPort, workerData } from 'node:worker_threads';
const { Calendar } = await import(workerData.bundle);
const { spec, op, args } = workerData;
try {
  const cal = Calendar.from(spec);
  let value = cal[op](...args);
  if (value instanceof Date) value = value.toISOString();
  else if (value && typeof value === 'object' && Symbol.iterator in value)
    value = Array.from(value, (w) => [w.start.toISOString(), w.end.toISOString()]);
  parentPort.postMessage({ ok: true, value });
} catch (e) {
  parentPort.postMessage({ ok: false, error: { name: e?.name, code: e?.code, message: String(e?.message) } });
}
`;

function run(spec: unknown, op: string, ...args: unknown[]): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(WORKER)}`), {
      workerData: { bundle: `file://${bundle}`, spec, op, args },
    });
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve({ timeout: true });
    }, TIMEOUT_MS);
    worker.once('message', (m: Outcome) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(m);
    });
    worker.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}

const T = '2024-03-05T05:00:00.000Z';
const H = 3_600_000;
const always = { zone: 'UTC', hours: '24/7' };
const never = { zone: 'America/Bogota', hours: {} };

describe('terminates on calendars without an end or without a future', () => {
  it('24/7: nextOpen is the instant itself', async () => {
    expect(await run(always, 'nextOpen', T)).toEqual({ ok: true, value: T });
    expect(await run({ zone: 'America/New_York', hours: '24/7', holidays: ['2020-01-01'] }, 'nextOpen', T)).toEqual({
      ok: true,
      value: T,
    });
  });

  it('24/7 with a holiday: nextOpen inside it is the holiday end', async () => {
    expect(await run({ ...always, holidays: ['2024-03-05'] }, 'nextOpen', T)).toEqual({
      ok: true,
      value: '2024-03-06T00:00:00.000Z',
    });
    expect(
      await run(
        {
          zone: 'UTC',
          hours: {
            mon: ['00:00-24:00'],
            tue: ['00:00-24:00'],
            wed: ['00:00-24:00'],
            thu: ['00:00-24:00'],
            fri: ['00:00-24:00'],
            sat: ['00:00-24:00'],
            sun: ['00:00-24:00'],
          },
          holidays: ['2024-03-05'],
        },
        'nextOpen',
        T,
      ),
    ).toEqual({
      ok: true,
      value: '2024-03-06T00:00:00.000Z',
    });
  });

  it('24/7: nextClose, which has no answer, throws a HabilError instead of looping', async () => {
    const out = await run(always, 'nextClose', T);
    expect(out).toMatchObject({ ok: false, error: { code: expect.any(String) } });
  });

  it('24/7: long windows, between and add finish', async () => {
    expect(await run(always, 'between', T, '2124-03-05T05:00:00.000Z')).toMatchObject({ ok: true });
    expect(await run(always, 'windows', T, '2124-03-05T05:00:00.000Z')).toEqual({
      ok: true,
      value: [[T, '2124-03-05T05:00:00.000Z']],
    });
    expect(await run(always, 'add', T, 2000 * H)).toEqual({
      ok: true,
      value: new Date(Date.parse(T) + 2000 * H).toISOString(),
    });
  });

  it('never open: nextOpen and add throw CALENDAR_EXHAUSTED (both directions)', async () => {
    expect(await run(never, 'nextOpen', T)).toMatchObject({ ok: false, error: { code: 'CALENDAR_EXHAUSTED' } });
    expect(await run(never, 'add', T, H)).toMatchObject({ ok: false, error: { code: 'CALENDAR_EXHAUSTED' } });
    expect(await run(never, 'add', T, -H)).toMatchObject({ ok: false, error: { code: 'CALENDAR_EXHAUSTED' } });
    expect(await run(never, 'between', T, '2124-03-05T05:00:00.000Z')).toEqual({ ok: true, value: 0 });
    expect(await run(never, 'isOpen', T)).toEqual({ ok: true, value: false });
  });

  it('absurd spans on a nearly closed calendar end with an error, not a hang', async () => {
    // 1 ms a week: 2,000 h would take 138 million years
    const out = await run({ zone: 'UTC', hours: { mon: ['00:00-00:00:00.001'] } }, 'add', T, 2000 * H);
    expect(out).toMatchObject({ ok: false, error: { code: expect.any(String) } });
  });
});

describe('bounded work on instants near the ends of time and on spans of millennia (issue 16)', () => {
  const weekly = { zone: 'America/Bogota', hours: { mon: ['09:00-17:00'], fri: ['09:00-17:00'] } };
  /** The outcome and how long it took, worker start included. */
  async function timed(spec: unknown, op: string, ...args: unknown[]): Promise<[Outcome, number]> {
    const start = performance.now();
    const out = await run(spec, op, ...args);
    return [out, performance.now() - start];
  }
  const FAST = 10_000; // worker start and bundle load included, on a loaded machine; these took 23-90 s or never ended

  it('refuses epoch milliseconds a Date cannot hold, at the boundary', async () => {
    for (const [op, args] of [
      ['between', [0, 9e15]],
      ['windows', [8.6e15, 9e15]],
      ['add', [-9e15, H]],
      ['nextOpen', [8.640000000000001e15]],
    ] as const) {
      const [out, ms] = await timed(always, op, ...args);
      expect(out, op).toMatchObject({
        ok: false,
        error: { code: 'INVALID_INSTANT', message: expect.stringMatching(/±8\.64e15/) },
      });
      expect(ms).toBeLessThan(FAST);
    }
  });

  it('fails clearly, and fast, for spans longer than MAX_SEARCH_YEARS', async () => {
    for (const [spec, op, args] of [
      [weekly, 'between', ['0001-01-01', '9999-12-31']],
      [always, 'between', [-8.64e15, 8.64e15]],
      [always, 'windows', [8.6e15, 8.64e15]],
    ] as const) {
      const [out, ms] = await timed(spec, op, ...args);
      expect(out, op).toMatchObject({
        ok: false,
        error: { code: 'CALENDAR_EXHAUSTED', message: expect.stringMatching(/200 years/) },
      });
      expect(ms).toBeLessThan(FAST);
    }
  });

  it('answers near the ends of time, or says the search reaches them', async () => {
    expect(await run(always, 'between', 8.6399e15, 8.64e15)).toEqual({ ok: true, value: 1e11 });
    expect(await run(always, 'add', 8.6399e15, 1e11 - 1)).toEqual({
      ok: true,
      value: new Date(8.64e15 - 1).toISOString(),
    });
    for (const [at, d] of [
      [8.6399e15, 1e12],
      [-8.6399e15, -1e12],
    ]) {
      const [out, ms] = await timed(always, 'add', at, d);
      expect(out).toMatchObject({
        ok: false,
        error: { code: 'CALENDAR_EXHAUSTED', message: expect.stringMatching(/end of the time/) },
      });
      expect(ms).toBeLessThan(FAST);
    }
  });

  it('answers in years 1 and 9999', async () => {
    const [first, ms1] = await timed(weekly, 'add', '0001-01-01 10:00', 8 * H);
    expect(first).toMatchObject({ ok: true });
    const [last, ms2] = await timed(weekly, 'add', '9999-12-30 10:00', -8 * H);
    expect(last).toMatchObject({ ok: true });
    expect(Math.max(ms1, ms2)).toBeLessThan(FAST);
  });

  it('reads a 10,000-year holiday range as a range: a year costs its own days', async () => {
    const closed = { ...weekly, holidays: [{ from: '0000-01-01', to: '9999-12-31', name: 'forever' }] };
    const [out, ms] = await timed(closed, 'nextOpen', '2024-03-04 10:00');
    expect(out).toMatchObject({ ok: false, error: { code: 'CALENDAR_EXHAUSTED' } });
    expect(ms).toBeLessThan(FAST);
    const past = { ...weekly, holidays: [{ from: '0000-01-01', to: '2024-03-01' }] };
    expect(await run(past, 'nextOpen', '2024-03-01 10:00')).toEqual({ ok: true, value: '2024-03-04T14:00:00.000Z' });
  });
});
