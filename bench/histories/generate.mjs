// Writes the histories benchmark's input under /tmp: ICG tickets (caso, prioridad,
// fecha_creacion, cliente) and their event log in long format (ticket, at, kind, value), both
// sorted by ticket id, `perTicket` events each: replies, waits on the customer, a priority change,
// a resolution and now and then a reopening. Seeded: every run reads the same bytes.
//
// Usage: node bench/histories/generate.mjs [tickets] [eventsPerTicket] [dir]

import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from '../../scripts/lib/prng.mjs';

const MINUTE = 60_000;
const DAY = 86_400_000;
const local = (t) => new Date(t).toISOString().slice(0, 16).replace('T', ' ');
const CYCLE = [
  ['message', 'agent'],
  ['status', 'Esperando cliente'],
  ['message', 'customer'],
  ['status', 'Abierto'],
  ['priority', 'Importante'],
  ['message', 'agent'],
  ['status', 'Resuelto'],
  ['status', 'Reabierto'],
  ['message', 'customer'],
  ['message', 'agent'],
];

/** Writes the two files; returns their paths and sizes. */
export function generate(count, perTicket, dir = '/tmp/habil-bench-histories') {
  mkdirSync(dir, { recursive: true });
  const random = mulberry32(12);
  const between = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  const paths = { tickets: `${dir}/tickets-${count}.csv`, events: `${dir}/events-${count}x${perTicket}.csv` };
  const files = { tickets: openSync(paths.tickets, 'w'), events: openSync(paths.events, 'w') };
  const buffers = { tickets: 'caso,prioridad,fecha_creacion,cliente\n', events: 'ticket,at,kind,value\n' };
  const bytes = { tickets: 0, events: 0 };
  const flush = (name) => {
    bytes[name] += writeSync(files[name], buffers[name]);
    buffers[name] = '';
  };
  const start = Date.UTC(2023, 0, 2, 12);
  for (let i = 1; i <= count; i++) {
    const id = String(i); // whole numbers, in ascending order: the log is sorted by ticket
    let at = start + between(0, 700) * DAY + between(0, 9 * 60) * MINUTE;
    buffers.tickets += `${id},Normal,${local(at)},Cliente ${i % 50}\n`;
    for (let e = 0; e < perTicket; e++) {
      at += between(5, 600) * MINUTE;
      const [kind, value] = CYCLE[e % CYCLE.length];
      buffers.events += `${id},${local(at)},${kind},${value}\n`;
    }
    if (buffers.events.length > 1 << 20) flush('events');
    if (buffers.tickets.length > 1 << 20) flush('tickets');
  }
  flush('events');
  flush('tickets');
  closeSync(files.tickets);
  closeSync(files.events);
  return { paths, bytes };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { paths, bytes } = generate(
    Number(process.argv[2] ?? 1_000_000),
    Number(process.argv[3] ?? 10),
    process.argv[4],
  );
  console.log(
    `wrote ${paths.tickets} (${(bytes.tickets / 1e6).toFixed(1)} MB), ${paths.events} (${(bytes.events / 1e6).toFixed(1)} MB)`,
  );
}
