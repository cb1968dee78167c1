// The lines of an iCalendar file, before the parser sees them: folded lines joined (RFC 5545
// §3.1), each content line checked for a name and a value, BEGIN/END nesting checked, and the
// first line of every property remembered, so any later problem can name its line.

import { IcsError } from '../errors';
import { daysInMonth } from '../time/civil';

/** Where each event's properties start in the file: one entry per VEVENT, in file order. */
export interface IcsLineIndex {
  /** Line of each VEVENT's BEGIN, and of each of its properties by upper-case name (first occurrence). */
  events: { begin: number; properties: Map<string, number> }[];
}

const CONTENT_LINE = /^[A-Za-z0-9-]+[;:]/;
const DATE_PROPERTIES = new Set(['DTSTART', 'DTEND', 'EXDATE', 'RDATE', 'RECURRENCE-ID']);
const DATE_VALUE = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z?)?$/;

/** Checks the file's structure and indexes its events' lines; throws IcsError naming the bad line. */
export function indexIcsLines(text: string, source: string): IcsLineIndex {
  const physical = text.split(/\r?\n/);
  const index: IcsLineIndex = { events: [] };
  const stack: { name: string; line: number }[] = [];
  let current: { begin: number; properties: Map<string, number> } | undefined;
  for (let i = 0; i < physical.length; i++) {
    const raw = physical[i]!;
    if (raw === '' || raw.startsWith(' ') || raw.startsWith('\t')) {
      if (raw !== '' && i === 0) throw new IcsError(source, 1, 'the file starts with a folded (indented) line');
      continue;
    }
    const line = i + 1;
    if (!CONTENT_LINE.test(raw))
      throw new IcsError(source, line, `${quote(raw)} is not an iCalendar content line: expected NAME:value`);
    const name = raw.slice(0, raw.search(/[;:]/)).toUpperCase();
    const value = raw
      .slice(raw.indexOf(':') + 1)
      .trim()
      .toUpperCase();
    if (name === 'BEGIN') {
      stack.push({ name: value, line });
      if (value === 'VEVENT') {
        current = { begin: line, properties: new Map() };
        index.events.push(current);
      }
    } else if (name === 'END') {
      const open = stack.pop();
      if (open?.name !== value)
        throw new IcsError(
          source,
          line,
          `END:${value} closes ${open ? `BEGIN:${open.name} of line ${open.line}` : 'nothing'}`,
        );
      if (value === 'VEVENT') current = undefined;
    } else {
      if (DATE_PROPERTIES.has(name)) checkDates(raw, source, line);
      if (current && !current.properties.has(name)) current.properties.set(name, line);
    }
  }
  const unclosed = stack.pop();
  if (unclosed)
    throw new IcsError(source, unclosed.line, `BEGIN:${unclosed.name} is never closed by END:${unclosed.name}`);
  if (!/^\s*BEGIN:VCALENDAR/i.test(text))
    throw new IcsError(source, 1, 'an iCalendar file starts with BEGIN:VCALENDAR');
  return index;
}

/** Each date or date-time of a date property names a real day and time (ical.js would roll 20241325 over). */
function checkDates(raw: string, source: string, line: number): void {
  const values = raw
    .slice(raw.lastIndexOf(':') + 1)
    .trim()
    .split(',');
  for (const value of values) {
    if (value.includes('/')) continue; // a PERIOD (RDATE), read by ical.js
    const m = DATE_VALUE.exec(value);
    const [year, month, day, hour = 0, minute = 0, second = 0] = (m?.slice(1) ?? []).map((x) => Number(x ?? 0));
    const real = m && month! >= 1 && month! <= 12 && day! >= 1 && day! <= daysInMonth(year!, month!);
    if (!real || hour > 23 || minute > 59 || second > 59)
      throw new IcsError(
        source,
        line,
        `${quote(value)} is not an iCalendar date or date-time: expected e.g. 20251224 or 20251224T120000 (Z for UTC)`,
      );
  }
}

function quote(text: string): string {
  return `'${text.length > 60 ? `${text.slice(0, 57)}...` : text}'`;
}
