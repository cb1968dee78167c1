import { describe, expect, it } from 'vitest';
import { Calendar, HabilError, type CalendarSpec } from '../../src/index';

const workday = ['07:00-12:30', '13:30-17:30'];
const icgSpec: CalendarSpec = {
  zone: 'America/Bogota',
  hours: { mon: workday, tue: workday, wed: workday, thu: workday, fri: workday },
  holidays: [{ country: 'CO' }],
};
const icg = Calendar.from(icgSpec);
const iso = (d: Date) => d.toISOString();

function errorOf(fn: () => unknown): HabilError {
  try {
    fn();
  } catch (e) {
    if (e instanceof HabilError) return e;
    throw e;
  }
  throw new Error('expected a HabilError');
}

describe('Calendar.from: weekly windows', () => {
  it('merges touching windows and keeps windows half-open', () => {
    const cal = Calendar.from({ zone: 'UTC', hours: { mon: ['08:00-12:00', '12:00-16:00'] } });
    expect([...cal.windows('2024-03-04', '2024-03-05')].map((w) => [iso(w.start), iso(w.end)])).toEqual([
      ['2024-03-04T08:00:00.000Z', '2024-03-04T16:00:00.000Z'],
    ]);
    expect(cal.isOpen('2024-03-04T16:00Z')).toBe(false);
    expect(cal.isOpen('2024-03-04T15:59:59.999Z')).toBe(true);
  });

  it("accepts '24:00' ends and seconds", () => {
    const cal = Calendar.from({ zone: 'UTC', hours: { sat: ['18:00:30-24:00'] } });
    expect(cal.between('2024-03-09T00:00Z', '2024-03-10T00:00Z')).toBe(6 * 3_600_000 - 30_000);
  });

  it('gives an overnight window to the day it starts, like a shift', () => {
    const cal = Calendar.from({ zone: 'UTC', hours: { mon: ['22:00-06:00'] }, holidays: ['2024-03-12'] });
    expect(cal.isOpen('2024-03-12T05:00Z')).toBe(true); // Monday's shift runs into the Tuesday holiday
    expect(cal.isOpen('2024-03-19T05:00Z')).toBe(true);
    const closedMonday = Calendar.from({ zone: 'UTC', hours: { mon: ['22:00-06:00'] }, holidays: ['2024-03-11'] });
    expect(closedMonday.isOpen('2024-03-12T05:00Z')).toBe(false); // the whole shift goes with its Monday
  });

  it("treats '24/7' as always open, measuring real time across DST", () => {
    const cal = Calendar.from({ zone: 'Europe/Berlin', hours: '24/7' });
    expect(cal.between('2024-03-31 00:00', '2024-04-01 00:00')).toBe(23 * 3_600_000);
    expect(iso(cal.add('2024-03-30T23:00Z', 'PT1H'))).toBe('2024-03-31T00:00:00.000Z');
  });
});

describe('Calendar.from: holidays, closures and openings', () => {
  it('drops Easter Sunday from date-holidays for Colombia (Ley 51 de 1983)', () => {
    const sundays = Calendar.from({
      zone: 'America/Bogota',
      hours: { sun: ['08:00-12:00'] },
      holidays: [{ country: 'CO' }],
    });
    expect(sundays.isOpen('2024-03-31 09:00')).toBe(true); // Domingo de Pascua
    expect(sundays.isOpen('2025-04-20 09:00')).toBe(true);
    expect(icg.isOpen('2024-03-29 09:00')).toBe(false); // Viernes Santo is a holiday
    expect(icg.isOpen('2024-03-25 09:00')).toBe(false); // San José, moved to Monday
  });

  it('closes inclusive ranges and partial days, then adds openings', () => {
    const cal = Calendar.from({
      ...icgSpec,
      holidays: [
        { country: 'CO' },
        { from: '2025-12-26', to: '2026-01-02', name: 'Cierre de fin de año' },
        { date: '2025-12-24', hours: ['12:00-24:00'] },
      ],
      openings: [{ date: '2025-12-27', hours: ['08:00-12:00'] }],
    });
    expect(cal.isOpen('2025-12-24 11:59')).toBe(true);
    expect(cal.isOpen('2025-12-24 14:00')).toBe(false);
    expect(cal.isOpen('2025-12-26 09:00')).toBe(false);
    expect(cal.isOpen('2026-01-02 16:00')).toBe(false);
    expect(cal.isOpen('2026-01-05 07:00')).toBe(true);
    expect(cal.isOpen('2025-12-27 09:00')).toBe(true); // an opening inside a closed range wins
    expect(cal.between('2025-12-24', '2026-01-06')).toBe((5 + 4 + 10) * 3_600_000 - 30 * 60_000);
  });

  it('honours date-holidays partial days (DE bank holidays from 14:00)', () => {
    const cal = Calendar.from({
      zone: 'Europe/Berlin',
      hours: { tue: ['09:00-17:00'] },
      holidays: [{ country: 'DE', types: ['bank'] }],
    });
    expect(cal.isOpen('2024-12-24 13:59')).toBe(true);
    expect(cal.isOpen('2024-12-24 14:00')).toBe(false);
  });
});

