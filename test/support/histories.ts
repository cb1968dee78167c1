// Seeded random tickets with histories on the ICG charter, written as JSON with nested events
// or as a tickets CSV plus a long event log (ticket, at, kind, value): the two forms of one
// export, for the differential tests of the event log join.
import type { Ticket, TicketEvent } from '../../src/sla/types';
import { prng } from './export-fuzz';

const STATUSES = ['Abierto', 'Esperando cliente', 'En espera del fabricante', 'Resuelto', 'Reabierto', 'Cerrado'];
const PRIORITIES = ['Urgente', 'Importante', 'Normal'];
const CUSTOMERS = ['Acme', 'Beta', 'Cafetería Aroma'];

/** `count` tickets with ids T-0001... in order, each with up to `maxEvents` events in time order. */
export function randomHistories(seed: number, count: number, maxEvents = 8): Ticket[] {
  const random = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const tickets: Ticket[] = [];
  for (let i = 1; i <= count; i++) {
    const reported = Date.UTC(2024, 2, 1, 12) + Math.floor(random() * 40 * 24 * 60) * 60_000;
    let at = reported;
    const events: TicketEvent[] = [];
    const n = Math.floor(random() * (maxEvents + 1));
    for (let e = 0; e < n; e++) {
      at += (1 + Math.floor(random() * 26 * 60)) * 60_000; // distinct instants: a shuffled log keeps the answer
      const local = localIso(at);
      const roll = random();
      if (roll < 0.5) events.push({ at: local, status: pick(STATUSES) });
      else if (roll < 0.65) events.push({ at: local, priority: pick(PRIORITIES) });
      else events.push({ at: local, message: random() < 0.5 ? 'customer' : 'agent' });
    }
    const ticket: Ticket = {
      id: `T-${String(i).padStart(4, '0')}`,
      priority: pick(PRIORITIES),
      reportedAt: localIso(reported),
    };
    if (random() < 0.7) ticket.customer = pick(CUSTOMERS);
    if (events.length > 0) ticket.events = events;
    tickets.push(ticket);
  }
  return tickets;
}

/** Bogotá wall time (UTC-5 all year) as 'YYYY-MM-DD HH:MM'. */
function localIso(ms: number): string {
  return new Date(ms - 5 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

/** The tickets as a CSV without their events, and the events as a long log in the order given. */
export function asLog(tickets: readonly Ticket[], order: (rows: string[][]) => string[][] = (rows) => rows) {
  const csv = ['caso,prioridad,fecha_creacion,cliente'];
  for (const t of tickets) csv.push([t.id, t.priority, t.reportedAt, t.customer ?? ''].join(','));
  const rows: string[][] = [];
  for (const t of tickets) {
    for (const e of t.events ?? []) {
      const [kind, value] =
        'status' in e ? ['status', e.status] : 'priority' in e ? ['priority', e.priority] : ['message', e.message];
      rows.push([t.id!, String(e.at), kind, value]);
    }
  }
  return {
    tickets: `${csv.join('\n')}\n`,
    events: `ticket,at,kind,value\n${order(rows)
      .map((r) => r.join(','))
      .join('\n')}\n`,
  };
}

/** A seeded shuffle. */
export function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const random = prng(seed);
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
