// Hand-worked histories on the ICG charter. Bogotá is UTC-5 all year, so 'YYYY-MM-DD HH:MM'
// below is local time and the ISO strings are +5 h. Business hours: Mon–Fri 07:00–12:30,
// 13:30–17:30; 2024-03-25 (Monday) is San José, a holiday.
import { describe, expect, it } from 'vitest';
import { TicketError } from '../../src/errors';
import { policies } from '../../src/policy';
import { evaluate } from '../../src/sla/evaluate';
import type { Ticket } from '../../src/sla/types';
import { H, icgWith, iso, withUpdate } from '../support/tickets';

const icg = policies.icg;

describe('histories: statuses', () => {
  // Normal, reported Friday 2024-03-08 15:00; answered 15:30; "Esperando cliente" from 16:00 until
  // the customer writes back Monday 09:00. The weekend is closed anyway; Monday 07:00–09:00 is not counted.
  const ticket: Ticket = {
    id: 'W-1',
    priority: 'Normal',
    reportedAt: '2024-03-08 15:00',
    events: [
      { at: '2024-03-08 15:30', message: 'agent' },
      { at: '2024-03-08 16:00', status: 'Esperando cliente' },
      { at: '2024-03-11 09:00', message: 'customer' },
      { at: '2024-03-11 09:00', status: 'Abierto' },
    ],
  };

  it('pending over a weekend: paused, then counting again from the customer’s answer', () => {
    const saturday = evaluate(icg, ticket, { now: '2024-03-09 10:00' });
    expect(saturday.targets.response).toMatchObject({ status: 'met', elapsed: 0.5 * H });
    expect(saturday.targets.resolution).toMatchObject({ status: 'paused', elapsed: 1 * H });
    expect(iso(saturday.nextChangeAt)).toBe('2024-03-11T14:00:00.000Z'); // the customer's answer, already in the data
    expect(iso(saturday.nextDue)).toBe(iso(saturday.targets.resolution?.due));

    // Monday 12:00: 1 h Friday + 09:00–12:00. 16 h: 1 + 3.5 (to 12:30) + 4 (afternoon) + 5.5 (Tuesday
    // morning) leaves 2 h: Tuesday 15:30.
    const monday = evaluate(icg, ticket, { now: '2024-03-11 12:00' });
    expect(monday.targets.resolution).toMatchObject({ status: 'running', elapsed: 4 * H });
    expect(iso(monday.targets.resolution?.due)).toBe('2024-03-12T20:30:00.000Z');
  });

  it('the same ticket with the pause given explicitly has the same answer', () => {
    const explicit: Ticket = {
      id: 'W-1',
      priority: 'Normal',
      reportedAt: '2024-03-08 15:00',
      respondedAt: '2024-03-08 15:30',
      pauses: [{ from: '2024-03-08 16:00', to: '2024-03-11 09:00', reason: 'customer' }],
    };
    for (const now of ['2024-03-09 10:00', '2024-03-11 12:00', '2024-03-20 12:00']) {
      expect(evaluate(icg, ticket, { now })).toEqual(evaluate(icg, explicit, { now }));
    }
  });

  it('escalation to the manufacturer pauses resolution with its reason, and explains it', () => {
    const sla = evaluate(
      icg,
      {
        priority: 'important',
        reportedAt: '2024-03-04 08:00',
        events: [
          { at: '2024-03-04 08:30', message: 'agent' },
          { at: '2024-03-04 09:00', status: 'En espera del fabricante' },
          { at: '2024-03-05 09:00', status: 'En proceso' },
        ],
      },
      { now: '2024-03-05 10:00', explain: true },
    );
    // Monday 08:00–09:00 and Tuesday 09:00–10:00.
    expect(sla.targets.resolution).toMatchObject({ status: 'running', elapsed: 2 * H });
    expect(sla.targets.resolution?.explanation?.pauses).toEqual([
      {
        from: new Date('2024-03-04T14:00:00.000Z'),
        to: new Date('2024-03-05T14:00:00.000Z'),
        reason: 'manufacturer',
        status: 'En espera del fabricante', // as the help desk called it
        removed: 9.5 * H, // Monday 09:00–12:30 and 13:30–17:30, Tuesday 07:00–09:00
      },
    ]);
  });

  it('a status the policy does not know is an error naming the event', () => {
    const bad = {
      priority: 'normal',
      reportedAt: '2024-03-04 08:00',
      events: [{ at: '2024-03-04 09:00', status: 'Limbo' }],
    };
    expect(() => evaluate(icg, bad, { now: '2024-03-05 00:00' })).toThrow(TicketError);
    expect(() => evaluate(icg, bad, { now: '2024-03-05 00:00' })).toThrow(
      /events\[0\]\.status: 'Limbo' is not a status/,
    );
  });
});

