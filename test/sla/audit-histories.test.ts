// Audits of ticket histories on the ICG charter (Mon–Fri 07:00–12:30, 13:30–17:30, Bogotá):
// every judged cycle is counted, the update target is tallied beside response and resolution,
// and hours are consumed over resolution cycles, per month and per customer, with `worked`.
import { describe, expect, it } from 'vitest';
import { policies } from '../../src/policy';
import { audit } from '../../src/sla/audit';
import { AuditAccumulator, type AuditReport, type AuditRow } from '../../src/sla/report';
import type { Ticket } from '../../src/sla/types';
import { H, icgWith, withUpdate } from '../support/tickets';

const now = '2024-03-31 23:59';
const stats = (report: AuditReport, target: string) =>
  report.targets.filter((t) => t.target === target).map(({ worst, plan, ...t }) => t);

// Urgent, Monday 2024-03-04 08:00: resolved 11:00 (3 h), reopened 14:00, resolved 16:00 (2 h).
const reopened: Ticket = {
  id: 'R-1',
  priority: 'urgent',
  customer: 'Acme',
  worked: 'PT6H',
  reportedAt: '2024-03-04 08:00',
  events: [
    { at: '2024-03-04 08:20', message: 'agent' },
    { at: '2024-03-04 11:00', status: 'Resuelto' },
    { at: '2024-03-04 14:00', status: 'Reabierto' },
    { at: '2024-03-04 16:00', status: 'Resuelto' },
  ],
};

// Normal, Tuesday 2024-03-05 08:00; a 2 bh update target: asked 09:00, answered 10:00 (met);
// asked 13:00, answered 17:00 (13:30–17:00 is 3.5 h: breached at 15:30).
const chatty: Ticket = {
  id: 'U-1',
  priority: 'normal',
  customer: 'Beta',
  reportedAt: '2024-03-05 08:00',
  events: [
    { at: '2024-03-05 09:00', message: 'customer' },
    { at: '2024-03-05 10:00', message: 'agent' },
    { at: '2024-03-05 13:00', message: 'customer' },
    { at: '2024-03-05 17:00', message: 'agent' },
    { at: '2024-03-06 09:00', status: 'Resuelto' },
  ],
};

describe('audit: histories', () => {
  it('counts every resolution cycle of a reopened ticket, and says how many tickets they came from', async () => {
    const report = await audit(policies.icg, [reopened], { now });
    expect(stats(report, 'resolution')).toEqual([
      {
        priority: 'urgent',
        target: 'resolution',
        count: 2,
        tickets: 1,
        met: 2,
        breached: 0,
        running: 0,
        compliance: 1,
        median: 2 * H,
        p90: 3 * H,
      },
    ]);
    expect(stats(report, 'response')[0]).toMatchObject({ count: 1, tickets: 1, met: 1 });
  });

  it('tallies the update target beside response and resolution, each awaited reply a cycle', async () => {
    const report = await audit(withUpdate(), [chatty], { now });
    expect(report.targets.map((t) => t.target)).toEqual(['response', 'update', 'resolution']);
    expect(stats(report, 'update')).toEqual([
      {
        priority: 'normal',
        target: 'update',
        count: 2,
        tickets: 1,
        met: 1,
        breached: 1,
        running: 0,
        compliance: 0.5,
        median: H,
        p90: 3.5 * H,
      },
    ]);
    const [worst] = report.targets.find((t) => t.target === 'update')!.worst;
    expect(worst).toMatchObject({ ticketId: 'U-1', cycle: 2, elapsed: 3.5 * H, over: 1.5 * H, open: false });
    expect(report.months.find((m) => m.target === 'update')).toMatchObject({ month: '2024-03', count: 2, breached: 1 });
  });

  it('consumes hours over resolution cycles, stopped spans left out, under both reopen rules', async () => {
    const restart = await audit(policies.icg, [reopened], { now });
    const resume = await audit(icgWith({ reopen: 'continue' }), [reopened], { now });
    for (const report of [restart, resume]) {
      expect(report.hours).toEqual([
        { month: '2024-03', plan: 'standard', resolved: 1, consumed: 5 * H, worked: 6 * H, withWorked: 1 },
      ]);
    }
  });

  it('reports hours per customer and month, with worked beside business time', async () => {
    const tickets: Ticket[] = [
      reopened,
      { ...chatty, worked: 90 * 60_000 },
      { id: 'N-1', priority: 'normal', reportedAt: '2024-04-01 08:00', resolvedAt: '2024-04-01 10:00' },
      { id: 'A-2', priority: 'normal', customer: 'Acme', reportedAt: '2024-04-02 08:00' },
    ];
    const report = await audit(withUpdate(), tickets, { now: '2024-04-30' });
    expect(report.customers).toEqual([
      { customer: '', month: '2024-04', tickets: 1, resolved: 1, consumed: 2 * H, worked: 0, withWorked: 0 },
      { customer: 'Acme', month: '2024-03', tickets: 1, resolved: 1, consumed: 5 * H, worked: 6 * H, withWorked: 1 },
      { customer: 'Acme', month: '2024-04', tickets: 1, resolved: 0, consumed: 0, worked: 0, withWorked: 0 },
      // 08:00–12:30 and 13:30–17:30 Tuesday, 07:00–09:00 Wednesday.
      {
        customer: 'Beta',
        month: '2024-03',
        tickets: 1,
        resolved: 1,
        consumed: 10.5 * H,
        worked: 1.5 * H,
        withWorked: 1,
      },
    ]);
  });

  it('shards merge to the report one accumulator makes, cycles and customers included', async () => {
    const policy = withUpdate();
    const rows: AuditRow[] = [];
    const whole = await audit(policy, [reopened, chatty, { ...chatty, id: 'U-2', customer: 'Acme' }], {
      now,
      onRow: (row) => rows.push(row),
    });
    const [a, b] = [new AuditAccumulator(policy, { now }), new AuditAccumulator(policy, { now })];
    for (const [i, row] of rows.entries()) (i % 2 === 0 ? a : b).add(row);
    a.merge(AuditAccumulator.fromJSON(policy, { now }, JSON.parse(JSON.stringify(b.toJSON()))));
    expect(a.toReport()).toEqual(whole);
  });
});
