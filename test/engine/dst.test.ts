// Hand-computed DST cases. Wall times map to instants as Temporal 'compatible': a nonexistent wall
// time moves forward by the gap, an ambiguous one takes the EARLIER instant; '24:00' on D is 00:00 of
// D+1; a window's length is the real time between its mapped ends; the open set is the union of the
// mapped windows. Every expected instant below is written in UTC, worked out by hand.
//
// Transitions used (2024):
//   America/New_York    03-10 02:00 EST(-5) -> 03:00 EDT(-4) at 07:00Z;   11-03 02:00 EDT -> 01:00 EST at 06:00Z
//   Europe/Berlin       03-31 02:00 CET(+1) -> 03:00 CEST(+2) at 01:00Z;  10-27 03:00 CEST -> 02:00 CET at 01:00Z
//   Australia/Lord_Howe 04-07 02:00 (+11) -> 01:30 (+10:30) at 04-06 15:00Z; 10-06 02:00 (+10:30) -> 02:30 (+11) at 10-05 15:30Z
//   America/Santiago    04-07 00:00 (-3) -> 04-06 23:00 (-4) at 04:00Z;   09-08 00:00 (-4) -> 01:00 (-3) at 04:00Z
import { describe, expect, it } from 'vitest';
import { Calendar } from '../../src/index';

const H = 3_600_000;
const M = 60_000;
const Z = (s: string) => new Date(`${s}Z`);
const iso = (d: Date) => d.toISOString();
const spans = (cal: Calendar, from: Date | string, to: Date | string) =>
  Array.from(cal.windows(from, to)).map((w) => [iso(w.start), iso(w.end)]);
const every = (spans: string[]) => ({
  mon: spans,
  tue: spans,
  wed: spans,
  thu: spans,
  fri: spans,
  sat: spans,
  sun: spans,
});

describe('24/7 and 00:00-24:00 calendars measure real elapsed time', () => {
  for (const [name, hours] of [
    ['24/7', '24/7' as const],
    ['00:00-24:00 daily', every(['00:00-24:00'])],
  ] as const) {
    it(`${name}: New York spring forward (23 h) and fall back (25 h)`, () => {
      const cal = Calendar.from({ zone: 'America/New_York', hours });
      expect(cal.between(Z('2024-03-10T05:00:00'), Z('2024-03-11T04:00:00'))).toBe(23 * H);
      expect(cal.between(Z('2024-11-03T04:00:00'), Z('2024-11-04T05:00:00'))).toBe(25 * H);
      expect(cal.between('2024-11-03 00:00', '2024-11-04 00:00')).toBe(25 * H);
      expect(cal.between('2024-03-10T00:00', '2024-03-11T00:00')).toBe(23 * H);
      // 24 business hours from local midnight
      expect(iso(cal.add('2024-11-03T00:00', 24 * H))).toBe('2024-11-04T04:00:00.000Z'); // 23:00 EST on the 3rd
      expect(iso(cal.add('2024-03-10T00:00', 24 * H))).toBe('2024-03-11T05:00:00.000Z'); // 01:00 EDT on the 11th
      expect(iso(cal.add(Z('2024-11-04T05:00:00'), -25 * H))).toBe('2024-11-03T04:00:00.000Z');
      // the night is one period
      expect(spans(cal, Z('2024-11-02T12:00:00'), Z('2024-11-04T12:00:00'))).toEqual([
        ['2024-11-02T12:00:00.000Z', '2024-11-04T12:00:00.000Z'],
      ]);
    });

    it(`${name}: Berlin 23 h / 25 h, Lord Howe 23.5 h / 24.5 h, Santiago 23 h / 25 h`, () => {
      const berlin = Calendar.from({ zone: 'Europe/Berlin', hours });
      expect(berlin.between('2024-03-31T00:00', '2024-04-01T00:00')).toBe(23 * H);
      expect(berlin.between('2024-10-27T00:00', '2024-10-28T00:00')).toBe(25 * H);
      const lh = Calendar.from({ zone: 'Australia/Lord_Howe', hours });
      expect(lh.between(Z('2024-04-06T13:00:00'), Z('2024-04-07T13:30:00'))).toBe(24.5 * H);
      expect(lh.between('2024-04-07T00:00', '2024-04-08T00:00')).toBe(24.5 * H);
      expect(lh.between('2024-10-06T00:00', '2024-10-07T00:00')).toBe(23.5 * H);
      const scl = Calendar.from({ zone: 'America/Santiago', hours });
      expect(scl.between('2024-04-06T00:00', '2024-04-07T00:00')).toBe(25 * H); // 03:00Z -> 04:00Z next day
      expect(scl.between('2024-09-07T00:00', '2024-09-08T00:00')).toBe(24 * H); // midnight of the 8th is 01:00 -03
      expect(scl.between('2024-09-08T00:00', '2024-09-09T00:00')).toBe(23 * H);
    });
  }
});

