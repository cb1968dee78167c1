// Hand cases for the reference model itself (it must be right before it can judge the engine).
import { describe, expect, it } from 'vitest';
import {
  DAY,
  HOUR,
  MINUTE,
  ReferenceCalendar,
  type RefSpec,
  possibleInstants,
  rawOffset,
  transitions,
  wall,
  wallToInstant,
} from './reference';

const iso = (s: string) => Date.parse(s);
const weekdays = (spans: string[]) => ({ mon: spans, tue: spans, wed: spans, thu: spans, fri: spans });

describe('reference: zone offsets and compatible mapping', () => {
  it('reads offsets from Intl', () => {
    expect(rawOffset('America/Bogota', iso('2024-03-01T00:00:00Z'))).toBe(-5 * HOUR);
    expect(rawOffset('Asia/Kathmandu', iso('2024-03-01T00:00:00Z'))).toBe(5 * HOUR + 45 * MINUTE);
    expect(rawOffset('Australia/Lord_Howe', iso('2024-01-01T00:00:00Z'))).toBe(11 * HOUR);
    expect(rawOffset('Australia/Lord_Howe', iso('2024-07-01T00:00:00Z'))).toBe(10.5 * HOUR);
  });

  it('maps unique wall times directly', () => {
    expect(wall('America/Bogota', '2024-03-01T16:00')).toBe(iso('2024-03-01T21:00:00Z'));
    expect(wall('UTC', '2024-03-01 16:00:01.5'.replace('.5', '.500'))).toBe(iso('2024-03-01T16:00:01.500Z'));
  });

  it('moves nonexistent wall times forward by the gap', () => {
    // New York, 2024-03-10 02:00 EST -> 03:00 EDT: 02:30 is 03:30 EDT = 07:30Z.
    expect(possibleInstants('America/New_York', Date.UTC(2024, 2, 10, 2, 30))).toEqual([]);
    expect(wall('America/New_York', '2024-03-10T02:30')).toBe(iso('2024-03-10T07:30:00Z'));
    expect(wall('America/New_York', '2024-03-10T02:00')).toBe(iso('2024-03-10T07:00:00Z'));
    expect(wall('America/New_York', '2024-03-10T03:00')).toBe(iso('2024-03-10T07:00:00Z'));
    // Berlin 2024-03-31 02:00 CET -> 03:00 CEST.
    expect(wall('Europe/Berlin', '2024-03-31T02:30')).toBe(iso('2024-03-31T01:30:00Z'));
    // Lord Howe 2024-10-06 02:00 (+10:30) -> 02:30 (+11): 30-minute gap; 02:15 is 02:45 +11.
    expect(wall('Australia/Lord_Howe', '2024-10-06T02:15')).toBe(iso('2024-10-05T15:45:00Z'));
    // Santiago 2024-09-08 00:00 (-04) -> 01:00 (-03): midnight does not exist.
    expect(wall('America/Santiago', '2024-09-08T00:00')).toBe(iso('2024-09-08T04:00:00Z'));
  });

  it('takes the earlier instant of an ambiguous wall time', () => {
    // New York 2024-11-03 02:00 EDT -> 01:00 EST.
    expect(possibleInstants('America/New_York', Date.UTC(2024, 10, 3, 1, 30))).toEqual([
      iso('2024-11-03T05:30:00Z'),
      iso('2024-11-03T06:30:00Z'),
    ]);
    expect(wall('America/New_York', '2024-11-03T01:30')).toBe(iso('2024-11-03T05:30:00Z'));
    expect(wall('America/New_York', '2024-11-03T02:00')).toBe(iso('2024-11-03T07:00:00Z'));
    // Berlin 2024-10-27 03:00 CEST -> 02:00 CET.
    expect(wall('Europe/Berlin', '2024-10-27T02:30')).toBe(iso('2024-10-27T00:30:00Z'));
    // Lord Howe 2024-04-07 02:00 (+11) -> 01:30 (+10:30).
    expect(wall('Australia/Lord_Howe', '2024-04-07T01:45')).toBe(iso('2024-04-06T14:45:00Z'));
    // Santiago 2024-04-07 00:00 (-03) -> 2024-04-06 23:00 (-04).
    expect(wall('America/Santiago', '2024-04-06T23:30')).toBe(iso('2024-04-07T02:30:00Z'));
    expect(wall('America/Santiago', '2024-04-07T00:00')).toBe(iso('2024-04-07T04:00:00Z'));
  });

  it('finds DST transitions', () => {
    expect(transitions('America/New_York', iso('2024-01-01T00:00:00Z'), iso('2025-01-01T00:00:00Z'))).toEqual([
      iso('2024-03-10T07:00:00Z'),
      iso('2024-11-03T06:00:00Z'),
    ]);
    expect(transitions('Australia/Lord_Howe', iso('2024-01-01T00:00:00Z'), iso('2025-01-01T00:00:00Z'))).toEqual([
      iso('2024-04-06T15:00:00Z'),
      iso('2024-10-05T15:30:00Z'),
    ]);
    expect(transitions('America/Bogota', iso('2024-01-01T00:00:00Z'), iso('2025-01-01T00:00:00Z'))).toEqual([]);
  });

  it('wallToInstant is monotone outside gaps and covers every instant', () => {
    const zone = 'America/New_York';
    for (let t = iso('2024-11-02T12:00:00Z'); t < iso('2024-11-04T00:00:00Z'); t += 15 * MINUTE) {
      const w = t + rawOffset(zone, t);
      const back = wallToInstant(zone, w);
      // the earlier instant with that wall reading: equal, or one hour earlier inside the repeated hour
      expect([t, t - HOUR]).toContain(back);
    }
  });
});

