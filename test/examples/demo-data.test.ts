// The README demo's data (examples/data/): the generator reproduces the committed files byte for
// byte, and the histories hold what the demo is meant to show: ICG's status vocabulary,
// reopenings, priority changes, customer/agent messages judged by the update target, several
// customers with logged effort, mostly business-hours events, and eight rows broken on purpose,
// each rejected naming its line. `npm run demo` audits exactly these files.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { loadPolicy } from '../../src/node/policy-file';
import { readTickets } from '../../src/node/read-tickets';
import { audit } from '../../src/sla/audit';
import type { AuditRow } from '../../src/sla/report';

const DATA = 'examples/data';
const FILES = ['icg-tickets.csv', 'icg-history-tickets.csv', 'icg-history-events.csv'];
const TICKETS = `${DATA}/icg-history-tickets.csv`;
const EVENTS = `${DATA}/icg-history-events.csv`;
const POLICY = 'examples/policies/icg-seguimiento.yaml';
const NOW = '2024-12-31T23:59:59-05:00';

const rowsOf = (path: string): Record<string, string>[] =>
  parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), { delimiter: ';', columns: true, relax_column_count: true });

describe('examples/data: the demo data', () => {
  it('is what examples/data/generate.mjs writes, byte for byte', () => {
    const dir = mkdtempSync(join(tmpdir(), 'habil-demo-data-'));
    execFileSync(process.execPath, [`${DATA}/generate.mjs`, dir], { stdio: 'pipe', timeout: 60_000 });
    for (const file of FILES)
      expect(readFileSync(join(dir, file)).equals(readFileSync(join(DATA, file))), file).toBe(true);
  });

  it('npm run demo audits the histories with their event log under the demo policy', () => {
    const { demo } = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>;
    for (const part of [TICKETS, `--events ${EVENTS}`, `--policy ${POLICY}`, `--now ${NOW}`])
      expect(demo).toContain(part);
  });

  it('logs histories in ICG vocabulary: statuses, reopenings, priority changes, messages, mostly in business hours', () => {
    const events = rowsOf(EVENTS);
    const count = (campo: string, valor: string) => events.filter((e) => e.campo === campo && e.valor === valor).length;
    for (const status of [
      'Nuevo',
      'En proceso',
      'Esperando cliente',
      'Escalado al fabricante',
      'Visita en sitio',
      'Resuelto',
    ])
      expect(count('estado', status), status).toBeGreaterThan(5);
    expect(count('estado', 'Reabierto')).toBeGreaterThanOrEqual(20);
    expect(count('prioridad', 'Urgente')).toBeGreaterThanOrEqual(10);
    expect(count('mensaje', 'cliente')).toBeGreaterThan(500);
    expect(count('mensaje', 'agente')).toBeGreaterThan(count('mensaje', 'cliente'));
    // Sorted by ticket, so the join holds one ticket's events at a time.
    const ids = events.map((e) => e.caso!);
    expect(ids).toEqual([...ids].sort());
    const hours = events.map((e) => Number(e.fecha!.slice(11, 13)));
    const offHours = hours.filter((h) => h < 7 || h >= 18).length / hours.length;
    expect(offHours).toBeGreaterThan(0.01);
    expect(offHours).toBeLessThan(0.1);
  });

  it('audits to cycles, update compliance and hours per customer; eight rows rejected, each naming its line', async () => {
    const rows: AuditRow[] = [];
    const report = await audit(await loadPolicy(POLICY), readTickets(TICKETS, { events: EVENTS }), {
      now: NOW,
      onRow: (row) => rows.push(row),
    });
    expect(report).toMatchObject({ rows: 1001, evaluated: 993, errors: 8 });
    const rejected = rows.filter((r): r is Extract<AuditRow, { kind: 'error' }> => r.kind === 'error');
    expect(rejected.map((r) => [r.line, r.eventLine ?? null, r.column ?? null])).toEqual([
      [152, null, 'prioridad'],
      [249, null, 'fecha_creacion'],
      [346, null, 'tiempo_trabajado'],
      [443, expect.any(Number), 'valor'],
      [540, expect.any(Number), 'fecha'],
      [637, expect.any(Number), 'valor'],
      [734, expect.any(Number), 'fecha'],
      [expect.any(Number), null, 'caso'],
    ]);
    expect(rejected.at(-1)).toMatchObject({ source: 'events', ticketId: 'ICG-24-1001' });
    for (const priority of ['urgent', 'important', 'normal']) {
      const stat = (target: string) => report.targets.find((t) => t.priority === priority && t.target === target)!;
      expect(stat('update').count).toBeGreaterThan(stat('update').tickets);
      expect(stat('update').breached).toBeGreaterThan(0);
      expect(stat('resolution').count).toBeGreaterThan(stat('resolution').tickets);
    }
    const customers = new Set(report.customers.map((c) => c.customer));
    expect(customers.size).toBeGreaterThanOrEqual(10);
    expect(report.customers.filter((c) => (c.worked ?? 0) > 0).length).toBeGreaterThan(100);
  });
});
