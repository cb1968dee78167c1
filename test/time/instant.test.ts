import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { HabilError, InvalidInstantError } from '../../src/errors';
import { toEpochMs } from '../../src/time/instant';
import { findZone } from '../../src/time/zone';

const bogota = findZone('America/Bogota')!;
const newYork = findZone('America/New_York')!;
const utc = findZone('UTC')!;
const iso = (ms: number) => new Date(ms).toISOString();

describe('toEpochMs', () => {
  it('reads offset-less strings as wall time in the zone, with T or a space', () => {
    expect(iso(toEpochMs('2024-03-01 16:00', bogota))).toBe('2024-03-01T21:00:00.000Z');
    expect(iso(toEpochMs('2024-03-01T16:00:30.250', bogota))).toBe('2024-03-01T21:00:30.250Z');
    expect(iso(toEpochMs('2024-03-01', bogota))).toBe('2024-03-01T05:00:00.000Z');
  });

  it('honours an explicit offset or Z whatever the zone', () => {
    expect(iso(toEpochMs('2024-03-01T16:00:00+01:00', bogota))).toBe('2024-03-01T15:00:00.000Z');
    expect(iso(toEpochMs('2024-03-01T16:00:00Z', bogota))).toBe('2024-03-01T16:00:00.000Z');
    expect(iso(toEpochMs('2024-03-01T16:00:00-0530', bogota))).toBe('2024-03-01T21:30:00.000Z');
  });

  it('truncates sub-millisecond digits instead of rounding into the next millisecond', () => {
    expect(iso(toEpochMs('2024-03-01T16:00:00.123999Z', bogota))).toBe('2024-03-01T16:00:00.123Z');
  });

  it('maps DST gaps forward and ambiguous times to the earlier instant', () => {
    expect(iso(toEpochMs('2024-03-10 02:30', newYork))).toBe('2024-03-10T07:30:00.000Z'); // 03:30 EDT
    expect(iso(toEpochMs('2024-11-03 01:30', newYork))).toBe('2024-11-03T05:30:00.000Z'); // first 01:30 (EDT)
  });

  it('accepts Date, epoch ms and luxon DateTime without mutating them', () => {
    const date = new Date('2024-03-01T21:00:00Z');
    expect(toEpochMs(date, bogota)).toBe(date.getTime());
    expect(date.toISOString()).toBe('2024-03-01T21:00:00.000Z');
    expect(toEpochMs(1_709_326_800_000, bogota)).toBe(1_709_326_800_000);
    expect(toEpochMs(DateTime.fromISO('2024-03-01T16:00', { zone: 'America/Bogota' }), newYork)).toBe(
      1_709_326_800_000,
    );
  });

  it.each([
    [Number.NaN, 'INVALID_INSTANT', /at: NaN is not an instant/],
    [1.5, 'INVALID_INSTANT', /whole number of epoch milliseconds/],
    [new Date('nope'), 'INVALID_INSTANT', /at: Invalid Date is not an instant: the Date holds no time/],
    ['2024-02-30 10:00', 'INVALID_INSTANT', /'2024-02-30 10:00' names a date that does not exist/],
    ['2024-02-03 25:00', 'INVALID_INSTANT', /time of day that does not exist/],
    ['yesterday', 'INVALID_INSTANT', /'yesterday' is not an ISO 8601 instant/],
    [DateTime.invalid('because'), 'INVALID_INSTANT', /invalid luxon DateTime/],
    [{}, 'INVALID_INSTANT', /expected a Date, epoch milliseconds/],
  ])('refuses %s with a clear error', (input, code, message) => {
    let error: unknown;
    try {
      toEpochMs(input as never, bogota);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(HabilError);
    expect((error as HabilError).code).toBe(code);
    expect((error as HabilError).message).toMatch(message);
  });
});

describe('toEpochMs(ISO string) edge cases', () => {
  const refusal = (text: string) => {
    try {
      toEpochMs(text, utc, 'created');
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInstantError);
      return (error as InvalidInstantError).message;
    }
    throw new Error(`accepted ${text}`);
  };

  it('knows leap days, Gregorian century rule included', () => {
    expect(iso(toEpochMs('2024-02-29T12:00Z', utc))).toBe('2024-02-29T12:00:00.000Z');
    expect(iso(toEpochMs('2000-02-29', utc))).toBe('2000-02-29T00:00:00.000Z');
    expect(refusal('2023-02-29')).toBe("created: '2023-02-29' names a date that does not exist");
    expect(refusal('1900-02-29 10:00')).toBe("created: '1900-02-29 10:00' names a date that does not exist");
    expect(refusal('2024-04-31')).toMatch(/names a date that does not exist/);
    expect(refusal('2024-00-10')).toMatch(/names a date that does not exist/);
    expect(refusal('2024-13-01')).toMatch(/names a date that does not exist/);
    expect(refusal('2024-01-00')).toMatch(/names a date that does not exist/);
  });

  it("reads '24:00' as midnight of the next day, and nothing past it", () => {
    expect(toEpochMs('2024-02-29 24:00', bogota)).toBe(toEpochMs('2024-03-01 00:00', bogota));
    expect(toEpochMs('2024-12-31T24:00:00.000Z', utc)).toBe(Date.UTC(2025, 0, 1));
    expect(toEpochMs('2024-12-31T24:00:00.0009Z', utc)).toBe(Date.UTC(2025, 0, 1)); // truncated to 24:00:00.000
    expect(refusal('2024-12-31T24:00:00.001Z')).toMatch(/has a time of day that does not exist/);
    expect(refusal('2024-12-31T24:01')).toMatch(/has a time of day that does not exist/);
    expect(refusal('2024-12-31T23:60')).toMatch(/has a time of day that does not exist/);
    expect(refusal('2024-12-31T23:59:60')).toMatch(/has a time of day that does not exist/);
  });

  it('reads years 0000-0099 as themselves, not as 1900-1999 (a Date.UTC quirk the old reader had)', () => {
    expect(iso(toEpochMs('0050-01-01T00:00Z', utc))).toBe('0050-01-01T00:00:00.000Z');
    expect(iso(toEpochMs('0099-12-31T23:59:59.999Z', utc))).toBe('0099-12-31T23:59:59.999Z');
    expect(iso(toEpochMs('0000-02-29 12:00', utc))).toBe('0000-02-29T12:00:00.000Z'); // year 0 is a leap year
    expect(iso(toEpochMs('0100-01-01', utc))).toBe('0100-01-01T00:00:00.000Z');
    expect(iso(toEpochMs('9999-12-31T24:00Z', utc))).toBe('+010000-01-01T00:00:00.000Z');
  });

  it('accepts lower-case t and z, a comma before the fraction, and whitespace before the offset and around', () => {
    const expected = Date.UTC(2024, 2, 1, 16, 0, 0, 120);
    expect(toEpochMs('2024-03-01t16:00:00,12z', utc)).toBe(expected);
    expect(toEpochMs(' \u00a02024-03-01 16:00:00.12 \t+00:00\ufeff\n', bogota)).toBe(expected);
    expect(toEpochMs('2024-03-01 11:00:00.12-0500', utc)).toBe(expected);
    expect(toEpochMs('2024-03-01 Z', bogota)).toBe(Date.UTC(2024, 2, 1));
    expect(toEpochMs('2024-03-01+05', bogota)).toBe(Date.UTC(2024, 1, 29, 19));
  });

  it.each([
    ['2024-03-01T16', 'no minutes'],
    ['2024-03-01T16:00:00.', 'an empty fraction'],
    ['2024-03-01T16:00:00.1234567890', 'ten fraction digits'],
    ['2024-03-01T16:00.5', 'a fraction without seconds'],
    ['2024-03-01T+05:00', 'a T without a time'],
    ['2024-03-01T16:00+05:', 'a dangling colon in the offset'],
    ['2024-03-01T16:00+5', 'a one-digit offset'],
    ['2024-03-01T16:00 Zulu', 'a word after Z'],
    ['2024-03-٠١', 'non-ASCII digits'],
    ['2024-03-01\u200b16:00', 'a zero-width space (not whitespace)'],
    ['24-03-01', 'a two-digit year'],
    ['', 'nothing'],
  ])('refuses %j (%s) as malformed', (text) => {
    expect(refusal(text)).toMatch(/is not an ISO 8601 instant/);
  });

  it('reports syntax before the date, the date before the time, the time before the offset', () => {
    expect(refusal('2024-02-30T25:00+24:00x')).toMatch(/is not an ISO 8601 instant/);
    expect(refusal('2024-02-30T25:00+24:00')).toMatch(/names a date that does not exist/);
    expect(refusal('2024-02-28T25:00+24:00')).toMatch(/has a time of day that does not exist/);
    expect(refusal('2024-02-28T23:00+24:00')).toBe(
      "created: '2024-02-28T23:00+24:00' has a UTC offset that does not exist",
    );
    expect(refusal('2024-02-28T23:00-05:60')).toMatch(/has a UTC offset that does not exist/);
  });
});

describe('the ends of time (issue 16)', () => {
  const utc = findZone('UTC')!;
  it('takes epoch milliseconds up to ±8.64e15, and refuses what lies beyond with an InvalidInstantError', () => {
    expect(toEpochMs(8.64e15, utc)).toBe(8.64e15);
    expect(toEpochMs(-8.64e15, utc)).toBe(-8.64e15);
    for (const ms of [8.64e15 + 1, -8.64e15 - 1, 9e15, Number.MAX_SAFE_INTEGER]) {
      expect(() => toEpochMs(ms, utc, 'now')).toThrow(InvalidInstantError);
      expect(() => toEpochMs(ms, utc, 'now')).toThrow(/outside the instants a Date can hold/);
    }
  });
});
