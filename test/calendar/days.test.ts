// Business days, backward queries and recurring closures on concrete calendars: bad inputs,
// bounded searches and the edges docs/calendars.md documents (the property tests in
// test/engine/days.property.test.ts check the arithmetic against the reference).
import { describe, expect, it } from 'vitest';
import { Calendar, CalendarExhaustedError, InvalidDurationError, SpecError } from '../../src/index';

const workday = ['07:00-12:30', '13:30-17:30'];
const icg = Calendar.from({
  zone: 'America/Bogota',
  hours: { mon: workday, tue: workday, wed: workday, thu: workday, fri: workday },
  holidays: [{ country: 'CO' }],
});
const iso = (d: Date) => d.toISOString();

describe('addBusinessDays and businessDaysBetween', () => {
  it('refuses a day count that is not a whole number', () => {
    for (const n of [1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60]) {
      expect(() => icg.addBusinessDays('2024-03-01 10:00', n)).toThrow(InvalidDurationError);
    }
  });

  it('gives up with CALENDAR_EXHAUSTED on a calendar without business days, both ways', () => {
    const never = Calendar.from({ zone: 'UTC', hours: {}, horizonYears: 2 });
    expect(() => never.addBusinessDays('2024-03-01', 1)).toThrow(CalendarExhaustedError);
    expect(() => never.addBusinessDays('2024-03-01', -1)).toThrow(CalendarExhaustedError);
    // A bounded count needs no horizon: nothing lies between, so 0.
    expect(never.businessDaysBetween('2024-03-01', '2030-03-01')).toBe(0);
  });

  it('bounds the work of huge counts and spans (MAX_SEARCH_YEARS)', () => {
    const started = Date.now();
    expect(() => icg.addBusinessDays('2024-03-01 10:00', 1_000_000)).toThrow(CalendarExhaustedError);
    expect(() => icg.businessDaysBetween('2024-03-01', '2500-01-01')).toThrow(CalendarExhaustedError);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('endOfDay on a calendar that never closes throws instead of looping', () => {
    const always = Calendar.from({ zone: 'UTC', hours: '24/7' });
    expect(() => always.addBusinessDays('2024-03-01', 1, { endOfDay: true })).toThrow(CalendarExhaustedError);
    expect(iso(always.addBusinessDays('2024-03-01 10:00', 3))).toBe('2024-03-04T10:00:00.000Z');
  });

  it('counts zero between an instant and itself, never -0', () => {
    expect(Object.is(icg.businessDaysBetween('2024-03-02 10:00', '2024-03-02 10:00'), 0)).toBe(true);
    expect(Object.is(icg.businessDaysBetween('2024-03-03 10:00', '2024-03-02 10:00'), 0)).toBe(true);
  });
});

describe('previousClose and previousOpen', () => {
  it('answer across a year boundary and merge periods that touch there', () => {
    const always = Calendar.from({ zone: 'UTC', hours: '24/7', holidays: ['2023-12-30'] });
    expect(iso(always.previousOpen('2024-01-02 10:00'))).toBe('2023-12-31T00:00:00.000Z');
    expect(iso(always.previousClose('2023-12-30 10:00'))).toBe('2023-12-30T00:00:00.000Z');
    expect(iso(always.previousClose('2023-12-31 10:00'))).toBe('2023-12-31T10:00:00.000Z');
  });

  it('throw CALENDAR_EXHAUSTED when the past holds no open time, or the open period no start', () => {
    expect(() => Calendar.from({ zone: 'UTC', hours: {}, horizonYears: 3 }).previousClose('2024-03-01')).toThrow(
      CalendarExhaustedError,
    );
    expect(() => Calendar.from({ zone: 'UTC', hours: '24/7' }).previousOpen('2024-03-01')).toThrow(
      CalendarExhaustedError,
    );
  });
});

describe('recurring closures', () => {
  it('refuses a month and day that does not exist, naming the path', () => {
    const bad = (every: string) => () => Calendar.from({ zone: 'UTC', hours: '24/7', holidays: [{ every }] });
    expect(bad('13-01')).toThrow(SpecError);
    expect(bad('02-30')).toThrow(/holidays\[0\]\.every: '02-30' is a month and day that never occurs/);
    expect(bad('2025-12-24')).toThrow(/holidays\[0\]\.every: '2025-12-24' is not a month and day: expected 'MM-DD'/);
    expect(() =>
      Calendar.from({ zone: 'UTC', hours: '24/7', holidays: [{ every: '12-24', hours: ['25:00-26:00'] }] }),
    ).toThrow(/holidays\[0\]\.hours\[0\]/);
  });

  it('closes 29 February only in leap years, and keeps the spec as written', () => {
    const spec = { zone: 'UTC', hours: '24/7' as const, holidays: [{ every: '02-29', name: 'Bisiesto' }] };
    const cal = Calendar.from(spec);
    expect(cal.isOpen('2024-02-29 10:00')).toBe(false);
    expect(cal.isOpen('2025-03-01 10:00')).toBe(true);
    expect(cal.between('2025-02-28', '2025-03-02')).toBe(2 * 86_400_000);
    expect(cal.toJSON()).toEqual(spec);
  });
});