describe('Calendar: queries', () => {
  it('nextOpen is the instant itself when open, the next opening otherwise', () => {
    expect(iso(icg.nextOpen('2024-03-01 10:00'))).toBe('2024-03-01T15:00:00.000Z');
    expect(iso(icg.nextOpen('2024-03-01 12:30'))).toBe('2024-03-01T18:30:00.000Z');
    expect(iso(icg.nextOpen('2024-03-22 18:00'))).toBe('2024-03-26T12:00:00.000Z'); // Monday 25 is San José
  });

  it('nextClose is the end of the holding period, or of the next one', () => {
    expect(iso(icg.nextClose('2024-03-01 10:00'))).toBe('2024-03-01T17:30:00.000Z');
    expect(iso(icg.nextClose('2024-03-01 12:45'))).toBe('2024-03-01T22:30:00.000Z');
  });

  it('merges periods touching across a year boundary', () => {
    const cal = Calendar.from({ zone: 'UTC', hours: { tue: ['20:00-24:00'], wed: ['00:00-04:00'] } });
    expect(iso(cal.nextClose('2024-12-31T21:00Z'))).toBe('2025-01-01T04:00:00.000Z');
    expect([...cal.windows('2024-12-31T00:00Z', '2025-01-02T00:00Z')]).toHaveLength(1);
  });

  it('between is signed and add goes back with negative durations', () => {
    expect(icg.between('2024-03-04 09:30', '2024-03-01 16:00')).toBe(-4 * 3_600_000);
    expect(iso(icg.add('2024-03-04 09:30', '-PT4H'))).toBe('2024-03-01T21:00:00.000Z');
    expect(iso(icg.add('2024-03-04 09:30', 0))).toBe('2024-03-04T14:30:00.000Z');
  });

  it('never answers with the next opening when the deadline is a window end', () => {
    expect(iso(icg.add('2024-03-04 10:30', 'PT2H'))).toBe('2024-03-04T17:30:00.000Z'); // 12:30
    expect(iso(icg.add('2024-03-01 13:30', 'PT4H'))).toBe('2024-03-01T22:30:00.000Z'); // Friday 17:30
  });
});

describe('Calendar: combinators and serialisation', () => {
  const helpdesk = Calendar.from({ zone: 'America/Bogota', hours: { mon: ['08:00-20:00'], sat: ['09:00-13:00'] } });

  it('intersect, union and without', () => {
    expect(icg.intersect(helpdesk).between('2024-03-04', '2024-03-05')).toBe(8.5 * 3_600_000);
    expect(icg.union(helpdesk).between('2024-03-09', '2024-03-10')).toBe(4 * 3_600_000);
    const outage = icg.without([{ start: '2024-03-04 08:00', end: '2024-03-04 10:00' }]);
    expect(outage.between('2024-03-04', '2024-03-05')).toBe(7.5 * 3_600_000);
  });

  it('round-trips through toJSON, also for composed calendars', () => {
    const composed = icg.intersect(helpdesk).without([{ start: '2024-03-04 08:00', end: '2024-03-04 10:00' }]);
    const again = Calendar.from(JSON.parse(JSON.stringify(composed)) as CalendarSpec);
    expect(again.toJSON()).toEqual(composed.toJSON());
    expect(again.between('2024-01-01', '2025-01-01')).toBe(composed.between('2024-01-01', '2025-01-01'));
  });

  it('never mutates the spec it was given', () => {
    const spec = structuredClone(icgSpec);
    const cal = Calendar.from(spec);
    cal.add('2024-03-01', 'PT4H');
    const out = cal.toJSON();
    (out as { zone: string }).zone = 'UTC';
    expect(spec).toEqual(icgSpec);
    expect(cal.zone).toBe('America/Bogota');
  });
});

