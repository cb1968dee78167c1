#!/usr/bin/env node
// The warehouse paths' throughput, on seeded ICG tickets (bench/udf/rows.mjs):
//
// - `habil udf` (dist/cli.js): rows/s of one process fed TSV, then JSON lines, through a pipe,
//   answering five columns per row, as ClickHouse's executable_pool drives it;
// - the JavaScript UDF bundle (dist/habil.udf.lite.js, as a plain script in this realm and in
//   node:vm): CPU µs per row of habil.evaluate returning the whole result and with `fields`, and
//   of bare evaluate() for reference (the `fields` goal: at most 2x bare evaluate).
//
// Usage: npm run build && node bench/udf.mjs [rows]   (default 1,000,000; 100,000 for the bundle)

import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { BENCH_NOW, benchTickets } from './udf/rows.mjs';

const root = join(import.meta.dirname, '..');
const rows = Number(process.argv[2] ?? 1_000_000);
const tickets = benchTickets(rows);
const INPUT = ['id', 'priority', 'reportedAt', 'respondedAt', 'resolvedAt'];
const OUTPUT = ['response.due', 'response.status', 'resolution.due', 'resolution.status', 'error'];
const FIELDS = ['response.status', 'resolution.due', 'resolution.status'];

/**
 * One `habil udf` process over every row through a pipe: wall-clock rows/s, and rows per CPU
 * second of the process (from /usr/bin/time, when there is one: the figure a core of its own
 * would give on a shared machine), its start included; then CPU µs a row against bare
 * evaluate(). With no rows: what starting a process costs.
 */
async function processRate(format, bare, count = rows) {
  const text = tickets
    .slice(0, count)
    .map((t) => (format === 'tsv' ? INPUT.map((k) => t[k] ?? '\\N').join('\t') : JSON.stringify(t)))
    .join('\n');
  const command = [join(root, 'dist/cli.js'), 'udf', '--policy', 'icg', '--now', BENCH_NOW, '--format', format];
  command.push('--input', INPUT.join(','), '--output', OUTPUT.join(','));
  const timed = existsSync('/usr/bin/time');
  const child = timed
    ? spawn('/usr/bin/time', ['-f', 'cpu %U %S', process.execPath, ...command], { stdio: ['pipe', 'pipe', 'pipe'] })
    : spawn(process.execPath, command, { stdio: ['pipe', 'pipe', 'inherit'] });
  let lines = 0;
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lines++;
  });
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  const started = performance.now();
  child.stdin.end(count === 0 ? '' : `${text}\n`);
  await new Promise((resolve) => child.on('close', resolve));
  const seconds = (performance.now() - started) / 1000;
  if (lines !== count) throw new Error(`${format}: ${lines} answers for ${count} rows\n${stderr}`);
  const cpu = /cpu ([\d.]+) ([\d.]+)/.exec(stderr);
  const cpuSeconds = cpu ? Number(cpu[1]) + Number(cpu[2]) : undefined;
  const cpuText = cpuSeconds === undefined ? '' : `${cpuSeconds.toFixed(2)} s CPU`;
  if (count === 0)
    return console.log(`habil udf, no rows (the process's start): ${seconds.toFixed(2)} s wall, ${cpuText}`);
  const rate = (s) => Math.round(count / s).toLocaleString('en');
  console.log(
    `habil udf --format ${format.padEnd(5)} ${count} rows: ${rate(seconds)} rows/s wall` +
      (cpuSeconds ? `, ${rate(cpuSeconds)} rows per CPU second (${cpuText})` : ''),
  );
  if (cpuSeconds) {
    const perRow = (cpuSeconds * 1e6) / count;
    console.log(`  ${perRow.toFixed(2)} µs CPU a row, start included: ${(perRow / bare).toFixed(2)}x bare evaluate`);
  }
}

/** CPU µs per row of `fn` over n rows, the best of three runs after a warm-up (the machine is shared). */
function perRow(label, n, fn) {
  for (let i = 0; i < Math.min(n, 20_000); i++) fn(i);
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 3; run++) {
    const started = process.cpuUsage();
    for (let i = 0; i < n; i++) fn(i);
    const used = process.cpuUsage(started);
    best = Math.min(best, (used.user + used.system) / n);
  }
  console.log(`${label.padEnd(58)} ${best.toFixed(2)} µs/row`);
  return best;
}

/** dist/habil.udf.lite.js loaded as a warehouse loads it: in node:vm, or as a plain script in this realm. */
function loadBundle(where) {
  const text = readFileSync(join(root, 'dist/habil.udf.lite.js'), 'utf8');
  if (where === 'main realm') {
    vm.runInThisContext(text);
    return globalThis.habil;
  }
  const context = vm.createContext({});
  vm.runInContext(text, context);
  return context.habil;
}

const n = Math.min(rows, 100_000);

/** CPU µs a row of evaluate() called directly in Node: the reference of every ratio. */
async function bareCost() {
  const { evaluate, policies } = await import(join(root, 'dist/index.js'));
  const objects = tickets.slice(0, n).map((t) => Object.fromEntries(Object.entries(t).filter(([, v]) => v !== null)));
  return perRow('evaluate() in Node (bare, for reference)', n, (i) =>
    evaluate(policies.icg, objects[i], { now: BENCH_NOW }),
  );
}

async function bundleCosts(bare) {
  const texts = tickets.slice(0, n).map((t) => JSON.stringify(t));
  const options = JSON.stringify({ fields: FIELDS });
  for (const where of ['main realm', 'node:vm']) {
    const habil = loadBundle(where);
    const whole = perRow(`lite, ${where}: habil.evaluate(), whole result`, n, (i) =>
      habil.evaluate('icg', texts[i], BENCH_NOW),
    );
    const fields = perRow(`lite, ${where}: habil.evaluate(), fields (3)`, n, (i) =>
      habil.evaluate('icg', texts[i], BENCH_NOW, options),
    );
    console.log(
      `  ${where}: fields / bare evaluate ${(fields / bare).toFixed(2)}x, whole result ${(whole / bare).toFixed(2)}x`,
    );
  }
}

const bare = await bareCost();
await processRate('tsv', bare, 0);
await processRate('tsv', bare);
await processRate('jsonl', bare);
await bundleCosts(bare);
