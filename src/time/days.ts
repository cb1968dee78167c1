// Durations of whole business days at the edge: 'P2D', '-P1D', { days: 2 } or a luxon Duration
// of days only. A day has no fixed length, so these never become milliseconds here: they are
// counted on a calendar (engine/days). Weeks, months, years and days mixed with hours are refused.

import { Duration } from 'luxon';
import { InvalidDurationError } from '../errors';
import type { DurationInput } from './duration';

const ISO_DAYS = /^(-?)P(\d+)D$/;

/**
 * Whether a duration input is written in days (and so is read by toBusinessDays, not
 * toDurationMs); when false, a spec's duration is a string or a number.
 */
export function isDayDuration(input: unknown): boolean {
  // Any ISO duration with a day part before its time part: 'P2D', and 'P1DT2H' (refused later).
  if (typeof input === 'string') return /^-?P[^T]*\d+D/.test(input.trim());
  if (Duration.isDuration(input)) return input.isValid && input.days !== 0;
  return typeof input === 'object' && input !== null && 'days' in input;
}

/** A duration input, or a number of business days as a spec writes it. */
export type DayDurationInput = DurationInput | { days: number };

/** The whole number of business days of a day-valued input; throws InvalidDurationError naming `path`. */
export function toBusinessDays(input: DayDurationInput, path = 'duration'): number {
  const refuse = (why: string): never => {
    throw new InvalidDurationError(path, Duration.isDuration(input) ? input.toISO() : input, why);
  };
  let days: unknown;
  if (typeof input === 'string') {
    const m = ISO_DAYS.exec(input.trim());
    if (!m)
      refuse("is not a number of business days: expected 'P2D', or hours such as 'PT16H' (days do not mix with hours)");
    days = (m![1] ? -1 : 1) * Number(m![2]);
  } else if (Duration.isDuration(input) || (typeof input === 'object' && input !== null)) {
    const object = (Duration.isDuration(input) ? input.toObject() : input) as Record<string, unknown>;
    const others = Object.entries(object).filter(
      ([unit, value]) => unit !== 'days' && value !== undefined && value !== 0,
    );
    if (others.length > 0)
      refuse(
        `mixes days with ${others.map(([unit]) => unit).join(', ')}: a business day has no fixed length, so write days or hours, not both`,
      );
    days = object.days;
  }
  if (typeof days !== 'number' || !Number.isSafeInteger(days))
    refuse("is not a whole number of business days: expected e.g. { days: 2 } or 'P2D'");
  return (days as number) === 0 ? 0 : (days as number);
}
