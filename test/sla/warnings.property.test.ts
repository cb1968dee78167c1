// Warning and escalation levels against the slow reference: over random calendars (overnight
// windows, DST zones, recurring closures, holidays), clock starts at every kind of boundary and
// random targets, a fraction, `{ before }` and `{ after }` are reached at the earliest instant the
// reference counts that much open time from the clock start (the start itself for a level at or
// below 0), and are flagged reached exactly when the time counted by `now` has got there.
// Deterministic: fixed seed (HABIL_SEED), RUNS per property (HABIL_RUNS).
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { evaluate, HabilError, Policy, type WarningLevel } from '../../src/index';
import { HOUR, MINUTE, ReferenceCalendar, ReferenceRangeError, type RefSpec } from '../support/reference';
import { instantQuery, resolveInstant, specArb } from '../support/arbitraries';

const SEED = Number(process.env.HABIL_SEED ?? 20240301);
const RUNS = Number(process.env.HABIL_RUNS ?? 60);
vi.setConfig({ testTimeout: Math.max(60_000, RUNS * 3_000) });

function policyOn(spec: RefSpec, target: number, warnings: WarningLevel[]): Policy {
  return Policy.from({
    id: 'levels',
    name: 'Levels',
    lang: 'en',
    calendars: { work: structuredClone(spec) as never },
    warnings,
    plans: [
      {
        id: 'p',
        business: 'work',
        priorities: [{ id: 'x', label: 'X', targets: { resolution: { duration: target, clock: 'work' } } }],
      },
    ],
  });
}

describe('warning and escalation levels agree with the reference', () => {
  it('exact instants and reached flags for a fraction, { before } and { after }', () => {
    let checked = 0;
    fc.assert(
      fc.property(
        specArb({ weight247: 1 }),
        instantQuery,
        fc.integer({ min: 1, max: 80 * 60 }).map((m) => m * MINUTE),
        fc.integer({ min: 0, max: 100 * 60 }).map((m) => m * MINUTE),
        fc.integer({ min: 1, max: 30 * 60 }).map((m) => m * MINUTE),
        fc.integer({ min: 1, max: 99 }).map((p) => p / 100),
        fc.integer({ min: 0, max: 150 * HOUR }),
        (spec, q, target, before, after, fraction, later) => {
          const r = new ReferenceCalendar(spec);
          let start: number;
          let expected: { at: number; threshold: number }[];
          let counted: number;
          try {
            start = resolveInstant(r, q);
            const thresholds = [Math.ceil(fraction * target), Math.max(0, target - before), target + after];
            expected = thresholds.map((threshold) => ({
              threshold,
              at: threshold === 0 ? start : r.add(start, threshold),
            }));
            counted = r.between(start, start + later);
          } catch (error) {
            if (error instanceof ReferenceRangeError) return;
            throw error;
          }
          const levels: WarningLevel[] = [fraction, { before }, { after }];
          let sla: ReturnType<typeof evaluate>;
          try {
            sla = evaluate(
              policyOn(spec, target, levels),
              { priority: 'x', reportedAt: start },
              { now: start + later },
            );
          } catch (error) {
            // A calendar that never opens within the search horizon: the reference ran out first.
            if (error instanceof HabilError && error.code === 'CALENDAR_EXHAUSTED') return;
            throw error;
          }
          const warnings = sla.targets.resolution!.warnings;
          expect(warnings.map((w) => w.level)).toEqual(levels);
          warnings.forEach((w, i) => {
            expect(w.at.getTime(), `level ${JSON.stringify(w.level)} in ${JSON.stringify(spec)}`).toBe(expected[i]!.at);
            expect(w.reached).toBe(counted >= expected[i]!.threshold);
          });
          checked++;
        },
      ),
      { seed: SEED, numRuns: RUNS, endOnFailure: false },
    );
    expect(checked).toBeGreaterThan(RUNS / 2);
  });
});
