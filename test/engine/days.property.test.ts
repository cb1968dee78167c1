// Property tests for the backward queries and business days: the engine against the slow
// reference (test/support/reference.ts) over random calendars (overnight windows, DST zones,
// recurring closures), instants at every kind of boundary, and day counts of both signs.
// Deterministic: fixed seed (HABIL_SEED), RUNS per property (HABIL_RUNS).
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { Calendar, HabilError } from '../../src/index';
import { DAY, ReferenceCalendar, ReferenceRangeError, type RefSpec, show } from '../support/reference';
import { instantQuery, resolveInstant, specArb } from '../support/arbitraries';

const SEED = Number(process.env.HABIL_SEED ?? 20240301);
const RUNS = Number(process.env.HABIL_RUNS ?? 60);
const params = (runs = RUNS): fc.Parameters<unknown> => ({ seed: SEED, numRuns: runs, endOnFailure: false });
vi.setConfig({ testTimeout: Math.max(60_000, RUNS * 3_000) });

const SKIP = Symbol('skip');
/** A reference answer, or SKIP when it needs years (or business days) beyond what it loads. */
function ref<T>(f: () => T): T | typeof SKIP {
  try {
    return f();
  } catch (e) {
    if (e instanceof ReferenceRangeError) return SKIP;
    throw e;
  }
}

/** The engine's answer as epoch ms, or the HabilError code it threw. */
function eng(f: () => Date | number): number | string {
  try {
    const v = f();
    return v instanceof Date ? v.getTime() : v;
  } catch (e) {
    if (e instanceof HabilError) return e.code;
    throw e;
  }
}

function check(spec: RefSpec, op: string, expected: number | typeof SKIP, actual: number | string, asInstant = true) {
  if (expected === SKIP) return;
  const shown = (v: number | string) => (typeof v === 'number' && asInstant ? show(spec.zone, v) : String(v));
  if (actual !== expected)
    expect.fail(`${op}: expected ${shown(expected)}, got ${shown(actual)}\n  spec: ${JSON.stringify(spec)}`);
}

function both(spec: RefSpec): { r: ReferenceCalendar; cal: Calendar } {
  return {
    r: new ReferenceCalendar(spec),
    cal: Calendar.from(structuredClone(spec) as Parameters<typeof Calendar.from>[0]),
  };
}

const days = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.integer({ min: -25, max: 25 }));

describe('backward queries agree with the reference', () => {
  it('previousClose and previousOpen', () => {
    fc.assert(
      fc.property(specArb(), fc.array(instantQuery, { minLength: 1, maxLength: 6 }), (spec, qs) => {
        const { r, cal } = both(spec);
        for (const q of qs) {
          const t = resolveInstant(r, q);
          const label = show(spec.zone, t);
          check(
            spec,
            `previousClose(${label})`,
            ref(() => r.prevClose(t)),
            eng(() => cal.previousClose(t)),
          );
          check(
            spec,
            `previousOpen(${label})`,
            ref(() => r.previousOpen(t)),
            eng(() => cal.previousOpen(t)),
          );
        }
      }),
      params(),
    );
  });
});

describe('business days agree with the reference (zendesk/biz day arithmetic)', () => {
  it('addBusinessDays(at, n), with and without endOfDay', () => {
    fc.assert(
      fc.property(
        specArb(),
        fc.array(fc.tuple(instantQuery, days, fc.boolean()), { minLength: 1, maxLength: 4 }),
        (spec, cases) => {
          const { r, cal } = both(spec);
          for (const [q, n, endOfDay] of cases) {
            const t = resolveInstant(r, q);
            const op = `addBusinessDays(${show(spec.zone, t)}, ${n}${endOfDay ? ', endOfDay' : ''})`;
            check(
              spec,
              op,
              ref(() => r.addBusinessDays(t, n, endOfDay)),
              eng(() => cal.addBusinessDays(t, n, { endOfDay })),
            );
          }
        },
      ),
      params(),
    );
  });

  it('businessDaysBetween(a, b), both signs', () => {
    const span = fc.oneof(fc.integer({ min: -12 * DAY, max: 12 * DAY }), fc.integer({ min: -2, max: 2 }));
    fc.assert(
      fc.property(specArb(), fc.array(fc.tuple(instantQuery, span), { minLength: 1, maxLength: 3 }), (spec, cases) => {
        const { r, cal } = both(spec);
        for (const [q, len] of cases) {
          const a = resolveInstant(r, q);
          const op = `businessDaysBetween(${show(spec.zone, a)}, ${show(spec.zone, a + len)})`;
          check(
            spec,
            op,
            ref(() => r.businessDaysBetween(a, a + len)),
            eng(() => cal.businessDaysBetween(a, a + len)),
            false,
          );
        }
      }),
      params(Math.ceil(RUNS / 2)),
    );
  });

  it('laws: between of n days back is -n days forward only as counted; never -0; add(a, between(a, b)) <= b', () => {
    fc.assert(
      fc.property(specArb(), instantQuery, fc.integer({ min: 0, max: 15 }), (spec, q, n) => {
        const { r, cal } = both(spec);
        const a = resolveInstant(r, q);
        const b = eng(() => cal.addBusinessDays(a, n));
        if (typeof b !== 'number') return;
        const counted = cal.businessDaysBetween(a, b);
        expect(counted).toBeGreaterThanOrEqual(n);
        expect(cal.addBusinessDays(a, counted).getTime()).toBeLessThanOrEqual(b);
        expect(Object.is(cal.businessDaysBetween(b, b), 0)).toBe(true);
        expect(Object.is(cal.between(b, a), -0)).toBe(false);
      }),
      params(),
    );
  });
});