describe('Calendar: errors', () => {
  it.each<[unknown, string, string]>([
    [
      { zone: 'UTC', hours: { tue: ['07:00-12:30', '12:00-17:00'] } },
      'INVALID_SPEC',
      "hours.tue[1]: '12:00-17:00' overlaps '07:00-12:30'",
    ],
    [
      { zone: 'UTC', hours: { mon: ['22:00-06:00'], tue: ['05:00-09:00'] } },
      'INVALID_SPEC',
      "hours.tue[0]: '05:00-09:00' overlaps mon '22:00-06:00', which runs past midnight",
    ],
    [{ zone: 'Mars/Olympus', hours: '24/7' }, 'UNKNOWN_ZONE', "zone: 'Mars/Olympus' is not a known time zone"],
    [
      { zone: 'UTC', hours: { mon: ['7-12'] } },
      'INVALID_SPEC',
      "hours.mon[0]: '7-12' is not a window: expected 'HH:MM-HH:MM'",
    ],
    [{ zone: 'UTC', hours: { mon: ['10:00-10:00'] } }, 'INVALID_SPEC', "hours.mon[0]: '10:00-10:00' is empty"],
    [{ zone: 'UTC', hours: { mon: ['24:00-02:00'] } }, 'INVALID_SPEC', "hours.mon[0]: '24:00-02:00' starts at 24:00"],
    [{ zone: 'UTC', hours: { funday: ['10:00-12:00'] } }, 'INVALID_SPEC', "hours: has unknown key 'funday'"],
    [
      { zone: 'UTC', hours: '24/7', holidays: ['2025-02-30'] },
      'INVALID_SPEC',
      "holidays[0]: '2025-02-30' is a date that does not exist",
    ],
    [
      { zone: 'UTC', hours: '24/7', holidays: ['next monday'] },
      'INVALID_SPEC',
      "holidays[0]: 'next monday' is not a date: expected 'YYYY-MM-DD'",
    ],
    [
      { zone: 'UTC', hours: '24/7', holidays: [{ from: '2025-02-03', to: '2025-01-01' }] },
      'INVALID_SPEC',
      "holidays[0]: '2025-02-03' to '2025-01-01' is backwards",
    ],
    [
      { zone: 'UTC', hours: '24/7', holidays: [{ country: 'XX' }] },
      'UNKNOWN_COUNTRY',
      "holidays[0]: 'XX' is not a country date-holidays knows",
    ],
    [
      { zone: 'UTC', hours: '24/7', holidays: [{ country: 'US', state: 'ZZ' }] },
      'UNKNOWN_COUNTRY',
      "holidays[0]: 'ZZ' is not a state of US",
    ],
    // Names of Object.prototype are not countries or states (issue 16: a TypeError, then accepted).
    [
      { zone: 'UTC', hours: '24/7', holidays: [{ country: '__proto__' }] },
      'UNKNOWN_COUNTRY',
      "holidays[0]: '__proto__' is not a country date-holidays knows",
    ],
    [
      { zone: 'UTC', hours: '24/7', holidays: [{ country: 'US', state: 'toString' }] },
      'UNKNOWN_COUNTRY',
      "holidays[0]: 'toString' is not a state of US",
    ],
    [
      { zone: 'UTC', hours: '24/7', holidays: [{ country: 'DE', state: 'BY', region: 'constructor' }] },
      'UNKNOWN_COUNTRY',
      "holidays[0]: 'constructor' is not a region of DE-BY",
    ],
    [
      { zone: 'UTC', hours: '24/7', openings: [{ date: '2025-01-01', hours: [] }] },
      'INVALID_SPEC',
      'openings[0].hours: is empty',
    ],
    [{ hours: '24/7' }, 'INVALID_SPEC', 'zone: is missing'],
    [{ zone: 'UTC', hours: '24/7', colour: 'red' }, 'INVALID_SPEC', "has unknown key 'colour'"],
    [
      { base: { zone: 'UTC', hours: '24/7' }, without: [{ start: '2025-01-02', end: '2025-01-01' }] },
      'INVALID_SPEC',
      'without[0]: is backwards',
    ],
    [
      {
        intersect: [
          { zone: 'UTC', hours: '24/7' },
          { zone: 'UTC', hours: { xx: [] } },
        ],
      },
      'INVALID_SPEC',
      'intersect[1].hours',
    ],
  ])('%j', (spec, code, message) => {
    const error = errorOf(() => Calendar.from(spec as CalendarSpec));
    expect(error.code).toBe(code);
    expect(error.message).toContain(message);
  });

  it('lists every problem at once', () => {
    const error = errorOf(() => Calendar.from({ zone: 'Nope/Nope', hours: { mon: ['x'] }, holidays: ['2025-13-01'] }));
    expect(error.issues.map((i) => i.path)).toEqual(['zone', 'hours.mon[0]', 'holidays[0]']);
  });

  it('throws instead of searching forever when the calendar never opens again', () => {
    const past = Calendar.from({ zone: 'UTC', hours: {}, openings: [{ date: '2020-01-06', hours: ['09:00-10:00'] }] });
    expect(iso(past.add('2020-01-01T00:00Z', 'PT30M'))).toBe('2020-01-06T09:30:00.000Z');
    const error = errorOf(() => past.add('2020-02-01T00:00Z', 'PT1H'));
    expect(error.code).toBe('CALENDAR_EXHAUSTED');
    expect(error.message).toMatch(/no open time in the 10 years after 2020-02-01/);
    expect(errorOf(() => past.nextOpen('2020-02-01T00:00Z')).code).toBe('CALENDAR_EXHAUSTED');
    expect(iso(past.add('2020-02-01T00:00Z', '-PT1H'))).toBe('2020-01-06T09:00:00.000Z');
  });
});

