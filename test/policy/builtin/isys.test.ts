// policies.isys(contract): the DESIGN table, deadlines by hand, and what a contract must say.
import { describe, expect, it } from 'vitest';
import { PolicyError } from '../../../src/errors';
import { policies, type IsysContract } from '../../../src/policy';
import { bogota, due, H } from '../helpers';

const contract: IsysContract = {
  targets: {
    high: { response: 'PT2H', resolution: 'PT8H' },
    medium: { response: 'PT4H', resolution: 'PT16H' },
    low: { response: 'PT8H', resolution: 'PT24H' },
  },
};
const isys = policies.isys(contract);
const monToSat = ['07:00-19:00'];
const extended = policies.isys({
  ...contract,
  calendars: {
    custom: {
      zone: 'America/Bogota',
      hours: { mon: monToSat, tue: monToSat, wed: monToSat, thu: monToSat, fri: monToSat, sat: monToSat },
      holidays: [{ country: 'CO' }],
    },
  },
});

describe('policies.isys: the DESIGN table', () => {
  it('has plans standard (5x8, Mon–Fri 08:00–17:00 in Bogotá), custom and per-event', () => {
    expect(isys.id).toBe('isys');
    expect(isys.planIds).toEqual(['standard', 'custom', 'per-event']);
    const day = ['08:00-17:00'];
    const fiveByEight = {
      zone: 'America/Bogota',
      hours: { mon: day, tue: day, wed: day, thu: day, fri: day },
      holidays: [{ country: 'CO' }],
    };
    expect(isys.toJSON().calendars).toEqual({ business: fiveByEight, '24/7': '24/7', custom: fiveByEight });
  });

  it('standard and custom carry the contract numbers on their own hours, with coverage', () => {
    for (const [plan, clock] of [
      ['standard', 'business'],
      ['custom', 'custom'],
    ] as const) {
      for (const [priority, response, resolution] of [
        ['high', 2, 8],
        ['medium', 4, 16],
        ['low', 8, 24],
      ] as const) {
        const terms = isys.resolve({ plan, priority });
        expect(terms.targets).toMatchObject({
          response: { target: response * H, clock },
          resolution: { target: resolution * H, clock },
        });
        expect(terms.businessClock).toBe(clock);
        expect(terms.coverage).toBe(isys.calendar(clock));
        expect(terms.offHoursIntake).toBe(true);
      }
    }
  });

  it('per-event has no targets and no coverage: it is billed per event', () => {
    for (const priority of ['high', 'medium', 'low']) {
      const terms = isys.resolve({ plan: 'per-event', priority });
      expect(terms.targets).toEqual({});
      expect(terms.coverage).toBeUndefined();
    }
  });

  it('reads priorities by their Spanish names', () => {
    expect(isys.resolve({ plan: 'standard', priority: 'ALTA' }).priorityId).toBe('high');
    expect(isys.resolve({ plan: 'standard', priority: 'normal' }).priorityId).toBe('medium');
  });
});

describe('policies.isys: deadlines by hand', () => {
  // Reported Friday 2024-03-01 16:00 Bogotá. Standard 5x8 leaves 16:00–17:00 = 1 h; 9 h a day after.
  it.each([
    // high 2 h: 1 + 1 = Monday 09:00; 8 h: 1 + 7 = Monday 15:00.
    ['standard', 'high', 'response', '2024-03-04T09:00'],
    ['standard', 'high', 'resolution', '2024-03-04T15:00'],
    // medium 4 h: 1 + 3 = Monday 11:00; 16 h: 1 + 9 + 6 = Tuesday 14:00.
    ['standard', 'medium', 'response', '2024-03-04T11:00'],
    ['standard', 'medium', 'resolution', '2024-03-05T14:00'],
    // low 8 h: 1 + 7 = Monday 15:00; 24 h: 1 + 9 + 9 + 5 = Wednesday 13:00.
    ['standard', 'low', 'response', '2024-03-04T15:00'],
    ['standard', 'low', 'resolution', '2024-03-06T13:00'],
  ] as const)('%s · %s %s is due %s', (plan, priority, kind, expected) => {
    expect(due(isys, { plan, priority }, kind, '2024-03-01 16:00')).toEqual(bogota(expected));
  });

  it.each([
    // Custom coverage Mon–Sat 07:00–19:00 (12 h): Friday leaves 16:00–19:00 = 3 h.
    // high 2 h: Friday 18:00; 8 h: 3 + 5 from Saturday 07:00 = Saturday 12:00.
    ['high', 'response', '2024-03-01T18:00'],
    ['high', 'resolution', '2024-03-02T12:00'],
    // medium 4 h: 3 + 1 = Saturday 08:00; 16 h: 3 + 12 (Saturday) + 1 = Monday 08:00.
    ['medium', 'response', '2024-03-02T08:00'],
    ['medium', 'resolution', '2024-03-04T08:00'],
    // low 8 h: 3 + 5 = Saturday 12:00; 24 h: 3 + 12 + 9 = Monday 16:00.
    ['low', 'response', '2024-03-02T12:00'],
    ['low', 'resolution', '2024-03-04T16:00'],
  ] as const)('custom (Mon–Sat 07:00–19:00 from the contract) · %s %s is due %s', (priority, kind, expected) => {
    expect(due(extended, { plan: 'custom', priority }, kind, '2024-03-01 16:00')).toEqual(bogota(expected));
  });

  it('custom without a contract calendar is the standard 5x8: high response Monday 09:00', () => {
    expect(due(isys, { plan: 'custom', priority: 'high' }, 'response', '2024-03-01 16:00')).toEqual(
      bogota('2024-03-04T09:00'),
    );
  });
});

describe('policies.isys: what the contract lacks', () => {
  it('unknown priorities, request targets (ISYS has no request type)', () => {
    const code = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return [(error as PolicyError).code, (error as PolicyError).message];
      }
      return undefined;
    };
    // A contract without targets is valid since issue 13 ("mejor esfuerzo": coverage and billing only).
    expect(code(() => policies.isys({ targets: {} }))).toBeUndefined();
    expect(code(() => policies.isys({ targets: { critical: { response: 'PT1H' } } }))).toEqual([
      'INVALID_CONTRACT',
      "contract.targets.critical: 'critical' is not a priority of ISYS (known: high, medium, low)",
    ]);
    expect(
      code(() => policies.isys({ targets: { high: { response: 'PT1H' } }, requestTargets: {} } as IsysContract)),
    ).toEqual(['INVALID_CONTRACT', "contract: has unknown key 'requestTargets'"]);
    expect(
      code(() =>
        policies.isys({
          targets: { high: { response: 'PT1H' } },
          calendars: { office: { zone: 'UTC', hours: '24/7' } },
        }),
      ),
    ).toEqual([
      'INVALID_CONTRACT',
      "contract.calendars.office: 'office' is not a calendar of ISYS (known: business, 24/7, custom)",
    ]);
  });

  it('throws PolicyError', () => {
    expect(() => policies.isys({ targets: { critical: { response: 'PT1H' } } })).toThrow(PolicyError);
  });
});
