// audit() and auditRows() on hand-worked tickets. ICG: Mon–Fri 07:00–12:30, 13:30–17:30 in
// Bogotá (UTC-5, no DST); 2024-03-04 is a Monday. Times below are Bogotá wall times.
import { describe, expect, it } from 'vitest';
import { HabilError, InvalidInstantError } from '../../src/errors';
import { policies, Policy } from '../../src/policy';
import { PolicyVersions } from '../../src/policy/versions';
import { audit, auditRows, type AuditInput } from '../../src/sla/audit';
import { AuditAccumulator, type AuditRow } from '../../src/sla/report';
import type { Ticket } from '../../src/sla/types';

const H = 3_600_000;
const M = 60_000;
const icg = policies.icg;
const now = '2024-03-06 12:00';

const tickets: Ticket[] = [
  // A: urgent, response 30 min on 24/7, resolved after 2 business hours: both met.
  {
    id: 'A',
    priority: 'Urgente',
    reportedAt: '2024-03-04 09:00',
    respondedAt: '2024-03-04 09:30',
    resolvedAt: '2024-03-04 11:00',
  },
  // B: important, response at 13:00 = 2.5 bh (lunch does not count): breached; resolution 9.5 bh: met.
  {
    id: 'B',
    priority: 'Importante',
    reportedAt: '2024-03-04 10:00',
    respondedAt: '2024-03-04 13:00',
    resolvedAt: '2024-03-05 10:00',
  },
  // C: normal, nothing done by Wednesday 12:00: 16 bh elapsed, response (4 bh) breached and open,
  // resolution exactly at its 16 bh (inclusive): at risk, still running.
  { id: 'C', priority: 'Normal', reportedAt: '2024-03-04 16:00' },
  // D: normal, answered in 1 h, resolution running (3 bh of 16).
  { id: 'D', priority: 'normal', reportedAt: '2024-03-06 09:00', respondedAt: '2024-03-06 10:00' },
  // E: a priority ICG does not have.
  { id: 'E', priority: 'Crítico', reportedAt: '2024-03-05 09:00' },
  // F: normal, 2 h escalated to the manufacturer: resolution 6 bh - 2 h = 4 bh, met.
  {
    id: 'F',
    priority: 'Normal',
    reportedAt: '2024-03-05 08:00',
    respondedAt: '2024-03-05 08:30',
    resolvedAt: '2024-03-05 15:00',
    pauses: [{ from: '2024-03-05 09:00', to: '2024-03-05 11:00', reason: 'fabricante' }],
  },
];