describe('histories: reopenings', () => {
  // Urgent (4 bh resolution), reported Monday 2024-03-04 08:00: resolved 11:00 (3 h), reopened
  // 14:00, resolved again 16:00 (2 h more).
  const ticket: Ticket = {
    id: 'R-1',
    priority: 'urgent',
    reportedAt: '2024-03-04 08:00',
    events: [
      { at: '2024-03-04 08:20', message: 'agent' },
      { at: '2024-03-04 11:00', status: 'Resuelto' },
      { at: '2024-03-04 14:00', status: 'Reabierto' },
      { at: '2024-03-04 16:00', status: 'Resuelto' },
    ],
  };

  it("'restart' (default): each resolution cycle is judged on its own, both met", () => {
    const resolution = evaluate(icg, ticket, { now: '2024-03-05 08:00' }).targets.resolution!;
    expect(resolution).toMatchObject({ status: 'met', elapsed: 2 * H, breachedCycles: 0 });
    expect(iso(resolution.metAt)).toBe('2024-03-04T21:00:00.000Z');
    expect(resolution.cycles).toEqual([
      {
        start: new Date('2024-03-04T13:00:00.000Z'),
        end: new Date('2024-03-04T16:00:00.000Z'),
        elapsed: 3 * H,
        due: new Date('2024-03-04T17:00:00.000Z'),
        status: 'met',
      },
      {
        start: new Date('2024-03-04T19:00:00.000Z'),
        end: new Date('2024-03-04T21:00:00.000Z'),
        elapsed: 2 * H,
        due: new Date('2024-03-05T12:30:00.000Z'), // 14:00–17:30, then Tuesday 07:00 + 30 min
        status: 'met',
      },
    ]);
  });

  it("'continue': the clock resumes from its 3 h, so 5 h in all breach the 4 h at 15:00", () => {
    const resolution = evaluate(icgWith({ reopen: 'continue' }), ticket, { now: '2024-03-05 08:00' }).targets
      .resolution!;
    expect(resolution).toMatchObject({ status: 'breached', elapsed: 5 * H });
    expect(resolution.cycles).toBeUndefined();
    expect(iso(resolution.breachedAt)).toBe('2024-03-04T20:00:00.000Z'); // 14:00 + the 1 h left
  });

  it('a reopened ticket is open again: running, with a due from the reopening', () => {
    const sla = evaluate(icg, ticket, { now: '2024-03-04 15:00' });
    expect(sla.targets.resolution).toMatchObject({ status: 'running', elapsed: 1 * H, breachedCycles: 0 });
    expect(iso(sla.nextDue)).toBe('2024-03-05T12:30:00.000Z'); // 14:00–17:30, then Tuesday 07:00 + 30 min
  });
});

describe('histories: priority changes', () => {
  // Normal, reported Monday 2024-03-04 08:00; raised to "Urgente" at 09:00; answered 09:45.
  const ticket: Ticket = {
    id: 'P-1',
    priority: 'normal',
    reportedAt: '2024-03-04 08:00',
    events: [
      { at: '2024-03-04 09:00', priority: 'Urgente' },
      { at: '2024-03-04 09:45', message: 'agent' },
    ],
  };
  const now = '2024-03-04 13:00';

  it("'retroactive' (default): urgent's targets from clock start; the reply at 1 h 45 breaches 1 h", () => {
    const sla = evaluate(icg, ticket, { now });
    expect(sla.priority).toBe('urgent');
    expect(sla.targets.response).toMatchObject({ clock: '24/7', status: 'breached', elapsed: 1.75 * H });
    expect(iso(sla.targets.response?.breachedAt)).toBe('2024-03-04T14:00:00.000Z'); // 09:00
    // 4 bh from 08:00: 12:00; at 13:00, 08:00–12:30 = 4.5 h.
    expect(sla.targets.resolution).toMatchObject({ status: 'breached', elapsed: 4.5 * H });
    expect(iso(sla.targets.resolution?.breachedAt)).toBe('2024-03-04T17:00:00.000Z');
  });

  it("'restart': new clocks from the change; the reply 45 min after it is met", () => {
    const sla = evaluate(icgWith({ priorityChange: 'restart' }), ticket, { now });
    expect(sla.targets.response).toMatchObject({ status: 'met', elapsed: 0.75 * H });
    // 4 bh from 09:00: 3.5 h to 12:30, then 13:30 + 0.5 h = 14:00; at 13:00, 3.5 h = 87.5 %.
    expect(sla.targets.resolution).toMatchObject({ status: 'at-risk', elapsed: 3.5 * H });
    expect(iso(sla.targets.resolution?.due)).toBe('2024-03-04T19:00:00.000Z');
  });

  it('a change after a target completed leaves its judgement alone', () => {
    const late: Ticket = {
      ...ticket,
      events: [
        { at: '2024-03-04 08:30', message: 'agent' },
        { at: '2024-03-04 10:00', priority: 'P1' },
      ],
    };
    const sla = evaluate(icg, late, { now });
    // Normal's response (4 bh) met at 30 min; the resolution is urgent's: 4.5 h > 4 h.
    expect(sla.targets.response).toMatchObject({ clock: 'business', target: 4 * H, status: 'met' });
    expect(sla.targets.resolution).toMatchObject({ target: 4 * H, status: 'breached' });
  });

  it('an unknown priority in an event is an error naming the event', () => {
    const bad = { ...ticket, events: [{ at: '2024-03-04 09:00', priority: 'Altísima' }] };
    expect(() => evaluate(icg, bad, { now })).toThrow(/events\[0\]\.priority: 'Altísima' is not a priority/);
  });
});

