// Targets in business days and warning levels as offsets, at the policy layer: what Policy.from
// accepts and refuses (path, value, expected), what resolve() returns, and the thresholds.
import { describe, expect, it } from 'vitest';
import { PolicyError } from '../../src/errors';
import { Policy, type PolicySpec } from '../../src/policy';
import { atClockStart } from '../../src/policy/day-targets';
import { isEscalation, levelThreshold } from '../../src/policy/warnings';
import { toBusinessDays } from '../../src/time/days';
import { acmeSpec } from './fixtures';

function problem(edit: (spec: PolicySpec) => void): string {
  const spec = acmeSpec();
  edit(spec);
  try {
    Policy.from(spec);
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyError);
    return (error as PolicyError).message;
  }
  throw new Error('expected Policy.from to throw');
}
const target = (spec: PolicySpec) => spec.plans[0]!.priorities[1]!.targets!;
const loose = (value: unknown) => value as never;
const at = 'plans[0].priorities[1].targets.resolution';

describe('business-day targets', () => {
  it("read 'P2D', { days: 2 } and day ranges; keep the spec as written", () => {
    for (const duration of ['P2D', { days: 2 }] as const) {
      const spec = acmeSpec();
      target(spec).resolution = { duration, clock: 'business' };
      const policy = Policy.from(spec);
      const resolved = policy.resolve({ plan: spec.plans[0]!.id, priority: spec.plans[0]!.priorities[1]!.id });
      expect(resolved.targets.resolution?.days).toEqual({ max: 2 });
      expect(policy.toJSON().plans[0]!.priorities[1]!.targets!.resolution).toEqual({ duration, clock: 'business' });
    }
    const spec = acmeSpec();
    target(spec).resolution = { min: 'P1D', max: { days: 3 }, clock: 'business' };
    const resolved = Policy.from(spec).resolve({ priority: spec.plans[0]!.priorities[1]!.id });
    expect(resolved.targets.resolution?.days).toEqual({ max: 3, min: 1 });
  });

  it('refuse fractions, zero, negatives, mixed units and ranges that run backwards', () => {
    expect(problem((s) => (target(s).resolution = { duration: { days: 1.5 }, clock: 'business' }))).toBe(
      `${at}.duration: {"days":1.5} is not a whole number of business days: expected e.g. { days: 2 } or 'P2D'`,
    );
    expect(problem((s) => (target(s).resolution = { duration: 'P0D', clock: 'business' }))).toBe(
      `${at}.duration: 'P0D' is not a target: expected a positive duration`,
    );
    expect(problem((s) => (target(s).resolution = loose({ duration: { days: 1, hours: 2 }, clock: 'business' })))).toBe(
      `${at}.duration: has unknown key 'hours'`,
    );
    expect(problem((s) => (target(s).resolution = { min: 'PT4H', max: 'P1D', clock: 'business' }))).toBe(
      `${at}: mixes business days and hours ('PT4H' to 'P1D'): a range's ends share one unit`,
    );
    expect(problem((s) => (target(s).resolution = { min: 'P3D', max: 'P1D', clock: 'business' }))).toBe(
      `${at}.min: 'P3D' is more than max 'P1D': a range runs from min to max ("3 a 5 horas" is { min: 'PT3H', max: 'PT5H' })`,
    );
  });

  it('toBusinessDays reads days only', () => {
    expect(toBusinessDays('P2D')).toBe(2);
    expect(toBusinessDays('-P2D')).toBe(-2);
    expect(toBusinessDays({ days: 5 })).toBe(5);
    expect(() => toBusinessDays({ days: 1, hours: 1 })).toThrow(/mixes days with hours/);
    expect(() => toBusinessDays('P1W')).toThrow(/is not a number of business days/);
  });

  it('become milliseconds at a clock start: the business time to the same hour n business days on', () => {
    const spec = acmeSpec();
    target(spec).resolution = { duration: 'P2D', clock: 'business' };
    const policy = Policy.from(spec);
    const resolved = policy.resolve({ priority: spec.plans[0]!.priorities[1]!.id }).targets.resolution!;
    const calendar = resolved.calendar;
    const start = calendar.nextOpen('2024-03-06 10:00').getTime();
    const fixed = atClockStart(resolved, start);
    expect(fixed.target).toBe(calendar.between(start, calendar.addBusinessDays(start, 2)));
    expect(fixed.target).toBeGreaterThan(0);
    expect(atClockStart(policy.resolve({ priority: spec.plans[0]!.priorities[0]!.id }).targets.response!, start)).toBe(
      policy.resolve({ priority: spec.plans[0]!.priorities[0]!.id }).targets.response,
    );
  });
});

describe('warning levels as offsets', () => {
  it('accept fractions, { before } and { after } as written; fractions sorted first', () => {
    const spec = acmeSpec();
    spec.warnings = [{ after: 'PT2H' }, 0.9, { before: 'PT1H' }, 0.5];
    expect(Policy.from(spec).resolve({ priority: spec.plans[0]!.priorities[0]!.id }).warnings).toEqual([
      0.5,
      0.9,
      { after: 'PT2H' },
      { before: 'PT1H' },
    ]);
  });

  it('refuse bad levels and offsets, naming them', () => {
    expect(problem((s) => (s.warnings = [1.2]))).toBe(
      "warnings[0]: 1.2 is invalid: expected a warning level: a fraction of the target strictly between 0 and 1 such as 0.75, { before: 'PT1H' } or { after: 'PT2H' }",
    );
    expect(problem((s) => (s.warnings = [{ before: 'PT0S' }]))).toBe(
      "warnings[0].before: 'PT0S' is not a target: expected a positive duration",
    );
    expect(problem((s) => (s.plans[0]!.warnings = [{ after: 'P1D' }]))).toMatch(
      /^plans\[0\]\.warnings\[0\]\.after: 'P1D' uses days/,
    );
    expect(problem((s) => (s.warnings = [loose({ before: 'PT1H', after: 'PT1H' })]))).toMatch(/^warnings\[0\]: /);
  });

  it('thresholds: a fraction of the target, the target minus before (never below 0), plus after', () => {
    expect(levelThreshold(0.75, 14_400_000)).toBe(10_800_000);
    expect(levelThreshold(0.75, 1)).toBe(1);
    expect(levelThreshold({ before: 'PT1H' }, 14_400_000)).toBe(10_800_000);
    expect(levelThreshold({ before: 'PT5H' }, 14_400_000)).toBe(0);
    expect(levelThreshold({ after: 3_600_000 }, 14_400_000)).toBe(18_000_000);
    expect([0.5, { before: 'PT1H' }, { after: 'PT1H' }].map(isEscalation)).toEqual([false, false, true]);
  });
});