describe('audit: the report', () => {
  it('counts rows, evaluated and rejected, and rows = evaluated + errors', async () => {
    const report = await audit(icg, tickets, { now });
    expect(report).toMatchObject({ policy: 'icg', rows: 6, evaluated: 5, errors: 1 });
    expect(report.now.toISOString()).toBe('2024-03-06T17:00:00.000Z');
    expect(report.firstErrors).toEqual([
      expect.objectContaining({
        line: 5,
        ticketId: 'E',
        field: 'priority',
        value: 'Crítico',
        code: 'UNKNOWN_PRIORITY',
      }),
    ]);
  });

  it('tallies each plan × priority × target: met, breached, running, compliance, median and p90', async () => {
    const report = await audit(icg, tickets, { now });
    const stats = report.targets.map(({ worst, ...t }) => ({ ...t, worst: worst.map((w) => w.ticketId) }));
    expect(stats).toEqual([
      {
        plan: 'standard',
        priority: 'urgent',
        target: 'response',
        count: 1,
        tickets: 1,
        met: 1,
        breached: 0,
        running: 0,
        compliance: 1,
        median: 30 * M,
        p90: 30 * M,
        worst: [],
      },
      {
        plan: 'standard',
        priority: 'urgent',
        target: 'resolution',
        count: 1,
        tickets: 1,
        met: 1,
        breached: 0,
        running: 0,
        compliance: 1,
        median: 2 * H,
        p90: 2 * H,
        worst: [],
      },
      {
        plan: 'standard',
        priority: 'important',
        target: 'response',
        count: 1,
        tickets: 1,
        met: 0,
        breached: 1,
        running: 0,
        compliance: 0,
        median: 2.5 * H,
        p90: 2.5 * H,
        worst: ['B'],
      },
      {
        plan: 'standard',
        priority: 'important',
        target: 'resolution',
        count: 1,
        tickets: 1,
        met: 1,
        breached: 0,
        running: 0,
        compliance: 1,
        median: 9.5 * H,
        p90: 9.5 * H,
        worst: [],
      },
      // Quantiles are over completed targets only: D (1 h) and F (30 min); C is open.
      {
        plan: 'standard',
        priority: 'normal',
        target: 'response',
        count: 3,
        tickets: 3,
        met: 2,
        breached: 1,
        running: 0,
        compliance: 2 / 3,
        median: 30 * M,
        p90: H,
        worst: ['C'],
      },
      {
        plan: 'standard',
        priority: 'normal',
        target: 'resolution',
        count: 3,
        tickets: 3,
        met: 1,
        breached: 0,
        running: 2,
        compliance: 1,
        median: 4 * H,
        p90: 4 * H,
        worst: [],
      },
    ]);
  });

  it('says how far past target the worst breaches went, and whether they are still open', async () => {
    const report = await audit(icg, tickets, { now });
    const normal = report.targets.find((t) => t.priority === 'normal' && t.target === 'response')!;
    expect(normal.worst).toEqual([
      {
        line: 3,
        ticketId: 'C',
        plan: 'standard',
        priority: 'normal',
        target: 'response',
        clock: 'business',
        due: new Date('2024-03-05T14:30:00.000Z'),
        elapsed: 16 * H,
        over: 12 * H,
        open: true,
      },
    ]);
    const important = report.targets.find((t) => t.priority === 'important' && t.target === 'response')!;
    expect(important.worst[0]).toMatchObject({ ticketId: 'B', over: 30 * M, open: false });
  });

  it('repeats the tallies per month of report', async () => {
    const report = await audit(icg, tickets, { now });
    expect(report.months).toHaveLength(6);
    expect(report.months.every((m) => m.month === '2024-03')).toBe(true);
    const { month, ...normal } = report.months.find((m) => m.priority === 'normal' && m.target === 'response')!;
    const { worst, ...overall } = report.targets.find((t) => t.priority === 'normal' && t.target === 'response')!;
    expect(normal).toEqual(overall);
    expect(month).toBe('2024-03');
    expect(worst).toHaveLength(1);
  });

  it('sums support hours: business time from report to resolution, every pause removed', async () => {
    const report = await audit(icg, tickets, { now });
    // A 2 h, B 9.5 h, F 6 h - 2 h paused; C and D are not resolved.
    expect(report.hours).toEqual([
      { month: '2024-03', plan: 'standard', resolved: 3, consumed: 15.5 * H, worked: 0, withWorked: 0 },
    ]);
    expect(report.coverage).toEqual([]);
  });

  it('buckets by the month of reportedAt in the plan zone, not UTC and not the deferred clock start', async () => {
    // Sunday 2024-03-31 20:00 in Bogotá is 2024-04-01T01:00Z; the normal one is deferred to Monday April 1.
    const report = await audit(
      icg,
      [
        { priority: 'urgent', reportedAt: '2024-03-31 20:00', resolvedAt: '2024-04-01 09:00' },
        { priority: 'normal', reportedAt: '2024-03-31T20:00:00-05:00', resolvedAt: '2024-04-01 09:00' },
        { priority: 'normal', reportedAt: '2024-04-01 08:00', resolvedAt: '2024-04-01 09:00' },
      ],
      { now: '2024-04-30' },
    );
    expect(report.hours).toEqual([
      { month: '2024-03', plan: 'standard', resolved: 2, consumed: 4 * H, worked: 0, withWorked: 0 },
      { month: '2024-04', plan: 'standard', resolved: 1, consumed: H, worked: 0, withWorked: 0 },
    ]);
    expect([...new Set(report.months.map((m) => m.month))]).toEqual(['2024-03', '2024-04']);
  });

  it('measures time outside coverage for plans that have one (ISYS bills it per event)', async () => {
    const isys = policies.isys({ targets: { high: { response: 'PT2H', resolution: 'PT8H' } } });
    const report = await audit(
      isys,
      [
        // Friday 16:00–19:00: 1 h inside 08:00–17:00, 2 h outside.
        { plan: 'standard', priority: 'Alta', reportedAt: '2024-03-08 16:00', resolvedAt: '2024-03-08 19:00' },
        // Monday 09:00–10:00: inside.
        { plan: 'standard', priority: 'Alta', reportedAt: '2024-03-11 09:00', resolvedAt: '2024-03-11 10:00' },
        // Saturday 10:00–14:00 with an hour paused: 3 h outside.
        {
          plan: 'standard',
          priority: 'Alta',
          reportedAt: '2024-03-09 10:00',
          resolvedAt: '2024-03-09 14:00',
          pauses: [{ from: '2024-03-09 11:00', to: '2024-03-09 12:00' }],
        },
        // per-event has no coverage calendar: no coverage line, but its hours count.
        { plan: 'per-event', priority: 'Alta', reportedAt: '2024-03-11 09:00', resolvedAt: '2024-03-11 11:00' },
      ],
      { now: '2024-03-31' },
    );
    expect(report.coverage).toEqual([{ month: '2024-03', plan: 'standard', resolved: 3, events: 2, outside: 5 * H }]);
    expect(report.hours).toEqual([
      { month: '2024-03', plan: 'standard', resolved: 3, consumed: 2 * H, worked: 0, withWorked: 0 },
      { month: '2024-03', plan: 'per-event', resolved: 1, consumed: 2 * H, worked: 0, withWorked: 0 },
    ]);
  });

  it('lists plans and priorities in policy order, response before resolution', async () => {
    const report = await audit(
      policies.hosting,
      [
        { plan: 'level-3', priority: 'low', reportedAt: '2024-03-04 09:00' },
        { plan: 'level-1', priority: 'medium', reportedAt: '2024-03-04 09:00' },
        { plan: 'level-1', priority: 'high', reportedAt: '2024-03-04 09:00' },
      ],
      { now: '2024-03-04 09:10' },
    );
    expect(report.targets.map((t) => `${t.plan}/${t.priority}/${t.target}`)).toEqual([
      'level-1/high/response',
      'level-1/medium/response',
      'level-3/low/response',
    ]);
  });

  it('keeps `worst` breaches per target, furthest past target first, earlier line on a tie', async () => {
    const late = (id: string, reportedAt: string): Ticket => ({
      id,
      priority: 'urgent',
      reportedAt,
      respondedAt: '2024-03-04 12:00',
    });
    const input = [
      late('L1', '2024-03-04 09:00'),
      late('L2', '2024-03-04 08:00'),
      late('L3', '2024-03-04 09:00'),
      late('L4', '2024-03-04 10:30'),
    ];
    const report = await audit(icg, input, { now, worst: 2 });
    const response = report.targets.find((t) => t.target === 'response')!;
    expect(response.worst.map((w) => [w.ticketId, w.over])).toEqual([
      ['L2', 3 * H],
      ['L1', 2 * H],
    ]);
    const none = await audit(icg, [...input, { priority: 'P9', reportedAt: '2024-03-04 09:00' }], { now, worst: 0 });
    expect(none.errors).toBe(1);
    expect(none.targets.every((t) => t.worst.length === 0)).toBe(true);
    expect(none.firstErrors).toEqual([]);
  });

  it('keeps the first `worst` rejected rows by line', async () => {
    const bad = Array.from({ length: 5 }, (_, i) => ({ id: `X${i}`, priority: '', reportedAt: '2024-03-04 09:00' }));
    const report = await audit(icg, bad, { now, worst: 3 });
    expect(report.errors).toBe(5);
    expect(report.firstErrors.map((e) => e.line)).toEqual([1, 2, 3]);
  });
});

