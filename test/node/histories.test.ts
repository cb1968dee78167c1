// Histories in files: events nested in JSON and NDJSON tickets (their instants read like the
// ticket's own), customer and worked columns, and a history evaluate() cannot use as an error row.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTickets } from '../../src/node/index';
import { policies } from '../../src/policy';
import { evaluate } from '../../src/sla/evaluate';
import type { TicketRecord } from '../../src/sla/audit';

const dir = mkdtempSync(join(tmpdir(), 'habil-histories-'));
async function read(name: string, text: string, dateFormat?: string): Promise<TicketRecord[]> {
  const path = join(dir, name);
  writeFileSync(path, text);
  const out: TicketRecord[] = [];
  for await (const r of readTickets(path, dateFormat ? { dateFormat } : {})) out.push(r);
  return out;
}

describe('histories in files', () => {
  it('reads events nested in NDJSON tickets, with customer and worked', async () => {
    const line = {
      Caso: 'N-1',
      Prioridad: 'Normal',
      Creado: '2024-03-08 15:00',
      Empresa: 'Tiendas Aurora',
      tiempo_trabajado: 'PT1H30M',
      eventos: [
        { at: '2024-03-11 09:00', status: 'Abierto' },
        { at: '2024-03-08 16:00', status: 'Esperando cliente' },
        { at: '2024-03-08 15:30', message: 'agent' },
      ],
    };
    const [record] = await read('t.ndjson', `${JSON.stringify(line)}\n`);
    if (!record || !('ticket' in record)) throw new Error('expected a ticket');
    expect(record.ticket).toMatchObject({ id: 'N-1', customer: 'Tiendas Aurora', worked: 'PT1H30M' });
    const sla = evaluate(policies.icg, record.ticket, { now: '2024-03-09 10:00' });
    expect(sla.targets.resolution).toMatchObject({ status: 'paused', elapsed: 3_600_000 });
    expect(sla.targets.response).toMatchObject({ status: 'met', elapsed: 1_800_000 });
  });

  it('reads event instants in the file’s date format, like the ticket’s', async () => {
    const tickets = [
      {
        id: 'J-1',
        priority: 'urgent',
        reportedAt: '04/03/2024 08:00',
        events: [{ at: '04/03/2024 11:00', status: 'Resuelto' }],
      },
    ];
    const [record] = await read('t.json', JSON.stringify(tickets), 'dd/MM/yyyy HH:mm');
    if (!record || !('ticket' in record)) throw new Error('expected a ticket');
    const sla = evaluate(policies.icg, record.ticket, { now: '2024-03-05 00:00' });
    expect(sla.targets.resolution).toMatchObject({ status: 'met', elapsed: 3 * 3_600_000 });
  });

  it('a history that cannot be used is an error naming the event, never a silent answer', async () => {
    const tickets = [
      { id: 'J-2', priority: 'urgent', reportedAt: '2024-03-04 08:00', events: [{ at: 'ayer', status: 'x' }] },
    ];
    const [record] = await read('bad.json', JSON.stringify(tickets));
    if (!record || !('ticket' in record)) throw new Error('expected a ticket');
    expect(() => evaluate(policies.icg, record.ticket, { now: '2024-03-05 00:00' })).toThrow(/events\[0\]\.at/);
  });
});
