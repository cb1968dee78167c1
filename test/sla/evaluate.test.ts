// Hand-worked cases. Bogotá is UTC-5 all year, so 'YYYY-MM-DD HH:MM' below is local time and
// the ISO strings are +5 h.
import { describe, expect, it } from 'vitest';
import { HabilError, TicketError } from '../../src/errors';
import { policies, Policy } from '../../src/policy';
import { evaluate } from '../../src/sla/evaluate';
import { iso } from '../support/tickets';

const icg = policies.icg;

describe('evaluate: intake', () => {
  it('ICG urgent on a Saturday: accepted at once, response on 24/7, resolution from Monday 07:00', () => {
    const sla = evaluate(
      icg,
      { id: 'T-1', priority: 'Urgente', reportedAt: '2024-03-02 10:00', respondedAt: '2024-03-02 10:45' },
      { now: '2024-03-04 10:00' },
    );
    expect(sla).toMatchObject({ ticketId: 'T-1', policy: 'icg', plan: 'standard', priority: 'urgent' });
    expect(sla.intake.status).toBe('accepted');
    expect(iso(sla.intake.clockStartsAt)).toBe('2024-03-02T15:00:00.000Z');
    const { response, resolution } = sla.targets;
    expect(response).toMatchObject({ clock: '24/7', status: 'met', elapsed: 45 * 60_000, target: 3_600_000 });
    expect(iso(response?.due)).toBe('2024-03-02T16:00:00.000Z'); // Saturday 11:00
    expect(iso(response?.metAt)).toBe('2024-03-02T15:45:00.000Z');
    // 4 bh from Saturday: Monday 07:00 + 4 h = 11:00; at 10:00, 3 h elapsed = 75 %: at risk.
    expect(resolution).toMatchObject({
      clock: 'business',
      status: 'at-risk',
      elapsed: 3 * 3_600_000,
      remaining: 3_600_000,
      consumed: 0.75,
    });
    expect(iso(resolution?.due)).toBe('2024-03-04T16:00:00.000Z');
    expect(resolution?.warnings).toEqual([{ level: 0.75, at: new Date('2024-03-04T15:00:00.000Z'), reached: true }]);
    expect(iso(sla.nextChangeAt)).toBe('2024-03-04T16:00:00.001Z'); // inclusive: breached just after due
  });

  it('a normal request on the Sunday before a Monday holiday is deferred to Tuesday 07:00', () => {
    // 2024-03-24 is Sunday, 2024-03-25 San José (holiday). Response 4 bh: Tuesday 11:00.
    // Resolution 16 bh: Tuesday 9.5 h, Wednesday 07:00–12:30 5.5 h, then 13:30 + 1 h = 14:30.
    const sla = evaluate(icg, { priority: 'normal', reportedAt: '2024-03-24 18:00' }, { now: '2024-03-25 12:00' });
    expect(sla.intake.status).toBe('deferred');
    expect(sla.intake.reason).toMatch(/may not be reported/);
    expect(iso(sla.intake.clockStartsAt)).toBe('2024-03-26T12:00:00.000Z');
    expect(iso(sla.targets.response?.due)).toBe('2024-03-26T16:00:00.000Z');
    expect(iso(sla.targets.resolution?.due)).toBe('2024-03-27T19:30:00.000Z');
    expect(sla.targets.resolution).toMatchObject({ status: 'running', elapsed: 0, consumed: 0 });
    expect(iso(sla.nextChangeAt)).toBe('2024-03-26T15:00:00.000Z'); // response reaches 75 % at 10:00
  });

  it('an important ticket in the lunch break is deferred to 13:30', () => {
    const sla = evaluate(icg, { priority: 'important', reportedAt: '2024-03-04 12:45' }, { now: '2024-03-04 12:50' });
    expect(sla.intake.status).toBe('deferred');
    expect(iso(sla.intake.clockStartsAt)).toBe('2024-03-04T18:30:00.000Z');
    expect(iso(sla.targets.response?.due)).toBe('2024-03-04T20:30:00.000Z'); // 2 bh: 15:30
  });
});

