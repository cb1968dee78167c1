// PostgreSQL: SQL functions (STABLE, parallel safe) reading the habil tables by primary key;
// instants are timestamptz, epoch ms read and built exactly (numeric epoch, integer intervals).

import { ACCENTED, type Dialect, quoted, type SqlType, UNACCENTED } from '../dialect';

const TYPES: Record<SqlType, string> = { int: 'bigint', text: 'text', ts: 'timestamptz', bool: 'boolean' };

export const postgres: Dialect = {
  id: 'postgres',
  type: (type) => TYPES[type],
  ms: (ts) => `floor(extract(epoch FROM ${ts}) * 1000)::bigint`,
  ts: (ms) => `(timestamptz 'epoch' + (${ms}) * interval '1 millisecond')`,
  // float8 division is exact here (operands below 2^53) and much faster than numeric.
  floorDiv: (x, n) => `floor(${x}::float8 / ${n})::bigint`,
  nameKey: (x) => `lower(translate(regexp_replace(btrim(${x}), '\\s+', ' ', 'g'), '${ACCENTED}', '${UNACCENTED}'))`,
  now: 'now()',
  string: quoted,
  createTable: (name, columns, key) => [
    `DROP TABLE IF EXISTS ${name} CASCADE`,
    `CREATE TABLE ${name} (${columns.map((c) => `${c.name} ${TYPES[c.type]}`).join(', ')}, PRIMARY KEY (${key.join(', ')}))`,
  ],
  createFunction: (fn) =>
    `CREATE OR REPLACE FUNCTION ${fn.name}(${fn.params.map((p) => `${p.name} ${TYPES[p.type]}`).join(', ')}) RETURNS ${TYPES[fn.returns]} LANGUAGE sql STABLE PARALLEL SAFE AS $habil$ SELECT ${fn.body} $habil$`,
  narrowSum: (sum) => `(${sum})::bigint`,
  framesBeforeCurrent: true,
  materializeSteps: true,
  querySuffix: '',
};
