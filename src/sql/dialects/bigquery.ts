// BigQuery (GoogleSQL): persistent SQL UDFs whose bodies are scalar subqueries on the habil
// tables; instants are TIMESTAMP (UTC). String literals escape backslashes.

import { ACCENTED, type Dialect, type SqlType, UNACCENTED } from '../dialect';

const TYPES: Record<SqlType, string> = { int: 'INT64', text: 'STRING', ts: 'TIMESTAMP', bool: 'BOOL' };

export const bigquery: Dialect = {
  id: 'bigquery',
  type: (type) => TYPES[type],
  ms: (ts) => `UNIX_MILLIS(${ts})`,
  ts: (ms) => `TIMESTAMP_MILLIS(${ms})`,
  floorDiv: (x, n) => `CAST(FLOOR(${x} / ${n}) AS INT64)`,
  nameKey: (x) => `LOWER(TRANSLATE(REGEXP_REPLACE(TRIM(${x}), r'\\s+', ' '), '${ACCENTED}', '${UNACCENTED}'))`,
  now: 'CURRENT_TIMESTAMP()',
  string: (value) => `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`,
  createTable: (name, columns) => [
    `CREATE OR REPLACE TABLE ${name} (${columns.map((c) => `${c.name} ${TYPES[c.type]}`).join(', ')})`,
  ],
  createFunction: (fn) =>
    `CREATE OR REPLACE FUNCTION ${fn.name}(${fn.params.map((p) => `${p.name} ${TYPES[p.type]}`).join(', ')}) RETURNS ${TYPES[fn.returns]} AS (${fn.body})`,
  framesBeforeCurrent: true,
  querySuffix: '',
};
