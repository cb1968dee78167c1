// bench/histories.mjs — ticket histories, run by `npm run bench:audit` after the audit stages.
// Needs a build (it runs dist/). Two goals of issue 12:
//
//   events    a ticket with 50 events evaluates within 5x a plain ticket (the same ticket
//             with its history flattened to explicit instants): the ratio is printed
//   log       auditing 1,000,000 tickets joined to an event log of 10,000,000 rows (sorted by
//             ticket: the streaming merge) keeps peak RSS under 300 MB; tickets/s printed
//
// The input is generated under /tmp (bench/histories/generate.mjs), never in the repository.
// Options: --quick (20,000 tickets x 10 events: CI's smoke run), --count N, --per N.
// BENCH_STRICT=1 exits 1 when a goal fails.

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './histories/generate.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
};
const quick = argv.includes('--quick');
const COUNT = option('--count', quick ? 20_000 : 1_000_000);
const PER = option('--per', 10);
if (!existsSync(resolve(here, '../dist/node.js'))) {
  console.error('bench/histories.mjs needs a build: run `npm run build` first (npm run bench:audit does).');
  process.exit(2);
}
const { evaluate, policies } = await import(new URL('../dist/index.js', import.meta.url));
const goals = [];

// --- 50 events against a plain ticket ---
const MINUTE = 60_000;
const reportedAt = Date.UTC(2024, 2, 4, 13); // Monday 08:00 in Bogotá
const events = [];
let at = reportedAt;
for (let i = 0; i < 50; i++) {
  at += 37 * MINUTE;
  const step = i % 5;
  events.push(
    step === 0
      ? { at, message: 'customer' }
      : step === 1
        ? { at, message: 'agent' }
        : step === 2
          ? { at, status: 'Esperando cliente' }
          : step === 3
            ? { at, status: 'Abierto' }
            : { at, priority: i % 2 ? 'Importante' : 'Normal' },
  );
}
const plain = { id: 'P', priority: 'Normal', reportedAt, respondedAt: reportedAt + 2 * 37 * MINUTE };
const history = { id: 'H', priority: 'Normal', reportedAt, events };
const now = { now: at + 60 * MINUTE };
/** Per-call time of each ticket: runs interleaved (a shared machine slows both alike), the fastest kept. */
function perCall(...tickets) {
  const time = (ticket, n) => {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) evaluate(policies.icg, ticket, now);
    return (performance.now() - t0) / n;
  };
  for (const ticket of tickets) time(ticket, 3_000); // warm-up
  const best = tickets.map(() => Infinity);
  for (let run = 0; run < 9; run++) {
    for (const [i, ticket] of tickets.entries()) best[i] = Math.min(best[i], time(ticket, 2_000));
  }
  return best;
}
const [plainMs, historyMs] = perCall(plain, history);
const ratio = historyMs / plainMs;
console.log(
  `events    plain ${(plainMs * 1000).toFixed(1)} µs, 50 events ${(historyMs * 1000).toFixed(1)} µs per evaluate: ${ratio.toFixed(2)}x`,
);
goals.push(['a ticket with 50 events within 5x a plain ticket', ratio <= 5, `${ratio.toFixed(2)}x`]);

// --- an event log of COUNT x PER rows ---
const t0 = performance.now();
const { paths, bytes } = generate(COUNT, PER);
console.log(
  `generated ${COUNT.toLocaleString('en-US')} tickets (${(bytes.tickets / 1e6).toFixed(1)} MB) and ${(COUNT * PER).toLocaleString('en-US')} events (${(bytes.events / 1e6).toFixed(1)} MB) in ${((performance.now() - t0) / 1000).toFixed(1)} s under /tmp`,
);
const workers = availableParallelism();
const out = execFileSync(
  process.execPath,
  [resolve(here, 'histories/measure.mjs'), paths.tickets, paths.events, String(workers)],
  { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
);
const r = JSON.parse(out.trim().split('\n').at(-1));
console.log(
  `log       ${r.seconds.toFixed(1)} s, ${r.cpuSeconds.toFixed(1)} s CPU, ${Math.round(COUNT / r.seconds).toLocaleString('en-US')} tickets/s (${Math.round((COUNT * PER) / r.seconds).toLocaleString('en-US')} events/s), ${Math.round(r.maxRssMB)} MB peak RSS, ${workers} workers; ${r.rows} rows: ${r.evaluated} evaluated, ${r.errors} rejected`,
);
goals.push([
  `every one of ${COUNT} tickets comes out`,
  r.rows === COUNT && r.evaluated + r.errors === r.rows,
  `${r.rows} rows`,
]);
if (COUNT >= 1_000_000) goals.push(['peak RSS under 300 MB', r.maxRssMB < 300, `${Math.round(r.maxRssMB)} MB`]);

let failed = false;
for (const [goal, ok, figure] of goals) {
  console.log(`${ok ? 'PASS' : 'FAIL'}  ${goal}: ${figure}`);
  failed ||= !ok;
}
if (failed && process.env.BENCH_STRICT === '1') process.exit(1);
