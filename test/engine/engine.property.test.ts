// Property tests: the engine against the slow reference model (test/support/reference.ts), and the
// algebraic laws of add/between that DESIGN.md's semantics imply, over random calendars.
//
// Deterministic: fixed seed (override with HABIL_SEED), numRuns per property RUNS (override with
// HABIL_RUNS). Never uses local-time Date methods: must pass under any TZ.
import fc from 'fast-check';
import { DateTime, Duration } from 'luxon';
import { describe, expect, it, vi } from 'vitest';
import { Calendar, HabilError } from '../../src/index';
import {
  DAY,
  HOUR,
  MINUTE,
  ReferenceCalendar,
  ReferenceRangeError,
  type RefSpec,
  instantToWall,
  possibleInstants,
  show,
} from '../support/reference';
import { durationArb, instantQuery, resolveInstant, resolveWide, specArb, wideQuery } from '../support/arbitraries';

const SEED = Number(process.env.HABIL_SEED ?? 20240301);
const RUNS = Number(process.env.HABIL_RUNS ?? 60);
const params = (runs = RUNS): fc.Parameters<unknown> => ({ seed: SEED, numRuns: runs, endOnFailure: false });
// big HABIL_RUNS (bug hunting) need more than the configured 60 s per test
vi.setConfig({ testTimeout: Math.max(60_000, RUNS * 3_000) });

// --- helpers -------------------------------------------------------------------------------------

const refCache = new Map<string, ReferenceCalendar>();
function reference(spec: RefSpec): ReferenceCalendar {
  const key = JSON.stringify(spec);
  let ref = refCache.get(key);
  if (!ref) {
    if (refCache.size > 200) refCache.clear();
    ref = new ReferenceCalendar(spec);
    refCache.set(key, ref);
  }
  return ref;
}

const engCache = new Map<string, Calendar>();
function engine(spec: RefSpec): Calendar {
  const key = JSON.stringify(spec);
  let cal = engCache.get(key);
  if (!cal) {
    if (engCache.size > 200) engCache.clear();
    cal = Calendar.from(structuredClone(spec) as Parameters<typeof Calendar.from>[0]);
    engCache.set(key, cal);
  }
  return cal;
}

const SKIP = Symbol('skip');
/** Run a reference computation; SKIP when it needs years the reference does not load. */
function ref<T>(f: () => T): T | typeof SKIP {
  try {
    return f();
  } catch (e) {
    if (e instanceof ReferenceRangeError) return SKIP;
    throw e;
  }
}

class Mismatch extends Error {
  override name = 'Mismatch';
}

function describeCase(spec: RefSpec, op: string, input: string, expected: unknown, actual: unknown): string {
  return `${op}(${input}): expected ${String(expected)}, got ${String(actual)}\n  spec: ${JSON.stringify(spec)}`;
}

function sameInstant(spec: RefSpec, op: string, input: string, expected: number, actual: Date): void {
  if (!(actual instanceof Date) || actual.getTime() !== expected)
    throw new Mismatch(
      describeCase(
        spec,
        op,
        input,
        show(spec.zone, expected),
        actual instanceof Date ? show(spec.zone, actual.getTime()) : actual,
      ),
    );
}

function sameValue(spec: RefSpec, op: string, input: string, expected: unknown, actual: unknown): void {
  if (expected !== actual) throw new Mismatch(describeCase(spec, op, input, expected, actual));
}

/** Call the engine; a HabilError (e.g. CALENDAR_EXHAUSTED) is returned so the mismatch report shows it; anything else propagates. */
function call<T>(f: () => T): T | HabilError {
  try {
    return f();
  } catch (e) {
    if (e instanceof HabilError) return e;
    throw e;
  }
}

const at = (zone: string, t: number) => show(zone, t);
const fmtMs = (d: number) => `${d} ms (${(d / HOUR).toFixed(4)} h)`;

// --- agreement with the reference ----------------------------------------------------------------