describe('Calendar: calendars that never close or never open', () => {
  const always = Calendar.from({ zone: 'UTC', hours: '24/7' });

  it('nextOpen on an always-open calendar is the instant itself', () => {
    expect(iso(always.nextOpen('2024-03-01T00:00Z'))).toBe('2024-03-01T00:00:00.000Z');
  });

  it('nextClose on a calendar that never closes throws after the horizon instead of looping', () => {
    const error = errorOf(() => always.nextClose('2024-03-01T00:00Z'));
    expect(error.code).toBe('CALENDAR_EXHAUSTED');
    expect(error.message).toMatch(/never closes/);
  });

  it('windows over a bounded range never throw, even with no open time at all', () => {
    const never = Calendar.from({ zone: 'UTC', hours: {}, horizonYears: 2 });
    expect([...never.windows('2024-01-01T00:00Z', '2030-01-01T00:00Z')]).toEqual([]);
    expect([...always.windows('2024-01-01T00:00Z', '2040-01-01T00:00Z')]).toHaveLength(1);
  });
});

describe('Calendar: country holidays on DST change days', () => {
  it('closes the whole local day although it lasts 23 hours (Brandenburg, Easter Sunday 2024)', () => {
    const cal = Calendar.from({ zone: 'Europe/Berlin', hours: '24/7', holidays: [{ country: 'DE', state: 'BB' }] });
    expect(cal.isOpen('2024-03-31 23:30')).toBe(false);
    expect(cal.isOpen('2024-03-31 12:00')).toBe(false);
    expect(cal.isOpen('2024-03-30 23:30')).toBe(true);
    expect(cal.between('2024-03-31 00:00', '2024-04-02 00:00')).toBe(0); // Easter Monday too
  });
});
