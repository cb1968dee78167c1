// policies.itac(contract): the DESIGN table, deadlines by hand, and what a contract must say.
import { describe, expect, it } from 'vitest';
import { PolicyError } from '../../../src/errors';
import { policies, type ItacContract } from '../../../src/policy';
import { bogota, due, H } from '../helpers';

const contract: ItacContract = {
  targets: {
    critical: { response: 'PT1H', resolution: 'PT4H' },
    high: { response: 2 * H, resolution: { hours: 8 } },
    medium: { response: 'PT4H', resolution: 'PT16H' },
    low: { response: 'PT8H', resolution: 'PT40H' },
  },
  requestTargets: { low: { resolution: 'PT80H' } },
};
const itac = policies.itac(contract);

describe('policies.itac: the DESIGN table', () => {
  it('has plans 8x5 (Mon–Fri 08:00–12:00, 13:00–17:00 in Bogotá) and 24x7 (always)', () => {
    expect(itac.id).toBe('itac');
    expect(itac.planIds).toEqual(['8x5', '24x7']);
    const day = ['08:00-12:00', '13:00-17:00'];
    expect(itac.toJSON().calendars).toEqual({
      business: {
        zone: 'America/Bogota',
        hours: { mon: day, tue: day, wed: day, thu: day, fri: day },
        holidays: [{ country: 'CO' }],
      },
      '24/7': '24/7',
    });
    expect(itac.resolve({ plan: '8x5', priority: 'low' }).businessClock).toBe('business');
    expect(itac.resolve({ plan: '24x7', priority: 'low' }).businessClock).toBe('24/7');
  });

  it.each(['8x5', '24x7'] as const)(
    '%s: the contract numbers, on the plan business clock, every priority accepted off-hours',
    (plan) => {
      const clock = plan === '8x5' ? 'business' : '24/7';
      for (const [priority, response, resolution] of [
        ['critical', 1, 4],
        ['high', 2, 8],
        ['medium', 4, 16],
        ['low', 8, 40],
      ] as const) {
        const terms = itac.resolve({ plan, priority });
        expect(terms.targets).toMatchObject({
          response: { target: response * H, clock, bound: 'inclusive' },
          resolution: { target: resolution * H, clock },
        });
        expect(terms.offHoursIntake).toBe(true);
      }
    },
  );

  it('gives a REQUERIMIENTO no targets unless the contract sets requestTargets', () => {
    expect(itac.resolve({ plan: '8x5', priority: 'critical', type: 'request' }).targets).toEqual({});
    expect(itac.resolve({ plan: '8x5', priority: 'low', type: 'request' }).targets).toMatchObject({
      resolution: { target: 80 * H, clock: 'business' },
    });
    expect(itac.resolve({ plan: '8x5', priority: 'low', type: 'request' }).targets.response).toBeUndefined();
    expect(itac.resolve({ plan: '8x5', priority: 'low', type: 'incident' }).targets.response?.target).toBe(8 * H);
  });

  it('leaves priorities the contract does not name without targets', () => {
    const partial = policies.itac({ targets: { critical: { response: 'PT30M' } } });
    expect(partial.resolve({ plan: '8x5', priority: 'critical' }).targets).toMatchObject({
      response: { target: 30 * 60_000 },
    });
    expect(partial.resolve({ plan: '8x5', priority: 'critical' }).targets.resolution).toBeUndefined();
    expect(partial.resolve({ plan: '8x5', priority: 'low' }).targets).toEqual({});
  });

  it('writes contract durations back as ISO strings', () => {
    expect(itac.toJSON().plans[0]!.priorities[1]!.targets).toEqual({
      response: { duration: 'PT2H', clock: 'business' },
      resolution: { duration: 'PT8H', clock: 'business' },
    });
  });
});