describe('engine agrees with the reference model', () => {
  it('isOpen, nextOpen and nextClose', () => {
    fc.assert(
      fc.property(specArb(), fc.array(instantQuery, { minLength: 1, maxLength: 8 }), (spec, qs) => {
        const r = reference(spec);
        const cal = engine(spec);
        for (const q of qs) {
          const t = resolveInstant(r, q);
          const label = at(spec.zone, t);
          sameValue(spec, 'isOpen', label, r.isOpen(t), cal.isOpen(t));
          // Periods that never end (24/7 with no closure ahead) are covered by termination.test.ts.
          const nc = ref(() => r.nextClose(t));
          if (nc === SKIP) continue;
          sameInstant(spec, 'nextOpen', label, r.nextOpen(t), call(() => cal.nextOpen(t)) as Date);
          sameInstant(spec, 'nextClose', label, nc, call(() => cal.nextClose(t)) as Date);
        }
      }),
      params(),
    );
  });

  it('windows(from, to): open periods clipped, touching ones merged', () => {
    const span = fc.oneof(
      fc.integer({ min: 0, max: 3 * DAY }),
      fc.integer({ min: 0, max: 21 }).map((k) => k * DAY),
      fc.integer({ min: -2 * HOUR, max: 0 }),
    );
    fc.assert(
      fc.property(specArb(), fc.array(fc.tuple(instantQuery, span), { minLength: 1, maxLength: 4 }), (spec, cases) => {
        const r = reference(spec);
        const cal = engine(spec);
        for (const [q, len] of cases) {
          const from = resolveInstant(r, q);
          const to = from + len;
          const expected = r.windows(from, to).map(([s, e]) => `${at(spec.zone, s)} .. ${at(spec.zone, e)}`);
          const actual = Array.from(cal.windows(new Date(from), new Date(to))).map(
            (w) => `${at(spec.zone, w.start.getTime())} .. ${at(spec.zone, w.end.getTime())}`,
          );
          sameValue(
            spec,
            'windows',
            `${at(spec.zone, from)}, ${at(spec.zone, to)}`,
            JSON.stringify(expected),
            JSON.stringify(actual),
          );
        }
      }),
      params(),
    );
  });

  it('between(a, b), both signs', () => {
    const other = fc.oneof(
      fc.record({ query: instantQuery }),
      fc.record({ offset: fc.integer({ min: -40 * DAY, max: 40 * DAY }) }),
      fc.record({ offset: fc.integer({ min: -2, max: 2 }) }),
    );
    fc.assert(
      fc.property(specArb(), fc.array(fc.tuple(instantQuery, other), { minLength: 1, maxLength: 6 }), (spec, cases) => {
        const r = reference(spec);
        const cal = engine(spec);
        for (const [q, o] of cases) {
          const a = resolveInstant(r, q);
          const b = 'query' in o ? resolveInstant(r, o.query) : a + o.offset;
          sameValue(spec, 'between', `${at(spec.zone, a)}, ${at(spec.zone, b)}`, r.between(a, b), cal.between(a, b));
        }
      }),
      params(),
    );
  });

  it('add(at, d) forward and backward, 1 ms .. 2,000 h', () => {
    fc.assert(
      fc.property(
        specArb(),
        fc.array(fc.tuple(instantQuery, durationArb), { minLength: 1, maxLength: 6 }),
        (spec, cases) => {
          const r = reference(spec);
          const cal = engine(spec);
          for (const [q, d] of cases) {
            const t = resolveInstant(r, q);
            for (const dd of [d, -d]) {
              const expected = ref(() => r.add(t, dd));
              if (expected === SKIP) continue;
              sameInstant(
                spec,
                'add',
                `${at(spec.zone, t)}, ${fmtMs(dd)}`,
                expected,
                call(() => cal.add(t, dd)) as Date,
              );
            }
          }
        },
      ),
      params(),
    );
  });
});

