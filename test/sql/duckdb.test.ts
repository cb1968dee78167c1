// Compiled SQL on DuckDB equals evaluate() on seeded random tickets of every built-in policy.

import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { differential, perCase } from './support/differential';
import { duckdbEngine, type Engine, withCsvFiles } from './support/engines';

const PER_CASE = perCase('HABIL_SQL_TICKETS', 10_000);
let engine: Engine;
beforeAll(async () => {
  engine = await duckdbEngine();
});
afterAll(async () => engine.close());

test(`DuckDB: ${PER_CASE} tickets per built-in policy, at two instants, equal audit()`, async () => {
  const r = await differential(engine, PER_CASE, 1);
  console.log(
    `duckdb: ${r.rows} rows for ${r.tickets} ticket evaluations (${r.errors} refused as reported after now) in ${r.seconds.toFixed(1)} s, ${r.differences.length} differences`,
  );
  expect(r.differences.slice(0, 10)).toEqual([]);
  expect(r.rows).toBe(r.tickets);
  // Tickets reported after a now were refused as the audit refuses them, the rest judged.
  expect(r.errors).toBeGreaterThan(0);
  expect(r.evaluated).toBeGreaterThan(r.errors);
}, 600_000);

test(`DuckDB without a pauses table: ${Math.ceil(PER_CASE / 5)} tickets per built-in policy equal audit()`, async () => {
  const r = await differential(engine, Math.ceil(PER_CASE / 5), 7, { pauses: false });
  expect(r.differences.slice(0, 10)).toEqual([]);
  expect(r.rows).toBe(r.tickets);
}, 600_000);

test('a load leaves nothing in the temp directory, whether it succeeds or throws', async () => {
  const csv = { tickets: 'id,plan,priority,rep,resp,res\n', pauses: 'ticket_id,pf,pt,reason\n' };
  const dirs: string[] = [];
  await withCsvFiles(csv, async (files) => {
    dirs.push(dirname(files.tickets));
    expect(existsSync(files.pauses)).toBe(true);
  });
  await expect(
    withCsvFiles(csv, async (files) => {
      dirs.push(dirname(files.tickets));
      throw new Error('load failed');
    }),
  ).rejects.toThrow('load failed');
  expect(dirs.filter((dir) => existsSync(dir))).toEqual([]);
});