describe('policies.itac: deadlines by hand', () => {
  // Reported Friday 2024-03-01 16:00 Bogotá. 8x5 leaves 16:00–17:00 = 1 h on Friday; 8 h a day after.
  it.each([
    // critical 1 h: Friday 17:00, the window's end.
    ['8x5', 'critical', 'response', '2024-03-01T17:00'],
    // critical 4 h: 1 Friday + 3 from Monday 08:00 = Monday 11:00.
    ['8x5', 'critical', 'resolution', '2024-03-04T11:00'],
    // high 2 h: 1 + 1 = Monday 09:00.
    ['8x5', 'high', 'response', '2024-03-04T09:00'],
    // high 8 h: 1 + Monday 08–12 (4) + 13–16 (3) = Monday 16:00.
    ['8x5', 'high', 'resolution', '2024-03-04T16:00'],
    // medium 4 h: 1 + 3 = Monday 11:00.
    ['8x5', 'medium', 'response', '2024-03-04T11:00'],
    // medium 16 h: 1 + 8 Monday + 7 Tuesday (08–12, 13–16) = Tuesday 16:00.
    ['8x5', 'medium', 'resolution', '2024-03-05T16:00'],
    // low 8 h: 1 + 7 = Monday 16:00.
    ['8x5', 'low', 'response', '2024-03-04T16:00'],
    // low 40 h: 1 + 8 × 4 (Mon–Thu) + 7 Friday 8 March = Friday 16:00.
    ['8x5', 'low', 'resolution', '2024-03-08T16:00'],
    // 24x7: wall-clock hours from Friday 16:00.
    ['24x7', 'critical', 'response', '2024-03-01T17:00'],
    ['24x7', 'critical', 'resolution', '2024-03-01T20:00'],
    ['24x7', 'high', 'response', '2024-03-01T18:00'],
    ['24x7', 'high', 'resolution', '2024-03-02T00:00'],
    ['24x7', 'medium', 'response', '2024-03-01T20:00'],
    ['24x7', 'medium', 'resolution', '2024-03-02T08:00'],
    ['24x7', 'low', 'response', '2024-03-02T00:00'],
    ['24x7', 'low', 'resolution', '2024-03-03T08:00'],
  ] as const)('%s · %s %s is due %s', (plan, priority, kind, expected) => {
    expect(due(itac, { plan, priority }, kind, '2024-03-01 16:00')).toEqual(bogota(expected));
  });

  it('a low REQUERIMIENTO (80 h) on 8x5 is due Friday 15 March 16:00; on 24x7, Tuesday 00:00', () => {
    // 8x5: 1 h Friday + 40 h (week of 4 March) + 39 h (Mon–Thu 32 + Friday 08–12, 13–16) = Friday 15 March 16:00.
    expect(due(itac, { plan: '8x5', priority: 'low', type: 'request' }, 'resolution', '2024-03-01 16:00')).toEqual(
      bogota('2024-03-15T16:00'),
    );
    // 24x7: Friday 16:00 + 80 h = Monday 16:00 + 8 h = Tuesday 5 March 00:00.
    expect(due(itac, { plan: '24x7', priority: 'low', type: 'request' }, 'resolution', '2024-03-01 16:00')).toEqual(
      bogota('2024-03-05T00:00'),
    );
  });

  it('takes the real 8x5 hours from contract.calendars', () => {
    const day = ['07:00-16:00'];
    const custom = policies.itac({
      ...contract,
      calendars: {
        business: {
          zone: 'America/Bogota',
          hours: { mon: day, tue: day, wed: day, thu: day, fri: day },
          holidays: [{ country: 'CO' }],
        },
      },
    });
    // 07:00–16:00: Friday 15:00 + 1 h = 16:00; + 3 h from Monday 07:00 = 10:00 for critical resolution (4 h).
    expect(due(custom, { plan: '8x5', priority: 'critical' }, 'resolution', '2024-03-01 15:00')).toEqual(
      bogota('2024-03-04T10:00'),
    );
  });
});

describe('policies.itac: what the contract lacks', () => {
  const fails = (input: unknown) => {
    try {
      policies.itac(input as ItacContract);
    } catch (error) {
      expect(error).toBeInstanceOf(PolicyError);
      expect((error as PolicyError).code).toBe('INVALID_CONTRACT');
      return (error as PolicyError).message;
    }
    throw new Error('expected a PolicyError');
  };

  it('no contract, or no targets at all', () => {
    expect(fails(undefined)).toBe(
      "contract: is missing: expected a contract such as { targets: { critical: { response: 'PT1H' } } }",
    );
    expect(fails({})).toBe(
      "contract.targets: is missing: the ITAC charter defers every number to the support contract; give targets per priority (critical, high, medium, low), e.g. { critical: { response: 'PT1H', resolution: 'PT8H' } }",
    );
    expect(fails({ targets: {} })).toMatch(/^contract\.targets: \{\} sets no targets: the ITAC charter defers/);
  });

  it('unknown priorities, empty entries, bad durations, unknown calendars: all listed at once', () => {
    expect(
      fails({
        targets: { urgent: { response: 'PT1H' }, critical: {}, high: { response: 'P1W', resolution: -5 } },
        calendars: { office: {} },
      }),
    ).toBe(
      [
        '5 problems:',
        "- contract.targets.urgent: 'urgent' is not a priority of ITAC (known: critical, high, medium, low)",
        "- contract.targets.critical: {} sets neither response nor resolution: expected e.g. { response: 'PT1H', resolution: 'PT8H' }",
        "- contract.targets.high.response: 'P1W' uses weeks: business durations are measured in hours, minutes, seconds and milliseconds (write 'PT16H' for 16 business hours)",
        '- contract.targets.high.resolution: -5 is not a target: expected a positive duration',
        "- contract.calendars.office: 'office' is not a calendar of ITAC (known: business, 24/7)",
      ].join('\n'),
    );
  });

  it('unknown keys in an entry and in the contract', () => {
    expect(fails({ targets: { critical: { respond: 'PT1H' } } })).toBe(
      "contract.targets.critical: has unknown key 'respond'",
    );
    expect(fails({ targets: { critical: { response: 'PT1H' } }, sla: 1 })).toBe("contract: has unknown key 'sla'");
  });

  it('a bad calendar override, with its path', () => {
    expect(() =>
      policies.itac({ ...contract, calendars: { business: { zone: 'America/Bogota', hours: { mon: ['8-5'] } } } }),
    ).toThrow(
      "contract.calendars.business.hours.mon[0]: '8-5' is not a window: expected 'HH:MM-HH:MM' (seconds and '24:00' allowed)",
    );
  });
});
