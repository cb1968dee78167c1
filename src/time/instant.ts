// Reading instants at the edge: Date, epoch ms, ISO 8601 strings (with an offset, or without
// one = wall time in the calendar's zone) and luxon DateTime all become epoch milliseconds.

import { DateTime } from 'luxon';
import { InvalidInstantError } from '../errors';
import { MS_PER_DAY, parseWallTime, localDate, dateParts } from './civil';
import { wallToInstant, type Zone } from './zone';

/** Anything habil accepts as an instant. A number is epoch milliseconds. */
export type InstantInput = Date | number | string | DateTime;

const ISO_RE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

const EXPECTED = 'is not an instant: expected a Date, epoch milliseconds, an ISO 8601 string or a luxon DateTime';

/** Epoch milliseconds of an instant; offset-less strings are read as wall time in `zone`. */
export function toEpochMs(input: InstantInput, zone: Zone, path = 'at'): number {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw new InvalidInstantError(path, input, 'is not an instant: expected finite epoch milliseconds');
    if (!Number.isInteger(input)) throw new InvalidInstantError(path, input, 'is not a whole number of epoch milliseconds');
    return input;
  }
  if (typeof input === 'string') return parseIso(input, zone, path);
  if (Object.prototype.toString.call(input) === '[object Date]') {
    const ms = (input as Date).getTime();
    if (Number.isNaN(ms)) throw new InvalidInstantError(path, input, 'is not an instant: the Date holds no time (NaN)');
    return ms;
  }
  if (DateTime.isDateTime(input)) {
    if (!input.isValid) throw new InvalidInstantError(path, input.invalidExplanation ?? 'Invalid DateTime', 'is an invalid luxon DateTime');
    return input.toMillis();
  }
  throw new InvalidInstantError(path, input, EXPECTED);
}

function parseIso(text: string, zone: Zone, path: string): number {
  const m = ISO_RE.exec(text.trim());
  if (!m) throw new InvalidInstantError(path, text, "is not an ISO 8601 instant: expected e.g. '2024-03-01 16:00' or '2024-03-01T16:00:00-05:00'");
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = localDate(year, month, day);
  const parts = dateParts(date);
  if (month < 1 || month > 12 || parts.month !== month || parts.day !== day) {
    throw new InvalidInstantError(path, text, 'names a date that does not exist');
  }
  const clock = `${m[4] ?? '00'}:${m[5] ?? '00'}:${m[6] ?? '00'}.${(m[7] ?? '0').slice(0, 3)}`;
  const time = parseWallTime(clock);
  if (time === undefined) throw new InvalidInstantError(path, text, 'has a time of day that does not exist');
  const offset = m[8];
  if (offset === undefined) return wallToInstant(zone, date, time);
  return date * MS_PER_DAY + time - offsetMs(offset, text, path);
}

function offsetMs(offset: string, text: string, path: string): number {
  if (offset.toUpperCase() === 'Z') return 0;
  const sign = offset[0] === '-' ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
  if (hours > 23 || minutes > 59) throw new InvalidInstantError(path, text, 'has a UTC offset that does not exist');
  return sign * (hours * 60 + minutes) * 60_000;
}
