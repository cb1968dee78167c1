// Seeded ICG tickets for the UDF benchmarks, as rows a warehouse would send: id, priority,
// reported, responded and resolved instants (Bogotá wall times, NULL where not yet), mostly on
// weekdays in business hours, over three years.

import { mulberry32 } from '../../scripts/lib/prng.mjs';

const MINUTE = 60_000;
const DAY = 86_400_000;
const local = (t) => new Date(t).toISOString().slice(0, 16).replace('T', ' ');
const PRIORITIES = ['Urgente', 'Importante', 'Importante', 'Normal', 'Normal', 'Normal'];

/** `count` tickets as { id, priority, reportedAt, respondedAt, resolvedAt } (null = not yet). */
export function benchTickets(count) {
  const random = mulberry32(150_000);
  const between = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  const start = Date.UTC(2022, 0, 3);
  const tickets = [];
  for (let i = 1; i <= count; i++) {
    let reported = start + between(0, 3 * 365 - 1) * DAY + between(7 * 60, 17 * 60 + 29) * MINUTE;
    if (random() < 0.1) reported += between(6, 14) * 60 * MINUTE;
    const open = random() < 0.05;
    tickets.push({
      id: `T-${i}`,
      priority: PRIORITIES[between(0, PRIORITIES.length - 1)],
      reportedAt: local(reported),
      respondedAt: open && random() < 0.5 ? null : local(reported + between(5, 300) * MINUTE),
      resolvedAt: open ? null : local(reported + between(60, 5 * 24 * 60) * MINUTE),
    });
  }
  return tickets;
}

export const BENCH_NOW = '2025-01-01T00:00:00Z';
