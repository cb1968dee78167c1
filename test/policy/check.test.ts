// Policy.from refuses a policy that does not make sense, and says where and why: each message
// is `path: <value> <what was expected>`, asserted verbatim.
import { describe, expect, it } from 'vitest';
import { PolicyError } from '../../src/errors';
import { Policy, type PolicySpec } from '../../src/policy';
import { acmeSpec } from './fixtures';

/** The message Policy.from throws for the spec after `edit`, checking it is an INVALID_POLICY PolicyError. */
function problem(edit: (spec: PolicySpec) => void, code = 'INVALID_POLICY'): string {
  const spec = acmeSpec();
  edit(spec);
  try {
    Policy.from(spec);
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyError);
    expect((error as PolicyError).code).toBe(code);
    return (error as PolicyError).message;
  }
  throw new Error('expected Policy.from to throw');
}

const plan = (spec: PolicySpec) => spec.plans[0]!;
const priority = (spec: PolicySpec, i: number) => plan(spec).priorities[i]!;
const loose = (value: unknown) => value as never;

describe('Policy.from: references to calendars', () => {
  it('accepts the fixture', () => {
    expect(Policy.from(acmeSpec()).id).toBe('acme');
  });

  it('an unknown target clock', () => {
    expect(problem((s) => (priority(s, 1).targets!.response!.clock = 'office'))).toBe(
      "plans[0].priorities[1].targets.response.clock: 'office' is not a calendar of this policy (known: business, 24/7)",
    );
  });

  it('an unknown plan business calendar, coverage, channel calendar', () => {
    expect(problem((s) => (plan(s).business = 'office'))).toBe(
      "plans[0].business: 'office' is not a calendar of this policy (known: business, 24/7)",
    );
    expect(problem((s) => (plan(s).coverage = 'extended'))).toBe(
      "plans[0].coverage: 'extended' is not a calendar of this policy (known: business, 24/7)",
    );
    expect(problem((s) => (plan(s).channels![0]!.calendar = '8x5'))).toBe(
      "plans[0].channels[0].calendar: '8x5' is not a calendar of this policy (known: business, 24/7)",
    );
  });
});

describe('Policy.from: names', () => {
  it('a duplicate priority id', () => {
    expect(problem((s) => (priority(s, 1).id = 'p1'))).toBe(
      "plans[0].priorities[1].id: 'p1' is already the id of plans[0].priorities[0]: priority ids must be unique",
    );
  });

  it('an alias shared by two priorities, compared ignoring case and accents', () => {
    expect(problem((s) => (priority(s, 1).aliases = ['URGENTÉ']))).toBe(
      "plans[0].priorities[1].aliases[0]: 'URGENTÉ' already names priority 'p1' (plans[0].priorities[0].aliases[1]): a name must point to one priority, compared ignoring case and accents",
    );
    expect(problem((s) => (priority(s, 1).aliases = ['critical']))).toBe(
      "plans[0].priorities[1].aliases[0]: 'critical' already names priority 'p1' (plans[0].priorities[0].label): a name must point to one priority, compared ignoring case and accents",
    );
  });

  it('an alias repeated within one priority', () => {
    expect(problem((s) => (priority(s, 1).aliases = ['Alta', ' alta ']))).toBe(
      "plans[0].priorities[1].aliases[1]: ' alta ' repeats plans[0].priorities[1].aliases[0] (aliases are compared ignoring case and accents)",
    );
  });

  it('allows an alias equal to its own priority id or label', () => {
    expect(() =>
      Policy.from({
        ...acmeSpec(),
        plans: [
          { ...acmeSpec().plans[0]!, priorities: [{ id: 'p1', label: 'Critical', aliases: ['P1', 'critical'] }] },
        ],
      }),
    ).not.toThrow();
  });

  it('duplicate plan ids, channel names, pause reasons', () => {
    expect(problem((s) => s.plans.push({ ...structuredClone(plan(s)) }))).toBe(
      "plans[1].id: 'standard' is already the id of plans[0]: plan ids must be unique",
    );
    expect(problem((s) => plan(s).channels!.push({ id: 'mail', label: 'Correo', calendar: 'business' }))).toBe(
      "plans[0].channels[1].label: 'Correo' already names channel 'email' (plans[0].channels[0].aliases[0]): a name must point to one channel, compared ignoring case and accents",
    );
    expect(problem((s) => s.pauses!.push({ reason: 'vendor' }))).toBe(
      "pauses[1].reason: 'vendor' is already the id of pauses[0]: pause reason ids must be unique",
    );
  });

  it('off-hours intake and exclusions name what exists', () => {
    expect(problem((s) => (plan(s).offHoursIntake = ['urgent']))).toBe(
      "plans[0].offHoursIntake[0]: 'urgent' is not a priority id of this plan (known: p1, p2)",
    );
    expect(problem((s) => (s.exclusions = [{ id: 'x', text: 'Vendor time does not count.', pause: 'supplier' }]))).toBe(
      "exclusions[0].pause: 'supplier' is not a pause reason of this policy (known: vendor)",
    );
  });
});

