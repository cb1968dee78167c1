// Event logs joined to ticket files: each ticket takes its events, every unreadable event row is
// an error naming its line, rows no ticket takes are errors of their own, and the answer is the
// same whether the log is sorted (a streaming merge) or not (an index), nested or long, on one
// thread or several.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HabilError } from '../../src/errors';
import { compareIds } from '../../src/node/event-log';
import { readTickets } from '../../src/node/index';
import { policies } from '../../src/policy';
import { audit, type TicketRecord } from '../../src/sla/audit';
import type { AuditRow } from '../../src/sla/report';
import { habil } from '../cli/run-habil';
import { loadDist } from '../support/dist';
import { asLog, randomHistories, shuffled } from '../support/histories';

const dir = mkdtempSync(join(tmpdir(), 'habil-event-log-'));
let files = 0;
function file(name: string, text: string): string {
  const path = join(dir, `${files++}-${name}`);
  writeFileSync(path, text);
  return path;
}
async function records(tickets: string, options: Parameters<typeof readTickets>[1]): Promise<TicketRecord[]> {
  const out: TicketRecord[] = [];
  for await (const r of readTickets(tickets, options)) out.push(r);
  return out;
}
const now = '2024-03-31 23:59';

const TICKETS = `caso,prioridad,fecha_creacion,cliente
R-1,urgent,2024-03-04 08:00,Acme
R-2,normal,2024-03-05 08:00,Beta
R-3,normal,2024-03-06 08:00,Beta
`;
const EVENTS = `ticket,at,kind,value
R-1,2024-03-04 08:20,message,agent
R-1,2024-03-04 11:00,status,Resuelto
R-1,2024-03-04 14:00,estado,Reabierto
R-1,2024-03-04 16:00,status,Resuelto
R-2,2024-03-05 09:00,status,Esperando cliente
R-2,2024-03-05 10:00,status,Perdido
R-9,2024-03-05 10:00,status,Resuelto
`;

