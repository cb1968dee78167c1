// readIcsHolidays / parseIcsHolidays: what each kind of event becomes, recurrence expansion
// with its exceptions, zones, and every bad file naming its line.
import { describe, expect, it } from 'vitest';
import { IcsError } from '../../src/index';
import { parseIcsHolidays, readIcsHolidays } from '../../src/node/index';

const ics = (...lines: string[]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', ...lines, 'END:VCALENDAR', ''].join('\r\n');
const event = (...lines: string[]) => ['BEGIN:VEVENT', 'UID:x@test', ...lines, 'END:VEVENT'];

function lineOf(text: string, options: { zone?: string } = {}): number {
  try {
    parseIcsHolidays(text, options, 'f.ics');
  } catch (error) {
    expect(error).toBeInstanceOf(IcsError);
    expect((error as IcsError).message).toMatch(/^f\.ics(:\d+)?: /);
    return (error as IcsError).line;
  }
  throw new Error('expected an IcsError');
}

describe('parseIcsHolidays', () => {
  it('reads all-day events as dates and ranges (DTEND exclusive), names from SUMMARY', () => {
    const text = ics(
      ...event('DTSTART;VALUE=DATE:20251225', 'SUMMARY:Navidad'),
      ...event('DTSTART;VALUE=DATE:20251226', 'DTEND;VALUE=DATE:20251229'),
    );
    expect(parseIcsHolidays(text)).toEqual([
      { date: '2025-12-25', name: 'Navidad' },
      { from: '2025-12-26', to: '2025-12-28' },
    ]);
  });

  it('reads timed events as hours, split at midnight; converts zoned times only when asked', () => {
    const text = ics(
      ...event('DTSTART;TZID=Europe/Madrid:20251231T220000', 'DTEND;TZID=Europe/Madrid:20260101T030000'),
    );
    expect(parseIcsHolidays(text)).toEqual([
      { date: '2025-12-31', hours: ['22:00-24:00'] },
      { date: '2026-01-01', hours: ['00:00-03:00'] },
    ]);
    expect(parseIcsHolidays(text, { zone: 'America/Bogota' })).toEqual([
      { date: '2025-12-31', hours: ['16:00-21:00'] },
    ]);
    const utc = ics(...event('DTSTART:20250704T140000Z', 'DURATION:PT2H30M'));
    expect(parseIcsHolidays(utc, { zone: 'Asia/Tokyo' })).toEqual([
      { date: '2025-07-04', hours: ['23:00-24:00'] },
      { date: '2025-07-05', hours: ['00:00-01:30'] },
    ]);
  });

  it('expands yearly rules up to untilYear, with EXDATE, moved occurrences and cancelled events', () => {
    const text = ics(
      ...event('DTSTART;VALUE=DATE:20241128', 'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=4TH', 'EXDATE;VALUE=DATE:20251127'),
      'BEGIN:VEVENT',
      'UID:x@test',
      'RECURRENCE-ID;VALUE=DATE:20261126',
      'DTSTART;VALUE=DATE:20261127',
      'END:VEVENT',
      ...event('DTSTART;VALUE=DATE:20250101', 'STATUS:CANCELLED'),
    );
    const dates = parseIcsHolidays(text, { untilYear: 2027 }).map((h) => (h as { date: string }).date);
    expect(dates).toEqual(['2024-11-28', '2027-11-25', '2026-11-27']);
  });

  it('refuses endless rules beyond 10,000 occurrences instead of expanding them', () => {
    expect(lineOf(ics(...event('DTSTART:20240101T100000Z', 'DTEND:20240101T110000Z', 'RRULE:FREQ=DAILY')))).toBe(7);
  });

  it('names the line of every kind of bad file', () => {
    expect(lineOf(ics(...event('DTSTART;VALUE=DATE:20241325')))).toBe(5);
    expect(lineOf(ics(...event('DTSTART:2024-12-25')))).toBe(5);
    expect(lineOf(ics(...event('DTSTART:20241225T250000')))).toBe(5);
    expect(lineOf(ics('BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20241225', 'this is not ical', 'END:VEVENT'))).toBe(5);
    expect(lineOf(ics('BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20241225'))).toBe(5); // END:VCALENDAR closes the event
    expect(lineOf(ics(...event('SUMMARY:sin fecha')))).toBe(3);
    expect(lineOf(ics(...event('DTSTART:20241225T100000')))).toBe(5);
    expect(lineOf('BEGIN:VEVENT\r\nEND:VEVENT\r\n')).toBe(1);
    const mars = ics(...event('DTSTART;TZID=Mars/Olympus:20241225T100000', 'DTEND;TZID=Mars/Olympus:20241225T110000'));
    expect(lineOf(mars, { zone: 'UTC' })).toBe(5);
  });

  it('reads a file from disk, naming the file in errors', async () => {
    const holidays = await readIcsHolidays('examples/data/cierres.ics', { untilYear: 2025 });
    expect(holidays[0]).toEqual({ date: '2024-12-25', name: 'Navidad' });
    await expect(readIcsHolidays('examples/data/icg-tickets.csv')).rejects.toThrow(/icg-tickets\.csv:1: /);
  });
});
