#!/usr/bin/env node
// The warehouse paths' throughput, on seeded ICG tickets (bench/udf/rows.mjs):
//
// - `habil udf` (dist/cli.js): rows/s of one process fed TSV, then JSON lines, through a pipe,
//   answering five columns per row, as ClickHouse's executable_pool drives it;
// - the JavaScript UDF bundle (dist/habil.udf.lite.js, in node:vm): µs per row of habil.evaluate
//   returning the whole result, of habil.evaluate with `fields`, and of bare evaluate() for
//   reference (the `fields` goal: at most 2x bare evaluate).
//
// Usage: npm run build && node bench/udf.mjs [rows]   (default 1,000,000; 200,000 for the bundle)

import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { BENCH_NOW, benchTickets } from './udf/rows.mjs';

const root = join(import.meta.dirname, '..');
const rows = Number(process.argv[2] ?? 1_000_000);
const tickets = benchTickets(rows);
const INPUT = ['id', 'priority', 'reportedAt', 'respondedAt', 'resolvedAt'];
const OUTPUT = ['response.due', 'response.status', 'resolution.due', 'resolution.status', 'error'];
const FIELDS = ['response.status', 'resolution.due', 'resolution.status'];

async function processRate(format) {
  const text = tickets
    .map((t) => (format === 'tsv' ? INPUT.map((k) => t[k] ?? '\\N').join('\t') : JSON.stringify(t)))
    .join('\n');
  const args = ['udf', '--policy', 'icg', '--now', BENCH_NOW, '--format', format];
  const child = spawn(
    process.execPath,
    [join(root, 'dist/cli.js'), ...args, '--input', INPUT.join(','), '--output', OUTPUT.join(',')],
    {
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  let lines = 0;
  child.stdout.on('data', (chunk) => {
    for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lines++;
  });
  const started = performance.now();
  child.stdin.end(`${text}\n`);
  await new Promise((resolve) => child.on('close', resolve));
  const seconds = (performance.now() - started) / 1000;
  if (lines !== rows) throw new Error(`${format}: ${lines} answers for ${rows} rows`);
  console.log(
    `habil udf --format ${format.padEnd(5)} ${rows} rows in ${seconds.toFixed(2)} s: ${Math.round(rows / seconds).toLocaleString('en')} rows/s`,
  );
}

function perRow(label, n, fn) {
  for (let i = 0; i < Math.min(n, 20_000); i++) fn(i); // warm up
  const started = performance.now();
  for (let i = 0; i < n; i++) fn(i);
  const us = ((performance.now() - started) * 1000) / n;
  console.log(`${label.padEnd(44)} ${us.toFixed(2)} µs/row`);
  return us;
}

async function bundleCosts() {
  const n = Math.min(rows, 200_000);
  const context = vm.createContext({});
  vm.runInContext(readFileSync(join(root, 'dist/habil.udf.lite.js'), 'utf8'), context);
  const { habil } = context;
  const { evaluate, policies } = await import(join(root, 'dist/index.js'));
  const texts = tickets.slice(0, n).map((t) => JSON.stringify(t));
  const objects = tickets.slice(0, n).map((t) => Object.fromEntries(Object.entries(t).filter(([, v]) => v !== null)));
  const options = JSON.stringify({ fields: FIELDS });
  const bare = perRow('evaluate() in Node (bare, for reference)', n, (i) =>
    evaluate(policies.icg, objects[i], { now: BENCH_NOW }),
  );
  const whole = perRow('habil.evaluate(), whole result as JSON', n, (i) => habil.evaluate('icg', texts[i], BENCH_NOW));
  const fields = perRow(`habil.evaluate(), fields ${FIELDS.join(',')}`, n, (i) =>
    habil.evaluate('icg', texts[i], BENCH_NOW, options),
  );
  console.log(
    `fields path / bare evaluate: ${(fields / bare).toFixed(2)}x (whole result: ${(whole / bare).toFixed(2)}x)`,
  );
}

await processRate('tsv');
await processRate('jsonl');
await bundleCosts();
