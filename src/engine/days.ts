// Business days, as zendesk/biz counts them: a business day is a local date on which an open
// period starts, and n business days after an instant is the same local time of day on the
// n-th following business day, moved to the next open instant when closed then (backwards: to
// the last close). Everything is read off the engine's year tables; nothing else is compiled.

import { CalendarExhaustedError, InvalidDurationError } from '../errors';
import { MS_PER_DAY, type LocalDate } from '../time/civil';
import { instantToLocal, wallToInstant, type Zone } from '../time/zone';
import { previousClose } from './backward';
import { nextClose, nextOpen, periodsFrom, type Period } from './periods';
import { MAX_SEARCH_YEARS, type Timeline } from './timeline';

const DAYS_PER_YEAR = 366;

/** The open period that makes `date` a business day, the last one when several start on it. */
function lastPeriodOf(timeline: Timeline, zone: Zone, date: LocalDate): Period | undefined {
  const dayBefore = wallToInstant(zone, date - 1, 0);
  const start = wallToInstant(zone, date, 0);
  const end = wallToInstant(zone, date + 1, 0);
  let last: Period | undefined;
  if (end <= start) return undefined; // a date the zone skipped (Samoa, 2011-12-30)
  for (const period of periodsFrom(timeline, dayBefore, end)) {
    // A period starting on the date, or one running through the whole day before (24/7, or
    // '00:00-24:00' every day); a period begun later the day before is that day's overnight shift.
    if (period.start >= start || (period.start <= dayBefore && period.end > start)) last = period;
  }
  return last;
}

/** Whether an open period starts on a local date (see lastPeriodOf). */
export function isBusinessDay(timeline: Timeline, zone: Zone, date: LocalDate): boolean {
  return lastPeriodOf(timeline, zone, date) !== undefined;
}

/**
 * The business dates strictly after (step 1) or before (step -1) `date`, nearest first, up to
 * `until` (included) when given. Any walk fails after MAX_SEARCH_YEARS; unbounded, it also fails with CalendarExhaustedError after the
 * horizon's years without a business day.
 */
export function* businessDates(
  timeline: Timeline,
  zone: Zone,
  date: LocalDate,
  step: 1 | -1,
  until?: LocalDate,
): Generator<LocalDate> {
  const side = step > 0 ? 'after' : 'before';
  let empty = 0;
  for (let d = date + step, walked = 1; ; d += step, walked++) {
    if (until !== undefined && (d - until) * step > 0) return;
    if (walked > MAX_SEARCH_YEARS * DAYS_PER_YEAR)
      throw new CalendarExhaustedError(
        `the answer lies more than ${MAX_SEARCH_YEARS} years ${side} ${dateText(date)}: too many business days for this calendar`,
      );
    if (isBusinessDay(timeline, zone, d)) {
      empty = 0;
      yield d;
    } else if (++empty > timeline.horizonYears * DAYS_PER_YEAR && until === undefined) {
      throw new CalendarExhaustedError(
        `the calendar has no business day in the ${timeline.horizonYears} years ${side} ${dateText(date)} (raise horizonYears to search further)`,
      );
    }
  }
}

/** The n-th business date from `date` (n = 0: `date` itself when a business day, else the next one). */
function nthBusinessDate(timeline: Timeline, zone: Zone, date: LocalDate, n: number): LocalDate {
  if (n === 0 && isBusinessDay(timeline, zone, date)) return date;
  let left = Math.max(Math.abs(n), 1);
  for (const d of businessDates(timeline, zone, date, n < 0 ? -1 : 1)) if (--left === 0) return d;
  throw new Error('unreachable: businessDates either yields or throws');
}

/**
 * `n` business days from `at`: the same local time of day on the n-th business date after
 * (before, when negative) the local date of `at`, moved to the next open instant when closed
 * then (backwards: to the last close before it). With `endOfDay`, the end of the last open
 * period starting on that date, merged periods ending where they end.
 */
export function addBusinessDays(timeline: Timeline, zone: Zone, at: number, n: number, endOfDay = false): number {
  if (!Number.isSafeInteger(n)) throw new InvalidDurationError('n', n, 'is not a whole number of business days');
  const local = instantToLocal(zone, at);
  const date = nthBusinessDate(timeline, zone, local.date, n);
  if (endOfDay) {
    const period = lastPeriodOf(timeline, zone, date)!;
    return nextClose(timeline, Math.max(period.start, wallToInstant(zone, date, 0)));
  }
  // Zero days from a business day is `at` itself, even in the repeated hour of a fall-back night.
  const landing = date === local.date ? at : wallToInstant(zone, date, local.time);
  return n < 0 ? previousClose(timeline, landing) : nextOpen(timeline, landing);
}

/**
 * Whole business days from `a` to `b`: the largest d >= 0 with addBusinessDays(a, d) <= b;
 * when b < a, minus the largest d with addBusinessDays(a, -d) >= b. Never -0.
 */
export function businessDaysBetween(timeline: Timeline, zone: Zone, a: number, b: number): number {
  const local = instantToLocal(zone, a);
  const forward = b >= a;
  const until = instantToLocal(zone, b).date + (forward ? 1 : -1);
  let count = 0;
  for (const date of businessDates(timeline, zone, local.date, forward ? 1 : -1, until)) {
    const landing = wallToInstant(zone, date, local.time);
    if (forward ? nextOpen(timeline, landing) > b : previousClose(timeline, landing) < b) break;
    count++;
  }
  return forward || count === 0 ? count : -count;
}

function dateText(date: LocalDate): string {
  return new Date(date * MS_PER_DAY).toISOString().slice(0, 10);
}