describe('event logs', () => {
  it('joins each ticket its events; an event evaluate refuses names its log line and column', async () => {
    const rows: AuditRow[] = [];
    const tickets = readTickets(file('t.csv', TICKETS), { events: file('e.csv', EVENTS) });
    const report = await audit(policies.icg, tickets, { now, onRow: (row) => rows.push(row) });
    const [r1, r2, r3, orphan] = rows;
    expect(r1).toMatchObject({ kind: 'evaluated', line: 2 });
    expect(r1?.kind === 'evaluated' && r1.sla.targets.resolution?.cycles).toHaveLength(2);
    expect(r2).toMatchObject({ kind: 'error', line: 3, ticketId: 'R-2', eventLine: 7, column: 'value' });
    expect(r2?.kind === 'error' && r2.error.message).toMatch(/Perdido/);
    expect(r3).toMatchObject({ kind: 'evaluated', line: 4 });
    expect(r3?.kind === 'evaluated' && r3.ticket.events).toBeUndefined();
    expect(orphan).toMatchObject({ kind: 'error', source: 'events', line: 8, ticketId: 'R-9', column: 'ticket' });
    expect(report).toMatchObject({ rows: 4, evaluated: 2, errors: 2 });
    expect(report.firstErrors.map((e) => [e.line, e.source, e.eventLine])).toEqual([
      [3, undefined, 7],
      [8, 'events', undefined],
    ]);
  });

  it('an unreadable event row makes its ticket an error naming the line; one naming no ticket is an error itself', async () => {
    const events = `ticket,at,kind,value
R-1,04/03/2024 10:00,status,Resuelto
R-1,2024-03-04 11:00,nota,hola
,2024-03-04 11:00,status,Resuelto
R-2,2024-03-05 11:00,message,sistema
`;
    const out = await records(file('t.csv', TICKETS), { events: file('e.csv', events) });
    expect(out.map((r) => ('error' in r ? [r.line, r.ticketId, r.eventLine, r.source, r.column] : [r.line]))).toEqual([
      [4, undefined, undefined, 'events', 'ticket'], // read while R-1's rows were gathered
      [2, 'R-1', 2, undefined, 'at'],
      [3, 'R-2', 5, undefined, 'value'],
      [4],
    ]);
    const r1 = out[1]!;
    expect('error' in r1 && r1.error.message).toMatch(/event log line 2: .*ISO 8601.*\(also lines 3\)/);
  });

  it('reads dates with the tickets’ date format, and columns by name or by the events map', async () => {
    const tickets = 'caso;prioridad;fecha_creacion\nA;normal;04/03/2024 08:00\n';
    const events = 'Issue;Cuándo;Campo;Nuevo\nA;04/03/2024 09:00;Estado;Resuelto\n';
    const [record] = await records(file('t.csv', tickets), {
      dateFormat: 'dd/MM/yyyy HH:mm',
      events: file('e.csv', events),
      eventsMap: { Issue: 'ticket', Cuándo: 'at', Nuevo: 'value' },
    });
    expect(record).toMatchObject({ ticket: { events: [{ at: '2024-03-04T09:00:00.000', status: 'Resuelto' }] } });
    await expect(records(file('t.csv', tickets), { events: file('e.csv', events) })).rejects.toThrow(
      /no column of the event log holds the event's ticket/,
    );
    await expect(records(file('t.csv', tickets), { events: join(dir, 'missing.csv') })).rejects.toThrow(HabilError);
  });

  it('orders ids as sorted exports do: whole numbers by value first, then the rest by code unit', () => {
    const ids = ['T-9', '10', 'T-10', '9', 'a', '007'];
    expect([...ids].sort(compareIds)).toEqual(['9', '10', '007', 'T-10', 'T-9', 'a']);
  });

  it('nested in JSON or as a long log, sorted or not, tickets in order or not: the same audit', async () => {
    for (const seed of [1, 2, 3]) {
      const tickets = randomHistories(seed, 150);
      const nested = await audit(policies.icg, readTickets(file('n.json', JSON.stringify(tickets))), {
        now,
        worst: 1000,
      });
      expect(nested.evaluated + nested.errors).toBe(150);
      const sorted = asLog(tickets);
      const unsorted = asLog(tickets, (rows) => shuffled(rows, seed));
      const cases = [
        [sorted.tickets, sorted.events],
        [sorted.tickets, unsorted.events],
        [shuffledLines(sorted.tickets, seed), sorted.events],
        [duplicated(sorted.tickets), sorted.events],
      ] as const;
      for (const [i, [t, e]] of cases.entries()) {
        const report = await audit(policies.icg, readTickets(file('t.csv', t), { events: file('e.csv', e) }), {
          now,
          worst: 1000,
        });
        expect(report.rows).toBe(report.evaluated + report.errors);
        if (i < 3) expect(strip(report)).toEqual(strip(nested));
        else expect(report.evaluated + report.errors).toBe(nested.rows + 1); // the repeated row takes the same events
      }
      // A ticket missing from the file, the others out of order: its events are one error row, reported once.
      const withEvents = tickets.findIndex((t) => t.events !== undefined && String(t.reportedAt) < now); // judged, not refused
      const lines = sorted.tickets.trimEnd().split('\n');
      lines.splice(withEvents + 1, 1);
      const report = await audit(
        policies.icg,
        readTickets(file('t.csv', shuffledLines(`${lines.join('\n')}\n`, seed)), {
          events: file('e.csv', sorted.events),
        }),
        { now },
      );
      expect(report).toMatchObject({ rows: 150, evaluated: 149 - nested.errors, errors: 1 + nested.errors });
      expect(report.firstErrors.filter((e) => e.source === 'events').map((e) => e.ticketId)).toEqual([
        tickets[withEvents]!.id,
      ]);
    }
  });

  it('over worker threads: the report of one thread', { timeout: 240_000 }, async () => {
    // Workers run dist/audit-worker.js: the built package, as users run it.
    const { index, node } = await loadDist();
    const tickets = randomHistories(7, 400);
    const log = asLog(tickets);
    const [t, e] = [file('t.csv', log.tickets), file('e.csv', log.events)];
    const one = await node.auditFile(t, index.policies.icg, { now, events: e, workers: 1 });
    const many = await node.auditFile(t, index.policies.icg, { now, events: e, workers: 2, batchSize: 25 });
    expect(many).toEqual(one);
    expect(one.evaluated).toBeGreaterThan(200);
  });

  it('habil audit --events prints the report with per-customer hours', async () => {
    const { code, out } = await habil(
      'audit',
      file('t.csv', TICKETS),
      '--policy',
      'icg',
      '--events',
      file('e.csv', EVENTS),
      '--now',
      '2024-03-31T23:59:00-05:00',
    );
    expect(code).toBe(0);
    expect(out).toMatch(/4 rows read: 2 evaluated, 2 rejected/);
    expect(out).toMatch(/line 3 · events line 7 · ticket R-2/);
    expect(out).toMatch(/events line 8 · ticket R-9/);
    expect(out).toMatch(/Support hours per customer/);
    const missing = await habil('audit', file('t.csv', TICKETS), '--policy', 'icg', '--events', join(dir, 'none.csv'));
    expect(missing.code).toBe(2);
  });
});

/**
 * The report without what depends on where a row sits (lines, messages pointing at a JSON key or
 * a log line): kept worst breaches and rejected rows compare as sets of tickets.
 */
function strip(report: Awaited<ReturnType<typeof audit>>) {
  const { firstErrors, targets, ...rest } = report;
  const ids = (xs: { ticketId?: string; cycle?: number }[]) => xs.map((x) => `${x.ticketId}#${x.cycle}`).sort();
  return {
    ...rest,
    targets: targets.map(({ worst, ...t }) => ({ ...t, worst: ids(worst) })),
    firstErrors: ids(firstErrors),
  };
}

function shuffledLines(csv: string, seed: number): string {
  const [header, ...lines] = csv.trimEnd().split('\n');
  return `${[header, ...shuffled(lines, seed)].join('\n')}\n`;
}

function duplicated(csv: string): string {
  const lines = csv.trimEnd().split('\n');
  return `${[...lines, lines[1]].join('\n')}\n`;
}
