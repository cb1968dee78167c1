// Reading business durations at the edge: milliseconds, ISO 8601 ('PT4H30M'), luxon Duration,
// or { hours, minutes, seconds, milliseconds }. Calendar units (days, weeks, months, years) are
// refused: a "business day" has no fixed length, so guessing one would be a wrong answer.

import { Duration } from 'luxon';
import { InvalidDurationError } from '../errors';

/**
 * The clock units a business duration is written in. Calendar units (days, weeks, months,
 * years) are left out on purpose: refused at run time, they are refused by the compiler too.
 */
export interface ClockDurationObject {
  hours?: number;
  minutes?: number;
  seconds?: number;
  milliseconds?: number;
}

/** Anything habil accepts as a duration. A number is milliseconds. */
export type DurationInput = number | string | Duration | ClockDurationObject;

/** Business time in milliseconds. */
export type BusinessDuration = number;

const CLOCK_UNITS = { hours: 3_600_000, minutes: 60_000, seconds: 1000, milliseconds: 1 } as const;
const CALENDAR_UNITS = ['years', 'quarters', 'months', 'weeks', 'days'] as const;
const EXPECTED =
  "is not a duration: expected milliseconds, an ISO 8601 duration such as 'PT4H30M', a luxon Duration or { hours, minutes, seconds }";

const parsed = new Map<string, number>();
/** From the first instant a Date holds to the last: no business duration can be longer. */
const MAX_DURATION_MS = 1.728e16;

/** Milliseconds of a business duration; throws InvalidDurationError naming `path`. */
export function toDurationMs(input: DurationInput, path = 'duration'): BusinessDuration {
  if (typeof input === 'number') return wholeMs(input, input, path);
  if (typeof input === 'string') {
    const hit = parsed.get(input);
    if (hit !== undefined) return hit;
    const ms = parseIsoDuration(input, path);
    if (parsed.size < 1000) parsed.set(input, ms);
    return ms;
  }
  if (Duration.isDuration(input)) {
    if (!input.isValid)
      throw new InvalidDurationError(
        path,
        input.invalidExplanation ?? 'Invalid Duration',
        'is an invalid luxon Duration',
      );
    return fromObject(input.toObject() as Record<string, unknown>, input.toISO(), path);
  }
  // Only plain objects: a Date, a Number or a Map has no own unit fields and would read as 0 ms.
  if (typeof input === 'object' && input !== null && [Object.prototype, null].includes(Object.getPrototypeOf(input))) {
    return fromObject(input as Record<string, unknown>, input, path);
  }
  throw new InvalidDurationError(path, input, EXPECTED);
}

function parseIsoDuration(text: string, path: string): number {
  const negative = text.startsWith('-');
  const duration = Duration.fromISO(negative ? text.slice(1) : text);
  if (!duration.isValid) throw new InvalidDurationError(path, text, EXPECTED);
  const ms = fromObject(duration.toObject() as Record<string, unknown>, text, path);
  return negative ? -ms : ms;
}

function fromObject(object: Record<string, unknown>, shown: unknown, path: string): number {
  let total = 0;
  for (const [unit, value] of Object.entries(object)) {
    if (value === undefined || value === 0) continue;
    if ((CALENDAR_UNITS as readonly string[]).includes(unit)) {
      throw new InvalidDurationError(
        path,
        shown,
        `uses ${unit}: business durations are measured in hours, minutes, seconds and milliseconds (write 'PT16H' for 16 business hours)`,
      );
    }
    const factor = CLOCK_UNITS[unit as keyof typeof CLOCK_UNITS];
    if (factor === undefined)
      throw new InvalidDurationError(
        `${path}.${unit}`,
        value,
        'is not a duration unit: expected hours, minutes, seconds or milliseconds',
      );
    if (typeof value !== 'number' || !Number.isFinite(value))
      throw new InvalidDurationError(`${path}.${unit}`, value, 'is not a finite number');
    total += value * factor;
  }
  return wholeMs(Math.round(total * 1000) / 1000, shown, path);
}

function wholeMs(ms: number, shown: unknown, path: string): number {
  if (!Number.isFinite(ms)) throw new InvalidDurationError(path, shown, 'is not a finite duration');
  if (!Number.isInteger(ms)) throw new InvalidDurationError(path, shown, 'is not a whole number of milliseconds');
  if (Math.abs(ms) > MAX_DURATION_MS)
    throw new InvalidDurationError(path, shown, 'is longer than the time a Date can span (1.728e16 ms)');
  return ms === 0 ? 0 : ms;
}
