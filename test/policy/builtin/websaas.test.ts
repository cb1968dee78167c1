// policies.websaas against DESIGN.md's table, and deadlines computed by hand.
import { describe, expect, it } from 'vitest';
import { policies } from '../../../src/policy';
import { bogota, due, H } from '../helpers';

const websaas = policies.websaas;

describe('policies.websaas: the DESIGN table', () => {
  it('has one plan, standard, on Mon–Fri 07:00–17:30 (no lunch break) in Bogotá with Colombian holidays', () => {
    expect(websaas.id).toBe('websaas');
    expect(websaas.planIds).toEqual(['standard']);
    const day = ['07:00-17:30'];
    expect(websaas.toJSON().calendars.business).toEqual({
      zone: 'America/Bogota',
      hours: { mon: day, tue: day, wed: day, thu: day, fri: day },
      holidays: [{ country: 'CO' }],
    });
    expect(websaas.toJSON().calendars['24/7']).toBe('24/7');
  });

  it.each([
    ['urgent', 1 * H, '24/7', 4 * H, 'business', true],
    ['important', 1 * H, 'business', 16 * H, 'business', false],
    ['normal', 1 * H, 'business', 16 * H, 'business', false],
  ] as const)(
    '%s: response %d ms on %s, resolution %d ms on %s, off-hours intake %s',
    (priority, response, responseClock, resolution, resolutionClock, offHours) => {
      const terms = websaas.resolve({ priority });
      expect(terms).toMatchObject({
        policyId: 'websaas',
        planId: 'standard',
        priorityId: priority,
        offHoursIntake: offHours,
        warnings: [0.75],
      });
      expect(terms.targets.response).toMatchObject({ target: response, clock: responseClock, bound: 'inclusive' });
      expect(terms.targets.resolution).toMatchObject({
        target: resolution,
        clock: resolutionClock,
        bound: 'inclusive',
      });
    },
  );
});

describe('policies.websaas: deadlines by hand', () => {
  // Reported Friday 2024-03-01 16:00 Bogotá: 16:00–17:30 = 1.5 business hours left on Friday.
  it.each([
    // urgent response 1 h on 24/7: Friday 17:00.
    ['urgent', 'response', '2024-03-01T17:00'],
    // urgent resolution 4 bh: 1.5 h Friday + 2.5 h from Monday 07:00 = Monday 09:30.
    ['urgent', 'resolution', '2024-03-04T09:30'],
    // important response 1 bh: Friday 17:00 (within Friday's window).
    ['important', 'response', '2024-03-01T17:00'],
    // important resolution 16 bh: 1.5 Friday + 10.5 Monday = 12; Tuesday 07:00 + 4 h = 11:00.
    ['important', 'resolution', '2024-03-05T11:00'],
    ['normal', 'response', '2024-03-01T17:00'],
    ['normal', 'resolution', '2024-03-05T11:00'],
  ] as const)('%s %s is due %s', (priority, kind, expected) => {
    expect(due(websaas, { priority }, kind, '2024-03-01 16:00')).toEqual(bogota(expected));
  });

  it('a normal request at Friday 17:00 waits for Monday: 0.5 h Friday + 0.5 h Monday = Monday 07:30', () => {
    expect(due(websaas, { priority: 'normal' }, 'response', '2024-03-01 17:00')).toEqual(bogota('2024-03-04T07:30'));
  });

  it('an urgent request at Friday 17:00 is attended off-hours, by 18:00', () => {
    expect(due(websaas, { priority: 'urgent' }, 'response', '2024-03-01 17:00')).toEqual(bogota('2024-03-01T18:00'));
  });
});
