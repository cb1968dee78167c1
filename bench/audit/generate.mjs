// Writes the audit benchmark's input: 1,000,000 ICG tickets as a Spanish Excel CSV export
// (`;`, Spanish column names, local Bogotá times without an offset, a few pauses, a few
// malformed rows), into bench/data/ (gitignored). Seeded, so every run audits the same bytes.
//
// Usage: node bench/audit/generate.mjs [count] [path]

import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from '../../scripts/lib/prng.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_PATH = `${here}/../data/audit-1000000.csv`;
export const DEFAULT_COUNT = 1_000_000;

const MINUTE = 60_000;
const DAY = 86_400_000;
const local = (t) => new Date(t).toISOString().slice(0, 16).replace('T', ' ');

/** Writes `count` tickets to `path`; returns the number of bytes written. */
export function generate(count = DEFAULT_COUNT, path = DEFAULT_PATH) {
  const random = mulberry32(1_000_000);
  const between = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  const labels = ['Urgente', 'Importante', 'Importante', 'Normal', 'Normal', 'Normal', 'Alta', 'Media'];
  const channels = ['Chat', 'Correo electrónico', 'Teléfono'];
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, 'w');
  let bytes = 0;
  let buffer =
    '\ufeffcaso;canal;prioridad;asunto;fecha_creacion;fecha_respuesta;fecha_solucion;pausa_desde;pausa_hasta;motivo_pausa\r\n';
  const flush = () => {
    bytes += writeSync(fd, buffer);
    buffer = '';
  };
  const start = Date.UTC(2022, 0, 3);
  for (let i = 1; i <= count; i++) {
    // Three years of reports, mostly on weekdays between 07:00 and 17:30.
    let reported = start + between(0, 3 * 365 - 1) * DAY + between(7 * 60, 17 * 60 + 29) * MINUTE;
    if (random() < 0.1) reported += between(6, 14) * 60 * MINUTE;
    const responded = reported + between(5, 300) * MINUTE;
    const resolved = responded + between(30, 5 * 24 * 60) * MINUTE;
    const paused = random() < 0.03;
    const open = random() < 0.02;
    let row = `ICG-${i};${channels[i % 3]};${labels[between(0, labels.length - 1)]};Caso ${i % 997};${local(reported)};${local(responded)};${open ? '' : local(resolved)};`;
    row += paused
      ? `${local(responded + 30 * MINUTE)};${local(responded + 150 * MINUTE)};Escalado al fabricante`
      : ';;';
    if (i % 10_000 === 0) row = `ICG-${i};Chat;Crítico;Caso;${local(reported)};;;;;`; // an unknown priority
    if (i % 25_000 === 0) row = `ICG-${i};Chat;Normal;Caso;31/02/2024 10:00;;;;;`; // a date that cannot be read
    buffer += `${row}\r\n`;
    if (buffer.length > 1 << 20) flush();
  }
  flush();
  closeSync(fd);
  return bytes;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const count = Number(process.argv[2] ?? DEFAULT_COUNT);
  const path = process.argv[3] ?? DEFAULT_PATH;
  const bytes = generate(count, path);
  console.log(`wrote ${count.toLocaleString('en-US')} tickets (${(bytes / 1e6).toFixed(1)} MB) to ${path}`);
}