describe('window 01:00-03:00 on DST nights', () => {
  const sun = (zone: string, ws: string[]) => Calendar.from({ zone, hours: { sun: ws } });

  it('New York: 1 h on spring forward, 3 h on fall back', () => {
    const cal = sun('America/New_York', ['01:00-03:00']);
    expect(spans(cal, Z('2024-03-10T00:00:00'), Z('2024-03-10T12:00:00'))).toEqual([
      ['2024-03-10T06:00:00.000Z', '2024-03-10T07:00:00.000Z'],
    ]);
    expect(cal.isOpen(Z('2024-03-10T06:59:59.999'))).toBe(true);
    expect(cal.isOpen(Z('2024-03-10T07:00:00'))).toBe(false);
    expect(iso(cal.add(Z('2024-03-09T12:00:00'), H))).toBe('2024-03-10T07:00:00.000Z');
    expect(iso(cal.add(Z('2024-03-09T12:00:00'), H + 1))).toBe('2024-03-17T05:00:00.001Z'); // next Sunday 01:00 EDT
    expect(spans(cal, Z('2024-11-03T00:00:00'), Z('2024-11-03T12:00:00'))).toEqual([
      ['2024-11-03T05:00:00.000Z', '2024-11-03T08:00:00.000Z'],
    ]);
    expect(cal.isOpen(Z('2024-11-03T06:30:00'))).toBe(true); // the second 01:30
    expect(iso(cal.add(Z('2024-11-02T12:00:00'), 3 * H))).toBe('2024-11-03T08:00:00.000Z');
    expect(iso(cal.nextClose(Z('2024-11-03T05:00:00')))).toBe('2024-11-03T08:00:00.000Z');
    expect(iso(cal.add(Z('2024-11-03T08:00:00'), -3 * H))).toBe('2024-11-03T05:00:00.000Z');
  });

  it('Berlin: 1 h on 2024-03-31, 3 h on 2024-10-27', () => {
    const cal = sun('Europe/Berlin', ['01:00-03:00']);
    expect(spans(cal, Z('2024-03-30T12:00:00'), Z('2024-03-31T12:00:00'))).toEqual([
      ['2024-03-31T00:00:00.000Z', '2024-03-31T01:00:00.000Z'],
    ]);
    expect(spans(cal, Z('2024-10-26T12:00:00'), Z('2024-10-27T12:00:00'))).toEqual([
      ['2024-10-26T23:00:00.000Z', '2024-10-27T02:00:00.000Z'],
    ]);
    expect(cal.between('2024-10-27T00:00', '2024-10-28T00:00')).toBe(3 * H);
  });

  it('Lord Howe: 2.5 h on fall back (02:00 -> 01:30), 1.5 h on spring forward (02:00 -> 02:30)', () => {
    const cal = sun('Australia/Lord_Howe', ['01:00-03:00']);
    expect(spans(cal, Z('2024-04-06T00:00:00'), Z('2024-04-07T00:00:00'))).toEqual([
      ['2024-04-06T14:00:00.000Z', '2024-04-06T16:30:00.000Z'],
    ]);
    expect(spans(cal, Z('2024-10-05T00:00:00'), Z('2024-10-06T00:00:00'))).toEqual([
      ['2024-10-05T14:30:00.000Z', '2024-10-05T16:00:00.000Z'],
    ]);
    expect(cal.between('2024-04-07T00:00', '2024-04-08T00:00')).toBe(2.5 * H);
    expect(cal.between('2024-10-06T00:00', '2024-10-07T00:00')).toBe(1.5 * H);
  });
});

