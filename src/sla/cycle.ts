// One cycle of one target at `now`: its clock (open time of the target's calendar from the
// cycle's start, minus the pauses that stop this target), elapsed, due, warning instants and
// status. Business time is the measure whether or not the cycle completed, so the status is
// monotone in `now`: a cycle due at a window's end stays unbreached while the calendar is closed.

import type { Timeline } from '../engine/timeline';
import { normalize, type IntervalList } from '../engine/intervals';
import { CalendarExhaustedError } from '../errors';
import type { ResolvedTarget, WarningLevel } from '../policy';
import { levelThreshold } from '../policy/warnings';
import { TargetClock } from './clock';
import type { HistoryPause } from './history';
import type { TargetStatus, WarningPoint } from './types';

/** What judging a cycle needs. */
export interface CycleInput {
  target: ResolvedTarget;
  timeline: Timeline;
  /** The cycle's clock start. */
  start: number;
  /** Its completion, if any (ignored when after `now`). */
  end: number | undefined;
  /** The pauses that stop this target (by their `stops`, else the policy's scope of their reason). */
  pauses: readonly HistoryPause[];
  now: number;
}

/** A cycle judged. */
export interface JudgedCycle {
  clock: TargetClock;
  /** Completion when known at `now`. */
  completion: number | undefined;
  /** Completion, or `now`, never before the start. */
  countedUntil: number;
  elapsed: number;
  due: number;
  status: TargetStatus;
  /** The pauses that stop this target, known at `now`. */
  applying: HistoryPause[];
  pausedNow: boolean;
  /** For a breached cycle: the infimum of the instants elapsed is outside the bound. */
  breachedAt?: number;
  /** For an open, unbreached, unpaused cycle: the first instant `now` would show it breached. */
  flip?: number;
}

/**
 * Judges a cycle; `warned` says whether a warning level has been reached (the caller computes
 * warning instants only for the cycle it reports in full).
 *
 * @example
 * judgeCycle({ target, timeline, start, end: undefined, pauses: [], now }, () => false).status;
 */
export function judgeCycle(input: CycleInput, warned: (cycle: JudgedCycle) => boolean): JudgedCycle {
  const { target, start, now } = input;
  const completion = input.end !== undefined && input.end <= now ? input.end : undefined;
  const countedUntil = Math.max(completion ?? now, start);

  // Pauses known at `now` that stop this target; an open one lasts until `now`.
  const applying: HistoryPause[] = [];
  const spans: IntervalList = [];
  let pausedNow = false;
  for (const p of input.pauses) {
    if (p.from > now) continue;
    applying.push(p);
    spans.push(Math.max(p.from, start), Math.min(p.to ?? now, now, completion ?? Infinity));
    if (completion === undefined && (p.to === undefined || p.to > now)) pausedNow = true;
  }
  const clock = new TargetClock(input.timeline, start, spans.length === 0 ? spans : normalize(spans));
  const elapsed = clock.elapsed(countedUntil);
  const due = clock.reach(target.target);
  const within = target.bound === 'inclusive' ? elapsed <= target.target : elapsed < target.target;
  const cycle: JudgedCycle = { clock, completion, countedUntil, elapsed, due, status: 'running', applying, pausedNow };
  if (completion !== undefined) cycle.status = within ? 'met' : 'breached';
  else if (!within) cycle.status = 'breached';
  else if (pausedNow) cycle.status = 'paused';
  else if (warned(cycle)) cycle.status = 'at-risk';

  if (cycle.status === 'breached') cycle.breachedAt = breachStart(clock, target, due)!;
  else if (completion === undefined && cycle.status !== 'paused') {
    const flip = breachStart(clock, target, due);
    if (flip !== undefined) cycle.flip = flip + (target.bound === 'inclusive' ? 1 : 0);
  }
  return cycle;
}

/**
 * Each warning level of a target and when its cycle reaches it, given the pauses known at `now`.
 *
 * @example
 * warningPoints(cycle, target, [0.75]); //=> [{ level: 0.75, at, reached }]
 */
export function warningPoints(
  cycle: JudgedCycle,
  target: ResolvedTarget,
  levels: readonly WarningLevel[],
): WarningPoint[] {
  return levels.map((level) => {
    const threshold = levelThreshold(level, target.target);
    return { level, at: new Date(cycle.clock.reach(threshold)), reached: cycle.elapsed >= threshold };
  });
}

/**
 * `breachedAt`: the infimum of the instants at which elapsed is outside the bound. Strict, that
 * is `due`; inclusive, the first counted instant from `due` on (the next opening when `due` is a
 * window's end), found as one before the instant `target + 1 ms` have been counted. Undefined
 * when the clock never counts again within its search horizon: the target then never breaches.
 */
function breachStart(clock: TargetClock, target: ResolvedTarget, due: number): number | undefined {
  if (target.bound === 'strict') return due;
  try {
    return clock.reach(target.target + 1) - 1;
  } catch (error) {
    if (error instanceof CalendarExhaustedError) return undefined;
    throw error;
  }
}
