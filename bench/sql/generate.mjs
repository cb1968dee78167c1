// Writes the SQL benchmark's input: ICG tickets as a CSV both `habil audit` and DuckDB read
// (ISO instants in UTC with milliseconds; pauses as `|`-separated lists), into bench/data/
// (gitignored). Seeded, so every run compares the same tickets.

import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { mulberry32 } from '../../scripts/lib/prng.mjs';

const MINUTE = 60_000;
const DAY = 86_400_000;

/** Writes `count` tickets to `path`; returns the number of bytes written. */
export function generate(count, path) {
  const random = mulberry32(15);
  const between = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  const pick = (xs) => xs[Math.floor(random() * xs.length)];
  const iso = (t) => new Date(t).toISOString();
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, 'w');
  let bytes = 0;
  let buffer = 'id,priority,reportedAt,respondedAt,resolvedAt,pauses_from,pauses_to,pauses_reason\n';
  const start = Date.UTC(2022, 0, 3);
  for (let i = 1; i <= count; i++) {
    // Three years of reports, mostly in Bogotá's working hours (UTC-5), some at any hour.
    let reported = start + between(0, 3 * 365 - 1) * DAY + between(12 * 60, 22 * 60 + 29) * MINUTE + between(0, 59_999);
    if (random() < 0.15) reported += between(1, 23 * 60) * MINUTE;
    const priority = pick(['Urgente', 'Importante', 'Normal', 'Normal', 'URGENTE', 'importante']);
    const responded = random() < 0.8 ? reported + between(1, 600) * MINUTE : undefined;
    const resolved = random() < 0.6 ? (responded ?? reported) + between(10, 6 * 24 * 60) * MINUTE : undefined;
    const pauses = [];
    if (random() < 0.15) {
      let from = reported + between(10, 3 * 24 * 60) * MINUTE;
      for (let k = between(1, 2); k > 0; k--) {
        const to = from + between(5, 24 * 60) * MINUTE;
        pauses.push([iso(from), iso(to), pick(['fabricante', 'visita', 'cliente', ''])]);
        from = to + between(0, 24 * 60) * MINUTE;
      }
    }
    const cell = (j) => pauses.map((p) => p[j]).join('|');
    buffer += `T${i},${priority},${iso(reported)},${responded === undefined ? '' : iso(responded)},${resolved === undefined ? '' : iso(resolved)},${cell(0)},${cell(1)},${cell(2)}\n`;
    if (buffer.length > 1 << 20) {
      bytes += writeSync(fd, buffer);
      buffer = '';
    }
  }
  bytes += writeSync(fd, buffer);
  closeSync(fd);
  return bytes;
}