describe('windows with ends in the gap or in the repeated hour', () => {
  it('New York spring forward: ends in the gap move forward by one hour', () => {
    // 01:30 EST = 06:30Z; 02:30 does not exist -> 03:30 EDT = 07:30Z: one real hour
    const a = Calendar.from({ zone: 'America/New_York', hours: { sun: ['01:30-02:30'] } });
    expect(spans(a, Z('2024-03-10T00:00:00'), Z('2024-03-10T12:00:00'))).toEqual([
      ['2024-03-10T06:30:00.000Z', '2024-03-10T07:30:00.000Z'],
    ]);
    // 02:00 -> 03:00 EDT = 07:00Z and 03:00 EDT = 07:00Z: no time at all that night; an hour on other Sundays
    const b = Calendar.from({ zone: 'America/New_York', hours: { sun: ['02:00-03:00'] } });
    expect(b.between('2024-03-10T00:00', '2024-03-11T00:00')).toBe(0);
    expect(b.between('2024-03-17T00:00', '2024-03-18T00:00')).toBe(H);
    expect(iso(b.nextOpen(Z('2024-03-10T05:00:00')))).toBe('2024-03-17T06:00:00.000Z');
    // 02:30 -> 07:30Z, 03:00 -> 07:00Z: mapped ends cross, the window is empty that night
    const c = Calendar.from({ zone: 'America/New_York', hours: { sun: ['02:30-03:00'] } });
    expect(c.between('2024-03-10T00:00', '2024-03-11T00:00')).toBe(0);
    expect(c.isOpen(Z('2024-03-10T07:15:00'))).toBe(false);
    // overlapping after mapping: [06:00Z, 07:45Z) and [07:00Z, 08:00Z): 2 h, one period, not 2 h 45
    const d = Calendar.from({ zone: 'America/New_York', hours: { sun: ['01:00-02:45', '03:00-04:00'] } });
    expect(d.between('2024-03-10T00:00', '2024-03-11T00:00')).toBe(2 * H);
    expect(spans(d, Z('2024-03-10T00:00:00'), Z('2024-03-10T12:00:00'))).toEqual([
      ['2024-03-10T06:00:00.000Z', '2024-03-10T08:00:00.000Z'],
    ]);
    expect(iso(d.add(Z('2024-03-10T00:00:00'), 2 * H))).toBe('2024-03-10T08:00:00.000Z');
    expect(iso(d.add(Z('2024-03-10T00:00:00'), 2 * H + 1))).toBe('2024-03-17T05:00:00.001Z');
  });

  it('New York fall back: ambiguous ends take the first occurrence', () => {
    // 01:30 (first, EDT) = 05:30Z -> 02:00 EST = 07:00Z: 1.5 h
    const a = Calendar.from({ zone: 'America/New_York', hours: { sun: ['01:30-02:00'] } });
    expect(spans(a, Z('2024-11-03T00:00:00'), Z('2024-11-03T12:00:00'))).toEqual([
      ['2024-11-03T05:30:00.000Z', '2024-11-03T07:00:00.000Z'],
    ]);
    // 01:00-01:30 is the first pass only: 05:00Z-05:30Z; the second 01:00-01:30 (06:00Z-06:30Z) is closed
    const b = Calendar.from({ zone: 'America/New_York', hours: { sun: ['01:00-01:30'] } });
    expect(spans(b, Z('2024-11-03T00:00:00'), Z('2024-11-03T12:00:00'))).toEqual([
      ['2024-11-03T05:00:00.000Z', '2024-11-03T05:30:00.000Z'],
    ]);
    expect(b.isOpen(Z('2024-11-03T06:15:00'))).toBe(false);
  });

  it('Lord Howe: a 30-minute gap and a 30-minute repeat', () => {
    // 02:15 -> 02:45 (+11) = 15:45Z; 03:00 (+11) = 16:00Z: 15 minutes
    const a = Calendar.from({ zone: 'Australia/Lord_Howe', hours: { sun: ['02:15-03:00'] } });
    expect(a.between('2024-10-06T00:00', '2024-10-07T00:00')).toBe(15 * M);
    expect(spans(a, Z('2024-10-05T00:00:00'), Z('2024-10-06T00:00:00'))).toEqual([
      ['2024-10-05T15:45:00.000Z', '2024-10-05T16:00:00.000Z'],
    ]);
    const b = Calendar.from({ zone: 'Australia/Lord_Howe', hours: { sun: ['02:00-02:30'] } });
    expect(b.between('2024-10-06T00:00', '2024-10-07T00:00')).toBe(0);
    // 01:30 (first, +11) = 14:30Z -> 02:00 (+10:30) = 15:30Z: one hour
    const c = Calendar.from({ zone: 'Australia/Lord_Howe', hours: { sun: ['01:30-02:00'] } });
    expect(spans(c, Z('2024-04-06T00:00:00'), Z('2024-04-07T00:00:00'))).toEqual([
      ['2024-04-06T14:30:00.000Z', '2024-04-06T15:30:00.000Z'],
    ]);
  });

  it("Santiago: midnight transitions, '24:00' ends and overnight windows", () => {
    const a = Calendar.from({ zone: 'America/Santiago', hours: { sat: ['22:00-24:00'], sun: ['00:00-02:00'] } });
    // 2024-09-07 22:00 (-4) = 02:00Z; 24:00 = 00:00 of the 8th, missing -> 01:00 (-3) = 04:00Z; Sunday 00:00 too, 02:00 (-3) = 05:00Z
    expect(spans(a, Z('2024-09-07T12:00:00'), Z('2024-09-08T12:00:00'))).toEqual([
      ['2024-09-08T02:00:00.000Z', '2024-09-08T05:00:00.000Z'],
    ]);
    // 2024-04-06 22:00 (-3) = 01:00Z; 24:00 = 00:00 (-4) of the 7th = 04:00Z; Sunday 00:00-02:00 (-4) = 04:00Z-06:00Z
    expect(spans(a, Z('2024-04-06T12:00:00'), Z('2024-04-07T12:00:00'))).toEqual([
      ['2024-04-07T01:00:00.000Z', '2024-04-07T06:00:00.000Z'],
    ]);
    const b = Calendar.from({ zone: 'America/Santiago', hours: { sat: ['22:00-02:00'] } });
    expect(spans(b, Z('2024-09-07T12:00:00'), Z('2024-09-08T12:00:00'))).toEqual([
      ['2024-09-08T02:00:00.000Z', '2024-09-08T05:00:00.000Z'],
    ]);
    expect(spans(b, Z('2024-04-06T12:00:00'), Z('2024-04-07T12:00:00'))).toEqual([
      ['2024-04-07T01:00:00.000Z', '2024-04-07T06:00:00.000Z'],
    ]);
    // a whole-day closure on the day that starts at 01:00
    const c = Calendar.from({ zone: 'America/Santiago', hours: '24/7', holidays: ['2024-09-08'] });
    expect(spans(c, Z('2024-09-07T00:00:00'), Z('2024-09-10T00:00:00'))).toEqual([
      ['2024-09-07T00:00:00.000Z', '2024-09-08T04:00:00.000Z'],
      ['2024-09-09T03:00:00.000Z', '2024-09-10T00:00:00.000Z'],
    ]);
    expect(c.between('2024-09-07T00:00', '2024-09-10T00:00')).toBe(48 * H);
  });

  it('overnight windows across the New York transitions', () => {
    const cal = Calendar.from({ zone: 'America/New_York', hours: { sat: ['22:00-06:00'] } });
    expect(spans(cal, Z('2024-03-09T12:00:00'), Z('2024-03-10T12:00:00'))).toEqual([
      ['2024-03-10T03:00:00.000Z', '2024-03-10T10:00:00.000Z'],
    ]); // 7 h
    expect(spans(cal, Z('2024-11-02T12:00:00'), Z('2024-11-03T12:00:00'))).toEqual([
      ['2024-11-03T02:00:00.000Z', '2024-11-03T11:00:00.000Z'],
    ]); // 9 h
    // a holiday on the Sunday leaves Saturday's overnight window whole; one on the Saturday removes it
    const sundayOff = Calendar.from({
      zone: 'America/New_York',
      hours: { sat: ['22:00-06:00'] },
      holidays: ['2024-11-03'],
    });
    expect(sundayOff.between('2024-11-02T00:00', '2024-11-04T00:00')).toBe(9 * H);
    const saturdayOff = Calendar.from({
      zone: 'America/New_York',
      hours: { sat: ['22:00-06:00'] },
      holidays: ['2024-11-02'],
    });
    expect(saturdayOff.between('2024-11-02T00:00', '2024-11-04T00:00')).toBe(0);
  });

  it('closures with hours and openings on DST nights', () => {
    // 01:00 (first, EDT) = 05:00Z to 02:00 EST = 07:00Z: two real hours closed
    const closed = Calendar.from({
      zone: 'America/New_York',
      hours: '24/7',
      holidays: [{ date: '2024-11-03', hours: ['01:00-02:00'] }],
    });
    expect(closed.between('2024-11-03T00:00', '2024-11-04T00:00')).toBe(23 * H);
    expect(spans(closed, Z('2024-11-03T04:00:00'), Z('2024-11-03T09:00:00'))).toEqual([
      ['2024-11-03T04:00:00.000Z', '2024-11-03T05:00:00.000Z'],
      ['2024-11-03T07:00:00.000Z', '2024-11-03T09:00:00.000Z'],
    ]);
    // 01:00 EST = 06:00Z to 04:00 EDT = 08:00Z
    const opened = Calendar.from({
      zone: 'America/New_York',
      hours: {},
      openings: [{ date: '2024-03-10', hours: ['01:00-04:00'] }],
    });
    expect(spans(opened, Z('2024-03-10T00:00:00'), Z('2024-03-11T00:00:00'))).toEqual([
      ['2024-03-10T06:00:00.000Z', '2024-03-10T08:00:00.000Z'],
    ]);
  });
});