describe('evaluate: bounds', () => {
  it('a response at exactly 1 h is met under "hasta 1 hora" and breached under "menos de 1 hora"', () => {
    const ticket = { priority: 'high', reportedAt: '2024-03-04 09:00', respondedAt: '2024-03-04 10:00' };
    const level1 = evaluate(policies.hosting, { ...ticket, plan: 'level-1' }, { now: '2024-03-05 00:00' });
    const level3 = evaluate(policies.hosting, { ...ticket, plan: 'level-3' }, { now: '2024-03-05 00:00' });
    expect(level1.targets.response).toMatchObject({ bound: 'inclusive', status: 'met', elapsed: 3_600_000 });
    expect(level3.targets.response).toMatchObject({ bound: 'strict', status: 'breached', elapsed: 3_600_000 });
    expect(iso(level3.targets.response?.breachedAt)).toBe('2024-03-04T15:00:00.000Z');
  });

  it('a running target flips at due + 1 ms when inclusive and at due when strict', () => {
    const ticket = { priority: 'high', reportedAt: '2024-03-04 09:00' };
    const at = (plan: string, now: string) =>
      evaluate(policies.hosting, { ...ticket, plan }, { now }).targets.response?.status;
    expect(at('level-1', '2024-03-04T10:00:00.000-05:00')).toBe('at-risk');
    expect(at('level-1', '2024-03-04T10:00:00.001-05:00')).toBe('breached');
    expect(at('level-3', '2024-03-04T09:59:59.999-05:00')).toBe('at-risk');
    expect(at('level-3', '2024-03-04T10:00:00.000-05:00')).toBe('breached');
  });

  it('due Friday 17:30: at risk over the weekend, breached when open time resumes Monday 07:00', () => {
    // Normal, reported Friday 2024-03-08 13:30: response 4 bh runs out at 17:30, a window's end.
    const ticket = { priority: 'normal', reportedAt: '2024-03-08 13:30' };
    const at = (now: string, extra = {}) => evaluate(icg, { ...ticket, ...extra }, { now }).targets.response!;
    const saturday = at('2024-03-09 10:00');
    expect(iso(saturday.due)).toBe('2024-03-08T22:30:00.000Z');
    expect(saturday).toMatchObject({ status: 'at-risk', elapsed: 4 * 3_600_000, remaining: 0, consumed: 1 });
    expect(saturday.breachedAt).toBeUndefined();
    expect(iso(evaluate(icg, ticket, { now: '2024-03-09 10:00' }).nextChangeAt)).toBe('2024-03-11T12:00:00.001Z');
    expect(at('2024-03-11T07:00:00.000-05:00').status).toBe('at-risk');
    const monday = at('2024-03-11T07:00:00.001-05:00');
    expect(monday).toMatchObject({ status: 'breached', elapsed: 4 * 3_600_000 + 1 });
    expect(iso(monday.breachedAt)).toBe('2024-03-11T12:00:00.000Z'); // the infimum: Monday 07:00
    // A reply at Monday 07:00:00.000 is still exactly 4 business hours: met, as every earlier now said.
    const replied = at('2024-03-11 08:00', { respondedAt: '2024-03-11T07:00:00.000-05:00' });
    expect(replied).toMatchObject({ status: 'met', elapsed: 4 * 3_600_000 });
    const late = at('2024-03-11 08:00', { respondedAt: '2024-03-11T07:00:00.001-05:00' });
    expect(late.status).toBe('breached');
    expect(iso(late.breachedAt)).toBe('2024-03-11T12:00:00.000Z');
  });

  it('a strict target breaches at due even when due is a window end', () => {
    // Hosting level-3 "menos de 1 hora" runs on 24/7; the rule is the same on any clock: at due.
    const sla = evaluate(
      policies.hosting,
      { plan: 'level-3', priority: 'low', reportedAt: '2024-03-08 17:00' },
      { now: '2024-03-08 18:00' },
    );
    expect(sla.targets.response).toMatchObject({ status: 'breached', bound: 'strict' });
    expect(iso(sla.targets.response?.breachedAt)).toBe(iso(sla.targets.response?.due));
  });

  it('a range "3 a 5 horas hábiles" is expected by 3 h and due at 5 h', () => {
    const sla = evaluate(
      policies.hosting,
      { plan: 'level-1', priority: 'medium', reportedAt: '2024-03-04 16:00' },
      { now: '2024-03-04 16:30' },
    );
    const response = sla.targets.response!;
    expect(response.target).toBe(5 * 3_600_000);
    expect(iso(response.expectedBy)).toBe('2024-03-05T14:00:00.000Z'); // 16:00–18:00, then Tuesday 08:00 + 1 h = 09:00
    expect(iso(response.due)).toBe('2024-03-05T16:00:00.000Z'); // Tuesday 11:00
    expect(sla.targets.resolution).toBeUndefined();
  });
});

