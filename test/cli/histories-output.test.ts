// `habil audit` on ticket histories: the table says how many cycles came from how many tickets;
// `--format csv` has the update target's columns beside response and resolution, cycles judged
// and breached for update and resolution, the ticket's next due and its logged effort. Hand-worked on ICG's hours (Mon–Fri 07:00–12:30, 13:30–17:30, Bogotá;
// 2024-03-28/29 are holidays) with the demo policy's update targets (normal 8 h, important 4 h).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { habil } from './run-habil';

const POLICY = 'examples/policies/icg-seguimiento.yaml';

function files(): { tickets: string; events: string } {
  const dir = mkdtempSync(join(tmpdir(), 'habil-csv-histories-'));
  const tickets = join(dir, 'tickets.csv');
  const events = join(dir, 'events.csv');
  writeFileSync(
    tickets,
    'caso,cliente,prioridad,fecha_creacion,horas_trabajadas\n' +
      'T-1,Beta,Normal,2024-03-05 08:00,PT3H\n' +
      'T-2,Gamma,Importante,2024-03-27 08:00,\n',
  );
  writeFileSync(
    events,
    'caso,fecha,campo,valor\n' +
      'T-1,2024-03-05 09:00,message,agent\n' +
      'T-1,2024-03-05 10:00,message,customer\n' +
      'T-1,2024-03-05 11:00,message,agent\n' +
      'T-1,2024-03-05 13:00,message,customer\n' +
      'T-1,2024-03-06 14:00,message,agent\n' +
      'T-1,2024-03-06 15:00,status,Resuelto\n' +
      'T-1,2024-03-07 08:00,status,Reabierto\n' +
      'T-1,2024-03-07 10:00,status,Resuelto\n' +
      'T-2,2024-03-27 09:00,message,customer\n',
  );
  return { tickets, events };
}

describe('habil audit --format csv with histories', () => {
  it('writes update and cycle columns, the next due and the effort logged', async () => {
    const { tickets, events } = files();
    const { code, out, err } = await habil(
      'audit',
      tickets,
      '--policy',
      POLICY,
      '--events',
      events,
      '--now',
      '2024-03-31 23:59',
      '--format',
      'csv',
    );
    expect(err).toMatch(/2 rows read: 2 evaluated, 0 rejected/);
    expect(code).toBe(0);
    const [one, two]: Record<string, string>[] = parse(out, { columns: true });
    // T-1: replies asked 10:00 (answered 11:00, met) and 13:00 (8 bh end Wed 11:00; answered
    // 14:00: breached); resolved Wed 15:00 (15.5 bh), reopened Thu 08:00, resolved 10:00 (2 bh).
    expect(one).toMatchObject({
      ticket: 'T-1',
      customer: 'Beta',
      response_status: 'met',
      response_due: '2024-03-05T12:00:00-05:00',
      response_elapsed_min: '60',
      update_status: 'breached',
      update_due: '2024-03-06T11:00:00-05:00',
      update_elapsed_min: '600',
      update_cycles: '2',
      update_breached_cycles: '1',
      resolution_status: 'met',
      resolution_due: '2024-03-08T15:30:00-05:00',
      resolution_elapsed_min: '120',
      resolution_cycles: '2',
      resolution_breached_cycles: '0',
      next_due: '',
      consumed_min: '1050',
      worked_min: '180',
    });
    // T-2: no reply to the report (2 bh: Wed 10:00) nor to the message of 09:00 (4 bh: Wed
    // 14:00); resolution runs over the Easter holidays to Monday 15:30. Next due: the earliest
    // due of the targets not completed.
    expect(two).toMatchObject({
      ticket: 'T-2',
      response_status: 'breached',
      response_due: '2024-03-27T10:00:00-05:00',
      update_status: 'breached',
      update_due: '2024-03-27T14:00:00-05:00',
      update_cycles: '1',
      update_breached_cycles: '1',
      resolution_due: '2024-04-01T15:30:00-05:00',
      resolution_elapsed_min: '510',
      resolution_cycles: '1',
      resolution_breached_cycles: '0',
      next_due: '2024-03-27T10:00:00-05:00',
      consumed_min: '',
      worked_min: '',
    });
    expect(['running', 'at-risk']).toContain(two!.resolution_status);
  });

  it('leaves update columns empty under a policy without an update target', async () => {
    const { tickets, events } = files();
    const { out } = await habil(
      'audit',
      tickets,
      '--policy',
      'icg',
      '--events',
      events,
      '--now',
      '2024-03-31 23:59',
      '--format',
      'csv',
    );
    const [one]: Record<string, string>[] = parse(out, { columns: true });
    expect(one).toMatchObject({ update_status: '', update_due: '', update_cycles: '', resolution_cycles: '2' });
  });

  it('the table says how many cycles came from how many tickets, only when some target had more', async () => {
    const { tickets, events } = files();
    const table = await habil('audit', tickets, '--policy', POLICY, '--events', events, '--now', '2024-03-31 23:59');
    // T-1: two replies awaited, two resolution cycles; T-2: one reply awaited, one cycle running.
    expect(table.out).toContain('\nhere: update 3 of 2 tickets; resolution 3 of 2 tickets\n');
    const flat = await habil('audit', tickets, '--policy', POLICY, '--now', '2024-03-31 23:59');
    expect(flat.out).toContain('n counts judged cycles');
    expect(flat.out).not.toContain('here:');
  });
});
