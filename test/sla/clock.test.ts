// TargetClock keeps the open time before each pause once measured: whatever the order of the
// amounts asked, a clock answers as a fresh clock does, and the instant it reaches has exactly
// the amount counted before it. Random calendars (DST zones among them), random pauses.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coreOf } from '../../src/calendar/core';
import { Calendar } from '../../src/index';
import { TargetClock } from '../../src/sla/clock';
import { RANGE_FROM, specArb } from '../support/arbitraries';

const HOUR = 3_600_000;
const SEED = Number(process.env.HABIL_SEED ?? 20241124);
const RUNS = Number(process.env.HABIL_RUNS ?? 150);

/** Normalized pauses at or after `start`: sorted, disjoint, not touching, not empty. */
function pausesFrom(start: number, gaps: readonly [number, number][]): number[] {
  const out: number[] = [];
  let t = start;
  for (const [gap, length] of gaps) {
    t += gap + 1;
    out.push(t, t + length + 1);
    t += length + 1;
  }
  return out;
}

/** The answer of a fresh clock, or the error's class: the same either way it is asked. */
function answer(f: () => number): number | string {
  try {
    return f();
  } catch (error) {
    return (error as Error).constructor.name;
  }
}

describe('TargetClock.reach', () => {
  it('answers every amount as a fresh clock would, in any order', () => {
    fc.assert(
      fc.property(
        specArb(),
        fc.integer({ min: 0, max: 400 * 24 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 60 * HOUR }), fc.integer({ min: 0, max: 60 * HOUR })), {
          maxLength: 8,
        }),
        fc.array(fc.integer({ min: 1, max: 200 * HOUR }), { minLength: 1, maxLength: 6 }),
        (spec, hours, gaps, amounts) => {
          const { timeline } = coreOf(Calendar.from(structuredClone(spec) as Parameters<typeof Calendar.from>[0]));
          const start = RANGE_FROM + hours * HOUR + (hours % 7) * 60_000;
          const pauses = pausesFrom(start, gaps);
          const kept = new TargetClock(timeline, start, pauses);
          for (const amount of amounts) {
            const fresh = answer(() => new TargetClock(timeline, start, pauses).reach(amount));
            expect(answer(() => kept.reach(amount))).toBe(fresh);
            if (typeof fresh === 'number') expect(kept.elapsed(fresh)).toBe(amount);
          }
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
