// bench/sql.mjs — `npm run bench:sql`: the compiled SQL in DuckDB against `habil audit` on the
// same 1,000,000 ICG tickets (bench/sql/generate.mjs), with the same answers. Needs a build
// (it runs dist/).
//
//   audit   `habil audit FILE --policy icg --now NOW --format ndjson --workers THREADS`: every
//           ticket's SLA, read, evaluated and written; tickets/s over wall time, and its CPU time
//   load    DuckDB reading the same CSV into tickets and pauses tables (reported, not compared)
//   query   the ticket query of `toSql(policies.icg, { dialect: 'duckdb' })` into a table, DuckDB
//           set to THREADS threads; tickets/s over wall time, and its CPU time (the setup, under
//           a second, is reported apart)
// Both get the same threads (--threads, default one per core). On a loaded machine wall time
// depends on the neighbours (and DuckDB's threads then spend CPU waiting on each other), so the
// CPU seconds each spent, their ratio and the load average are printed too.
//   compare the audit's NDJSON read back into DuckDB and joined to the query's rows: every due,
//           elapsed and status must be equal (the count of differences is printed)
//
// Options: --count N (default 1,000,000), --quick (20,000 tickets: the CI smoke run, no speed
// goal), --threads N, --regenerate. Exit 1 when any answer differs; BENCH_STRICT=1 also when the query is
// under 10× the audit's tickets/s.

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { generate } from './sql/generate.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : fallback;
};
const QUICK = argv.includes('--quick');
const COUNT = Number(option('--count', QUICK ? 20_000 : 1_000_000));
const CSV = resolve(here, `data/sql-${COUNT}.csv`);
const NDJSON = resolve(here, `data/sql-${COUNT}.audit.ndjson`);
// Inside the generated reports (2022-01-03 to 2025-01-02): open tickets, running and paused
// targets, and the month of tickets reported after now, which both refuse (an error row each).
const NOW = '2024-12-01T12:00:00-05:00';

if (!existsSync(resolve(here, '../dist/sql.js'))) {
  console.error('bench:sql needs a build: run `npm run build` first (npm run bench:sql does).');
  process.exit(2);
}
const { toSql } = await import('../dist/sql.js');
const { policies } = await import('../dist/index.js');

if (argv.includes('--regenerate') || !existsSync(CSV)) generate(COUNT, CSV);
console.log(
  `habil sql benchmark: ${COUNT.toLocaleString('en-US')} ICG tickets, ${(statSync(CSV).size / 1e6).toFixed(1)} MB CSV, node ${process.version}`,
);

const seconds = (t0) => (performance.now() - t0) / 1000;
const CORES = availableParallelism();
const THREADS = Number(option('--threads', CORES));
// CPU seconds of this process's threads (DuckDB runs in it) and of its waited-for children (the audit).
const cpu = () => (({ user, system }) => (user + system) / 1e6)(process.cpuUsage());
const childCpu = () => {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  return (Number(fields[13]) + Number(fields[14])) / 100; // cutime + cstime, in clock ticks (USER_HZ = 100)
};
const load = () => loadavg()[0].toFixed(1);
const rate = (s) => Math.round(COUNT / s).toLocaleString('en-US');

console.log(`${CORES} cores, ${THREADS} threads each; load average ${load()} before the audit`);
let t0 = performance.now();
const child0 = childCpu();
execFileSync(
  process.execPath,
  [
    resolve(here, '../dist/cli.js'),
    'audit',
    CSV,
    '--policy',
    'icg',
    '--now',
    NOW,
    '--format',
    'ndjson',
    '--out',
    NDJSON,
    '--workers',
    String(THREADS),
  ],
  { stdio: ['ignore', 'ignore', 'inherit'] },
);
const audit = seconds(t0);
const auditCpu = childCpu() - child0;
console.log(
  `audit  ${audit.toFixed(2)} s  ${rate(audit)} tickets/s  (habil audit --format ndjson --workers ${THREADS}; ${auditCpu.toFixed(1)} CPU-s)`,
);

const db = await DuckDBInstance.create(':memory:');
const c = await db.connect();
await c.run(`SET threads = ${THREADS}`);
const sql = toSql(policies.icg, { dialect: 'duckdb', years: [2021, 2026] });
t0 = performance.now();
await c.run(sql.text);
console.log(`setup  ${seconds(t0).toFixed(2)} s  (habil tables and macros, years 2021-2026)`);

