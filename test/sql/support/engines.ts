// The real engines the compiled SQL is tested on, behind one small interface: DuckDB
// (@duckdb/node-api), ClickHouse (chdb, embedded) and PostgreSQL (a throwaway server from
// Debian's packages, on a Unix socket only). Each loads the generated CSVs into
// <schema>.tickets / <schema>.pauses with the dialect's instant type.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SqlDialect } from '../../../src/sql/index';

export type Row = Record<string, unknown>;

export interface Engine {
  dialect: SqlDialect;
  exec(statements: readonly string[]): Promise<void>;
  rows(sql: string): Promise<Row[]>;
  /** Creates <schema>.tickets and <schema>.pauses from CSV text (see cases.ticketsCsv). */
  load(schema: string, csv: { tickets: string; pauses: string }): Promise<void>;
  close(): Promise<void>;
}

/**
 * Writes the CSVs to a fresh directory, runs `load` on their paths and removes the directory,
 * whether `load` succeeds or throws: the engines copy the rows into their tables, so nothing
 * of a load is left in the temp directory.
 */
export async function withCsvFiles<T>(
  csv: { tickets: string; pauses: string },
  load: (files: { tickets: string; pauses: string }) => Promise<T>,
): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'habil-sql-'));
  try {
    const files = { tickets: join(dir, 'tickets.csv'), pauses: join(dir, 'pauses.csv') };
    writeFileSync(files.tickets, csv.tickets);
    writeFileSync(files.pauses, csv.pauses);
    return await load(files);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** An instant as an engine prints it ('2025-06-13 22:29:59.999', '+00', 'Z'...) to epoch ms. */
export function instantMs(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.getTime();
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2}(?:\.\d+)?)\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/.exec(String(value));
  if (!m) throw new Error(`not an instant: ${String(value)}`);
  const offset = m[3] === undefined || m[3] === 'Z' ? 'Z' : m[3].length === 3 ? `${m[3]}:00` : m[3];
  return Date.parse(`${m[1]}T${m[2]}${offset}`);
}

export { duckdbEngine } from './duckdb';
export { chdbEngine } from './chdb';
export { postgresEngine } from './postgres';
