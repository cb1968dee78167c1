// Compiled SQL on ClickHouse (chdb, ClickHouse 26 embedded) equals evaluate() on seeded random
// tickets of every built-in policy.

import { afterAll, beforeAll, expect, test } from 'vitest';
import { differential, perCase } from './support/differential';
import { chdbEngine, type Engine } from './support/engines';

const PER_CASE = perCase('HABIL_SQL_CH_TICKETS', 4_000);
let engine: Engine;
beforeAll(async () => {
  engine = await chdbEngine();
});
afterAll(async () => engine?.close());

test(`ClickHouse: ${PER_CASE} tickets per built-in policy, at two instants, equal audit()`, async () => {
  const r = await differential(engine, PER_CASE, 2);
  console.log(
    `clickhouse: ${r.rows} rows for ${r.tickets} ticket evaluations (${r.errors} refused as reported after now) in ${r.seconds.toFixed(1)} s, ${r.differences.length} differences`,
  );
  expect(r.differences.slice(0, 10)).toEqual([]);
  expect(r.rows).toBe(r.tickets);
  // Tickets reported after a now were refused as the audit refuses them, the rest judged.
  expect(r.errors).toBeGreaterThan(0);
  expect(r.evaluated).toBeGreaterThan(r.errors);
}, 900_000);
