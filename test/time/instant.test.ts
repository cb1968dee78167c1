import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { HabilError } from '../../src/errors';
import { toEpochMs } from '../../src/time/instant';
import { findZone } from '../../src/time/zone';

const bogota = findZone('America/Bogota')!;
const newYork = findZone('America/New_York')!;
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
    expect(toEpochMs(DateTime.fromISO('2024-03-01T16:00', { zone: 'America/Bogota' }), newYork)).toBe(1_709_326_800_000);
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
