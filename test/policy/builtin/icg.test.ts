// policies.icg against DESIGN.md's table, and deadlines computed by hand.
import { describe, expect, it } from 'vitest';
import { policies } from '../../../src/policy';
import { bogota, due, H } from '../helpers';

const icg = policies.icg;

describe('policies.icg: the DESIGN table', () => {
  it('has one plan, standard, on Mon–Fri 07:00–12:30, 13:30–17:30 in Bogotá with Colombian holidays', () => {
    expect(icg.id).toBe('icg');
    expect(icg.planIds).toEqual(['standard']);
    const business = icg.toJSON().calendars.business;
    const day = ['07:00-12:30', '13:30-17:30'];
    expect(business).toEqual({
      zone: 'America/Bogota',
      hours: { mon: day, tue: day, wed: day, thu: day, fri: day },
      holidays: [{ country: 'CO' }],
    });
    expect(icg.toJSON().calendars['24/7']).toBe('24/7');
    expect(icg.calendar('24/7').zone).toBe('America/Bogota');
  });

  it.each([
    // priority, response (ms, clock), resolution (ms, clock), off-hours intake
    ['urgent', 1 * H, '24/7', 4 * H, 'business', true],
    ['important', 2 * H, 'business', 16 * H, 'business', false],
    ['normal', 4 * H, 'business', 16 * H, 'business', false],
  ] as const)(
    '%s: response %d ms on %s, resolution %d ms on %s, off-hours intake %s',
    (priority, response, responseClock, resolution, resolutionClock, offHours) => {
      const terms = icg.resolve({ priority });
      expect(terms).toMatchObject({
        policyId: 'icg',
        planId: 'standard',
        priorityId: priority,
        businessClock: 'business',
        offHoursIntake: offHours,
        warnings: [0.75],
      });
      expect(terms.targets.response).toMatchObject({ target: response, clock: responseClock, bound: 'inclusive' });
      expect(terms.targets.response?.min).toBeUndefined();
      expect(terms.targets.resolution).toMatchObject({
        target: resolution,
        clock: resolutionClock,
        bound: 'inclusive',
      });
      expect(terms.coverage).toBeUndefined();
    },
  );

  it('pauses for the manufacturer or an on-site visit stop resolution only, as does any other pause', () => {
    const terms = icg.resolve({ priority: 'normal' });
    expect(terms.pauseStops('manufacturer')).toEqual(['resolution']);
    expect(terms.pauseStops('Escalado al fabricante')).toEqual(['resolution']);
    expect(terms.pauseStops('visita en sitio')).toEqual(['resolution']);
    expect(terms.pauseStops(undefined)).toEqual(['resolution']);
    expect(icg.toJSON().exclusions?.map((e) => [e.id, e.pause])).toEqual([
      ['manufacturer', 'manufacturer'],
      ['on-site', 'on-site'],
    ]);
  });
});

describe('policies.icg: deadlines by hand', () => {
  // Reported Friday 2024-03-01 16:00 Bogotá. Business time left on Friday: 16:00–17:30 = 1.5 h.
  const friday = '2024-03-01 16:00';
  it.each([
    // urgent response, 24/7: 16:00 + 1 h = Friday 17:00.
    ['urgent', 'response', '2024-03-01T17:00'],
    // urgent resolution 4 bh: 1.5 h Friday, 2.5 h from Monday 07:00 = Monday 09:30.
    ['urgent', 'resolution', '2024-03-04T09:30'],
    // important response 2 bh: 1.5 h Friday, 0.5 h Monday = Monday 07:30.
    ['important', 'response', '2024-03-04T07:30'],
    // important resolution 16 bh: 1.5 Friday + 9.5 Monday = 11; Tuesday 07:00 + 5 h = 12:00 (before lunch).
    ['important', 'resolution', '2024-03-05T12:00'],
    // normal response 4 bh: as urgent resolution, Monday 09:30.
    ['normal', 'response', '2024-03-04T09:30'],
    // normal resolution 16 bh: as important, Tuesday 12:00.
    ['normal', 'resolution', '2024-03-05T12:00'],
  ] as const)('%s %s is due %s', (priority, kind, expected) => {
    expect(due(icg, { priority }, kind, friday)).toEqual(bogota(expected));
  });

  it('skips lunch: urgent resolution from Monday 11:00 is 11:00–12:30 (1.5 h) + 13:30–16:00 (2.5 h) = 16:00', () => {
    expect(due(icg, { priority: 'urgent' }, 'resolution', '2024-03-04 11:00')).toEqual(bogota('2024-03-04T16:00'));
  });

  it('skips Jueves and Viernes Santo: important resolution from Wednesday 2024-03-27 10:00 ends on Monday 17:30', () => {
    // Wednesday 10:00–12:30 (2.5) + 13:30–17:30 (4) = 6.5 h; 28 and 29 March are holidays; Monday
    // 1 April gives 9.5 h, 16 h in all exactly at the window's end, 17:30 (never the next opening).
    expect(due(icg, { priority: 'important' }, 'resolution', '2024-03-27 10:00')).toEqual(bogota('2024-04-01T17:30'));
  });

  it('runs urgent attention off-hours: reported Saturday 2024-03-02 22:30, attention due 23:30', () => {
    expect(due(icg, { priority: 'Urgente' }, 'response', '2024-03-02 22:30')).toEqual(bogota('2024-03-02T23:30'));
  });
});