describe('histories: the update target', () => {
  const policy = withUpdate();
  // Important, reported Thursday 2024-03-21 09:00, answered 09:30. The customer writes Friday
  // 16:30: 1 h to 17:30, Monday 25 is San José, Tuesday 07:00 + 1 h = 08:00, and the reply comes
  // at 08:00 exactly (met). The customer writes again Tuesday 11:30: 1 h to 12:30, lunch, 13:30 +
  // 1 h = 14:30, and the reply at 14:45 breaches it.
  const ticket: Ticket = {
    id: 'U-1',
    priority: 'important',
    reportedAt: '2024-03-21 09:00',
    events: [
      { at: '2024-03-21 09:30', message: 'agent' },
      { at: '2024-03-22 16:30', message: 'customer' },
      { at: '2024-03-23 10:00', message: 'customer' }, // already awaiting a reply: changes nothing
      { at: '2024-03-26 08:00', message: 'agent' },
      { at: '2024-03-26 11:30', message: 'customer' },
      { at: '2024-03-26 14:45', message: 'agent' },
    ],
  };

  it('is armed by a customer message and met by the next reply, across a holiday and lunch', () => {
    const update = evaluate(policy, ticket, { now: '2024-03-26 16:00' }).targets.update!;
    expect(update).toMatchObject({ status: 'breached', elapsed: 2.25 * H, breachedCycles: 1 });
    expect(iso(update.breachedAt)).toBe('2024-03-26T19:30:00.000Z');
    expect(update.cycles).toEqual([
      {
        start: new Date('2024-03-22T21:30:00.000Z'),
        end: new Date('2024-03-26T13:00:00.000Z'),
        elapsed: 2 * H,
        due: new Date('2024-03-26T13:00:00.000Z'),
        status: 'met',
      },
      {
        start: new Date('2024-03-26T16:30:00.000Z'),
        end: new Date('2024-03-26T19:45:00.000Z'),
        elapsed: 2.25 * H,
        due: new Date('2024-03-26T19:30:00.000Z'),
        status: 'breached',
      },
    ]);
  });

  it('while a reply is awaited, nextDue is the earliest open due, overdue ones included', () => {
    const sla = evaluate(policy, ticket, { now: '2024-03-26 12:00' });
    expect(sla.targets.update).toMatchObject({ status: 'running', elapsed: 0.5 * H });
    expect(iso(sla.targets.update?.due)).toBe('2024-03-26T19:30:00.000Z');
    // The resolution (16 bh from Thursday 09:00: Friday 16:30) is still open, and earlier.
    expect(iso(sla.nextDue)).toBe('2024-03-22T21:30:00.000Z');
    const fresh: Ticket = {
      priority: 'important',
      reportedAt: '2024-03-26 09:00',
      events: [
        { at: '2024-03-26 09:30', message: 'agent' },
        { at: '2024-03-26 11:30', message: 'customer' },
      ],
    };
    expect(iso(evaluate(policy, fresh, { now: '2024-03-26 12:00' }).nextDue)).toBe('2024-03-26T19:30:00.000Z');
  });

  it('no customer message yet: no update result', () => {
    const sla = evaluate(policy, { priority: 'normal', reportedAt: '2024-03-21 09:00' }, { now: '2024-03-21 10:00' });
    expect(sla.targets.update).toBeUndefined();
    expect(Object.keys(sla.targets)).toEqual(['response', 'resolution']);
  });

  it('a stop status ends an awaited update, judged like any completion', () => {
    const stopped = evaluate(
      policy,
      {
        priority: 'normal',
        reportedAt: '2024-03-21 09:00',
        events: [
          { at: '2024-03-21 10:00', message: 'customer' },
          { at: '2024-03-21 11:00', status: 'Solucionado' },
        ],
      },
      { now: '2024-03-22 09:00' },
    );
    expect(stopped.targets.update).toMatchObject({ status: 'met', elapsed: 1 * H });
    expect(stopped.targets.response).toMatchObject({ status: 'met', elapsed: 2 * H }); // the stop answered too
    expect(stopped.nextDue).toBeUndefined();
  });
});
