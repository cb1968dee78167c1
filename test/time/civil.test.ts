import { describe, expect, it } from 'vitest';
import {
  dateParts,
  daysInMonth,
  formatLocalDate,
  formatWallTime,
  localDate,
  parseLocalDate,
  parseWallTime,
} from '../../src/time/civil';

describe('civil dates', () => {
  it('numbers days from 1970-01-01 on the proleptic Gregorian calendar', () => {
    expect(localDate(1970, 1, 1)).toBe(0);
    expect(localDate(1969, 12, 31)).toBe(-1);
    expect(localDate(2024, 3, 1)).toBe(19_783);
    expect(localDate(0, 1, 1)).toBe(-719_528);
    expect(dateParts(-719_528)).toEqual({ year: 0, month: 1, day: 1 });
    expect(dateParts(19_782)).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it('rolls over months and days like Date.UTC', () => {
    expect(localDate(2024, 13, 1)).toBe(localDate(2025, 1, 1));
    expect(localDate(2024, 3, 0)).toBe(localDate(2024, 2, 29));
    expect(localDate(2023, 2, 29)).toBe(localDate(2023, 3, 1));
    expect(localDate(2024, 1, 400)).toBe(localDate(2025, 2, 3));
    expect(localDate(Number.NaN, 1, 1)).toBeNaN();
  });

  it('reads years 0-99 as themselves (Date.UTC would make them 1900-1999)', () => {
    expect(formatLocalDate(localDate(50, 1, 1))).toBe('0050-01-01');
    expect(parseLocalDate('0050-01-01')).toBe(localDate(50, 1, 1));
    expect(formatLocalDate(parseLocalDate('0000-02-29')!)).toBe('0000-02-29');
  });

  it('knows month lengths and the leap-year rule', () => {
    expect([2023, 2024, 1900, 2000].map((y) => daysInMonth(y, 2))).toEqual([28, 29, 28, 29]);
    expect([1, 4, 6, 9, 11, 12].map((m) => daysInMonth(2025, m))).toEqual([31, 30, 30, 30, 30, 31]);
  });

  it('parses YYYY-MM-DD and refuses impossible or malformed dates', () => {
    expect(parseLocalDate('2024-02-29')).toBe(19_782);
    expect(parseLocalDate('2023-02-29')).toBeUndefined();
    expect(parseLocalDate('2024-13-01')).toBeUndefined();
    expect(parseLocalDate('2024-1-01')).toBeUndefined();
    expect(parseLocalDate(' 2024-01-01')).toBeUndefined();
    expect(parseLocalDate('2024-01-01\n')).toBeUndefined();
    expect(formatLocalDate(19_782)).toBe('2024-02-29');
  });
});

describe('wall times', () => {
  it('parses HH:MM, HH:MM:SS and HH:MM:SS.m{1,3}, up to 24:00 exactly', () => {
    expect(parseWallTime('08:30')).toBe(30_600_000);
    expect(parseWallTime('08:30:15')).toBe(30_615_000);
    expect(parseWallTime('08:30:15.5')).toBe(30_615_500);
    expect(parseWallTime('08:30:15.05')).toBe(30_615_050);
    expect(parseWallTime('08:30:15.005')).toBe(30_615_005);
    expect(parseWallTime('24:00')).toBe(86_400_000);
    expect(parseWallTime('24:00:00.000')).toBe(86_400_000);
    expect(formatWallTime(parseWallTime('17:45:00.250')!)).toBe('17:45:00.250');
  });

  it.each([
    '24:00:00.001',
    '23:60',
    '23:59:60',
    '8:30',
    '08:30:',
    '08:30:15.',
    '08:30:15.1234',
    '08-30',
    '08:30 ',
    '٠٨:30',
  ])('refuses %j', (text) => {
    expect(parseWallTime(text)).toBeUndefined();
  });
});
