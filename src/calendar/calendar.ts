// The public Calendar: a compiled, immutable business calendar answering "is it open", "when
// does it open or close", "what is this instant plus n business hours" and "how much business
// time lies between". Instants go in as anything InstantInput allows and come out as Dates.

import { requireIterable, requireObject } from '../arguments';
import { add } from '../engine/add';
import { previousClose, previousOpen } from '../engine/backward';
import { between } from '../engine/between';
import { addBusinessDays, businessDaysBetween } from '../engine/days';
import { isOpen, nextClose, nextOpen, periodsFrom } from '../engine/periods';
import type { Timeline } from '../engine/timeline';
import { toDurationMs, type DurationInput } from '../time/duration';
import { toEpochMs, type InstantInput } from '../time/instant';
import type { Zone } from '../time/zone';
import { buildCalendar, type BuiltCalendar } from './build';
import { registerCore } from './core';
import type { CalendarSpec } from './spec';

/** An open period of a calendar, [start, end). */
export interface OpenPeriod {
  start: Date;
  end: Date;
}

/** An absolute interval to take out of a calendar with `without`. */
export interface IntervalInput {
  start: InstantInput;
  end: InstantInput;
}

// Calendar's body never names Calendar, or esbuild renames the class `_Calendar` (its `.name` in a
// REPL; test/package/names.test.ts): it builds through these.
let construct: (built: BuiltCalendar) => Calendar;
const calendarFrom = (spec: CalendarSpec | Calendar): Calendar =>
  spec instanceof Calendar ? spec : construct(buildCalendar(spec, ''));

/**
 * A business calendar: weekly windows in a time zone, minus holidays and closures, plus
 * one-off openings. Immutable; combinators return new calendars.
 *
 * @example
 * const icg = Calendar.from({
 *   zone: 'America/Bogota',
 *   hours: { mon: ['07:00-12:30', '13:30-17:30'], tue: ['07:00-12:30', '13:30-17:30'],
 *            wed: ['07:00-12:30', '13:30-17:30'], thu: ['07:00-12:30', '13:30-17:30'],
 *            fri: ['07:00-12:30', '13:30-17:30'] },
 *   holidays: [{ country: 'CO' }],
 * });
 * icg.add('2024-03-01 16:00', 'PT4H'); //=> 2024-03-04T14:30:00.000Z (Monday 09:30 in Bogotá)
 */
export class Calendar {
  /** The zone in which offset-less instants are read, e.g. 'America/Bogota'. */
  readonly zone: string;
  readonly #spec: CalendarSpec;
  readonly #timeline: Timeline;
  readonly #zone: Zone;

  private constructor({ spec, timeline, zone }: BuiltCalendar) {
    this.#spec = spec;
    this.#timeline = timeline;
    this.#zone = zone;
    this.zone = zone.name;
    registerCore(this, { timeline, zone });
    Object.freeze(this);
  }

  /**
   * Validates and compiles a calendar spec; throws a SpecError naming every problem's path.
   *
   * @example
   * Calendar.from({ zone: 'Europe/Berlin', hours: { mon: ['09:00-17:00'] }, holidays: [{ country: 'DE', state: 'BY' }] });
   * Calendar.from({ zone: 'UTC', hours: '24/7' });
   */
  static from(spec: CalendarSpec | Calendar): Calendar {
    return calendarFrom(spec);
  }
  static {
    construct = (built) => new this(built);
  }

