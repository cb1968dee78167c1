// The SQL functions habil_between, habil_add, habil_next_open and habil_is_open equal the
// Calendar's between, add, nextOpen and isOpen, on every engine, for calendars compiled alone
// (toSql(calendar)): a Bogotá business calendar with holidays, a Madrid one with overnight
// windows across both DST changes, and 24/7. Instants are drawn by fast-check near window
// edges (exactly on them, a millisecond either side) and anywhere.

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Calendar } from '../../src/index';
import { clickhouse } from '../../src/sql/dialects/clickhouse';
import { duckdb } from '../../src/sql/dialects/duckdb';
import { postgres } from '../../src/sql/dialects/postgres';
import type { Dialect } from '../../src/sql/dialect';
import { toSql } from '../../src/sql/index';
import { chdbEngine, duckdbEngine, type Engine, postgresEngine } from './support/engines';
import { postgresBin } from './support/postgres';

const H = 3_600_000;
const CALENDARS: Record<string, Calendar> = {
  bogota: Calendar.from({
    zone: 'America/Bogota',
    hours: {
      mon: ['07:00-12:30', '13:30-17:30'],
      tue: ['07:00-12:30', '13:30-17:30'],
      wed: ['07:00-12:30', '13:30-17:30'],
      thu: ['07:00-12:30', '13:30-17:30'],
      fri: ['07:00-12:30', '13:30-17:30'],
    },
    holidays: [{ country: 'CO' }],
  }),
  madrid: Calendar.from({
    zone: 'Europe/Madrid',
    hours: {
      mon: ['09:00-14:00', '22:00-06:00'],
      wed: ['00:00-24:00'],
      fri: ['02:00-03:30', '15:00-19:00'],
      sat: ['22:00-02:00'],
    },
    holidays: ['2025-03-31', { date: '2025-10-27', hours: ['10:00-12:00'] }],
  }),
  always: Calendar.from({ zone: 'UTC', hours: '24/7' }),
};
const FROM = Date.UTC(2025, 0, 1);
const TO = Date.UTC(2026, 0, 1);

interface Case {
  cal: string;
  a: number;
  b: number;
  ms: number;
}

function cases(count: number, seed: number): Case[] {
  const edges = Object.fromEntries(
    Object.entries(CALENDARS).map(([name, cal]) => [
      name,
      [...cal.windows(FROM + 30 * 24 * H, TO - 30 * 24 * H)].flatMap((w) => [w.start.getTime(), w.end.getTime()]),
    ]),
  );
  const instant = (cal: string) =>
    fc.oneof(
      fc.integer({ min: FROM + 30 * 24 * H, max: TO - 30 * 24 * H }),
      fc.tuple(fc.constantFrom(...edges[cal]!), fc.constantFrom(-1, 0, 1)).map(([t, d]) => t + d),
    );
  const arb = fc.constantFrom(...Object.keys(CALENDARS)).chain((cal) =>
    fc.record({
      cal: fc.constant(cal),
      a: instant(cal),
      b: instant(cal),
      ms: fc.oneof(fc.integer({ min: -100 * H, max: 100 * H }), fc.constantFrom(0, 1, -1, 4 * H, -4 * H, 5.5 * H)),
    }),
  );
  return fc.sample(arb, { numRuns: count, seed });
}

function query(d: Dialect, rows: readonly Case[]): string {
  const values = rows.map((r, i) => `(${i}, '${r.cal}', ${r.a}, ${r.b}, ${r.ms})`).join(',\n');
  const ts = (x: string) => d.ts(x);
  return `SELECT i, habil_between(cal, ${ts('a')}, ${ts('b')}) AS between_ms, ${d.ms(`habil_add(cal, ${ts('a')}, ms)`)} AS added,
  ${d.ms(`habil_next_open(cal, ${ts('a')})`)} AS next_open, CASE WHEN habil_is_open(cal, ${ts('a')}) THEN 1 ELSE 0 END AS is_open
FROM (SELECT * FROM (VALUES ${values}) v (i, cal, a, b, ms)) inputs ORDER BY i`;
}

const ENGINES: [string, () => Promise<Engine>, Dialect, boolean][] = [
  ['DuckDB', duckdbEngine, duckdb, true],
  ['ClickHouse', chdbEngine, clickhouse, true],
  ['PostgreSQL', postgresEngine, postgres, postgresBin() !== undefined || !!process.env.CI],
];

describe.each(ENGINES)('%s', (_name, start, dialect, available) => {
  let engine: Engine;
  beforeAll(async () => {
    if (!available) return;
    engine = await start();
    await engine.exec(toSql(CALENDARS, { dialect: dialect.id, years: [2025, 2025] }).statements);
  }, 300_000);
  afterAll(async () => engine?.close());

  test.skipIf(!available)(
    'habil_between, habil_add, habil_next_open, habil_is_open equal the Calendar',
    async () => {
      const rows = cases(600, 15);
      const got = await engine.rows(
        dialect.id === 'clickhouse'
          ? query(dialect, rows)
              .replace(
                'FROM (SELECT * FROM (VALUES',
                "FROM (SELECT * FROM values('i Int64, cal String, a Int64, b Int64, ms Int64',",
              )
              .replace(') v (i, cal, a, b, ms)) inputs', ')) inputs')
          : query(dialect, rows),
      );
      const wrong = rows.flatMap((r, i) => {
        const cal = CALENDARS[r.cal]!;
        const want = [
          cal.between(r.a, r.b),
          cal.add(r.a, r.ms).getTime(),
          cal.nextOpen(r.a).getTime(),
          cal.isOpen(r.a) ? 1 : 0,
        ];
        const g = got[i]!;
        const have = [Number(g.between_ms), Number(g.added), Number(g.next_open), Number(g.is_open)];
        return want.every((w, k) => w === have[k]) ? [] : [`${JSON.stringify(r)}: sql ${have} calendar ${want}`];
      });
      expect(got.length).toBe(rows.length);
      expect(wrong.slice(0, 5)).toEqual([]);
    },
    300_000,
  );
});
