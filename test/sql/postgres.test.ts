// Compiled SQL on PostgreSQL (Debian's server, a throwaway cluster on a Unix socket) equals
// evaluate() on seeded random tickets of every built-in policy. .ci/run installs postgresql.

import { afterAll, beforeAll, expect, test } from 'vitest';
import { differential, perCase } from './support/differential';
import { type Engine, postgresEngine } from './support/engines';
import { postgresBin } from './support/postgres';

const PER_CASE = perCase('HABIL_SQL_PG_TICKETS', 4_000);
// A developer machine without the server skips (and says so); CI (CI set) installs it and fails without it.
const missing = postgresBin() === undefined && !process.env.CI;
if (missing)
  console.warn('test/sql/postgres.test.ts: PostgreSQL is not installed (apt-get install postgresql): skipped');
let engine: Engine;
beforeAll(async () => {
  if (!missing) engine = await postgresEngine();
});
afterAll(async () => engine?.close());

test.skipIf(missing)(
  `PostgreSQL: ${PER_CASE} tickets per built-in policy, at two instants, equal audit()`,
  async () => {
    const r = await differential(engine, PER_CASE, 3);
    console.log(
      `postgres: ${r.rows} rows for ${r.tickets} ticket evaluations (${r.errors} refused as reported after now) in ${r.seconds.toFixed(1)} s, ${r.differences.length} differences`,
    );
    expect(r.differences.slice(0, 10)).toEqual([]);
    expect(r.rows).toBe(r.tickets);
    // Tickets reported after a now were refused as the audit refuses them, the rest judged.
    expect(r.errors).toBeGreaterThan(0);
    expect(r.evaluated).toBeGreaterThan(r.errors);
  },
  900_000,
);