t0 = performance.now();
const ts = (column) => `CAST(NULLIF(${column}, '') AS TIMESTAMPTZ)`;
await c.run(`CREATE TABLE raw AS SELECT * FROM read_csv('${CSV}', header = true, all_varchar = true)`);
await c.run(
  `CREATE TABLE tickets AS SELECT id, NULL::VARCHAR AS plan, priority, ${ts('reportedAt')} AS reported_at, ${ts('respondedAt')} AS responded_at, ${ts('resolvedAt')} AS resolved_at FROM raw`,
);
await c.run(`CREATE TABLE pauses AS SELECT id AS ticket_id, ${ts('f')} AS from_at, ${ts('t')} AS to_at, NULLIF(r, '') AS reason
  FROM (SELECT id, unnest(string_split(pauses_from, '|')) AS f, unnest(string_split(pauses_to, '|')) AS t, unnest(string_split(COALESCE(pauses_reason, ''), '|')) AS r FROM raw WHERE pauses_from IS NOT NULL)`);
const loadTime = seconds(t0);
console.log(`load   ${loadTime.toFixed(2)} s  (DuckDB reading the CSV into tickets and pauses)`);

console.log(`load average ${load()} before the query`);
t0 = performance.now();
const cpu0 = cpu();
await c.run(`CREATE TABLE result AS ${sql.query({ now: NOW }).replace(/;\s*$/, '')}`);
const query = seconds(t0);
const queryCpu = cpu() - cpu0;
console.log(
  `query  ${query.toFixed(2)} s  ${rate(query)} tickets/s  (${THREADS} DuckDB threads; ${queryCpu.toFixed(1)} CPU-s)`,
);
console.log(
  `ratio  ${(audit / query).toFixed(1)}× the audit's tickets/s by wall time (with DuckDB's CSV load: ${(audit / (query + loadTime)).toFixed(1)}×), ${(auditCpu / queryCpu).toFixed(1)}× by CPU time`,
);

const ms = (x) => `epoch_ms(CAST(${x} AS TIMESTAMPTZ))`;
// Evaluated rows: every due, elapsed and status equal. Error rows (tickets reported after now):
// the query's row has an error and no targets. Rows = evaluated + errors on both sides.
const targetsDiffer = ['r', 's']
  .map((k, i) => {
    const p = ['response', 'resolution'][i];
    return `${ms(`${k}.due`)} IS DISTINCT FROM epoch_ms(x.${p}_due) OR ${k}.status IS DISTINCT FROM x.${p}_status OR CAST(${k}.elapsed AS BIGINT) IS DISTINCT FROM x.${p}_elapsed_ms`;
  })
  .join(' OR ');
const refusedDiffers = `x.error IS NULL OR a.field IS DISTINCT FROM 'reportedAt' OR ${['response', 'resolution'].map((p) => `x.${p}_due IS NOT NULL OR x.${p}_status IS NOT NULL`).join(' OR ')}`;
const reader =
  await c.runAndReadAll(`WITH a AS (SELECT kind, COALESCE(sla.ticketId, ticketId) AS id, field, sla.targets.response AS r, sla.targets.resolution AS s FROM read_ndjson('${NDJSON}', maximum_object_size = 1048576, union_by_name = true))
SELECT count(*) AS compared, count(*) FILTER (WHERE kind = 'error') AS refused,
  count(*) FILTER (WHERE CASE WHEN kind = 'evaluated' THEN x.error IS NOT NULL OR ${targetsDiffer} ELSE ${refusedDiffers} END) AS differences,
  (SELECT count(*) FROM result) AS rows, (SELECT count(*) FROM result WHERE error IS NOT NULL) AS errors
FROM a JOIN result x ON x.id = a.id`);
const [row] = reader.getRowObjectsJS();
const compared = Number(row.compared);
const differences = Number(row.differences);
const accounted = Number(row.rows) === COUNT && Number(row.errors) === Number(row.refused);
console.log(
  `compare ${compared.toLocaleString('en-US')} tickets (${Number(row.refused).toLocaleString('en-US')} reported after now, refused by the audit), ${differences} differences (query: ${Number(row.rows).toLocaleString('en-US')} rows, ${Number(row.errors).toLocaleString('en-US')} errors)`,
);
c.closeSync();

const fast = audit / query >= 10;
const same = differences === 0 && compared === COUNT && accounted;
console.log(`${same ? 'PASS' : 'FAIL'} same answers and row accounting for every ticket`);
if (!QUICK)
  console.log(`${fast ? 'PASS' : 'FAIL'} query >= 10x the audit's tickets/s (${(audit / query).toFixed(1)}x)`);
if (!same || (process.env.BENCH_STRICT === '1' && !QUICK && !fast)) process.exit(1);
