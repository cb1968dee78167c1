// Compiled SQL on DuckDB equals evaluate() on seeded random tickets of every built-in policy.

import { afterAll, beforeAll, expect, test } from 'vitest';
import { differential, perCase } from './support/differential';
import { duckdbEngine, type Engine } from './support/engines';

const PER_CASE = perCase('HABIL_SQL_TICKETS', 10_000);
let engine: Engine;
beforeAll(async () => {
  engine = await duckdbEngine();
});
afterAll(async () => engine.close());

test(`DuckDB: ${PER_CASE} tickets per built-in policy, at two instants, equal evaluate()`, async () => {
  const r = await differential(engine, PER_CASE, 1);
  console.log(
    `duckdb: ${r.rows} rows for ${r.tickets} ticket evaluations in ${r.seconds.toFixed(1)} s, ${r.differences.length} differences`,
  );
  expect(r.differences.slice(0, 10)).toEqual([]);
  expect(r.rows).toBe(r.tickets);
}, 600_000);

test(`DuckDB without a pauses table: ${Math.ceil(PER_CASE / 5)} tickets per built-in policy equal evaluate()`, async () => {
  const r = await differential(engine, Math.ceil(PER_CASE / 5), 7, { pauses: false });
  expect(r.differences.slice(0, 10)).toEqual([]);
  expect(r.rows).toBe(r.tickets);
}, 600_000);
