// Tickets for the render tests: a seeded, repeatable half-year of ICG help-desk traffic (every
// priority, off-hours urgent reports, deferred normal ones, pauses for the manufacturer, tickets
// still open at the audit), and a few hand-written tickets with known outcomes.

import type { Ticket } from '../../src/sla/types';
import { mulberry32 as rng } from '../../scripts/lib/prng.mjs';

const BOGOTA = -5 * 3_600_000; // no DST in Colombia

/** Wall time in Bogotá, 'YYYY-MM-DD HH:mm', as help desks export it. */
function wall(ms: number): string {
  return new Date(ms + BOGOTA).toISOString().slice(0, 16).replace('T', ' ');
}

/**
 * `count` ICG tickets reported from January to June 2024, the same for the same seed.
 *
 * @example
 * generateTickets(200).length; //=> 200
 */
export function generateTickets(count: number, seed = 7): Ticket[] {
  const random = rng(seed);
  const start = Date.parse('2024-01-02T12:00:00Z');
  const span = Date.parse('2024-06-28T23:00:00Z') - start;
  const audit = Date.parse('2024-07-01T00:00:00Z');
  const tickets: Ticket[] = [];
  for (let i = 0; i < count; i++) {
    const roll = random();
    const priority = roll < 0.2 ? 'Urgente' : roll < 0.55 ? 'Importante' : 'Normal';
    const reported = Math.floor((start + random() * span) / 60_000) * 60_000;
    const responseMinutes =
      priority === 'Urgente'
        ? 5 + random() * 80
        : priority === 'Importante'
          ? 10 + random() * 200
          : 20 + random() * 400;
    const responded = reported + Math.round(responseMinutes) * 60_000;
    const resolveHours = priority === 'Urgente' ? 0.5 + random() * 20 : 1 + random() * 72;
    const resolved = responded + Math.round(resolveHours * 60) * 60_000;
    const ticket: Ticket = {
      id: `ICG-${String(1001 + i)}`,
      priority,
      reportedAt: wall(reported),
      respondedAt: wall(responded),
    };
    if (resolved < audit && random() > 0.03) ticket.resolvedAt = wall(resolved);
    if (random() < 0.12) {
      const from = responded + Math.round(random() * 4 * 60) * 60_000;
      const to = from + Math.round((2 + random() * 40) * 60) * 60_000;
      if (ticket.resolvedAt === undefined || to < resolved)
        ticket.pauses = [{ from: wall(from), to: wall(to), reason: 'Escalado al fabricante' }];
    }
    tickets.push(ticket);
  }
  return tickets;
}

/** The audit instant for generateTickets. */
export const AUDIT_NOW = '2024-07-01 00:00';

/** Hand-written tickets, each showing one feature of a timeline. */
export const SAMPLE_TICKETS = {
  /** Urgent on a Friday afternoon: response met on 24/7, resolution breached on Monday. */
  breached: {
    id: 'T-1',
    priority: 'Urgente',
    reportedAt: '2024-03-01 16:00',
    respondedAt: '2024-03-01 16:40',
    resolvedAt: '2024-03-04 11:00',
  },
  /** Normal before a holiday (San José, Mon 25 March), paused for the manufacturer, open at `now`. */
  paused: {
    id: 'T-2',
    priority: 'Normal',
    reportedAt: '2024-03-22 15:00',
    respondedAt: '2024-03-26 09:00',
    pauses: [{ from: '2024-03-27 08:00', to: '2024-03-27 11:00', reason: 'fabricante' }],
  },
  /** Reported on a Sunday: deferred to Tuesday (Monday is a holiday), still running. */
  deferred: { id: 'T-3 <&>', priority: 'Importante', reportedAt: '2024-03-24 18:00' },
} satisfies Record<string, Ticket>;
