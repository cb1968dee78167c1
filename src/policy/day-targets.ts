// Targets in business days ("2 días hábiles"), fixed at a clock start: n days become the
// business milliseconds between the clock start and n business days after it on the target's
// clock (zendesk/biz's day arithmetic, engine/days), then are judged like any other target.

import { coreOf } from '../calendar/core';
import { between } from '../engine/between';
import { addBusinessDays } from '../engine/days';
import type { ResolvedTarget } from './terms';

/**
 * The target with its business days turned into milliseconds from `clockStart`; a target in
 * hours is returned as it is.
 *
 * @example
 * atClockStart(policy.resolve({ priority: 'low' }).targets.resolution!, Date.parse('2024-03-01T15:00:00Z')).target;
 * //=> the business ms from Friday 10:00 to Tuesday 10:00, for { duration: 'P2D' }
 */
export function atClockStart(target: ResolvedTarget, clockStart: number): ResolvedTarget {
  if (!target.days) return target;
  const { timeline, zone } = coreOf(target.calendar);
  const ms = (days: number) => between(timeline, clockStart, addBusinessDays(timeline, zone, clockStart, days));
  const fixed: ResolvedTarget = { ...target, target: ms(target.days.max) };
  if (target.days.min !== undefined) fixed.min = ms(target.days.min);
  return fixed;
}
