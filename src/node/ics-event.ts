// One iCalendar event as holidays: its occurrences (ical.js expands RRULE, RDATE and EXDATE;
// occurrences moved by a RECURRENCE-ID exception are left to the exception) turned into whole
// dates, date ranges or hours on dates. A problem names the line of the property behind it.

import ICAL from 'ical.js';
import type { HolidaySpec } from '../calendar/spec';
import { IcsError } from '../errors';
import { formatLocalDate, formatWallTime, localDate, MS_PER_DAY, type LocalDate } from '../time/civil';
import { findZone, instantToLocal, wallToInstant, type Zone } from '../time/zone';

/** What reading one event needs to know beyond the event itself. */
export interface IcsEventContext {
  source: string;
  lines: { begin: number; properties: Map<string, number> };
  zone: string | undefined;
  untilYear: number;
  /** Occurrences (as ical.js prints their start) that RECURRENCE-ID exceptions replace. */
  replaced: Set<string> | undefined;
}

/** No event expands to more occurrences than this: a DAILY rule without end is a mistake here. */
export const MAX_OCCURRENCES = 10_000;

interface Local {
  date: LocalDate;
  time: number;
}

export function eventSpecs(component: ICAL.Component, context: IcsEventContext): HolidaySpec[] {
  try {
    return readEvent(component, context);
  } catch (error) {
    if (error instanceof IcsError) throw error;
    // ical.js reads values lazily and throws plain Errors ('invalid date-time value: ...').
    const message = error instanceof Error ? error.message : String(error);
    throw new IcsError(context.source, context.lines.begin, `the event cannot be read: ${message}`);
  }
}

function readEvent(component: ICAL.Component, context: IcsEventContext): HolidaySpec[] {
  if (String(component.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED') return [];
  const fail = (property: string, message: string): never => {
    throw new IcsError(context.source, context.lines.properties.get(property) ?? context.lines.begin, message);
  };
  const dtstart = component.getFirstProperty('dtstart');
  if (!dtstart) return fail('BEGIN', 'an event without DTSTART: every holiday needs its date');
  const event = new ICAL.Event(component);
  const name = component.getFirstPropertyValue('summary');
  const named = (spec: Record<string, unknown>) => (name ? { ...spec, name: String(name) } : spec) as HolidaySpec;
  const read = readerFor(String(dtstart.getParameter('tzid') ?? ''), context, fail);
  const specs: HolidaySpec[] = [];
  for (const { startDate, endDate } of occurrences(event, context, fail)) {
    const start = read(startDate);
    if (startDate.isDate) {
      const last = Math.max(start.date, read(endDate).date - 1);
      specs.push(named(last === start.date ? { date: formatLocalDate(start.date) } : rangeOf(start.date, last)));
      continue;
    }
    const end = read(endDate);
    if (end.date * MS_PER_DAY + end.time <= start.date * MS_PER_DAY + start.time)
      fail(
        context.lines.properties.has('DTEND') ? 'DTEND' : 'DTSTART',
        'a timed event that ends when it starts closes nothing: give it a DTEND or DURATION after DTSTART',
      );
    for (const [date, hours] of spansOf(start, end)) specs.push(named({ date: formatLocalDate(date), hours }));
  }
  return specs;
}

function rangeOf(from: LocalDate, to: LocalDate): Record<string, unknown> {
  return { from: formatLocalDate(from), to: formatLocalDate(to) };
}

/** The event's occurrences up to the end of untilYear; one for an event that does not recur. */
function occurrences(event: ICAL.Event, context: IcsEventContext, fail: (p: string, m: string) => never) {
  if (!event.isRecurring()) return [{ startDate: event.startDate, endDate: event.endDate }];
  const out: { startDate: ICAL.Time; endDate: ICAL.Time }[] = [];
  const iterator = event.iterator();
  for (let next = iterator.next(); next && next.year <= context.untilYear; next = iterator.next()) {
    if (context.replaced?.has(next.toString())) continue;
    if (out.length >= MAX_OCCURRENCES)
      fail(
        'RRULE',
        `the recurrence has more than ${MAX_OCCURRENCES} occurrences up to ${context.untilYear}: end it (UNTIL, COUNT) or lower untilYear`,
      );
    out.push(event.getOccurrenceDetails(next));
  }
  return out;
}

/** Reads an ical.js time as a local date and wall time, converted to the target zone when asked. */
function readerFor(tzid: string, context: IcsEventContext, fail: (p: string, m: string) => never) {
  const target = context.zone === undefined ? undefined : findZone(context.zone);
  if (context.zone !== undefined && !target) fail('BEGIN', `zone '${context.zone}' is not a known time zone`);
  const from: Zone | undefined = tzid ? findZone(tzid) : undefined;
  if (tzid && target && !from) fail('DTSTART', `TZID '${tzid}' is not a time zone habil knows (expected an IANA name)`);
  // Values were checked line by line (ics-lines), so every time here names a real instant.
  return (time: ICAL.Time): Local => {
    const date = localDate(time.year, time.month, time.day);
    const wall = time.isDate ? 0 : ((time.hour * 60 + time.minute) * 60 + time.second) * 1000;
    if (!target || time.isDate) return { date, time: wall };
    const utc = time.zone?.tzid === 'UTC';
    if (!utc && !from) return { date, time: wall }; // floating: a wall time wherever it is read
    const instant = utc ? date * MS_PER_DAY + wall : wallToInstant(from!, date, wall);
    return instantToLocal(target, instant);
  };
}

/** The hours a timed event closes, per local date: overnight up to the next midnight as one span. */
function spansOf(start: Local, end: Local): [LocalDate, string[]][] {
  const span = (from: number, to: number) => `${formatWallTime(from)}-${formatWallTime(to)}`;
  if (end.date === start.date) return [[start.date, [span(start.time, end.time)]]];
  const out: [LocalDate, string[]][] = [[start.date, [span(start.time, MS_PER_DAY)]]];
  for (let d = start.date + 1; d < end.date; d++) out.push([d, ['00:00-24:00']]);
  if (end.time > 0) out.push([end.date, [span(0, end.time)]]);
  return out;
}
