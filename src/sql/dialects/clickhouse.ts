// ClickHouse: MergeTree tables, each lookup table loaded into a hashed dictionary, and SQL
// user-defined functions (lambdas) reading them with dictGet; instants are DateTime64(3, 'UTC').
// LEFT JOINs must yield NULL for no match, hence the query's join_use_nulls setting.

import type { Column, Dialect, LookupBodies, SqlType, TableNames, Widths } from '../dialect';
import { ACCENTED, UNACCENTED } from '../dialect';
import { DAY_MS } from '../tables';

const TYPES: Record<SqlType, string> = { int: 'Int64', text: 'String', ts: "DateTime64(3, 'UTC')", bool: 'Bool' };

const string = (value: string) => `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;

export const clickhouse: Dialect = {
  id: 'clickhouse',
  type: (type) => TYPES[type],
  ms: (ts) => `toUnixTimestamp64Milli(toDateTime64(${ts}, 3))`,
  ts: (ms) => `fromUnixTimestamp64Milli(${ms}, 'UTC')`,
  // NULL operands compute as 0 / 0 underneath their null mask: a checked cast keeps that NaN from failing.
  floorDiv: (x, n) => `accurateCastOrNull(floor(${x} / ${n}), 'Int64')`,
  nameKey: (x) =>
    `lowerUTF8(translateUTF8(replaceRegexpAll(trimBoth(${x}), '\\\\s+', ' '), '${ACCENTED}', '${UNACCENTED}'))`,
  now: 'now64(3)',
  string,
  createTable: (name, columns, key) => [
    `CREATE OR REPLACE TABLE ${name} (${columns.map(column).join(', ')}) ENGINE = MergeTree ORDER BY (${key.join(', ')})`,
  ],
  createFunction: (fn) =>
    `CREATE OR REPLACE FUNCTION ${fn.name} AS (${fn.params.map((p) => p.name).join(', ')}) -> ${fn.body}`,
  lookups,
  framesBeforeCurrent: true,
  querySuffix: '\nSETTINGS join_use_nulls = 1',
};

function column(c: Column): string {
  return `${c.name} ${c.nullable ? `Nullable(${TYPES[c.type]})` : TYPES[c.type]}`;
}

/** A dictionary over a habil table, keyed like the table. */
function dictionary(table: string, columns: readonly string[], key: readonly string[]): string {
  const [db, name] = table.includes('.') ? table.split('.', 2) : [undefined, table];
  const types = columns.map((c) => `${c} ${c === 'cal' ? 'String' : 'Int64'}`).join(', ');
  const source = `${db === undefined ? '' : `DB ${string(db)} `}TABLE ${string(name!)}`;
  return `CREATE OR REPLACE DICTIONARY ${table}_dict (${types}) PRIMARY KEY ${key.join(', ')} SOURCE(CLICKHOUSE(${source})) LIFETIME(0) LAYOUT(COMPLEX_KEY_HASHED())`;
}

function lookups(tables: TableNames, widths: Widths): { before: string[]; bodies: LookupBodies } {
  const n = (w: number, f: (k: number) => string) => Array.from({ length: w }, (_, i) => f(i + 1));
  const dayColumns = ['cal', 'day', 'f0', ...n(widths.days, (k) => `s${k},e${k}`).flatMap((x) => x.split(','))];
  const reachColumns = ['cal', 'bucket', ...n(widths.reach, (k) => `c${k},s${k},l${k}`).flatMap((x) => x.split(','))];
  const days = string(`${tables.days}_dict`);
  const reach = string(`${tables.reach}_dict`);
  const cals = string(`${tables.calendars}_dict`);
  const dayKey = `tuple(assumeNotNull(cal_name), assumeNotNull(toInt64(floor(t / ${DAY_MS}))))`;
  const day = (col: string) => `dictGet(${days}, '${col}', ${dayKey})`;
  const bucketKey = `tuple(assumeNotNull(cal_name), assumeNotNull(toInt64(floor(v / dictGet(${cals}, 'bucket_ms', tuple(assumeNotNull(cal_name)))))))`;
  const r = (col: string) => `dictGet(${reach}, '${col}', ${bucketKey})`;
  const guard = (x: string, dict: string, key: string, body: string) =>
    `if(isNull(cal_name) OR isNull(${x}) OR NOT dictHas(${dict}, ${key}), NULL, ${body})`;
  const pick = (cmp: (k: number) => string) =>
    `multiIf(${n(widths.reach, (k) => `${cmp(k)}, ${r(`s${k}`)} + v - ${r(`c${k}`)}`).join(', ')}, NULL)`;
  return {
    before: [
      dictionary(tables.calendars, ['cal', 'bucket_ms'], ['cal']),
      dictionary(tables.days, dayColumns, ['cal', 'day']),
      dictionary(tables.reach, reachColumns, ['cal', 'bucket']),
    ],
    bodies: {
      openBefore: guard(
        't',
        days,
        dayKey,
        `${day('f0')} + ${n(widths.days, (k) => `greatest(0, least(t, ${day(`e${k}`)}) - ${day(`s${k}`)})`).join(' + ')}`,
      ),
      isOpen: guard(
        't',
        days,
        dayKey,
        `if(${n(widths.days, (k) => `(${day(`s${k}`)} <= t AND t < ${day(`e${k}`)})`).join(' OR ')}, 1, 0)`,
      ),
      first: guard(
        'v',
        reach,
        bucketKey,
        pick((k) => `${r(`c${k}`)} < v AND v <= ${r(`c${k}`)} + ${r(`l${k}`)}`),
      ),
      last: guard(
        'v',
        reach,
        bucketKey,
        pick((k) => `${r(`c${k}`)} <= v AND v < ${r(`c${k}`)} + ${r(`l${k}`)}`),
      ),
    },
  };
}
