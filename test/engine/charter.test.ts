// Hand-computed cases on the ICG charter calendar (America/Bogota, UTC-05:00 all year, no DST):
// Mon–Fri 07:00–12:30 and 13:30–17:30, Colombian public holidays closed.
// Every expected value below was worked out by hand from DESIGN.md's semantics.
import { Duration } from 'luxon';
import { describe, expect, it } from 'vitest';
import { Calendar, HabilError } from '../../src/index';

const H = 3_600_000;
const M = 60_000;
const day = ['07:00-12:30', '13:30-17:30'];
const ICG = {
  zone: 'America/Bogota',
  hours: { mon: day, tue: day, wed: day, thu: day, fri: day },
  holidays: [{ country: 'CO' }],
};
const cal = Calendar.from(ICG);
/** Bogota wall time -> instant (fixed -05:00). */
const bog = (s: string) => new Date(`${s}-05:00`);
const iso = (d: Date) => d.toISOString();

describe('ICG charter calendar', () => {
  it('urgent reported Friday 2024-03-01 16:00 + 4 bh = Monday 2024-03-04 09:30', () => {
    // Friday: 16:00-17:30 = 1.5 h; Monday: 07:00 + 2.5 h = 09:30.
    expect(iso(cal.add(bog('2024-03-01T16:00:00'), 4 * H))).toBe(iso(bog('2024-03-04T09:30:00')));
    expect(iso(cal.add('2024-03-01 16:00', 'PT4H'))).toBe(iso(bog('2024-03-04T09:30:00')));
    expect(iso(cal.add('2024-03-01T16:00:00-05:00', { hours: 4 }))).toBe(iso(bog('2024-03-04T09:30:00')));
    expect(iso(cal.add(Date.parse('2024-03-01T21:00:00Z'), Duration.fromObject({ hours: 4 })))).toBe(
      iso(bog('2024-03-04T09:30:00')),
    );
    expect(cal.between(bog('2024-03-01T16:00:00'), bog('2024-03-04T09:30:00'))).toBe(4 * H);
  });

  it('2 bh from 10:30 ends at the window end 12:30, not at 13:30', () => {
    expect(iso(cal.add(bog('2024-03-05T10:30:00'), 2 * H))).toBe(iso(bog('2024-03-05T12:30:00')));
    expect(iso(cal.add(bog('2024-03-05T10:30:00'), 2 * H + 1))).toBe(iso(bog('2024-03-05T13:30:00.001')));
    // the same at the day's end: 16:30 + 1 h = 17:30 Friday, not Monday 07:00
    expect(iso(cal.add(bog('2024-03-01T16:30:00'), H))).toBe(iso(bog('2024-03-01T17:30:00')));
  });

  it('adds across a weekend', () => {
    // Fri 08:00: 4.5 h + 4 h = 8.5 h on Friday; Monday 07:00-12:30 = 5.5 h (14 h), then 13:30 + 2 h = 15:30.
    expect(iso(cal.add(bog('2024-03-01T08:00:00'), 16 * H))).toBe(iso(bog('2024-03-04T15:30:00')));
    // from Saturday: clock starts Monday 07:00
    expect(iso(cal.add(bog('2024-03-02T10:00:00'), H))).toBe(iso(bog('2024-03-04T08:00:00')));
    expect(iso(cal.add(bog('2024-03-02T10:00:00'), 9.5 * H))).toBe(iso(bog('2024-03-04T17:30:00')));
    expect(iso(cal.add(bog('2024-03-02T10:00:00'), 9.5 * H + M))).toBe(iso(bog('2024-03-05T07:01:00')));
  });

  it('skips San José (Monday 2024-03-25, moved from 19 March)', () => {
    // Fri 22: 1.5 h; Mon 25 holiday; Tue 26 07:00 + 2.5 h.
    expect(iso(cal.add(bog('2024-03-22T16:00:00'), 4 * H))).toBe(iso(bog('2024-03-26T09:30:00')));
    expect(cal.isOpen(bog('2024-03-25T10:00:00'))).toBe(false);
    expect(iso(cal.nextOpen(bog('2024-03-23T00:00:00')))).toBe(iso(bog('2024-03-26T07:00:00')));
    expect(cal.between(bog('2024-03-22T17:00:00'), bog('2024-03-26T08:00:00'))).toBe(1.5 * H);
    // Tuesday 19 March is an ordinary working day
    expect(cal.isOpen(bog('2024-03-19T10:00:00'))).toBe(true);
  });

  it('skips Holy Thursday and Good Friday 2024-03-28/29', () => {
    // Wed 27 16:00: 1.5 h; Thu, Fri holidays, weekend; Mon 1 April (not a holiday in CO) 07:00 + 2.5 h.
    expect(iso(cal.add(bog('2024-03-27T16:00:00'), 4 * H))).toBe(iso(bog('2024-04-01T09:30:00')));
    expect(iso(cal.nextOpen(bog('2024-03-27T17:30:00')))).toBe(iso(bog('2024-04-01T07:00:00')));
    expect(iso(cal.nextClose(bog('2024-03-27T17:30:00')))).toBe(iso(bog('2024-04-01T12:30:00')));
    // the whole holy week: Mon 25 holiday, Tue 26 + Wed 27 = 2 × 9.5 h, Thu/Fri holidays
    expect(cal.between(bog('2024-03-25T00:00:00'), bog('2024-04-01T00:00:00'))).toBe(19 * H);
    // backwards over it: Mon 1 April 07:00 - 1 h = Wed 27 16:30
    expect(iso(cal.add(bog('2024-04-01T07:00:00'), -H))).toBe(iso(bog('2024-03-27T16:30:00')));
  });

  it('goes backwards: the latest instant, so a window start rather than the previous window end', () => {
    expect(iso(cal.add(bog('2024-03-04T09:30:00'), -4 * H))).toBe(iso(bog('2024-03-01T16:00:00')));
    expect(iso(cal.add(bog('2024-03-05T13:30:00'), -2 * H))).toBe(iso(bog('2024-03-05T10:30:00')));
    expect(iso(cal.add(bog('2024-03-05T12:30:00'), -5.5 * H))).toBe(iso(bog('2024-03-05T07:00:00')));
    expect(iso(cal.add(bog('2024-03-05T14:30:00'), -H))).toBe(iso(bog('2024-03-05T13:30:00')));
    expect(iso(cal.add(bog('2024-03-05T07:00:00'), -H))).toBe(iso(bog('2024-03-04T16:30:00')));
    // Mon 08:00 back 1 h to 07:00, then Friday 17:30 back 1 h
    expect(iso(cal.add(bog('2024-03-04T08:00:00'), -2 * H))).toBe(iso(bog('2024-03-01T16:30:00')));
    expect(iso(cal.add(bog('2024-03-05T10:00:00'), 0))).toBe(iso(bog('2024-03-05T10:00:00')));
    expect(iso(cal.add(bog('2024-03-05T12:45:00'), 0))).toBe(iso(bog('2024-03-05T12:45:00')));
  });

  it('between over lunch, over a night, and negative', () => {
    expect(cal.between(bog('2024-03-05T12:00:00'), bog('2024-03-05T14:00:00'))).toBe(H);
    expect(cal.between(bog('2024-03-05T14:00:00'), bog('2024-03-05T12:00:00'))).toBe(-H);
    expect(cal.between(bog('2024-03-05T12:30:00'), bog('2024-03-05T13:30:00'))).toBe(0);
    expect(cal.between(bog('2024-03-05T17:00:00'), bog('2024-03-06T08:00:00'))).toBe(1.5 * H);
    expect(cal.between(bog('2024-03-01T17:00:00'), bog('2024-03-04T08:00:00'))).toBe(1.5 * H);
    expect(cal.between(bog('2024-03-04T00:00:00'), bog('2024-03-09T00:00:00'))).toBe(5 * 9.5 * H);
  });

  it('isOpen is half-open at every edge', () => {
    expect(cal.isOpen(bog('2024-03-05T06:59:59.999'))).toBe(false);
    expect(cal.isOpen(bog('2024-03-05T07:00:00'))).toBe(true);
    expect(cal.isOpen(bog('2024-03-05T12:29:59.999'))).toBe(true);
    expect(cal.isOpen(bog('2024-03-05T12:30:00'))).toBe(false);
    expect(cal.isOpen(bog('2024-03-05T13:30:00'))).toBe(true);
    expect(cal.isOpen(bog('2024-03-05T17:30:00'))).toBe(false);
    expect(cal.isOpen('2024-03-05 17:29:59.999')).toBe(true);
  });

  it('nextOpen, nextClose and windows', () => {
    expect(iso(cal.nextOpen(bog('2024-03-05T10:00:00')))).toBe(iso(bog('2024-03-05T10:00:00')));
    expect(iso(cal.nextOpen(bog('2024-03-05T12:30:00')))).toBe(iso(bog('2024-03-05T13:30:00')));
    expect(iso(cal.nextOpen(bog('2024-03-01T17:30:00')))).toBe(iso(bog('2024-03-04T07:00:00')));
    expect(iso(cal.nextClose(bog('2024-03-05T10:00:00')))).toBe(iso(bog('2024-03-05T12:30:00')));
    expect(iso(cal.nextClose(bog('2024-03-05T12:45:00')))).toBe(iso(bog('2024-03-05T17:30:00')));
    expect(iso(cal.nextClose(bog('2024-03-05T12:30:00')))).toBe(iso(bog('2024-03-05T17:30:00')));
    const ws = Array.from(cal.windows(bog('2024-03-22T12:00:00'), bog('2024-03-26T08:00:00'))).map((w) => [
      iso(w.start),
      iso(w.end),
    ]);
    expect(ws).toEqual([
      [iso(bog('2024-03-22T12:00:00')), iso(bog('2024-03-22T12:30:00'))],
      [iso(bog('2024-03-22T13:30:00')), iso(bog('2024-03-22T17:30:00'))],
      [iso(bog('2024-03-26T07:00:00')), iso(bog('2024-03-26T08:00:00'))],
    ]);
  });

  it('does not close Easter Sunday (date-holidays lists it for CO; it is not a public holiday)', () => {
    const withSunday = Calendar.from({ ...ICG, hours: { ...ICG.hours, sun: ['08:00-12:00'] } });
    expect(withSunday.isOpen(bog('2024-03-31T10:00:00'))).toBe(true); // Easter Sunday 2024
    expect(withSunday.isOpen(bog('2025-04-20T10:00:00'))).toBe(true); // Easter Sunday 2025
    expect(withSunday.isOpen(bog('2024-03-24T10:00:00'))).toBe(true); // Palm Sunday: an observance
    expect(withSunday.isOpen(bog('2024-12-08T10:00:00'))).toBe(false); // Inmaculada Concepción, a Sunday in 2024
  });

  it('the DESIGN example: holidays, closures with hours, a range and a Saturday opening', () => {
    const full = Calendar.from({
      ...ICG,
      holidays: [
        { country: 'CO' },
        '2025-12-24',
        { date: '2025-12-31', hours: ['12:00-24:00'] },
        { from: '2025-12-26', to: '2026-01-02', name: 'Cierre de fin de año' },
        { date: '2025-12-23', hours: ['12:00-24:00'] },
      ],
      openings: [{ date: '2025-06-07', hours: ['08:00-12:00'] }],
    });
    expect(full.isOpen(bog('2025-06-07T10:00:00'))).toBe(true); // Saturday opening
    expect(full.between(bog('2025-06-07T00:00:00'), bog('2025-06-08T00:00:00'))).toBe(4 * H);
    // Tue 23 Dec closes at noon: 07:00-12:00 = 5 h
    expect(full.between(bog('2025-12-23T00:00:00'), bog('2025-12-24T00:00:00'))).toBe(5 * H);
    expect(iso(full.nextClose(bog('2025-12-23T08:00:00')))).toBe(iso(bog('2025-12-23T12:00:00')));
    // 24th closed, 25th Christmas, 26th-2nd range, weekend, Monday 5 Jan 2026 open (Reyes moves to the 12th)
    expect(iso(full.nextOpen(bog('2025-12-23T12:00:00')))).toBe(iso(bog('2026-01-05T07:00:00')));
    expect(full.isOpen(bog('2026-01-12T10:00:00'))).toBe(false);
    expect(iso(full.add(bog('2025-12-23T11:00:00'), 2 * H))).toBe(iso(bog('2026-01-05T08:00:00')));
    expect(iso(full.add(bog('2026-01-05T08:00:00'), -2 * H))).toBe(iso(bog('2025-12-23T11:00:00')));
  });

  it('throws HabilError CALENDAR_EXHAUSTED instead of looping when nothing opens again', () => {
    const never = Calendar.from({
      zone: 'America/Bogota',
      hours: {},
      openings: [{ date: '2024-03-01', hours: ['08:00-09:00'] }],
    });
    expect(never.between(bog('2024-01-01T00:00:00'), bog('2025-01-01T00:00:00'))).toBe(H);
    expect(iso(never.add(bog('2024-01-01T00:00:00'), 30 * M))).toBe(iso(bog('2024-03-01T08:30:00')));
    expect(iso(never.add(bog('2024-01-01T00:00:00'), H))).toBe(iso(bog('2024-03-01T09:00:00')));
    let err: unknown;
    try {
      never.add(bog('2024-01-01T00:00:00'), H + 1);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(HabilError);
    expect((err as HabilError).code).toBe('CALENDAR_EXHAUSTED');
    expect(() => never.nextOpen(bog('2024-03-01T09:00:00'))).toThrow(HabilError);
    const closed = Calendar.from({ ...ICG, holidays: [{ from: '2024-01-01', to: '2060-12-31' }] });
    expect(() => closed.add(bog('2024-03-01T10:00:00'), H)).toThrow(
      expect.objectContaining({ code: 'CALENDAR_EXHAUSTED' }),
    );
    // A 1-year horizon and 22 closed months: the search may give up (CALENDAR_EXHAUSTED) or, if the
    // engine can prove where it opens, answer correctly (Fri 2 Jan 2026; 1 Jan is a holiday). Nothing else.
    const short = Calendar.from({
      ...ICG,
      horizonYears: 1,
      holidays: [{ country: 'CO' }, { from: '2024-01-01', to: '2025-12-31' }],
    });
    let res: unknown;
    try {
      res = short.nextOpen(bog('2024-03-01T10:00:00')).toISOString();
    } catch (e) {
      res = (e as HabilError).code;
    }
    expect([iso(bog('2026-01-02T07:00:00')), 'CALENDAR_EXHAUSTED']).toContain(res);
  });

  it('rejects invalid specs with a HabilError naming the path', () => {
    const bad = (spec: unknown) => {
      try {
        Calendar.from(spec as never);
      } catch (e) {
        return e as HabilError;
      }
      return undefined;
    };
    const overlap = bad({ zone: 'America/Bogota', hours: { mon: ['07:00-12:30', '12:00-17:30'] } });
    expect(overlap).toBeInstanceOf(HabilError);
    expect(overlap?.code).toBe('INVALID_SPEC');
    expect(overlap?.path).toMatch(/hours\.mon/);
    // Monday's overnight window runs into Tuesday's first window
    expect(bad({ zone: 'UTC', hours: { mon: ['22:00-08:00'], tue: ['07:00-09:00'] } })).toBeInstanceOf(HabilError);
    expect(bad({ zone: 'Mars/Olympus', hours: '24/7' })).toBeInstanceOf(HabilError);
    expect(bad({ zone: 'UTC', hours: { mon: ['25:00-26:00'] } })).toBeInstanceOf(HabilError);
    // touching windows are fine and merge
    const touching = Calendar.from({
      zone: 'UTC',
      hours: { mon: ['08:00-12:00', '12:00-13:00'], sun: ['20:00-24:00'] },
    });
    expect(
      Array.from(touching.windows(new Date('2024-03-03T00:00:00Z'), new Date('2024-03-05T00:00:00Z'))).map((w) => [
        iso(w.start),
        iso(w.end),
      ]),
    ).toEqual([
      ['2024-03-03T20:00:00.000Z', '2024-03-04T00:00:00.000Z'],
      ['2024-03-04T08:00:00.000Z', '2024-03-04T13:00:00.000Z'],
    ]);
  });
});