describe('engine agrees with the reference far from today and over long spans', () => {
  it('isOpen, nextOpen, nextClose, between and add anywhere in 1971-2098 (old DST rules, zones that dropped DST)', () => {
    const small = fc.integer({ min: 1, max: 200 * HOUR });
    fc.assert(
      fc.property(specArb(), fc.array(fc.tuple(wideQuery, small), { minLength: 1, maxLength: 3 }), (spec, cases) => {
        const cal = engine(spec);
        for (const [q, d] of cases) {
          // a fresh reference per case: it loads contiguous years, and the cases are decades apart
          const r = new ReferenceCalendar(spec);
          const t = resolveWide(r, q);
          const label = at(spec.zone, t);
          sameValue(spec, 'isOpen', label, r.isOpen(t), cal.isOpen(t));
          const week = ref(() => r.between(t, t + 7 * DAY));
          if (week !== SKIP) sameValue(spec, 'between(t, t + 7 d)', label, week, cal.between(t, t + 7 * DAY));
          const nc = ref(() => r.nextClose(t));
          if (nc !== SKIP) {
            sameInstant(spec, 'nextOpen', label, r.nextOpen(t), call(() => cal.nextOpen(t)) as Date);
            sameInstant(spec, 'nextClose', label, nc, call(() => cal.nextClose(t)) as Date);
          }
          for (const dd of [d, -d]) {
            const expected = ref(() => r.add(t, dd));
            if (expected !== SKIP)
              sameInstant(spec, 'add', `${label}, ${fmtMs(dd)}`, expected, call(() => cal.add(t, dd)) as Date);
          }
        }
      }),
      params(Math.ceil(RUNS / 2)),
    );
  });

  it('between over spans of up to six years', () => {
    fc.assert(
      fc.property(specArb(), instantQuery, fc.integer({ min: -6 * 366 * DAY, max: 6 * 366 * DAY }), (spec, q, span) => {
        const r = reference(spec);
        const cal = engine(spec);
        const a = resolveInstant(r, q);
        const expected = ref(() => r.between(a, a + span));
        if (expected === SKIP) return;
        sameValue(
          spec,
          'between',
          `${at(spec.zone, a)}, ${at(spec.zone, a + span)}`,
          expected,
          cal.between(a, a + span),
        );
      }),
      params(),
    );
  });
});

// --- laws ----------------------------------------------------------------------------------------

/** Engine-only checks, but instants chosen with the reference's help (boundaries etc.). */
function lawProperty(body: (spec: RefSpec, cal: Calendar, t: number, d: number, d2: number) => void) {
  return fc.property(
    specArb(),
    fc.array(fc.tuple(instantQuery, durationArb, durationArb), { minLength: 1, maxLength: 5 }),
    (spec, cases) => {
      const r = reference(spec);
      const cal = engine(spec);
      for (const [q, d, d2] of cases) {
        const t = resolveInstant(r, q);
        // only where the whole computation stays within what the reference knows has open time
        if (
          ref(() => r.add(r.add(t, d + d2), -(d + d2))) === SKIP ||
          ref(() => r.add(r.add(t, -(d + d2)), d + d2)) === SKIP
        )
          continue;
        body(spec, cal, t, d, d2);
      }
    },
  );
}