describe('reference: calendar semantics', () => {
  const icg: RefSpec = {
    zone: 'America/Bogota',
    hours: weekdays(['07:00-12:30', '13:30-17:30']),
    holidays: [{ country: 'CO' }],
  };

  it('ICG urgent Friday 16:00 + 4 bh = Monday 09:30', () => {
    const ref = new ReferenceCalendar(icg);
    expect(ref.add(wall(icg.zone, '2024-03-01T16:00'), 4 * HOUR)).toBe(iso('2024-03-04T09:30:00-05:00'));
    expect(ref.add(wall(icg.zone, '2024-03-05T10:30'), 2 * HOUR)).toBe(iso('2024-03-05T12:30:00-05:00'));
    expect(ref.add(wall(icg.zone, '2024-03-05T12:30'), -2 * HOUR)).toBe(iso('2024-03-05T10:30:00-05:00'));
    expect(ref.add(wall(icg.zone, '2024-03-05T13:30'), -2 * HOUR)).toBe(iso('2024-03-05T10:30:00-05:00'));
    expect(ref.between(wall(icg.zone, '2024-03-05T12:00'), wall(icg.zone, '2024-03-05T14:00'))).toBe(HOUR);
    expect(ref.between(wall(icg.zone, '2024-03-05T14:00'), wall(icg.zone, '2024-03-05T12:00'))).toBe(-HOUR);
  });

  it('closes Colombian public holidays but not Easter Sunday', () => {
    const ref = new ReferenceCalendar(icg);
    const dn = (s: string) => Date.parse(`${s}T00:00:00Z`) / DAY;
    expect(ref.isWholeDayClosed(dn('2024-03-25'))).toBe(true);
    expect(ref.isWholeDayClosed(dn('2024-03-28'))).toBe(true);
    expect(ref.isWholeDayClosed(dn('2024-03-29'))).toBe(true);
    expect(ref.isWholeDayClosed(dn('2024-03-31'))).toBe(false);
    expect(ref.isWholeDayClosed(dn('2024-03-26'))).toBe(false);
    // Friday 2024-03-22 16:00 + 4 bh: 1.5 h Fri, Mon 25 holiday, Tue 26 07:00 + 2.5 h = 09:30.
    expect(ref.add(wall(icg.zone, '2024-03-22T16:00'), 4 * HOUR)).toBe(iso('2024-03-26T09:30:00-05:00'));
    expect(ref.isOpen(wall(icg.zone, '2024-03-25T10:00'))).toBe(false);
    expect(ref.nextOpen(wall(icg.zone, '2024-03-27T18:00'))).toBe(iso('2024-04-01T07:00:00-05:00'));
  });

  it('a whole-day closure removes the windows owned by that date, overnight part included', () => {
    const spec: RefSpec = {
      zone: 'UTC',
      hours: { mon: ['22:00-06:00'], tue: ['08:00-10:00'] },
      holidays: ['2024-03-05'],
    };
    const ref = new ReferenceCalendar(spec);
    // Monday 2024-03-04 22:00 -> Tue 06:00 survives a holiday on Tuesday; Tuesday 08-10 is gone.
    expect(ref.windows(iso('2024-03-04T00:00:00Z'), iso('2024-03-07T00:00:00Z'))).toEqual([
      [iso('2024-03-04T22:00:00Z'), iso('2024-03-05T06:00:00Z')],
    ]);
    const ref2 = new ReferenceCalendar({ ...spec, holidays: ['2024-03-04'] });
    expect(ref2.windows(iso('2024-03-04T00:00:00Z'), iso('2024-03-07T00:00:00Z'))).toEqual([
      [iso('2024-03-05T08:00:00Z'), iso('2024-03-05T10:00:00Z')],
    ]);
  });

  it('closures with hours remove a span whatever window it belongs to; openings add time last', () => {
    const spec: RefSpec = {
      zone: 'UTC',
      hours: { mon: ['22:00-06:00'] },
      holidays: [
        { date: '2024-03-05', hours: ['05:00-05:30'] },
        { date: '2024-03-04', hours: ['23:00-01:00'] },
      ],
      openings: [{ date: '2024-03-05', hours: ['05:15-07:00'] }],
    };
    const ref = new ReferenceCalendar(spec);
    expect(ref.windows(iso('2024-03-04T00:00:00Z'), iso('2024-03-07T00:00:00Z'))).toEqual([
      [iso('2024-03-04T22:00:00Z'), iso('2024-03-04T23:00:00Z')],
      [iso('2024-03-05T01:00:00Z'), iso('2024-03-05T05:00:00Z')],
      [iso('2024-03-05T05:15:00Z'), iso('2024-03-05T07:00:00Z')],
    ]);
    expect(ref.nextClose(iso('2024-03-05T04:00:00Z'))).toBe(iso('2024-03-05T05:00:00Z'));
    expect(ref.nextClose(iso('2024-03-05T05:00:00Z'))).toBe(iso('2024-03-05T07:00:00Z'));
    expect(ref.isPeriodEnd(iso('2024-03-05T07:00:00Z'))).toBe(true);
  });

  it('24/7 measures real time across DST; touching windows merge across days and years', () => {
    const ref = new ReferenceCalendar({ zone: 'America/New_York', hours: '24/7' });
    expect(
      ref.between(wall('America/New_York', '2024-11-03T00:00'), wall('America/New_York', '2024-11-04T00:00')),
    ).toBe(25 * HOUR);
    expect(
      ref.between(wall('America/New_York', '2024-03-10T00:00'), wall('America/New_York', '2024-03-11T00:00')),
    ).toBe(23 * HOUR);
    expect(() => ref.nextClose(iso('2024-06-01T00:00:00Z'))).toThrow(/outside/);
    const ref2 = new ReferenceCalendar({ zone: 'UTC', hours: '24/7', holidays: ['2026-01-02'] });
    expect(ref2.nextClose(iso('2024-06-01T00:00:00Z'))).toBe(iso('2026-01-02T00:00:00Z'));
    expect(ref2.add(iso('2025-12-31T00:00:00Z'), 72 * HOUR)).toBe(iso('2026-01-04T00:00:00Z'));
    expect(ref2.add(iso('2026-01-04T00:00:00Z'), -72 * HOUR)).toBe(iso('2025-12-31T00:00:00Z'));
  });

  it('windows on DST nights have the real length between their mapped ends', () => {
    const ref = new ReferenceCalendar({ zone: 'America/New_York', hours: { sun: ['01:00-03:00'] } });
    const day = (d: string) => ref.windows(iso(`${d}T00:00:00Z`), iso(`${d}T12:00:00Z`));
    expect(day('2024-03-10')).toEqual([[iso('2024-03-10T06:00:00Z'), iso('2024-03-10T07:00:00Z')]]); // 1 h
    expect(day('2024-11-03')).toEqual([[iso('2024-11-03T05:00:00Z'), iso('2024-11-03T08:00:00Z')]]); // 3 h
    // a window lying wholly in the gap whose mapped ends cross: 02:30 -> 07:30Z, 03:00 -> 07:00Z: empty
    const ref2 = new ReferenceCalendar({ zone: 'America/New_York', hours: { sun: ['02:30-03:00'] } });
    expect(ref2.windows(iso('2024-03-10T00:00:00Z'), iso('2024-03-10T12:00:00Z'))).toEqual([]);
  });
});
