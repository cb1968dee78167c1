// DuckDB in memory through @duckdb/node-api.

import { DuckDBInstance } from '@duckdb/node-api';
import { withCsvFiles, type Engine, type Row } from './engines';

export async function duckdbEngine(): Promise<Engine> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  return {
    dialect: 'duckdb',
    async exec(statements) {
      for (const sql of statements) await connection.run(sql);
    },
    async rows(sql) {
      const reader = await connection.runAndReadAll(sql);
      return reader.getRowObjectsJS() as Row[];
    },
    async load(schema, csv) {
      await withCsvFiles(csv, async (files) => {
        const ts = (c: string) => `make_timestamptz(${c} * 1000)`;
        await connection.run(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
        await connection.run(
          `CREATE OR REPLACE TABLE ${schema}.tickets AS SELECT id, plan, priority, ${ts('rep')} AS reported_at, ${ts('resp')} AS responded_at, ${ts('res')} AS resolved_at FROM read_csv('${files.tickets}', header = true, columns = {'id': 'VARCHAR', 'plan': 'VARCHAR', 'priority': 'VARCHAR', 'rep': 'BIGINT', 'resp': 'BIGINT', 'res': 'BIGINT'})`,
        );
        await connection.run(
          `CREATE OR REPLACE TABLE ${schema}.pauses AS SELECT ticket_id, ${ts('pf')} AS from_at, ${ts('pt')} AS to_at, reason FROM read_csv('${files.pauses}', header = true, columns = {'ticket_id': 'VARCHAR', 'pf': 'BIGINT', 'pt': 'BIGINT', 'reason': 'VARCHAR'})`,
        );
      });
    },
    async close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}