describe('laws of add and between', () => {
  it('add(t, 0) = t; between(t, add(t, d)) = d; between(add(t, -d), t) = d', () => {
    fc.assert(
      lawProperty((spec, cal, t, d) => {
        const label = `${at(spec.zone, t)}, ${fmtMs(d)}`;
        sameValue(spec, 'add0', label, t, cal.add(t, 0).getTime());
        const fwd = cal.add(t, d).getTime();
        sameValue(spec, 'between(t, add(t,d))', label, d, cal.between(t, fwd));
        const back = cal.add(t, -d).getTime();
        sameValue(spec, 'between(add(t,-d), t)', label, d, cal.between(back, t));
      }),
      params(),
    );
  });

  it('add is earliest (forward) / latest (backward): the result is a period end or open; backward results are open', () => {
    fc.assert(
      lawProperty((spec, cal, t, d) => {
        const label = `${at(spec.zone, t)}, ${fmtMs(d)}`;
        const fwd = cal.add(t, d).getTime();
        // earliest: no earlier instant reaches d, i.e. open just before fwd
        sameValue(spec, 'isOpen(add(t,d) - 1 ms)', label, true, cal.isOpen(fwd - 1));
        if (!cal.isOpen(fwd)) sameInstant(spec, 'nextClose(add(t,d) - 1)', label, fwd, cal.nextClose(fwd - 1));
        const back = cal.add(t, -d).getTime();
        sameValue(spec, 'isOpen(add(t,-d))', label, true, cal.isOpen(back));
      }),
      params(),
    );
  });

  it('add(add(t, a), b) = add(t, a + b) for a, b of the same sign', () => {
    fc.assert(
      lawProperty((spec, cal, t, a, b) => {
        const label = `${at(spec.zone, t)}, ${fmtMs(a)}, ${fmtMs(b)}`;
        sameInstant(spec, 'add(add(t,a),b)', label, cal.add(t, a + b).getTime(), cal.add(cal.add(t, a), b));
        sameInstant(spec, 'add(add(t,-a),-b)', label, cal.add(t, -(a + b)).getTime(), cal.add(cal.add(t, -a), -b));
      }),
      params(),
    );
  });

  it('add(add(t, d), -d) = nextOpen(t); add(add(t, -d), d) = t when open just before t, else the previous period end', () => {
    fc.assert(
      lawProperty((spec, cal, t, d) => {
        const label = `${at(spec.zone, t)}, ${fmtMs(d)}`;
        if (ref(() => reference(spec).nextClose(t)) !== SKIP)
          sameInstant(spec, 'add(add(t,d),-d)', label, cal.nextOpen(t).getTime(), cal.add(cal.add(t, d), -d));
        else sameInstant(spec, 'add(add(t,d),-d)', label, reference(spec).nextOpen(t), cal.add(cal.add(t, d), -d));
        const r = cal.add(cal.add(t, -d), d).getTime();
        if (cal.isOpen(t - 1))
          sameValue(spec, 'add(add(t,-d),d) [open before t]', label, at(spec.zone, t), at(spec.zone, r));
        else {
          // r is the end of the last period before t: closed at r, open just before, nothing open in [r, t)
          sameValue(spec, 'add(add(t,-d),d) <= t', label, true, r <= t);
          sameValue(spec, 'between(add(add(t,-d),d), t)', label, 0, cal.between(r, t));
          sameValue(spec, 'isOpen(add(add(t,-d),d) - 1)', label, true, cal.isOpen(r - 1));
          sameValue(spec, 'isOpen(add(add(t,-d),d))', label, false, cal.isOpen(r));
        }
        // the same, by the reference's definition
        sameValue(
          spec,
          'add(add(t,-d),d) = prevClose(t)',
          label,
          at(spec.zone, reference(spec).prevClose(t)),
          at(spec.zone, r),
        );
      }),
      params(),
    );
  });

  it('between is additive and antisymmetric', () => {
    const offset = fc.oneof(fc.integer({ min: -10 * DAY, max: 10 * DAY }), fc.integer({ min: -3, max: 3 }));
    fc.assert(
      fc.property(
        specArb(),
        fc.array(fc.tuple(instantQuery, instantQuery, offset), { minLength: 1, maxLength: 5 }),
        (spec, cases) => {
          const r = reference(spec);
          const cal = engine(spec);
          for (const [qa, qb, off] of cases) {
            const a = resolveInstant(r, qa);
            const b = resolveInstant(r, qb);
            const c = a + off;
            const label = `${at(spec.zone, a)}, ${at(spec.zone, b)}, ${at(spec.zone, c)}`;
            sameValue(spec, 'between(a,a)', label, 0, cal.between(a, a));
            sameValue(
              spec,
              'between(a,b) + between(b,c) = between(a,c)',
              label,
              cal.between(a, c),
              cal.between(a, b) + cal.between(b, c),
            );
            sameValue(spec, 'between(b,a) = -between(a,b)', label, -cal.between(a, b), cal.between(b, a));
            const ab = cal.between(a, b);
            sameValue(spec, 'sign of between(a,b)', label, true, a <= b ? ab >= 0 : ab <= 0);
          }
        },
      ),
      params(),
    );
  });

  it('nextOpen / nextClose / isOpen are consistent', () => {
    fc.assert(
      fc.property(specArb(), fc.array(instantQuery, { minLength: 1, maxLength: 6 }), (spec, qs) => {
        const r = reference(spec);
        const cal = engine(spec);
        for (const q of qs) {
          const t = resolveInstant(r, q);
          if (ref(() => r.nextClose(t)) === SKIP) continue;
          const label = at(spec.zone, t);
          const o = cal.nextOpen(t).getTime();
          const c = cal.nextClose(t).getTime();
          sameValue(spec, 'nextOpen(t) >= t', label, true, o >= t);
          sameValue(spec, 'nextOpen = t iff open', label, cal.isOpen(t), o === t);
          sameValue(spec, 'isOpen(nextOpen(t))', label, true, cal.isOpen(o));
          sameValue(spec, 'between(t, nextOpen(t)) = 0', label, 0, cal.between(t, o));
          sameValue(spec, 'nextClose > nextOpen', label, true, c > o);
          sameValue(spec, 'open all of [nextOpen, nextClose)', label, c - o, cal.between(o, c));
          sameValue(spec, 'closed at nextClose', label, false, cal.isOpen(c));
          const ws = Array.from(cal.windows(o, c));
          sameValue(spec, 'windows(nextOpen, nextClose) is one period', label, 1, ws.length);
          // windows over a few days: sorted, inside [t, to), non-empty, merged (never touching),
          // maximal (closed just outside each one), and summing to between
          const to = t + 4 * DAY;
          const all = Array.from(cal.windows(t, to)).map((w) => [w.start.getTime(), w.end.getTime()] as const);
          let sum = 0;
          all.forEach(([s, e], i) => {
            sameValue(spec, 'window non-empty and inside [from, to)', label, true, t <= s && s < e && e <= to);
            if (i > 0) sameValue(spec, 'windows sorted and merged', label, true, all[i - 1]![1] < s);
            sameValue(spec, 'open at window start', label, true, cal.isOpen(s));
            sameValue(spec, 'open just before window end', label, true, cal.isOpen(e - 1));
            if (s > t) sameValue(spec, 'closed just before an interior window start', label, false, cal.isOpen(s - 1));
            if (e < to) sameValue(spec, 'closed at an interior window end', label, false, cal.isOpen(e));
            sum += e - s;
          });
          sameValue(spec, 'sum of windows = between', label, cal.between(t, to), sum);
        }
      }),
      params(),
    );
  });
});

