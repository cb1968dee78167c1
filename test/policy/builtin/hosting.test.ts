// policies.hosting against DESIGN.md's table, and deadlines computed by hand.
import { describe, expect, it } from 'vitest';
import { policies } from '../../../src/policy';
import { bogota, due, expectedBy, H } from '../helpers';

const hosting = policies.hosting;

describe('policies.hosting: the DESIGN table', () => {
  it('has plans level-1, level-2, level-3 on our default Mon–Fri 08:00–18:00 in Bogotá', () => {
    expect(hosting.planIds).toEqual(['level-1', 'level-2', 'level-3']);
    const day = ['08:00-18:00'];
    expect(hosting.toJSON().calendars.business).toEqual({
      zone: 'America/Bogota',
      hours: { mon: day, tue: day, wed: day, thu: day, fri: day },
      holidays: [{ country: 'CO' }],
    });
  });

  it('prices level 3 at COP 120.900 + IVA a month, and no other level', () => {
    const plans = hosting.toJSON().plans;
    expect(plans.map((p) => p.price)).toEqual([
      undefined,
      undefined,
      { amount: 120_900, currency: 'COP', period: 'month', note: '+ IVA' },
    ]);
  });

  it.each([
    // plan, priority, response: [min, max] (min undefined for a single duration), clock, bound
    ['level-1', 'high', undefined, 1 * H, '24/7', 'inclusive'],
    ['level-1', 'medium', 3 * H, 5 * H, 'business', 'inclusive'],
    ['level-1', 'low', 5 * H, 6 * H, 'business', 'inclusive'],
    ['level-2', 'high', undefined, 1 * H, '24/7', 'inclusive'],
    ['level-2', 'medium', 2 * H, 3 * H, 'business', 'inclusive'],
    ['level-2', 'low', 3 * H, 4 * H, 'business', 'inclusive'],
    ['level-3', 'high', undefined, 1 * H, '24/7', 'strict'],
    ['level-3', 'medium', undefined, 1 * H, '24/7', 'strict'],
    ['level-3', 'low', undefined, 1 * H, '24/7', 'strict'],
  ] as const)(
    '%s · %s: response min %s, target %d on %s (%s), no resolution, all accepted off-hours',
    (plan, priority, min, max, clock, bound) => {
      const terms = hosting.resolve({ plan, priority });
      expect(terms.targets.response).toMatchObject({ target: max, clock, bound });
      expect(terms.targets.response?.min).toBe(min);
      expect(terms.targets.resolution).toBeUndefined();
      expect(terms.offHoursIntake).toBe(true);
    },
  );
});

describe('policies.hosting: deadlines by hand', () => {
  // Reported Friday 2024-03-01 16:00 Bogotá: 16:00–18:00 = 2 business hours left on Friday.
  const friday = '2024-03-01 16:00';
  it.each([
    // high, "Hasta 1 hora" on 24/7: Friday 17:00, on every level.
    ['level-1', 'high', undefined, '2024-03-01T17:00'],
    // medium 3–5 bh: expected by 2 h Friday + 1 h Monday = Monday 09:00; due 2 + 3 = Monday 11:00.
    ['level-1', 'medium', '2024-03-04T09:00', '2024-03-04T11:00'],
    // low 5–6 bh: expected by 2 + 3 = Monday 11:00; due 2 + 4 = Monday 12:00.
    ['level-1', 'low', '2024-03-04T11:00', '2024-03-04T12:00'],
    ['level-2', 'high', undefined, '2024-03-01T17:00'],
    // medium 2–3 bh: expected by Friday 18:00 exactly (the window's end); due Monday 09:00.
    ['level-2', 'medium', '2024-03-01T18:00', '2024-03-04T09:00'],
    // low 3–4 bh: expected by Monday 09:00; due Monday 10:00.
    ['level-2', 'low', '2024-03-04T09:00', '2024-03-04T10:00'],
    // level 3, "Menos de 1 hora" on 24/7: Friday 17:00 for every impact (strict: 17:00 itself breaches).
    ['level-3', 'high', undefined, '2024-03-01T17:00'],
    ['level-3', 'medium', undefined, '2024-03-01T17:00'],
    ['level-3', 'low', undefined, '2024-03-01T17:00'],
  ] as const)('%s · %s: expected by %s, due %s', (plan, priority, expected, dueAt) => {
    expect(due(hosting, { plan, priority }, 'response', friday)).toEqual(bogota(dueAt));
    if (expected) expect(expectedBy(hosting, { plan, priority }, 'response', friday)).toEqual(bogota(expected));
  });
});
