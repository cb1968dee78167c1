// Compiling a weekly calendar spec: every text is read once (windows, dates, zone, countries),
// every problem is collected with its path, and the result is a timeline that builds each
// year's open intervals on demand.

import { SpecError, show, type Issue } from '../errors';
import {
  MS_PER_DAY,
  WEEKDAYS,
  formatLocalDate,
  formatWallTime,
  parseLocalDate,
  parseWallTime,
  weekdayOf,
  type LocalDate,
  type WallTime,
} from '../time/civil';
import { findZone, instantToLocal, wallToInstant, type Zone } from '../time/zone';
import { normalize, subtract, union, type IntervalList } from '../engine/intervals';
import { CachedTimeline, type ClosureNote } from '../engine/timeline';
import { yearStart, yearOf } from '../engine/table';
import { checkSelection, countryClosures, type CountrySelection } from './holidays';
import { readMonthDay, recurringDates, type RecurringClosure } from './recurring';
import type { WeeklyCalendarSpec } from './spec';

/** A span of local time owned by a date: [start, end) in ms from its midnight; end may pass 24:00. */
export interface Span {
  start: WallTime;
  end: number;
}

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

interface NamedSpan extends Span {
  name?: string | undefined;
}

export const DEFAULT_HORIZON_YEARS = 10;

const SPAN_RE = /^\s*([0-9:.]+)\s*-\s*([0-9:.]+)\s*$/;

/** Reads 'HH:MM-HH:MM'; an end before the start runs past midnight. */
export function parseSpan(text: string): Span | string {
  const m = SPAN_RE.exec(text);
  const start = m ? parseWallTime(m[1]!) : undefined;
  const end = m ? parseWallTime(m[2]!) : undefined;
  if (start === undefined || end === undefined)
    return `${show(text)} is not a window: expected 'HH:MM-HH:MM' (seconds and '24:00' allowed)`;
  if (start === MS_PER_DAY)
    return `${show(text)} starts at 24:00: a window starts before midnight (write '00:00' on the next day)`;
  if (start === end) return `${show(text)} is empty: start and end are the same time`;
  return { start, end: end < start ? end + MS_PER_DAY : end };
}

export function compileWeekly(spec: WeeklyCalendarSpec, path = ''): CalendarPlan {
  const issues: Issue[] = [];
  const at = (suffix: string) => (path ? `${path}.${suffix}` : suffix);
  const zone = findZone(spec.zone);
  if (!zone)
    issues.push({
      path: at('zone'),
      code: 'UNKNOWN_ZONE',
      message: `${show(spec.zone)} is not a known time zone: expected an IANA name such as 'America/Bogota'`,
    });

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
      if (problem) issues.push({ path: here, code: 'UNKNOWN_COUNTRY', message: problem });
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
          issues.push({
            path: here,
            message: `${show(holiday.from)} to ${show(holiday.to)} is backwards: from must not be after to`,
          });
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
      issues.push({ path: `${here}.hours`, message: 'is empty: an opening needs at least one window' });
    const spans = readSpans(opening.hours, `${here}.hours`, issues);
    if (date !== undefined) addSpans(plan.openings, date, spans);
  });

  if (issues.length > 0) throw new SpecError(issues);
  return plan;
}

function readWeekly(spec: WeeklyCalendarSpec, at: (s: string) => string, issues: Issue[]): Span[][] {
  if (spec.hours === '24/7') return WEEKDAYS.map(() => [{ start: 0, end: MS_PER_DAY }]);
  const hours = spec.hours;
  const days = WEEKDAYS.map((day) => {
    const texts = hours[day] ?? [];
    const spans = texts.map((text, i) => ({ text, index: i, span: parseSpan(text) }));
    const valid: { text: string; index: number; span: Span }[] = [];
    for (const s of spans) {
      if (typeof s.span === 'string') issues.push({ path: at(`hours.${day}[${s.index}]`), message: s.span });
      else valid.push({ text: s.text, index: s.index, span: s.span });
    }
    valid.sort((a, b) => a.span.start - b.span.start);
    for (let i = 1; i < valid.length; i++) {
      const prev = valid[i - 1]!;
      const cur = valid[i]!;
      if (cur.span.start < prev.span.end) {
        const [later, earlier] = cur.index > prev.index ? [cur, prev] : [prev, cur];
        issues.push({
          path: at(`hours.${day}[${later.index}]`),
          message: `${show(later.text)} overlaps ${show(earlier.text)}`,
        });
      }
    }
    return valid;
  });
  // An overnight window must end before the next day's first window starts.
  days.forEach((today, d) => {
    const last = today[today.length - 1];
    const nextIndex = (d + 1) % 7;
    const next = days[nextIndex]![0];
    if (last && next && last.span.end > MS_PER_DAY + next.span.start) {
      issues.push({
        path: at(`hours.${WEEKDAYS[nextIndex]}[${next.index}]`),
        message: `${show(next.text)} overlaps ${WEEKDAYS[d]} ${show(last.text)}, which runs past midnight`,
      });
    }
  });
  return days.map((day) => mergeSpans(day.map((d) => d.span)));
}

function mergeSpans(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else out.push({ ...span });
  }
  return out;
}

function readDate(text: string, path: string, issues: Issue[]): LocalDate | undefined {
  const date = parseLocalDate(text);
  if (date === undefined) {
    const shaped = /^\d{4}-\d{2}-\d{2}$/.test(text);
    issues.push({
      path,
      message: shaped
        ? `${show(text)} is a date that does not exist`
        : `${show(text)} is not a date: expected 'YYYY-MM-DD'`,
    });
  }
  return date;
}

function readSpans(texts: string[], path: string, issues: Issue[]): Span[] {
  const spans: Span[] = [];
  texts.forEach((text, i) => {
    const span = parseSpan(text);
    if (typeof span === 'string') issues.push({ path: `${path}[${i}]`, message: span });
    else spans.push(span);
  });
  return spans;
}

function addSpans<S extends Span>(map: Map<LocalDate, S[]>, date: LocalDate, spans: S[]): void {
  map.set(date, [...(map.get(date) ?? []), ...spans]);
}

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
    for (let date = first; date <= last; date++) {
      const toInstant = (time: number) => wallToInstant(plan.zone, date, time);
      if (!closedDays.has(date)) place(open, toInstant, plan.weekly[weekdayOf(date)]!);
      place(closed, toInstant, closedSpans.get(date));
      place(extra, toInstant, plan.openings.get(date));
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

function place(out: IntervalList, toInstant: (time: number) => number, spans: Span[] | undefined): void {
  if (!spans) return;
  for (const span of spans) out.push(toInstant(span.start), toInstant(span.end));
}

function withName(note: ClosureNote, name: string | undefined): ClosureNote {
  return name === undefined ? note : { ...note, name };
}
