// bench/audit.mjs — `npm run bench:audit`: auditing 1,000,000 tickets end to end. Needs a build
// (it runs dist/). Writes the input once with a seeded generator (bench/audit/generate.mjs, into
// bench/data/, which git ignores), then measures each stage in a fresh process
// (bench/audit/measure.mjs) so that every peak RSS is that stage's own:
//
//   bare      csv-parse merely reading the file: the yardstick
//   read      habil's readTickets (csv-parse + column mapping)
//   evaluate  readTickets + evaluate() per ticket, no report
//   one       audit() on one thread, end to end
//   fixed     the same with ICG's zone as the fixed offset UTC-05:00 (same answers: Bogotá has no
//             DST), which shows the time spent looking up UTC offsets
//   workers   auditFile() over worker threads (one per CPU)
//   cli       `habil audit --format json` with its default threads
//
// Prints tickets/s, peak RSS and the ratio of each stage's time to the bare parse, then a
// PASS/FAIL line per goal (audit ≤ 3× the bare parse; peak RSS < 300 MB at 1,000,000 tickets;
// every row read comes out, evaluated or rejected).
// The machines are shared and noisy: ratios and CPU seconds say more than wall seconds.
//
// Options: --count N (default 1,000,000), --stages a,b,c, --regenerate, --json FILE (default
// bench/data/audit-last-run.json). BENCH_STRICT=1 exits 1 when a goal fails.

import { execFileSync } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './audit/generate.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : fallback;
};
const COUNT = Number(option('--count', 1_000_000));
const STAGES = option('--stages', 'bare,read,evaluate,one,fixed,workers,cli').split(',');
const CSV = resolve(here, `data/audit-${COUNT}.csv`);
const JSON_OUT = resolve(option('--json', resolve(here, 'data/audit-last-run.json')));
const NOW = '2025-01-01T00:00:00-05:00';
const WORKERS = availableParallelism();

if (!existsSync(resolve(here, '../dist/cli.js'))) {
  console.error('bench:audit needs a build: run `npm run build` first (npm run bench:audit does).');
  process.exit(2);
}
if (argv.includes('--regenerate') || !existsSync(CSV)) {
  const t0 = performance.now();
  const bytes = generate(COUNT, CSV);
  console.log(
    `generated ${COUNT.toLocaleString('en-US')} tickets, ${(bytes / 1e6).toFixed(1)} MB, in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
}

console.log(
  `habil audit benchmark: ${COUNT.toLocaleString('en-US')} tickets, ${(statSync(CSV).size / 1e6).toFixed(1)} MB CSV, ${WORKERS} CPUs, node ${process.version}`,
);
const results = {};
for (const stage of STAGES) {
  const out = execFileSync(process.execPath, [resolve(here, 'audit/measure.mjs'), stage, CSV, NOW, String(WORKERS)], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  results[stage] = JSON.parse(out.trim().split('\n').at(-1));
  const r = results[stage];
  const ratio = results.bare ? `${(r.seconds / results.bare.seconds).toFixed(1)}× bare` : '';
  const cpuRatio = results.bare ? `${(r.cpuSeconds / results.bare.cpuSeconds).toFixed(1)}× bare CPU` : '';
  console.log(
    `${stage.padEnd(9)} ${r.seconds.toFixed(1).padStart(7)} s  ${r.cpuSeconds.toFixed(1).padStart(7)} s CPU  ${Math.round(
      COUNT / r.seconds,
    )
      .toLocaleString('en-US')
      .padStart(
        10,
      )} tickets/s  ${Math.round(r.maxRssMB).toString().padStart(4)} MB peak RSS  ${ratio.padStart(10)}  ${cpuRatio}`,
  );
}

const perTicket = (stage) => (results[stage] ? (results[stage].cpuSeconds * 1e6) / COUNT : undefined);
if (results.read && results.evaluate && results.one) {
  console.log('\nCPU µs per ticket, by stage:');
  console.log(`  csv-parse alone            ${perTicket('bare')?.toFixed(1)}`);
  console.log(`  readTickets (mapping)      +${(perTicket('read') - perTicket('bare')).toFixed(1)}`);
  console.log(`  evaluate()                 +${(perTicket('evaluate') - perTicket('read')).toFixed(1)}`);
  console.log(`  report accumulation        +${(perTicket('one') - perTicket('evaluate')).toFixed(1)}`);
  if (results.fixed)
    console.log(
      `  UTC offset lookups (luxon) ${(perTicket('one') - perTicket('fixed')).toFixed(1)} of the ${perTicket('one').toFixed(1)} total (one vs fixed)`,
    );
}

const best = ['workers', 'one', 'cli']
  .filter((s) => results[s])
  .sort((a, b) => results[a].seconds - results[b].seconds)[0];
const goals = [];
if (best && results.bare) {
  const ratio = results[best].seconds / results.bare.seconds;
  goals.push({ goal: `audit ≤ 3× the bare parse (best: ${best}, ${ratio.toFixed(1)}×)`, pass: ratio <= 3 });
}
const counted = Object.entries(results).filter(([, r]) => r.rows !== null);
goals.push({
  goal: `every row accounted for (${counted.map(([s, r]) => `${s} ${r.rows.toLocaleString('en-US')}`).join(', ')})`,
  pass: counted.every(([, r]) => r.rows === COUNT),
});
const peak = Math.max(
  ...Object.entries(results)
    .filter(([s]) => s !== 'bare')
    .map(([, r]) => r.maxRssMB),
);
if (Number.isFinite(peak))
  goals.push({ goal: `peak RSS < 300 MB (worst stage: ${Math.round(peak)} MB)`, pass: peak < 300 });
console.log('');
for (const g of goals) console.log(`${g.pass ? 'PASS' : 'FAIL'}  ${g.goal}`);

writeFileSync(
  JSON_OUT,
  JSON.stringify(
    { date: new Date().toISOString(), count: COUNT, cpus: WORKERS, node: process.version, results, goals },
    null,
    2,
  ),
);
console.log(`\nfigures written to ${JSON_OUT}`);
if (process.env.BENCH_STRICT === '1' && goals.some((g) => !g.pass)) process.exit(1);