describe('audit: rows', () => {
  it('yields a row per input in order, then returns the report; onRow sees the same rows', async () => {
    const seen: AuditRow[] = [];
    const report = await audit(icg, tickets, { now, onRow: (row) => seen.push(row) });
    expect(seen.map((r) => [r.line, r.kind])).toEqual([
      [1, 'evaluated'],
      [2, 'evaluated'],
      [3, 'evaluated'],
      [4, 'evaluated'],
      [5, 'error'],
      [6, 'evaluated'],
    ]);
    const rows = auditRows(icg, tickets, { now });
    const lines: number[] = [];
    let next = await rows.next();
    for (; !next.done; next = await rows.next()) lines.push(next.value.line);
    expect(lines).toEqual([1, 2, 3, 4, 5, 6]);
    expect(next.value).toEqual(report);
  });

  it('an error row names the ticket, the field, the value and the reason', async () => {
    const rows: AuditRow[] = [];
    await audit(
      icg,
      [
        {
          id: 'P',
          priority: 'normal',
          reportedAt: '2024-03-04 09:00',
          pauses: [{ from: '2024-03-04 10:00', to: '2024-03-04 09:30' }],
        },
      ],
      { now, onRow: (row) => rows.push(row) },
    );
    expect(rows[0]).toMatchObject({
      kind: 'error',
      line: 1,
      ticketId: 'P',
      field: 'pauses[0].to',
      value: '2024-03-04 09:30',
    });
    const error = (rows[0] as Extract<AuditRow, { kind: 'error' }>).error;
    expect(error).toBeInstanceOf(HabilError);
    expect(error.message).toMatch(/is before the pause's start/);
  });

  it("takes readers' records: their line numbers, their errors, and the column a field came from", async () => {
    const readError = new HabilError('INVALID_INPUT', [
      { path: '', message: 'row has 3 fields where the header has 9' },
    ]);
    const input: AuditInput[] = [
      {
        line: 2,
        ticket: { id: 'R1', priority: 'urgent', reportedAt: '2024-03-04 09:00' },
        columns: { reportedAt: 'fecha_creacion' },
      },
      { line: 4, error: readError, value: 'a;b;c' },
      {
        line: 7,
        ticket: { id: 'R2', priority: 'urgent', reportedAt: '2024-03-04 25:00' },
        columns: { reportedAt: 'fecha_creacion' },
      },
      {
        line: 8,
        ticket: { id: 'R3', priority: 'urgent', reportedAt: '2024-03-04 09:00', pauses: [{ from: 'x' }] },
        columns: { 'pauses.from': 'pausa_desde' },
      },
    ];
    const rows: AuditRow[] = [];
    const report = await audit(icg, input, { now, onRow: (row) => rows.push(row) });
    expect(rows.map((r) => r.line)).toEqual([2, 4, 7, 8]);
    expect(rows[1]).toEqual({ kind: 'error', line: 4, error: readError, value: 'a;b;c' });
    expect(rows[2]).toMatchObject({
      kind: 'error',
      ticketId: 'R2',
      field: 'reportedAt',
      column: 'fecha_creacion',
      value: '2024-03-04 25:00',
    });
    expect(rows[3]).toMatchObject({
      kind: 'error',
      ticketId: 'R3',
      field: 'pauses[0].from',
      column: 'pausa_desde',
      value: 'x',
    });
    expect(report).toMatchObject({ rows: 4, evaluated: 1, errors: 3 });
  });

  it('streams: rows come out while the input is still being produced', async () => {
    let produced = 0;
    async function* endless(): AsyncGenerator<Ticket> {
      for (;;) {
        produced++;
        yield { priority: 'urgent', reportedAt: '2024-03-04 09:00' };
      }
    }
    const rows = auditRows(icg, endless(), { now });
    for (let i = 0; i < 3; i++) await rows.next();
    await rows.return(undefined as never);
    expect(produced).toBe(3);
  });

  it('refuses a bad `now` once, before any row', async () => {
    await expect(audit(icg, tickets, { now: 'yesterday' })).rejects.toThrow(InvalidInstantError);
  });

  it('lets an error that is not a HabilError (a bug) propagate', async () => {
    const hostile = {
      priority: 'urgent',
      get reportedAt(): string {
        throw new TypeError('boom');
      },
    } as Ticket;
    await expect(audit(icg, [hostile], { now })).rejects.toThrow('boom');
  });

  it('judges each ticket by the policy version in force at its report', async () => {
    const slower = Policy.from({ ...icg.toJSON(), id: 'icg-2023' }).withCalendar('business', {
      zone: 'America/Bogota',
      hours: {
        mon: ['08:00-12:00'],
        tue: ['08:00-12:00'],
        wed: ['08:00-12:00'],
        thu: ['08:00-12:00'],
        fri: ['08:00-12:00'],
      },
    });
    const versions = PolicyVersions.from([
      { from: '2023-01-01', policy: slower, label: '2023' },
      { from: '2024-03-05', policy: icg, label: '2024' },
    ]);
    const report = await audit(
      versions,
      [
        { priority: 'normal', reportedAt: '2024-03-04 08:00', resolvedAt: '2024-03-04 16:00' },
        { priority: 'normal', reportedAt: '2024-03-05 08:00', resolvedAt: '2024-03-05 16:00' },
      ],
      { now },
    );
    expect(report.policy).toBe('icg, icg-2023');
    // 2023 terms: 08:00–12:00 only (4 h); 2024 terms: 07:00–16:00 less lunch (7 h).
    expect(report.hours).toEqual([
      { month: '2024-03', plan: 'standard', resolved: 2, consumed: 4 * H + 7 * H, worked: 0, withWorked: 0 },
    ]);
  });
});

describe('AuditAccumulator', () => {
  const rowsOf = async (input: AuditInput[]) => {
    const rows: AuditRow[] = [];
    await audit(icg, input, { now, onRow: (row) => rows.push(row) });
    return rows;
  };

  it('merges shards into the report of the whole, whatever the split', async () => {
    const rows = await rowsOf(tickets);
    const whole = new AuditAccumulator(icg, { now, worst: 1 });
    rows.forEach((row) => {
      whole.add(row);
    });
    for (let cut = 0; cut <= rows.length; cut++) {
      const left = new AuditAccumulator(icg, { now, worst: 1 });
      const right = new AuditAccumulator(icg, { now, worst: 1 });
      rows.slice(0, cut).forEach((row) => {
        left.add(row);
      });
      rows.slice(cut).forEach((row) => {
        right.add(row);
      });
      right.merge(left);
      expect(right.toReport()).toEqual(whole.toReport());
    }
  });

  it('travels as plain data (toJSON, structured clone, fromJSON), as worker threads need', async () => {
    const rows = await rowsOf(tickets);
    const acc = new AuditAccumulator(icg, { now });
    rows.forEach((row) => {
      acc.add(row);
    });
    const copy = AuditAccumulator.fromJSON(icg, { now }, structuredClone(acc.toJSON()));
    expect(copy.toReport()).toEqual(acc.toReport());
    const empty = AuditAccumulator.fromJSON(
      icg,
      { now },
      JSON.parse(JSON.stringify(new AuditAccumulator(icg, { now }).toJSON())),
    );
    empty.merge(acc);
    expect(empty.toReport()).toEqual(acc.toReport());
  });
});

describe('audit: bounded work per row (issue 16)', () => {
  it('answers, or rejects the row, in milliseconds for tickets in years 1 and 9999 and an audit in 9999', async () => {
    const start = performance.now();
    const rows: AuditRow[] = [];
    const report = await audit(
      policies.icg,
      [
        { id: 'old', priority: 'Urgente', reportedAt: '0001-01-01 09:00' },
        { id: 'late', priority: 'Urgente', reportedAt: '9999-12-30 09:00', respondedAt: '9999-12-30 09:10' },
      ],
      { now: '2024-12-31', onRow: (row) => void rows.push(row) },
    );
    expect(report.rows).toBe(report.evaluated + report.errors);
    // Year 1 to 2024 is more business time than any search walks: an error row saying so.
    expect(rows[0]).toMatchObject({ kind: 'error', ticketId: 'old' });
    expect(rows[0]?.kind === 'error' && rows[0].error.message).toMatch(/200 years/);
    const future = await audit(policies.icg, [{ id: 'open', priority: 'Urgente', reportedAt: '2024-03-04 09:00' }], {
      now: '9999-12-31',
    });
    expect(future.rows).toBe(1);
    expect(performance.now() - start).toBeLessThan(5_000); // took 6 s and 22 s
  });

  it('rejects a ticket reported after now: an error row, no month years ahead in the report', async () => {
    const rows: AuditRow[] = [];
    const report = await audit(
      policies.icg,
      [
        { id: 'typo', priority: 'Urgente', reportedAt: '9999-12-01 09:00' },
        { id: 'tomorrow', priority: 'Urgente', reportedAt: '2025-01-01 09:00' },
        { id: 'fine', priority: 'Urgente', reportedAt: '2024-12-30 09:00', respondedAt: '2024-12-30 09:10' },
      ],
      { now: '2024-12-31 12:00', onRow: (row) => void rows.push(row) },
    );
    expect(report).toMatchObject({ rows: 3, evaluated: 1, errors: 2 });
    expect(rows[0]).toMatchObject({ kind: 'error', ticketId: 'typo', field: 'reportedAt', value: '9999-12-01 09:00' });
    expect(rows[0]?.kind === 'error' && rows[0].error.message).toBe(
      "ticket 'typo': reportedAt: '9999-12-01 09:00' is after the instant of the audit (2024-12-31T17:00:00.000Z): the ticket was not yet reported then",
    );
    expect(report.months.map((m) => m.month)).toEqual(['2024-12', '2024-12']);
  });
});
