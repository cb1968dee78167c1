// Snowflake: SQL UDFs whose bodies are scalar subqueries on the habil tables; instants are
// TIMESTAMP_TZ, epoch ms exact (NUMBER arithmetic).

import { ACCENTED, type Dialect, quoted, type SqlType, UNACCENTED } from '../dialect';

const TYPES: Record<SqlType, string> = { int: 'NUMBER(38, 0)', text: 'VARCHAR', ts: 'TIMESTAMP_TZ', bool: 'BOOLEAN' };

export const snowflake: Dialect = {
  id: 'snowflake',
  type: (type) => TYPES[type],
  ms: (ts) => `DATE_PART(EPOCH_MILLISECOND, ${ts})`,
  ts: (ms) => `TO_TIMESTAMP_TZ(${ms}, 3)`,
  floorDiv: (x, n) => `FLOOR(${x} / ${n})`,
  nameKey: (x) => `LOWER(TRANSLATE(REGEXP_REPLACE(TRIM(${x}), '\\\\s+', ' '), '${ACCENTED}', '${UNACCENTED}'))`,
  now: 'CURRENT_TIMESTAMP()',
  string: (value) => quoted(value.replaceAll('\\', '\\\\')),
  createTable: (name, columns, key) => [
    `CREATE OR REPLACE TABLE ${name} (${columns.map((c) => `${c.name} ${TYPES[c.type]}`).join(', ')}, PRIMARY KEY (${key.join(', ')}))`,
  ],
  createFunction: (fn) =>
    `CREATE OR REPLACE FUNCTION ${fn.name}(${fn.params.map((p) => `${p.name} ${TYPES[p.type]}`).join(', ')}) RETURNS ${TYPES[fn.returns]} AS $$ ${fn.body} $$`,
  querySuffix: '',
};
