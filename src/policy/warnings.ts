// Warning and escalation levels read against one target: a fraction of it, business time before
// due (`{ before: 'PT1H' }`, GLPI's "time before"), or after it (`{ after: 'PT2H' }`: an
// escalation level past due). The answer is the elapsed business time at which the level is met.

import { toDurationMs } from '../time/duration';
import { formatDuration } from '../time/format';
import type { WarningLevel } from './spec';

/**
 * The elapsed business ms at which `level` is reached on a target of `target` ms (never below 0).
 *
 * @example
 * levelThreshold(0.75, 14_400_000); //=> 10_800_000
 * levelThreshold({ before: 'PT1H' }, 14_400_000); //=> 10_800_000
 * levelThreshold({ after: 'PT2H' }, 14_400_000); //=> 21_600_000
 */
export function levelThreshold(level: WarningLevel, target: number): number {
  if (typeof level === 'number') return Math.ceil(level * target);
  if ('before' in level) return Math.max(0, target - toDurationMs(level.before));
  return target + toDurationMs(level.after);
}

/**
 * Whether a level lies past due (an escalation): reaching it does not make a target at risk.
 *
 * @example
 * isEscalation({ after: 'PT2H' }); //=> true
 */
export function isEscalation(level: WarningLevel): boolean {
  return typeof level === 'object' && 'after' in level;
}

/**
 * A level for people, as the timeline marks it: a percentage, or business time before (-) or after (+) due.
 *
 * @example
 * formatLevel({ before: 'PT1H' }); //=> '-1 h'
 */
export function formatLevel(level: WarningLevel): string {
  if (typeof level === 'number') return `${Math.round(level * 100)} %`;
  if ('before' in level) return `-${formatDuration(toDurationMs(level.before))}`;
  return `+${formatDuration(toDurationMs(level.after))}`;
}