  /**
   * Whether the calendar is open at an instant (windows are half-open: open at 07:00, closed at 17:30).
   *
   * @example
   * icg.isOpen('2024-03-01 17:29:59.999'); //=> true
   * icg.isOpen('2024-03-01 17:30'); //=> false
   */
  isOpen(at: InstantInput): boolean {
    return isOpen(this.#timeline, this.#instant(at, 'at'));
  }

  /**
   * `at` itself when open, else the start of the next open period.
   *
   * @example
   * icg.nextOpen('2024-03-01 18:00'); //=> Monday 2024-03-04 07:00 in Bogotá
   */
  nextOpen(at: InstantInput): Date {
    return new Date(nextOpen(this.#timeline, this.#instant(at, 'at')));
  }

  /**
   * The end of the open period holding `at`, or of the next open period when closed.
   *
   * @example
   * icg.nextClose('2024-03-01 10:00'); //=> 2024-03-01 12:30 in Bogotá
   */
  nextClose(at: InstantInput): Date {
    return new Date(nextClose(this.#timeline, this.#instant(at, 'at')));
  }

  /**
   * `at` when open time lies just before it, else the end of the latest open period before `at`.
   *
   * @example
   * icg.previousClose('2024-03-04 06:00'); //=> Friday 2024-03-01 17:30 in Bogotá
   */
  previousClose(at: InstantInput): Date {
    return new Date(previousClose(this.#timeline, this.#instant(at, 'at')));
  }

  /**
   * The start of the open period holding `at`, or of the latest one before it.
   *
   * @example
   * icg.previousOpen('2024-03-01 15:00'); //=> 2024-03-01 13:30 in Bogotá
   */
  previousOpen(at: InstantInput): Date {
    return new Date(previousOpen(this.#timeline, this.#instant(at, 'at')));
  }

  /**
   * The open periods inside [from, to), clipped to it, touching periods merged.
   *
   * @example
   * [...icg.windows('2024-03-01', '2024-03-02')].length; //=> 2 (morning and afternoon)
   */
  *windows(from: InstantInput, to: InstantInput): Generator<OpenPeriod> {
    const a = this.#instant(from, 'from');
    const b = this.#instant(to, 'to');
    if (b <= a) return;
    for (const period of periodsFrom(this.#timeline, a, b)) {
      yield { start: new Date(Math.max(period.start, a)), end: new Date(Math.min(period.end, b)) };
    }
  }

  /**
   * Adds business time: the earliest instant at which `duration` of open time has passed
   * since `at`. A deadline may fall exactly on a window's end. Negative durations go back.
   *
   * @example
   * icg.add('2024-03-01 16:00', 'PT4H'); //=> Monday 2024-03-04 09:30 in Bogotá
   * icg.add('2024-03-04 10:30', { hours: 2 }); //=> 2024-03-04 12:30, the window's end
   * icg.add('2024-03-04 09:30', '-PT4H'); //=> Friday 2024-03-01 16:00
   */
  add(at: InstantInput, duration: DurationInput): Date {
    return new Date(add(this.#timeline, this.#instant(at, 'at'), toDurationMs(duration)));
  }

  /**
   * `n` business days from `at` (zendesk/biz's day arithmetic): the same local time on the n-th
   * business day after it (before it when n < 0), moved to the next open instant when closed
   * then (backwards: the last close). With `endOfDay`, the end of that day's last open period.
   *
   * @example
   * icg.addBusinessDays('2024-03-01 10:00', 2); //=> Tuesday 2024-03-05 10:00 in Bogotá
   * icg.addBusinessDays('2024-03-01 10:00', 1, { endOfDay: true }); //=> Monday 2024-03-04 17:30
   */
  addBusinessDays(at: InstantInput, n: number, options: { endOfDay?: boolean } = {}): Date {
    const t = this.#instant(at, 'at');
    return new Date(addBusinessDays(this.#timeline, this.#zone, t, n, options.endOfDay === true));
  }

  /**
   * Whole business days from `a` to `b`: the largest d with `addBusinessDays(a, d) <= b`
   * (negative, mirrored, when b is before a).
   *
   * @example
   * icg.businessDaysBetween('2024-03-01 10:00', '2024-03-05 10:00'); //=> 2
   */
  businessDaysBetween(a: InstantInput, b: InstantInput): number {
    return businessDaysBetween(this.#timeline, this.#zone, this.#instant(a, 'a'), this.#instant(b, 'b'));
  }

  /**
   * Business milliseconds in [a, b); negative when b is before a.
   *
   * @example
   * icg.between('2024-03-01 12:00', '2024-03-01 14:00'); //=> 3_600_000 (lunch does not count)
   */
  between(a: InstantInput, b: InstantInput): number {
    return between(this.#timeline, this.#instant(a, 'a'), this.#instant(b, 'b'));
  }

  /**
   * Open only when both calendars are open, e.g. a provider's hours within your own.
   *
   * @example
   * icg.intersect({ zone: 'America/Bogota', hours: { mon: ['08:00-12:00'] } });
   */
  intersect(other: Calendar | CalendarSpec): Calendar {
    return calendarFrom({ intersect: [this.toJSON(), calendarFrom(other).toJSON()] });
  }

  /**
   * Open when either calendar is open, e.g. two support teams in different zones.
   *
   * @example
   * icg.union({ zone: 'Europe/Madrid', hours: { sat: ['09:00-13:00'] } });
   */
  union(other: Calendar | CalendarSpec): Calendar {
    return calendarFrom({ union: [this.toJSON(), calendarFrom(other).toJSON()] });
  }

  /**
   * The same calendar with absolute intervals closed, e.g. an outage or a team offsite.
   *
   * @example
   * icg.without([{ start: '2024-06-07 08:00', end: '2024-06-07 12:00' }]);
   */
  without(intervals: readonly IntervalInput[]): Calendar {
    requireIterable(intervals, 'intervals', 'intervals { start, end }');
    const removed = [...intervals].map((interval, i) => {
      requireObject(
        interval,
        `intervals[${i}]`,
        "{ start, end }, e.g. { start: '2024-06-07 08:00', end: '2024-06-07 12:00' }",
      );
      return {
        start: new Date(this.#instant(interval.start, `intervals[${i}].start`)).toISOString(),
        end: new Date(this.#instant(interval.end, `intervals[${i}].end`)).toISOString(),
      };
    });
    return calendarFrom({ base: this.toJSON(), without: removed });
  }

  /**
   * The spec this calendar was built from; `Calendar.from(cal.toJSON())` is the same calendar.
   *
   * @example
   * JSON.stringify(icg); // a CalendarSpec, ready to store
   */
  toJSON(): CalendarSpec {
    return structuredClone(this.#spec);
  }

  #instant(at: InstantInput, path: string): number {
    return toEpochMs(at, this.#zone, path);
  }
}
