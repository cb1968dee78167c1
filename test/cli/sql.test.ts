// `habil sql`: the setup and the example query, run as printed on DuckDB, give evaluate()'s
// answers; option misuse is a usage error (exit 2) naming the option.

import { DuckDBInstance } from '@duckdb/node-api';
import { expect, test } from 'vitest';
import { evaluate, policies } from '../../src/index';
import { habil } from './run-habil';

const TICKETS = [
  { id: 'a', priority: 'Urgente', reportedAt: '2024-03-01T16:00:00-05:00', respondedAt: '2024-03-01T16:40:00-05:00' },
  { id: 'b', priority: 'normal', reportedAt: '2024-03-02T10:00:00-05:00' },
  { id: 'c', priority: 'IMPORTANTE', reportedAt: '2024-03-04T17:00:00-05:00', resolvedAt: '2024-03-06T09:00:00-05:00' },
];
const NOW = '2024-03-05T12:00:00-05:00';

test('the printed setup and example query run on DuckDB and equal evaluate()', async () => {
  const setup = await habil('sql', '--policy', 'icg', '--dialect', 'duckdb', '--years', '2024-2025');
  const query = await habil(
    'sql',
    '--policy',
    'icg',
    '--dialect',
    'duckdb',
    '--years',
    '2024-2025',
    '--example-query',
    '--now',
    NOW,
    '--no-pauses',
  );
  expect([setup.code, query.code, setup.err, query.err]).toEqual([0, 0, '', '']);
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  await c.run(setup.out);
  await c.run(
    'CREATE TABLE tickets (id VARCHAR, plan VARCHAR, priority VARCHAR, reported_at TIMESTAMPTZ, responded_at TIMESTAMPTZ, resolved_at TIMESTAMPTZ)',
  );
  for (const t of TICKETS) {
    const ts = (v: string | undefined) => (v === undefined ? 'NULL' : `TIMESTAMPTZ '${v}'`);
    await c.run(
      `INSERT INTO tickets VALUES ('${t.id}', NULL, '${t.priority}', ${ts(t.reportedAt)}, ${ts(t.respondedAt)}, ${ts(t.resolvedAt)})`,
    );
  }
  const rows = (
    await c.runAndReadAll(
      `SELECT id, epoch_ms(resolution_due) AS due, resolution_status AS status, resolution_elapsed_ms AS elapsed FROM (${query.out.replace(/;\s*$/, '')}) ORDER BY id`,
    )
  ).getRowObjectsJS();
  c.closeSync();
  expect(rows.map((r) => [r.id, Number(r.due), r.status, Number(r.elapsed)])).toEqual(
    TICKETS.map((t) => {
      const s = evaluate(policies.icg, t, { now: NOW }).targets.resolution!;
      return [t.id, s.due.getTime(), s.status, s.elapsed];
    }),
  );
});

test('every dialect prints a setup and a query', async () => {
  for (const dialect of ['duckdb', 'clickhouse', 'postgres', 'bigquery', 'snowflake']) {
    const setup = await habil('sql', '-p', 'websaas', '-d', dialect, '--years', '2025');
    expect(setup.out).toMatch(/habil_between/);
    const query = await habil('sql', '-p', 'websaas', '-d', dialect, '--years', '2025', '--example-query');
    expect(query.out).toMatch(/resolution_elapsed_ms/);
  }
});

test.each([
  [['--dialect', 'oracle'], /--dialect 'oracle': expected one of duckdb, clickhouse, postgres, bigquery, snowflake/],
  [['--dialect', 'duckdb', '--years', '2035-2015'], /years/],
  [['--dialect', 'duckdb', '--years', 'soon'], /--years 'soon'/],
  [['--dialect', 'duckdb', '--now', '2024-01-01'], /--now applies to --example-query/],
  [['--dialect', 'duckdb', '--schema', 'x; DROP TABLE t'], /schema/],
])('misuse %j is a usage error', async (args, message) => {
  const r = await habil('sql', '--policy', 'icg', ...args);
  expect(r.code).toBe(2);
  expect(r.err).toMatch(message);
});
