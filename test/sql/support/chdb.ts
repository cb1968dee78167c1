// ClickHouse embedded through chdb (a ClickHouse 26 engine in the npm package), one session.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Session } from 'chdb';
import { withCsvFiles, type Engine, type Row } from './engines';

export async function chdbEngine(): Promise<Engine> {
  const dir = mkdtempSync(join(tmpdir(), 'habil-chdb-'));
  const session = new Session(dir);
  return {
    dialect: 'clickhouse',
    async exec(statements) {
      for (const sql of statements) session.query(sql);
    },
    async rows(sql) {
      const text = session.query(sql.replace(/;\s*$/, ''), 'JSONEachRow');
      return text
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as Row);
    },
    async load(schema, csv) {
      await withCsvFiles(csv, async (files) => {
        const ts = (c: string) => `fromUnixTimestamp64Milli(${c}, 'UTC')`;
        session.query(`CREATE DATABASE IF NOT EXISTS ${schema}`);
        session.query(
          `CREATE OR REPLACE TABLE ${schema}.tickets ENGINE = MergeTree ORDER BY id AS SELECT id, plan, priority, ${ts('rep')} AS reported_at, ${ts('resp')} AS responded_at, ${ts('res')} AS resolved_at FROM file('${files.tickets}', 'CSVWithNames', 'id String, plan Nullable(String), priority String, rep Int64, resp Nullable(Int64), res Nullable(Int64)')`,
        );
        session.query(
          `CREATE OR REPLACE TABLE ${schema}.pauses ENGINE = MergeTree ORDER BY ticket_id AS SELECT ticket_id, ${ts('pf')} AS from_at, ${ts('pt')} AS to_at, reason FROM file('${files.pauses}', 'CSVWithNames', 'ticket_id String, pf Int64, pt Nullable(Int64), reason Nullable(String)')`,
        );
      });
    },
    async close() {
      session.cleanup();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