describe('Policy.from: targets', () => {
  it('a range whose min is more than its max', () => {
    expect(problem((s) => (priority(s, 0).targets!.resolution = { min: 'PT8H', max: 'PT4H', clock: 'business' }))).toBe(
      `plans[0].priorities[0].targets.resolution.min: 'PT8H' is more than max 'PT4H': a range runs from min to max ("3 a 5 horas" is { min: 'PT3H', max: 'PT5H' })`,
    );
  });

  it('a duration and a range at once, neither, half a range', () => {
    const at = 'plans[0].priorities[1].targets.response';
    expect(
      problem((s) => (priority(s, 1).targets!.response = loose({ duration: 'PT1H', max: 'PT2H', clock: 'business' }))),
    ).toBe(`${at}: has both duration and min/max: expected { duration, clock } or a range { min, max, clock }`);
    expect(problem((s) => (priority(s, 1).targets!.response = loose({ clock: 'business' })))).toBe(
      `${at}.duration: is missing: expected { duration, clock } or a range { min, max, clock }`,
    );
    expect(problem((s) => (priority(s, 1).targets!.response = loose({ max: 'PT2H', clock: 'business' })))).toBe(
      `${at}.min: is missing: a range needs both min and max`,
    );
  });

  it('durations that are not business durations', () => {
    const at = 'plans[0].priorities[1].targets.response.duration';
    // Whole business days are targets since issue 13; weeks, months and days mixed with hours are not.
    expect(problem((s) => (priority(s, 1).targets!.response = { duration: 'P1DT2H', clock: 'business' }))).toBe(
      `${at}: 'P1DT2H' is not a number of business days: expected 'P2D', or hours such as 'PT16H' (days do not mix with hours)`,
    );
    expect(problem((s) => (priority(s, 1).targets!.response = { duration: 'P1M', clock: 'business' }))).toBe(
      `${at}: 'P1M' uses months: business durations are measured in hours, minutes, seconds and milliseconds (write 'PT16H' for 16 business hours)`,
    );
    expect(problem((s) => (priority(s, 1).targets!.response = { duration: 'two hours', clock: 'business' }))).toBe(
      `${at}: 'two hours' is not a duration: expected milliseconds, an ISO 8601 duration such as 'PT4H30M', a luxon Duration or { hours, minutes, seconds }`,
    );
    expect(problem((s) => (priority(s, 1).targets!.response = { duration: 0, clock: 'business' }))).toBe(
      `${at}: 0 is not a target: expected a positive duration`,
    );
    expect(problem((s) => (priority(s, 1).targets!.response = loose({ duration: true, clock: 'business' })))).toBe(
      `${at}: true is invalid: expected an ISO 8601 duration such as 'PT4H', milliseconds, or business days ('P2D', { days: 2 })`,
    );
  });

  it('accepts milliseconds', () => {
    const spec = acmeSpec();
    priority(spec, 1).targets!.response = { duration: 7_200_000, clock: 'business' };
    expect(Policy.from(spec).resolve({ priority: 'p2' }).targets.response?.target).toBe(7_200_000);
  });

  it('a bound that is neither inclusive nor strict', () => {
    expect(problem((s) => (priority(s, 1).targets!.response!.bound = loose('exclusive')))).toBe(
      `plans[0].priorities[1].targets.response.bound: 'exclusive' is invalid: expected 'inclusive' ("hasta 1 hora") or 'strict' ("menos de 1 hora")`,
    );
  });
});

