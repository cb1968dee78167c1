// Compiling a weekly calendar spec: every text is read once (windows, dates, zone, countries),
// every problem is collected with its path, and the result is the plan a WeeklyTimeline
// (./weekly-timeline) builds each year's open intervals from.

import { SpecError, type Issue, show, issueAt, problemAt } from '../errors';
import type { LocalDate } from '../time/civil';
import { findZone, type Zone } from '../time/zone';
import { checkSelection, type CountrySelection } from './holidays';
import { addSpans, readDate, readSpans, type NamedSpan, type Span } from './read';
import { readMonthDay, type RecurringClosure } from './recurring';
import type { WeeklyCalendarSpec } from './spec';
import { readWeekly } from './weekly';

/** Everything a weekly calendar needs to produce open time, already read and checked. */
export interface CalendarPlan {
  zone: Zone;
  /** Weekly windows by ISO weekday (0 = Monday), sorted and merged. */
  weekly: Span[][];
  /** Whole days closed, with the holiday's name when it has one. */
  closedDays: Map<LocalDate, string | undefined>;
  /** Ranges of whole days closed, kept as ranges: a year's table reads only its own days. */
  closedRanges: { from: LocalDate; to: LocalDate; name: string | undefined }[];
  closedSpans: Map<LocalDate, NamedSpan[]>;
  openings: Map<LocalDate, Span[]>;
  countries: CountrySelection[];
  recurring: RecurringClosure[];
  horizonYears: number;
}

export const DEFAULT_HORIZON_YEARS = 10;

/**
 * Reads and checks a weekly calendar spec; throws one SpecError listing every problem.
 *
 * @example
 * compileWeekly({ zone: 'UTC', hours: '24/7' }).weekly[0]; //=> [{ start: 0, end: 86400000 }]
 */
export function compileWeekly(spec: WeeklyCalendarSpec, path = ''): CalendarPlan {
  const issues: Issue[] = [];
  const at = (suffix: string) => (path ? `${path}.${suffix}` : suffix);
  const zone = findZone(spec.zone);
  if (!zone)
    issues.push(
      issueAt(
        at('zone'),
        spec.zone,
        "is not a known time zone: expected an IANA name such as 'America/Bogota'",
        'UNKNOWN_ZONE',
      ),
    );

  const weekly = readWeekly(spec, at, issues);
  const plan: CalendarPlan = {
    zone: zone ?? (findZone('UTC') as Zone),
    weekly,
    closedDays: new Map(),
    closedRanges: [],
    closedSpans: new Map(),
    openings: new Map(),
    countries: [],
    recurring: [],
    horizonYears: spec.horizonYears ?? DEFAULT_HORIZON_YEARS,
  };

  (spec.holidays ?? []).forEach((holiday, i) => {
    const here = at(`holidays[${i}]`);
    if (typeof holiday === 'string') {
      const date = readDate(holiday, here, issues);
      if (date !== undefined) plan.closedDays.set(date, undefined);
    } else if ('country' in holiday) {
      const problem = checkSelection(holiday);
      if (problem) issues.push(problemAt(here, problem, 'UNKNOWN_COUNTRY'));
      else plan.countries.push(holiday);
    } else if ('every' in holiday) {
      const when = readMonthDay(holiday.every, `${here}.every`, issues);
      const spans = holiday.hours && readSpans(holiday.hours, `${here}.hours`, issues);
      if (when) plan.recurring.push({ ...when, name: holiday.name, spans });
    } else if ('from' in holiday) {
      const from = readDate(holiday.from, `${here}.from`, issues);
      const to = readDate(holiday.to, `${here}.to`, issues);
      if (from !== undefined && to !== undefined) {
        if (to < from)
          issues.push(issueAt(here, holiday.from, `to ${show(holiday.to)} is backwards: from must not be after to`));
        plan.closedRanges.push({ from, to, name: holiday.name });
      }
    } else {
      const date = readDate(holiday.date, `${here}.date`, issues);
      if (date === undefined) return;
      if (holiday.hours === undefined) plan.closedDays.set(date, holiday.name);
      else
        addSpans(
          plan.closedSpans,
          date,
          readSpans(holiday.hours, `${here}.hours`, issues).map((span) => ({ ...span, name: holiday.name })),
        );
    }
  });

  (spec.openings ?? []).forEach((opening, i) => {
    const here = at(`openings[${i}]`);
    const date = readDate(opening.date, `${here}.date`, issues);
    if (opening.hours.length === 0)
      issues.push(problemAt(`${here}.hours`, 'is empty: an opening needs at least one window'));
    const spans = readSpans(opening.hours, `${here}.hours`, issues);
    if (date !== undefined) addSpans(plan.openings, date, spans);
  });

  if (issues.length > 0) throw new SpecError(issues);
  return plan;
}