describe('wall-time strings are read as compatible wall times in the calendar zone', () => {
  const probe = (zone: string, wall: string) => {
    const cal = Calendar.from({ zone, hours: '24/7' });
    return iso(Array.from(cal.windows(wall, Z('2030-01-01T00:00:00')))[0]!.start);
  };
  it('ambiguous: the earlier instant; nonexistent: pushed forward by the gap', () => {
    expect(probe('America/New_York', '2024-11-03T01:30')).toBe('2024-11-03T05:30:00.000Z');
    expect(probe('America/New_York', '2024-11-03 01:30')).toBe('2024-11-03T05:30:00.000Z');
    expect(probe('America/New_York', '2024-11-03T01:30:00-05:00')).toBe('2024-11-03T06:30:00.000Z'); // an explicit offset wins
    expect(probe('America/New_York', '2024-03-10T02:30')).toBe('2024-03-10T07:30:00.000Z');
    expect(probe('Europe/Berlin', '2024-03-31T02:30')).toBe('2024-03-31T01:30:00.000Z');
    expect(probe('Europe/Berlin', '2024-10-27T02:30')).toBe('2024-10-27T00:30:00.000Z');
    expect(probe('Australia/Lord_Howe', '2024-10-06T02:15')).toBe('2024-10-05T15:45:00.000Z');
    expect(probe('Australia/Lord_Howe', '2024-04-07T01:45')).toBe('2024-04-06T14:45:00.000Z');
    expect(probe('America/Santiago', '2024-09-08T00:00')).toBe('2024-09-08T04:00:00.000Z');
    expect(probe('America/Santiago', '2024-04-06T23:30')).toBe('2024-04-07T02:30:00.000Z');
  });
});

describe('business hours across DST', () => {
  it('New York Mon-Fri 09:00-17:00 is unaffected by the Sunday transitions', () => {
    const d = ['09:00-17:00'];
    const cal = Calendar.from({ zone: 'America/New_York', hours: { mon: d, tue: d, wed: d, thu: d, fri: d } });
    expect(iso(cal.add(Z('2024-03-08T21:00:00'), 2 * H))).toBe('2024-03-11T14:00:00.000Z'); // Fri 16:00 EST -> Mon 10:00 EDT
    expect(cal.between('2024-03-08T09:00', '2024-03-11T17:00')).toBe(16 * H);
    expect(iso(cal.add('2024-11-01T16:00', 2 * H))).toBe('2024-11-04T15:00:00.000Z'); // Fri 16:00 EDT -> Mon 10:00 EST
  });
});
