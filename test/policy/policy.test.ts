// The Policy value: resolve (plans, priorities by any name, ticket types, channels, pauses,
// warnings), calendars, withCalendar, toJSON and the JSON Schema.
import { describe, expect, it } from 'vitest';
import { Calendar } from '../../src/calendar/calendar';
import { policies, Policy, type PolicySpec } from '../../src/policy';
import { acmeSpec } from './fixtures';
import { H, MIN, thrown } from './helpers';

const acme = Policy.from(acmeSpec());

describe('resolve: plan', () => {
  it('defaults to the only plan', () => {
    expect(acme.resolve({ priority: 'p1' }).planId).toBe('standard');
  });

  it('asks for a plan when there are several', () => {
    const error = thrown(() => policies.hosting.resolve({ priority: 'high' }));
    expect(error.code).toBe('UNKNOWN_PLAN');
    expect(error.message).toBe("plan: is missing: policy 'hosting' has 3 plans, name one of level-1, level-2, level-3");
  });

  it('refuses an unknown plan, listing the plans; matches ids and labels loosely', () => {
    const error = thrown(() => policies.hosting.resolve({ plan: 'gold', priority: 'high' }, 'tickets[7]'));
    expect(error.code).toBe('UNKNOWN_PLAN');
    expect(error.message).toBe(
      "tickets[7].plan: 'gold' is not a plan of policy 'hosting' (known: level-1, level-2, level-3)",
    );
    expect(policies.hosting.resolve({ plan: ' Level-2 ', priority: 'high' }).planId).toBe('level-2');
    expect(policies.hosting.resolve({ plan: 'Soporte Nivel 3', priority: 'high' }).planId).toBe('level-3');
  });
});

describe('resolve: priority', () => {
  it.each([
    ['urgent', 'urgent'],
    ['URGENTE', 'urgent'],
    ['  urgente ', 'urgent'],
    ['p1', 'urgent'],
    ['Prioridad Urgente', 'urgent'],
    ['prioridad   urgente', 'urgent'],
    ['critica', 'urgent'],
    ['Crítica', 'urgent'],
    ['ALTA', 'important'],
    ['importante', 'important'],
    ['media', 'normal'],
    ['P3', 'normal'],
  ])('%j is %s in icg', (name, id) => {
    expect(policies.icg.resolve({ priority: name }).priorityId).toBe(id);
  });

  it('refuses an unknown priority, listing ids and aliases', () => {
    const error = thrown(() => policies.icg.resolve({ priority: 'Crítico' }));
    expect(error.code).toBe('UNKNOWN_PRIORITY');
    expect(error.message).toBe(
      "priority: 'Crítico' is not a priority of 'icg · standard' (known: urgent (Urgente, Crítica, P1), important (Importante, Alta, P2), normal (Normal, Media, Baja, P3))",
    );
  });

  it('names the path it was given', () => {
    expect(thrown(() => acme.resolve({ priority: 'P9' }, 'tickets[3]')).path).toBe('tickets[3].priority');
  });
});