describe('evaluate: pauses', () => {
  it('an open pause stops resolution only, and due assumes it ends now', () => {
    // Important, reported Monday 08:00. Paused 09:00 (no reason: resolution only), still open at 11:00.
    // Resolution: 1 h elapsed; 15 h left from 11:00 = Monday 5.5 h + Tuesday 9.5 h → Tuesday 17:30.
    // Response (2 bh, not paused): 08:00 + 2 h = 10:00, passed: breached.
    const sla = evaluate(
      icg,
      { priority: 'important', reportedAt: '2024-03-04 08:00', pauses: [{ from: '2024-03-04 09:00' }] },
      { now: '2024-03-04 11:00' },
    );
    expect(sla.targets.resolution).toMatchObject({ status: 'paused', elapsed: 3_600_000 });
    expect(iso(sla.targets.resolution?.due)).toBe('2024-03-05T22:30:00.000Z');
    expect(sla.targets.response).toMatchObject({ status: 'breached', elapsed: 3 * 3_600_000 });
    expect(iso(sla.targets.response?.breachedAt)).toBe('2024-03-04T15:00:00.000Z');
    expect(sla.nextChangeAt).toBeUndefined(); // nothing changes until the pause ends
  });

  it('merges overlapping pauses and clips those before the report or after completion', () => {
    const sla = evaluate(
      icg,
      {
        priority: 'normal',
        reportedAt: '2024-03-04 08:00',
        resolvedAt: '2024-03-04 16:00',
        pauses: [
          { from: '2024-03-01 10:00', to: '2024-03-04 09:00' },
          { from: '2024-03-04 10:00', to: '2024-03-04 11:00' },
          { from: '2024-03-04 10:30', to: '2024-03-04 11:30' },
          { from: '2024-03-04 15:00', to: '2024-03-05 12:00' },
        ],
      },
      { now: '2024-03-06 00:00' },
    );
    // Open 08:00–16:00 minus lunch = 7 h; paused 08:00–09:00, 10:00–11:30, 15:00–16:00 = 3.5 h.
    expect(sla.targets.resolution).toMatchObject({ status: 'met', elapsed: 3.5 * 3_600_000 });
  });

  it('ignores events after now: a later resolution is not known yet', () => {
    const ticket = { priority: 'urgent', reportedAt: '2024-03-04 08:00', resolvedAt: '2024-03-04 11:00' };
    expect(evaluate(icg, ticket, { now: '2024-03-04 10:00' }).targets.resolution?.status).toBe('running');
    // The response (1 h on 24/7) reaches its 75 % warning at 08:45, the first change after 08:30.
    expect(iso(evaluate(icg, ticket, { now: '2024-03-04 08:30' }).nextChangeAt)).toBe('2024-03-04T13:45:00.000Z');
  });
});

