// The durations a policy writes: target durations and ranges (business days or business time,
// positive, a range's ends in one unit and in order) and warning offsets. Problems are
// collected as issues at their paths.

import { HabilError, type Issue, show, issueAt, missingAt, problemAt } from '../errors';
import { isDayDuration, toBusinessDays } from '../time/days';
import { toDurationMs } from '../time/duration';
import type { ParsedPolicy } from './schema';
import type { DurationSpec, WarningLevel } from './spec';

type ParsedPlan = ParsedPolicy['plans'][number];
/** A target as the schema parsed it: a duration or a min/max range, on a clock. */
export type ParsedTarget = NonNullable<NonNullable<ParsedPlan['priorities'][number]['targets']>['response']>;

/**
 * Checks the durations of targets and warning levels, pushing each problem to `issues`.
 *
 * @example
 * new DurationChecks(issues).target({ duration: 'PT0S', clock: 'business' }, 'plans[0].priorities[0].targets.response');
 */
export class DurationChecks {
  constructor(readonly issues: Issue[]) {}

  /** A target's duration, or its range; its clock is checked by the caller. */
  target(target: ParsedTarget, path: string): void {
    const range = target.min !== undefined || target.max !== undefined;
    if (target.duration !== undefined && range) {
      this.issues.push(
        problemAt(path, 'has both duration and min/max: expected { duration, clock } or a range { min, max, clock }'),
      );
      return;
    }
    if (!range) {
      if (target.duration === undefined)
        this.issues.push(
          missingAt(`${path}.duration`, 'is missing: expected { duration, clock } or a range { min, max, clock }'),
        );
      else this.duration(target.duration, `${path}.duration`);
      return;
    }
    if (target.min === undefined || target.max === undefined) {
      this.issues.push(
        missingAt(`${path}.${target.min === undefined ? 'min' : 'max'}`, 'is missing: a range needs both min and max'),
      );
      return;
    }
    const min = this.duration(target.min, `${path}.min`);
    const max = this.duration(target.max, `${path}.max`);
    if (min === undefined || max === undefined) return;
    if (min.unit !== max.unit) {
      this.issues.push(
        problemAt(
          path,
          `mixes business days and hours (${show(target.min)} to ${show(target.max)}): a range's ends share one unit`,
        ),
      );
    } else if (min.n > max.n) {
      this.issues.push(
        issueAt(
          `${path}.min`,
          target.min,
          `is more than max ${show(target.max)}: a range runs from min to max ("3 a 5 horas" is { min: 'PT3H', max: 'PT5H' })`,
        ),
      );
    }
  }

  /** Warning levels: fractions were checked by the schema; offsets must be positive business time. */
  warnings(levels: readonly WarningLevel[] | undefined, path: string): void {
    (levels ?? []).forEach((level, i) => {
      if (typeof level === 'number') return;
      const [side, value] = 'before' in level ? ['before', level.before] : ['after', level.after];
      this.offset(value, `${path}[${i}].${side}`);
    });
  }

  /** A target duration: business days ('P2D', { days: 2 }) or milliseconds, positive. */
  duration(value: DurationSpec, path: string): { unit: 'days' | 'ms'; n: number } | undefined {
    if (!isDayDuration(value)) {
      const ms = this.offset(value as string | number, path);
      return ms === undefined ? undefined : { unit: 'ms', n: ms };
    }
    return this.positive(
      () => toBusinessDays(value, path),
      value,
      path,
      (n) => ({ unit: 'days', n }),
    );
  }

  /** Business time in milliseconds, positive. */
  offset(value: string | number, path: string): number | undefined {
    return this.positive(
      () => toDurationMs(value, path),
      value,
      path,
      (ms) => ms,
    );
  }

  positive<T>(read: () => number, value: unknown, path: string, wrap: (n: number) => T): T | undefined {
    try {
      const n = read();
      if (n > 0) return wrap(n);
      this.issues.push(issueAt(path, value, 'is not a target: expected a positive duration'));
    } catch (error) {
      if (!HabilError.is(error)) throw error;
      this.issues.push(...error.issues);
    }
    return undefined;
  }
}