describe('resolve: ticket types, channels, pauses, warnings', () => {
  it('applies targets to both types unless the plan says otherwise', () => {
    expect(acme.resolve({ priority: 'p2', type: 'request' }).targets.response?.target).toBe(2 * H);
    expect(acme.resolve({ priority: 'p2', type: 'incident' }).targets.response?.target).toBe(2 * H);
  });

  it('takes requestTargets for requests when a priority has them', () => {
    const spec = acmeSpec();
    spec.plans[0]!.targetsApplyTo = ['incident'];
    spec.plans[0]!.priorities[1]!.requestTargets = { resolution: { duration: 'PT40H', clock: 'business' } };
    const policy = Policy.from(spec);
    expect(policy.resolve({ priority: 'p1', type: 'request' }).targets).toEqual({});
    expect(policy.resolve({ priority: 'p2', type: 'request' }).targets).toEqual({
      resolution: expect.objectContaining({ target: 40 * H, clock: 'business' }),
    });
    expect(policy.resolve({ priority: 'p2' }).targets.response?.target).toBe(2 * H);
  });

  it('refuses a type that is neither incident nor request', () => {
    const error = thrown(() => acme.resolve({ priority: 'p1', type: 'problem' as never }));
    expect(error.message).toBe("type: 'problem' is not a ticket type: expected 'incident' or 'request'");
    expect(error.code).toBe('INVALID_INPUT');
  });

  it('checks a channel against the plan channels, by id, label or alias', () => {
    expect(acme.resolve({ priority: 'p1', channel: 'Correo' }).priorityId).toBe('p1');
    expect(acme.resolve({ priority: 'p1', channel: 'EMAIL' }).priorityId).toBe('p1');
    const error = thrown(() => acme.resolve({ priority: 'p1', channel: 'fax' }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toBe("channel: 'fax' is not a channel of 'acme · standard' (known: email (correo))");
  });

  it('accepts any channel on a plan that lists none', () => {
    const spec = acmeSpec();
    delete spec.plans[0]!.channels;
    expect(Policy.from(spec).resolve({ priority: 'p1', channel: 'fax' }).planId).toBe('standard');
  });

  it('scopes pauses by reason, label or alias; others stop resolution only', () => {
    const spec = acmeSpec();
    spec.pauses = [
      {
        reason: 'customer',
        label: 'Waiting on customer',
        aliases: ['pendiente cliente'],
        stops: ['response', 'resolution'],
      },
      { reason: 'vendor' },
      { reason: 'info', stops: [] },
    ];
    const terms = Policy.from(spec).resolve({ priority: 'p1' });
    expect(terms.pauseStops('customer')).toEqual(['response', 'resolution']);
    expect(terms.pauseStops('Pendiente Cliente')).toEqual(['response', 'resolution']);
    expect(terms.pauseStops('vendor')).toEqual(['resolution']);
    expect(terms.pauseStops('info')).toEqual([]);
    expect(terms.pauseStops('lunch')).toEqual(['resolution']);
    expect(terms.pauseStops(undefined)).toEqual(['resolution']);
  });

  it('sorts warning levels; a plan overrides the policy', () => {
    const spec = acmeSpec();
    spec.warnings = [0.9, 0.5];
    expect(Policy.from(spec).resolve({ priority: 'p1' }).warnings).toEqual([0.5, 0.9]);
    spec.plans[0]!.warnings = [0.8];
    expect(Policy.from(spec).resolve({ priority: 'p1' }).warnings).toEqual([0.8]);
    expect(acme.resolve({ priority: 'p1' }).warnings).toEqual([0.75]);
  });

  it('reads off-hours intake: listed priorities, or all', () => {
    expect(acme.resolve({ priority: 'p1' }).offHoursIntake).toBe(true);
    expect(acme.resolve({ priority: 'p2' }).offHoursIntake).toBe(false);
    const spec = acmeSpec();
    delete spec.plans[0]!.offHoursIntake;
    expect(Policy.from(spec).resolve({ priority: 'p2' }).offHoursIntake).toBe(true);
  });

  it('gives ranges their min and bounds their default', () => {
    const terms = acme.resolve({ priority: 'p1' });
    expect(terms.targets.resolution).toMatchObject({
      clock: 'business',
      target: 8 * H,
      min: 4 * H,
      bound: 'inclusive',
    });
    expect(terms.targets.response).toMatchObject({ clock: '24/7', target: 30 * MIN, bound: 'strict' });
    expect(terms.targets.response?.calendar).toBe(acme.calendar('24/7'));
    expect(terms.business).toBe(acme.calendar('business'));
  });

  it('returns the same frozen terms for the same plan, priority and type', () => {
    expect(acme.resolve({ priority: 'P1' })).toBe(acme.resolve({ priority: 'critical' }));
    expect(Object.isFrozen(acme.resolve({ priority: 'p1' }).targets.resolution)).toBe(true);
  });
});

describe('calendars', () => {
  it('compiles each calendar once', () => {
    expect(acme.calendar('business')).toBe(acme.calendar('business'));
    expect(acme.calendarNames).toEqual(['business', '24/7']);
  });

  it("reads '24/7' in the zone of the first calendar that has one, else UTC", () => {
    expect(acme.calendar('24/7').zone).toBe('Europe/Madrid');
    expect(acme.calendar('24/7').isOpen('2025-01-01 03:00')).toBe(true);
    const only = Policy.from({ ...acmeSpec(), calendars: { business: '24/7', '24/7': '24/7' } });
    expect(only.calendar('business').zone).toBe('UTC');
  });

  it('refuses an unknown name', () => {
    const error = thrown(() => acme.calendar('office'));
    expect(error.message).toBe("calendar: 'office' is not a calendar of policy 'acme' (known: business, 24/7)");
    expect(error.code).toBe('INVALID_INPUT');
  });
});

describe('withCalendar', () => {
  const longer = { zone: 'Europe/Madrid', hours: { mon: ['08:00-20:00'], tue: ['08:00-20:00'] } };

  it('returns a new policy with one calendar replaced, leaving the original', () => {
    const changed = acme.withCalendar('business', longer);
    expect(changed).not.toBe(acme);
    expect(changed.toJSON().calendars.business).toEqual(longer);
    expect(acme.toJSON().calendars.business).toEqual(acmeSpec().calendars.business);
    // p2 response, 2 bh from Monday 2025-03-03 17:00 Madrid (UTC+1): original 17–18 + Tuesday 09–10; changed 17:00–19:00.
    expect(acme.resolve({ priority: 'p2' }).targets.response!.calendar.add('2025-03-03 17:00', 2 * H)).toEqual(
      new Date('2025-03-04T10:00:00+01:00'),
    );
    expect(changed.resolve({ priority: 'p2' }).targets.response!.calendar.add('2025-03-03 17:00', 2 * H)).toEqual(
      new Date('2025-03-03T19:00:00+01:00'),
    );
  });

  it('takes a Calendar or 24/7', () => {
    expect(acme.withCalendar('business', Calendar.from(longer)).toJSON().calendars.business).toEqual(longer);
    expect(acme.withCalendar('business', '24/7').calendar('business').isOpen('2025-03-08 03:00')).toBe(true);
  });

  it('refuses a name the policy does not have, and validates the new spec', () => {
    expect(() => acme.withCalendar('buisness', longer)).toThrow(
      "calendar: 'buisness' is not a calendar of policy 'acme' (known: business, 24/7)",
    );
    expect(() => acme.withCalendar('business', { zone: 'Mars/Olympus', hours: '24/7' })).toThrow(
      /^calendars\.business\.zone: 'Mars\/Olympus' is not a known time zone/,
    );
  });

  it('overrides a built-in', () => {
    const icg = policies.icg.withCalendar('business', {
      zone: 'America/Bogota',
      hours: { mon: ['08:00-17:00'] },
      holidays: [{ country: 'CO' }],
    });
    expect(icg.id).toBe('icg');
    expect(icg.resolve({ priority: 'normal' }).targets.resolution!.calendar.isOpen('2024-03-04 07:30')).toBe(false);
  });
});

describe('toJSON and from', () => {
  it('round-trips', () => {
    for (const policy of [
      acme,
      policies.icg,
      policies.websaas,
      policies.hosting,
      policies.itac({ targets: { low: { resolution: 'PT40H' } } }),
    ]) {
      expect(Policy.from(policy.toJSON()).toJSON()).toEqual(policy.toJSON());
      expect(JSON.parse(JSON.stringify(policy))).toEqual(policy.toJSON());
    }
  });

  it('returns a policy given a policy', () => {
    expect(Policy.from(acme)).toBe(acme);
  });

  it('does not see later changes to the spec it was built from', () => {
    const spec = acmeSpec();
    const policy = Policy.from(spec);
    spec.plans[0]!.priorities[0]!.id = 'changed';
    (spec.calendars.business as { zone: string }).zone = 'UTC';
    expect(policy.resolve({ priority: 'p1' }).priorityId).toBe('p1');
    expect(policy.calendar('business').zone).toBe('Europe/Madrid');
  });

  it('overrides a built-in by spreading its JSON', () => {
    const json = policies.icg.toJSON();
    const stricter = Policy.from({ ...json, id: 'icg-2025', warnings: [0.5, 0.9] } satisfies PolicySpec);
    expect(stricter.resolve({ priority: 'urgent' }).warnings).toEqual([0.5, 0.9]);
  });
});

describe('Policy.jsonSchema', () => {
  const schema = Policy.jsonSchema() as {
    $schema: string;
    required: string[];
    $defs: Record<string, { oneOf?: unknown }>;
  };

  it('is JSON Schema 2020-12 with named definitions', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(['id', 'name', 'lang', 'calendars', 'plans']);
    expect(Object.keys(schema.$defs).sort()).toEqual(['CalendarSpec', 'PlanSpec', 'PrioritySpec', 'TargetSpec']);
    expect(schema.$defs.TargetSpec!.oneOf).toHaveLength(2);
  });

  it('is a fresh copy each time', () => {
    (Policy.jsonSchema() as { title?: string }).title = 'changed';
    expect((Policy.jsonSchema() as { title?: string }).title).toBe('habil policy');
  });
});