// --- serialisation, inputs, immutability ---------------------------------------------------------

function deepFreeze<T>(x: T): T {
  if (x && typeof x === 'object') {
    for (const v of Object.values(x)) deepFreeze(v);
    Object.freeze(x);
  }
  return x;
}

describe('serialisation and inputs', () => {
  it('Calendar.from(cal.toJSON()) behaves identically (also through JSON text)', () => {
    fc.assert(
      fc.property(
        specArb(),
        fc.array(fc.tuple(instantQuery, durationArb), { minLength: 1, maxLength: 4 }),
        (spec, cases) => {
          const r = reference(spec);
          const cal = engine(spec);
          const json = cal.toJSON();
          const again = Calendar.from(JSON.parse(JSON.stringify(json)));
          for (const [q, d] of cases) {
            const t = resolveInstant(r, q);
            const label = at(spec.zone, t);
            sameValue(spec, 'roundtrip isOpen', label, cal.isOpen(t), again.isOpen(t));
            sameValue(spec, 'roundtrip between', label, cal.between(t, t + 30 * DAY), again.between(t, t + 30 * DAY));
            sameValue(
              spec,
              'roundtrip windows',
              label,
              JSON.stringify(Array.from(cal.windows(t, t + 7 * DAY))),
              JSON.stringify(Array.from(again.windows(t, t + 7 * DAY))),
            );
            if (ref(() => r.add(t, d)) !== SKIP)
              sameValue(spec, 'roundtrip add', label, cal.add(t, d).getTime(), again.add(t, d).getTime());
            if (ref(() => r.add(t, -d)) !== SKIP)
              sameValue(spec, 'roundtrip add -', label, cal.add(t, -d).getTime(), again.add(t, -d).getTime());
          }
          // and it is stable
          expect(JSON.parse(JSON.stringify(again.toJSON()))).toEqual(JSON.parse(JSON.stringify(json)));
        },
      ),
      params(Math.ceil(RUNS / 2)),
    );
  });

  it('never mutates its inputs (frozen spec, Date arguments), and returns fresh Dates', () => {
    fc.assert(
      fc.property(specArb(), instantQuery, durationArb, (spec, q, d) => {
        const r = reference(spec);
        const before = structuredClone(spec);
        const frozen = deepFreeze(structuredClone(spec));
        const cal = Calendar.from(frozen as Parameters<typeof Calendar.from>[0]);
        expect(frozen).toEqual(before);
        const t = resolveInstant(r, q);
        const date = new Date(t);
        cal.isOpen(date);
        cal.between(date, new Date(t + DAY));
        Array.from(cal.windows(date, new Date(t + 3 * DAY)));
        if (ref(() => r.add(t, d)) !== SKIP) {
          const res = cal.add(date, d);
          const expected = res.getTime();
          res.setTime(0); // a caller mutating a result must not disturb the calendar
          expect(cal.add(date, d).getTime()).toBe(expected);
        }
        if (ref(() => r.nextClose(t)) !== SKIP) {
          const o = cal.nextOpen(date);
          expect(o).not.toBe(date); // 'at itself' is a value, not the caller's object
          const c = cal.nextClose(date);
          const expected = c.getTime();
          c.setTime(0);
          o.setTime(0);
          expect(cal.nextClose(date).getTime()).toBe(expected);
        }
        for (const w of cal.windows(date, new Date(t + 3 * DAY))) w.start.setTime(0);
        expect(Array.from(cal.windows(date, new Date(t + 3 * DAY))).every((w) => w.start.getTime() >= t)).toBe(true);
        expect(date.getTime()).toBe(t);
        expect(spec).toEqual(before);
      }),
      params(Math.ceil(RUNS / 2)),
    );
  });

  it('instant and duration inputs: number, Date, ISO with offset, wall string, luxon — all the same', () => {
    fc.assert(
      fc.property(specArb(), instantQuery, durationArb, (spec, q, d) => {
        const r = reference(spec);
        const cal = engine(spec);
        const t = Math.floor(resolveInstant(r, q)); // integer ms
        if (ref(() => r.add(t, d)) === SKIP) return;
        const expected = cal.add(t, d).getTime();
        const wallIso = new Date(instantToWall(spec.zone, t)).toISOString().slice(0, 23); // 'YYYY-MM-DDTHH:MM:SS.mmm'
        const forms: Array<[string, Parameters<Calendar['add']>[0]]> = [
          ['Date', new Date(t)],
          ['ISO Z', new Date(t).toISOString()],
          ['ISO offset', show(spec.zone, t)],
          ['luxon', DateTime.fromMillis(t, { zone: spec.zone })],
          ['luxon other zone', DateTime.fromMillis(t, { zone: 'Asia/Kolkata' })],
        ];
        // a wall string means t only when that wall reading is unique (compatible mapping tested in dst.test.ts)
        if (wallUnique(spec.zone, t)) forms.push(['wall string', wallIso]);
        for (const [name, input] of forms)
          sameValue(spec, `add via ${name}`, `${String(input)}, ${d}`, expected, cal.add(input, d).getTime());
        const h = Math.floor(d / HOUR);
        const m = Math.floor((d % HOUR) / MINUTE);
        const s = Math.floor((d % MINUTE) / 1000);
        const ms = d % 1000;
        const durations: Array<[string, Parameters<Calendar['add']>[1]]> = [
          ['luxon Duration', Duration.fromMillis(d)],
          ['object', { hours: h, minutes: m, seconds: s, milliseconds: ms }],
          ['ISO', `PT${h}H${m}M${s}.${String(ms).padStart(3, '0')}S`],
        ];
        for (const [name, dur] of durations)
          sameValue(
            spec,
            `add with ${name}`,
            `${at(spec.zone, t)}, ${JSON.stringify(dur)}`,
            expected,
            cal.add(t, dur).getTime(),
          );
      }),
      params(),
    );
  });
});

/** Is the wall reading of t held by t alone (not in a repeated hour)? */
function wallUnique(zone: string, t: number): boolean {
  return possibleInstants(zone, instantToWall(zone, t)).length === 1;
}
