// DuckDB: functions are macros (inlined, so each lookup becomes a hash join), instants are
// TIMESTAMPTZ. DuckDB reserves `at`, hence parameter names like start_ts.

import { ACCENTED, type Dialect, quoted, type SqlType, UNACCENTED } from '../dialect';

const TYPES: Record<SqlType, string> = { int: 'BIGINT', text: 'VARCHAR', ts: 'TIMESTAMPTZ', bool: 'BOOLEAN' };

export const duckdb: Dialect = {
  id: 'duckdb',
  type: (type) => TYPES[type],
  ms: (ts) => `epoch_ms(${ts})`,
  ts: (ms) => `make_timestamptz(CAST(${ms} AS BIGINT) * 1000)`,
  floorDiv: (x, n) => `CAST(floor(${x} / ${n}) AS BIGINT)`,
  nameKey: (x) => `lower(translate(regexp_replace(trim(${x}), '\\s+', ' ', 'g'), '${ACCENTED}', '${UNACCENTED}'))`,
  now: 'current_timestamp',
  string: quoted,
  createTable: (name, columns, key) => [
    `CREATE OR REPLACE TABLE ${name} (${columns.map((c) => `${c.name} ${TYPES[c.type]}`).join(', ')}, PRIMARY KEY (${key.join(', ')}))`,
  ],
  createFunction: (fn) =>
    `CREATE OR REPLACE MACRO ${fn.name}(${fn.params.map((p) => p.name).join(', ')}) AS ${fn.body}`,
  narrowSum: (sum) => `CAST(${sum} AS BIGINT)`,
  framesBeforeCurrent: true,
  querySuffix: '',
};
