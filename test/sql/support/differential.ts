// The differential check: compiled SQL on a real engine against audit(), ticket by ticket,
// every due, elapsed and status (and expected_by), at every `now` of every case; a ticket the
// audit refuses for being reported after `now` must carry the query's error for it, and the
// row accounting must be the audit's (rows = evaluated + errors).

import { type AuditRow, audit } from '../../../src/index';
import { toSql } from '../../../src/sql/index';
import { NOT_YET_REPORTED } from '../../../src/sql/query';
import { type Expected, expected, generateTickets, type SqlCase, sqlCases, ticketsCsv } from './cases';
import { type Engine, instantMs, type Row } from './engines';

export interface DifferentialResult {
  tickets: number;
  rows: number;
  /** Rows the query judged (error NULL) and refused, summed over every case and now. */
  evaluated: number;
  errors: number;
  compared: number;
  differences: string[];
  seconds: number;
}

const FIELDS: (keyof Expected)[] = [
  'response_due',
  'response_status',
  'response_elapsed_ms',
  'resolution_due',
  'resolution_status',
  'resolution_elapsed_ms',
  'response_expected_by',
  'resolution_expected_by',
];

/**
 * Runs every built-in case with `perCase` tickets on `engine`; counts rows and differences.
 * With `pauses: false` the tickets have no pauses and the query reads no pauses table.
 */
export async function differential(
  engine: Engine,
  perCase: number,
  seed: number,
  options: { pauses?: false } = {},
): Promise<DifferentialResult> {
  const started = performance.now();
  const result: DifferentialResult = {
    tickets: 0,
    rows: 0,
    evaluated: 0,
    errors: 0,
    compared: 0,
    differences: [],
    seconds: 0,
  };
  for (const [i, c] of sqlCases().entries())
    await runCase(engine, c, { count: perCase, seed: seed + i, pauses: options.pauses !== false }, result);
  result.seconds = (performance.now() - started) / 1000;
  return result;
}

async function runCase(
  engine: Engine,
  c: SqlCase,
  run: { count: number; seed: number; pauses: boolean },
  result: DifferentialResult,
): Promise<void> {
  const generated = generateTickets(c, run.count, run.seed);
  const tickets = run.pauses ? generated : generated.map(({ pauses: _, ...t }) => t);
  const sql = toSql(c.policy, { dialect: engine.dialect, years: [2024, 2026], schema: c.name });
  await engine.exec([
    ...(engine.dialect === 'clickhouse'
      ? [`CREATE DATABASE IF NOT EXISTS ${c.name}`]
      : [`CREATE SCHEMA IF NOT EXISTS ${c.name}`]),
    ...sql.statements,
  ]);
  await engine.load(c.name, ticketsCsv(tickets));
  for (const now of c.nows) {
    const rows = await engine.rows(
      sql.query!({ now, tickets: `${c.name}.tickets`, pauses: run.pauses ? `${c.name}.pauses` : false }),
    );
    const audited: AuditRow[] = [];
    const report = await audit(c.policy, tickets, { now, onRow: (row) => audited.push(row) });
    result.tickets += tickets.length;
    result.rows += rows.length;
    const refused = rows.filter((r) => r.error !== null && r.error !== undefined).length;
    result.evaluated += rows.length - refused;
    result.errors += refused;
    const at = `${c.name} now=${new Date(now).toISOString()}`;
    if (rows.length !== report.rows || refused !== report.errors || rows.length - refused !== report.evaluated)
      result.differences.push(
        `${at}: sql ${rows.length} rows (${refused} errors), audit ${report.rows} rows (${report.evaluated} evaluated + ${report.errors} errors)`,
      );
    const byId = new Map(rows.map((r) => [String(r.id), r]));
    for (const [i, t] of tickets.entries()) {
      const row = byId.get(t.id);
      const want = { ...expected(audited[i]!), error: reasonOf(audited[i]!) };
      result.compared++;
      const got = row ? { ...actual(row), error: row.error ?? null } : undefined;
      const wrong = [...FIELDS, 'error' as const].filter((f) => got === undefined || got[f] !== want[f]);
      if (wrong.length > 0 && result.differences.length < 20) {
        result.differences.push(
          `${at} ${JSON.stringify(t)}: ${wrong.map((f) => `${f} sql=${fmt(got?.[f])} audit=${fmt(want[f])}`).join('; ')}`,
        );
      } else if (wrong.length > 0) result.differences.push('...');
    }
  }
}

/** The query's error for an audit row: NULL when evaluated, else the reason the query words it in. */
function reasonOf(row: AuditRow): string | null {
  if (row.kind === 'evaluated') return null;
  // The generated tickets' only refusal; any other would show as a difference naming the audit's message.
  return row.field === 'reportedAt' && /after the instant of the audit/.test(row.error.message)
    ? NOT_YET_REPORTED
    : row.error.message;
}

function actual(row: Row): Expected {
  const n = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  const s = (v: unknown) => (v === null || v === undefined ? null : String(v));
  return {
    response_due: instantMs(row.response_due),
    response_status: s(row.response_status),
    response_elapsed_ms: n(row.response_elapsed_ms),
    resolution_due: instantMs(row.resolution_due),
    resolution_status: s(row.resolution_status),
    resolution_elapsed_ms: n(row.resolution_elapsed_ms),
    response_expected_by: instantMs(row.response_expected_by),
    resolution_expected_by: instantMs(row.resolution_expected_by),
  };
}

function fmt(v: unknown): string {
  return typeof v === 'number' && v > 1e12 ? new Date(v).toISOString() : String(v);
}

/**
 * Tickets per case: `full` under TZ=UTC (or no TZ), a tenth under the other zones CI repeats
 * the suite in, where only the process zone changes (the engines' answers must not depend on it).
 */
export function perCase(variable: string, full: number): number {
  const configured = process.env[variable];
  if (configured !== undefined) return Number(configured);
  const tz = process.env.TZ;
  return tz === undefined || tz === '' || tz === 'UTC' ? full : Math.ceil(full / 10);
}
