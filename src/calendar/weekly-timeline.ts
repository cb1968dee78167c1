// The timeline of a compiled weekly calendar: each UTC year's open intervals built from the
// weekly windows of the local dates that reach into it, minus holidays and closures (fixed,
// ranges, recurring, country), plus one-off openings; and the closures it applied, as notes.

import { MS_PER_DAY, formatLocalDate, formatWallTime, weekdayOf, type LocalDate } from '../time/civil';
import { instantToLocal, wallToInstant } from '../time/zone';
import { normalize, subtract, union, type IntervalList } from '../engine/intervals';
import { CachedTimeline, type ClosureNote } from '../engine/timeline';
import { yearStart, yearOf } from '../engine/table';
import type { CalendarPlan } from './compile';
import { countryClosures } from './holidays';
import { addSpans, type Span } from './read';
import { recurringDates } from './recurring';

/** The timeline of a compiled weekly calendar. */
export class WeeklyTimeline extends CachedTimeline {
  constructor(private readonly plan: CalendarPlan) {
    super(plan.horizonYears);
  }

  protected build(year: number): IntervalList {
    const { plan } = this;
    // Local dates whose spans can reach into this UTC year: a window owned by a date can run
    // up to 48 h past its midnight, and zone offsets shift dates by up to 14 h.
    const first = Math.floor(yearStart(year) / MS_PER_DAY) - 2;
    const last = Math.floor(yearStart(year + 1) / MS_PER_DAY) + 1;
    const { closedDays, closedSpans } = this.closuresFor(first, last);
    const open: IntervalList = [];
    const closed: IntervalList = [];
    const extra: IntervalList = [];
    // A year without offset changes (any built-in policy's, most zones' outside DST) maps wall
    // times by one subtraction; wallToInstant gives the same answer at three lookups a time.
    const { zone } = plan;
    const offset = zone.constantOffset((first - 3) * MS_PER_DAY, (last + 4) * MS_PER_DAY);
    const toInstant =
      offset === undefined
        ? (date: LocalDate, time: number) => wallToInstant(zone, date, time)
        : (date: LocalDate, time: number) => date * MS_PER_DAY + time - offset;
    for (let date = first; date <= last; date++) {
      if (!closedDays.has(date)) place(open, toInstant, date, plan.weekly[weekdayOf(date)]!);
      place(closed, toInstant, date, closedSpans.get(date));
      place(extra, toInstant, date, plan.openings.get(date));
    }
    return union(subtract(normalize(open), normalize(closed)), normalize(extra));
  }

  /** The holidays and closures on local dates that had weekly windows, between two instants. */
  closures(from: number, to: number): ClosureNote[] {
    const first = instantToLocal(this.plan.zone, from).date;
    const last = instantToLocal(this.plan.zone, to).date;
    const { closedDays, closedSpans } = this.closuresFor(first, last);
    const notes: ClosureNote[] = [];
    for (let date = first; date <= last; date++) {
      const text = formatLocalDate(date);
      if (closedDays.has(date) && this.plan.weekly[weekdayOf(date)]!.length > 0) {
        notes.push(withName({ date: text }, closedDays.get(date)));
      }
      for (const span of closedSpans.get(date) ?? []) {
        notes.push(
          withName(
            {
              date: text,
              hours: `${formatWallTime(span.start)}-${formatWallTime(span.end % MS_PER_DAY || MS_PER_DAY)}`,
            },
            span.name,
          ),
        );
      }
    }
    return notes;
  }

  /** Whole-day and partial closures on local dates first..last, country holidays included. */
  private closuresFor(first: LocalDate, last: LocalDate) {
    const closedDays = new Map(this.plan.closedDays);
    const closedSpans = new Map(this.plan.closedSpans);
    for (const range of this.plan.closedRanges) {
      for (let d = Math.max(range.from, first); d <= Math.min(range.to, last); d++) closedDays.set(d, range.name);
    }
    // The middle year first: where a year's holidays cannot be had, the error names the year
    // asked about, not a neighbour whose edge days it also needs.
    const from = yearOf(first * MS_PER_DAY);
    const to = yearOf(last * MS_PER_DAY);
    const middle = yearOf(((first + last) / 2) * MS_PER_DAY);
    const years = [middle, ...Array.from({ length: to - from + 1 }, (_, i) => from + i).filter((y) => y !== middle)];
    for (const selection of this.plan.countries) {
      for (const y of years) {
        const closures = countryClosures(selection, y);
        for (const day of closures.days) closedDays.set(day, closures.names.get(day));
        for (const span of closures.spans) addSpans(closedSpans, span.date, [span]);
      }
    }
    for (const { date, closure } of recurringDates(this.plan.recurring, first, last)) {
      if (!closure.spans) closedDays.set(date, closure.name);
      else
        addSpans(
          closedSpans,
          date,
          closure.spans.map((span) => ({ ...span, name: closure.name })),
        );
    }
    return { closedDays, closedSpans };
  }
}

function place(
  out: IntervalList,
  toInstant: (date: LocalDate, time: number) => number,
  date: LocalDate,
  spans: Span[] | undefined,
): void {
  if (!spans) return;
  for (const span of spans) out.push(toInstant(date, span.start), toInstant(date, span.end));
}

function withName(note: ClosureNote, name: string | undefined): ClosureNote {
  return name === undefined ? note : { ...note, name };
}
