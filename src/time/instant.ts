// Reading instants at the edge: Date, epoch ms, ISO 8601 strings (with an offset, or without
// one = wall time in the calendar's zone) and luxon DateTime all become epoch milliseconds.
// Strings are read by ./iso (a scanner that allocates nothing on success).

import { DateTime } from 'luxon';
import { InvalidInstantError } from '../errors';
import { parseIso } from './iso';
import { MAX_INSTANT_MS, type Zone } from './zone';

/** Anything habil accepts as an instant. A number is epoch milliseconds. */
export type InstantInput = Date | number | string | DateTime;

const EXPECTED = 'is not an instant: expected a Date, epoch milliseconds, an ISO 8601 string or a luxon DateTime';

/** Epoch milliseconds of an instant; offset-less strings are read as wall time in `zone`. */
export function toEpochMs(input: InstantInput, zone: Zone, path = 'at'): number {
  if (typeof input === 'number') {
    if (!Number.isFinite(input))
      throw new InvalidInstantError(path, input, 'is not an instant: expected finite epoch milliseconds');
    if (!Number.isInteger(input))
      throw new InvalidInstantError(path, input, 'is not a whole number of epoch milliseconds');
    if (Math.abs(input) > MAX_INSTANT_MS)
      throw new InvalidInstantError(
        path,
        input,
        'is outside the instants a Date can hold: expected epoch milliseconds within ±8.64e15 (years -271821 to 275760)',
      );
    return input;
  }
  if (typeof input === 'string') return parseIso(input, zone, path);
  if (Object.prototype.toString.call(input) === '[object Date]') {
    const ms = (input as Date).getTime();
    if (Number.isNaN(ms)) throw new InvalidInstantError(path, input, 'is not an instant: the Date holds no time (NaN)');
    return ms;
  }
  if (DateTime.isDateTime(input)) {
    if (!input.isValid)
      throw new InvalidInstantError(
        path,
        input.invalidExplanation ?? 'Invalid DateTime',
        'is an invalid luxon DateTime',
      );
    return input.toMillis();
  }
  throw new InvalidInstantError(path, input, EXPECTED);
}

/**
 * An instant input in a form that crosses threads (structured clone): a Date or luxon DateTime
 * becomes epoch ms, as read; strings and numbers stay as given.
 *
 * @example
 * portableInstant(new Date(0)); //=> 0
 */
export function portableInstant(input: InstantInput): string | number {
  if (typeof input === 'string' || typeof input === 'number') return input;
  return DateTime.isDateTime(input) ? input.toMillis() : input.getTime();
}
