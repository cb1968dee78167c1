// Holidays from iCalendar files (.ics, as Google, Outlook and public holiday feeds publish
// them) as HolidaySpec[] for a calendar's `holidays`. Parsing is ical.js's (Mozilla's RFC 5545
// parser, also behind Thunderbird): recurrence rules, RDATE and EXDATE are expanded by it, here
// only occurrences become dates. All-day events close whole dates (several days: a range);
// timed events close their hours. Every problem names its line.

import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import ICAL from 'ical.js';
import type { HolidaySpec } from '../calendar/spec';
import { IcsError } from '../errors';
import { indexIcsLines } from './ics-lines';
import { eventSpecs, type IcsEventContext } from './ics-event';

/** How to read an iCalendar file's events. */
export interface ReadIcsOptions {
  /**
   * The calendar's zone: timed events with a TZID or in UTC are converted to its wall time.
   * Without it, a timed event closes the wall-clock hours it is written in.
   */
  zone?: string;
  /** Recurring events are expanded up to the end of this year (default 2099). */
  untilYear?: number;
}

/**
 * Reads an iCalendar file's events as holidays: `{ date }`, `{ from, to }` or `{ date, hours }`
 * each with the event's SUMMARY as name, recurrences expanded. Throws IcsError naming the line.
 *
 * @example
 * const holidays = await readIcsHolidays('examples/data/holidays.ics', { zone: 'America/Bogota' });
 * Calendar.from({ zone: 'America/Bogota', hours: { mon: ['08:00-17:00'] }, holidays });
 */
export async function readIcsHolidays(path: string, options: ReadIcsOptions = {}): Promise<HolidaySpec[]> {
  return parseIcsHolidays(await readFile(path, 'utf8'), options, basename(path));
}

/**
 * The holidays in iCalendar text; `source` (a file name) prefixes line numbers in errors.
 *
 * @example
 * parseIcsHolidays('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20251224\r\nRRULE:FREQ=YEARLY\r\nSUMMARY:Nochebuena\r\nEND:VEVENT\r\nEND:VCALENDAR');
 * //=> [{ date: '2025-12-24', name: 'Nochebuena' }, { date: '2026-12-24', name: 'Nochebuena' }, ...]
 */
export function parseIcsHolidays(text: string, options: ReadIcsOptions = {}, source = 'ics'): HolidaySpec[] {
  const body = text.replace(/^\uFEFF/, '');
  const index = indexIcsLines(body, source);
  let root: ICAL.Component;
  try {
    root = new ICAL.Component(ICAL.parse(body));
  } catch (error) {
    throw new IcsError(source, 0, `is not iCalendar data: ${error instanceof Error ? error.message : String(error)}`);
  }
  const untilYear = options.untilYear ?? 2099;
  if (!Number.isInteger(untilYear) || untilYear < 1 || untilYear > 9999)
    throw new IcsError(source, 0, `untilYear ${untilYear} is not a year: expected a whole number from 1 to 9999`);
  const events = root.getAllSubcomponents('vevent');
  const exceptions = new Map<string, Set<string>>();
  for (const event of events) {
    const recurrenceId = event.getFirstPropertyValue('recurrence-id');
    if (recurrenceId) {
      const uid = String(event.getFirstPropertyValue('uid'));
      exceptions.set(uid, (exceptions.get(uid) ?? new Set()).add(recurrenceId.toString()));
    }
  }
  return events.flatMap((event, i) => {
    const context: IcsEventContext = {
      source,
      lines: index.events[i] ?? { begin: 0, properties: new Map() },
      zone: options.zone,
      untilYear,
      replaced: exceptions.get(String(event.getFirstPropertyValue('uid'))),
    };
    return eventSpecs(event, context);
  });
}