describe('Policy.from: structure', () => {
  it('warning levels outside (0, 1)', () => {
    const expected =
      "is invalid: expected a warning level: a fraction of the target strictly between 0 and 1 such as 0.75, { before: 'PT1H' } or { after: 'PT2H' }";
    expect(problem((s) => (s.warnings = [1.5]))).toBe(`warnings[0]: 1.5 ${expected}`);
    expect(problem((s) => (plan(s).warnings = [0.5, 0]))).toBe(`plans[0].warnings[1]: 0 ${expected}`);
    expect(problem((s) => (plan(s).warnings = [1]))).toBe(`plans[0].warnings[0]: 1 ${expected}`);
  });

  it('a plan without priorities, a policy without plans', () => {
    expect(problem((s) => (plan(s).priorities = []))).toBe(
      'plans[0].priorities: [] is invalid: a plan needs at least one priority',
    );
    expect(problem((s) => (s.plans = []))).toBe('plans: [] is invalid: a policy needs at least one plan');
  });

  it('unknown keys, anywhere', () => {
    expect(problem((s) => Object.assign(s, { timezone: 'UTC' }))).toBe("has unknown key 'timezone'");
    expect(problem((s) => Object.assign(priority(s, 0), { sla: 'PT1H' }))).toBe(
      "plans[0].priorities[0]: has unknown key 'sla'",
    );
    expect(problem((s) => Object.assign(priority(s, 0).targets!.response!, { hours: 1 }))).toBe(
      "plans[0].priorities[0].targets.response: has unknown key 'hours'",
    );
  });

  it('missing and mistyped fields', () => {
    expect(problem((s) => delete (s as Partial<PolicySpec>).name)).toBe('name: is missing: expected a policy name');
    expect(problem((s) => (s.lang = loose('fr')))).toBe("lang: 'fr' is invalid: expected 'es' or 'en'");
    expect(problem((s) => (plan(s).price = { amount: 450, currency: 'euro', period: 'month' }))).toBe(
      "plans[0].price.currency: 'euro' is invalid: expected an ISO 4217 currency code such as 'COP'",
    );
  });

  it('not an object at all', () => {
    expect(() => Policy.from(loose(null))).toThrow(PolicyError);
    expect(() => Policy.from(loose('icg'))).toThrow(/^'icg' is invalid/);
  });
});

describe('Policy.from: calendars', () => {
  it("wraps the calendar's own errors under calendars.<name>", () => {
    expect(problem((s) => ((s.calendars.business as { hours: { mon: string[] } }).hours.mon = ['9-14']))).toBe(
      "calendars.business.hours.mon[0]: '9-14' is not a window: expected 'HH:MM-HH:MM' (seconds and '24:00' allowed)",
    );
    expect(
      problem(
        (s) =>
          (s.calendars.extended = loose({ zone: 'Europe/Madrid', hours: { mon: ['09:00-14:00'] }, hollidays: [] })),
      ),
    ).toBe("calendars.extended: has unknown key 'hollidays'");
  });

  it('keeps the precise code of a calendar problem (an unknown zone)', () => {
    expect(problem((s) => ((s.calendars.business as { zone: string }).zone = 'Europe/Madird'), 'UNKNOWN_ZONE')).toBe(
      "calendars.business.zone: 'Europe/Madird' is not a known time zone: expected an IANA name such as 'America/Bogota'",
    );
  });

  it('lists every problem at once', () => {
    const message = problem((s) => {
      s.calendars.business = loose({ zone: 'Europe/Madrid', hours: { mon: ['9-14'] } });
      plan(s).business = 'office';
      priority(s, 1).id = 'p1';
    });
    expect(message).toBe(
      [
        '3 problems:',
        "- calendars.business.hours.mon[0]: '9-14' is not a window: expected 'HH:MM-HH:MM' (seconds and '24:00' allowed)",
        "- plans[0].business: 'office' is not a calendar of this policy (known: business, 24/7)",
        "- plans[0].priorities[1].id: 'p1' is already the id of plans[0].priorities[0]: priority ids must be unique",
      ].join('\n'),
    );
  });
});
