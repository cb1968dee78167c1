import { Duration } from 'luxon';
import { describe, expect, it } from 'vitest';
import { toDurationMs } from '../../src/time/duration';

describe('toDurationMs', () => {
  it.each([
    [3_600_000, 3_600_000],
    ['PT4H30M', 16_200_000],
    ['PT0.5S', 500],
    ['-PT4H', -14_400_000],
    [{ hours: 1, minutes: 30 }, 5_400_000],
    [{ hours: 1.5 }, 5_400_000],
    [{ milliseconds: 1 }, 1],
    [Duration.fromObject({ hours: 2000 }), 7_200_000_000],
    [0, 0],
  ])('reads %j', (input, ms) => {
    expect(toDurationMs(input)).toBe(ms);
  });

  it.each([
    ['P1D', /'P1D' uses days: business durations are measured in hours/],
    [{ days: 2 }, /uses days/],
    [Duration.fromObject({ months: 1 }), /uses months/],
    ['4 hours', /'4 hours' is not a duration/],
    [Number.NaN, /not a finite duration/],
    [0.5, /whole number of milliseconds/],
    [{ hours: 'two' }, /duration.hours: 'two' is not a finite number/],
    [{ fortnights: 1 }, /duration.fortnights: 1 is not a duration unit/],
    [null, /null is not a duration/],
  ])('refuses %j', (input, message) => {
    expect(() => toDurationMs(input as never)).toThrow(message);
  });
});

describe('objects that are not plain (issue 16)', () => {
  it.each([
    ['a Date', new Date()],
    ['a Number', Object(3_600_000)],
    ['a Map', new Map([['hours', 1]])],
  ])('refuses %s instead of reading it as 0 ms', (_, input) => {
    expect(() => toDurationMs(input as never)).toThrow(/is not a duration/);
  });

  it('refuses a duration longer than a Date can span', () => {
    expect(() => toDurationMs(2e16)).toThrow(/longer than the time a Date can span/);
    expect(toDurationMs(1.728e16)).toBe(1.728e16);
  });
});