describe('evaluate: errors', () => {
  it.each<[unknown, string, RegExp]>([
    [
      { id: 'T-9', priority: 'urgent', reportedAt: '2024-03-04 10:00', resolvedAt: '2024-03-04 09:00' },
      'INVALID_TICKET',
      /ticket 'T-9': resolvedAt: '2024-03-04 09:00' is before reportedAt '2024-03-04 10:00'/,
    ],
    [
      {
        id: 'T-9',
        priority: 'urgent',
        reportedAt: '2024-03-04 10:00',
        pauses: [{ from: '2024-03-04 11:00', to: '2024-03-04 10:30' }],
      },
      'INVALID_TICKET',
      /pauses\[0\]\.to: '2024-03-04 10:30' is before the pause's start/,
    ],
    [
      { id: 'T-9', priority: 'urgent', reportedAt: 'ayer' },
      'INVALID_INSTANT',
      /ticket 'T-9': reportedAt: 'ayer' is not an ISO 8601 instant/,
    ],
    [
      { id: 'T-9', priority: 'altísima', reportedAt: '2024-03-04 10:00' },
      'UNKNOWN_PRIORITY',
      /ticket 'T-9'.*altísima.*urgent/s,
    ],
    [{ id: 7, reportedAt: '2024-03-04 10:00' }, 'INVALID_TICKET', /ticket '7': priority: is missing/],
  ])('%j', (ticket, code, message) => {
    let error: unknown;
    try {
      evaluate(icg, ticket as never, { now: '2024-03-05 00:00' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(HabilError);
    expect((error as HabilError).code).toBe(code);
    expect((error as HabilError).message).toMatch(message);
  });

  it('names the valid plans when a ticket names an unknown one', () => {
    expect(() =>
      evaluate(
        policies.hosting,
        { plan: 'gold', priority: 'high', reportedAt: '2024-03-04 10:00' },
        { now: '2024-03-05' },
      ),
    ).toThrow(/level-1.*level-2.*level-3/);
    expect(() =>
      evaluate(
        policies.hosting,
        { plan: 'gold', priority: 'high', reportedAt: '2024-03-04 10:00' },
        { now: '2024-03-05' },
      ),
    ).toThrow(TicketError);
  });
});

describe('evaluate: explanation', () => {
  it('lists counted periods, skipped holidays and removed pauses, in Spanish and English', () => {
    const sla = evaluate(
      icg,
      {
        priority: 'normal',
        reportedAt: '2024-03-22 15:00',
        pauses: [{ from: '2024-03-26 08:00', to: '2024-03-26 09:00', reason: 'cliente' }],
      },
      { now: '2024-03-26 10:00', explain: true },
    );
    const ex = sla.targets.resolution!.explanation!;
    expect(ex.counted.map((p) => [iso(p.start), iso(p.end)])).toEqual([
      ['2024-03-22T20:00:00.000Z', '2024-03-22T22:30:00.000Z'],
      ['2024-03-26T12:00:00.000Z', '2024-03-26T13:00:00.000Z'],
      ['2024-03-26T14:00:00.000Z', '2024-03-26T15:00:00.000Z'],
    ]);
    expect(ex.skipped).toContainEqual({ date: '2024-03-25', name: 'San José' });
    expect(ex.pauses).toEqual([
      {
        from: new Date('2024-03-26T13:00:00.000Z'),
        to: new Date('2024-03-26T14:00:00.000Z'),
        reason: 'cliente',
        removed: 3_600_000,
      },
    ]);
    expect(ex.text.es).toContain('Omitidos: 2024-03-25 San José');
    // 16 bh: Friday 15:00–17:30 (2.5 h), Tuesday 07:00–17:30 minus lunch and the pause (8.5 h),
    // Wednesday 07:00 + 5 h = 12:00.
    expect(ex.text.en).toContain('Resolution (running): target up to 16 h');
    expect(ex.text.en).toContain('Due 2024-03-27 12:00');
    expect(ex.text.es).toContain('Solución (en curso): objetivo hasta 16 h');
  });
});

describe('Policy.versions', () => {
  const stricter = Policy.from({ ...icg.toJSON(), id: 'icg' });
  it('judges each ticket by the version in force when it was reported', () => {
    const versions = Policy.versions([
      { from: '2020-01-01', policy: icg, label: '2020' },
      { from: '2020-07-06', policy: stricter, label: 'plataforma nueva' },
    ]);
    expect(
      evaluate(versions, { priority: 'urgent', reportedAt: '2020-07-03 10:00' }, { now: '2020-07-10' }).version,
    ).toBe('2020');
    expect(
      evaluate(versions, { priority: 'urgent', reportedAt: '2020-07-06 00:00' }, { now: '2020-07-10' }).version,
    ).toBe('plataforma nueva');
    expect(() =>
      evaluate(versions, { priority: 'urgent', reportedAt: '2019-12-31 23:59' }, { now: '2020-07-10' }),
    ).toThrow(/falls in no policy version/);
  });

  it('refuses overlaps, and gaps unless allowed', () => {
    expect(() =>
      Policy.versions([
        { from: '2020-01-01', to: '2020-08-01', policy: icg },
        { from: '2020-07-06', policy: stricter },
      ]),
    ).toThrow(/overlaps versions\[1\]/);
    expect(() =>
      Policy.versions([
        { from: '2020-01-01', to: '2020-06-01', policy: icg },
        { from: '2020-07-06', policy: stricter },
      ]),
    ).toThrow(/leaves a gap/);
    const gappy = Policy.versions(
      [
        { from: '2020-01-01', to: '2020-06-01', policy: icg },
        { from: '2020-07-06', policy: stricter },
      ],
      { allowGaps: true },
    );
    expect(() =>
      evaluate(gappy, { priority: 'urgent', reportedAt: '2020-06-15 10:00' }, { now: '2020-07-10' }),
    ).toThrow(/falls in no policy version/);
  });
});

describe('evaluate: exports with nulls', () => {
  it('reads null as absent in every optional field', () => {
    const ticket = {
      id: 'N-1',
      plan: null,
      type: null,
      channel: null,
      priority: 'urgent',
      reportedAt: '2024-03-04 08:00',
      respondedAt: null,
      resolvedAt: null,
      pauses: [{ from: '2024-03-04 09:00', to: null, reason: null }],
    };
    const sla = evaluate(icg, ticket as never, { now: '2024-03-04 10:00' });
    expect(sla.targets.resolution?.status).toBe('paused');
    expect(sla.targets.response?.status).toBe('breached');
  });
});

describe('evaluate: one now, many calls', () => {
  // evaluate keeps the last `now` text it read: the same text in another zone is another instant.
  const madrid = Policy.from({ ...icg.toJSON(), id: 'icg-madrid' }).withCalendar('business', {
    zone: 'Europe/Madrid',
    hours: { mon: ['07:00-17:00'], tue: ['07:00-17:00'] },
  });
  const ticket = { id: 'T-1', priority: 'Normal', reportedAt: '2024-03-04 08:00' };

  it("reads an offset-less now in each policy's zone, call after call", () => {
    for (let round = 0; round < 2; round++) {
      const here = evaluate(icg, ticket, { now: '2024-03-04 09:00' });
      const there = evaluate(madrid, ticket, { now: '2024-03-04 09:00' });
      expect(here).toEqual(evaluate(icg, ticket, { now: '2024-03-04T09:00:00-05:00' }));
      expect(there).toEqual(evaluate(madrid, ticket, { now: '2024-03-04T09:00:00+01:00' }));
      expect(here.targets.response?.elapsed).toBe(3_600_000);
      expect(there.targets.response?.elapsed).toBe(3_600_000);
    }
  });

  it('reads a Date now afresh each call, even when it is the same object changed', () => {
    const now = new Date('2024-03-04T14:00:00Z'); // 09:00 in Bogotá
    expect(evaluate(icg, ticket, { now }).targets.response?.elapsed).toBe(3_600_000);
    now.setTime(Date.parse('2024-03-04T15:00:00Z'));
    expect(evaluate(icg, ticket, { now }).targets.response?.elapsed).toBe(2 * 3_600_000);
  });
});
