// habil/sql: a policy or a calendar compiled to SQL for DuckDB, ClickHouse, PostgreSQL,
// BigQuery and Snowflake. The setup creates the tables (open intervals with prefix sums, and
// their lookup views) and the functions habil_between, habil_add, habil_next_open,
// habil_is_open; for a policy, `query()` evaluates a tickets table at an instant.

import { Calendar } from '../calendar/calendar';
import { type HabilError, issueAt, PolicyError } from '../errors';
import type { Policy } from '../policy/policy';
import { isTermsSource, type TermsSource, zoneOf } from '../policy/source';
import { type InstantInput, toEpochMs } from '../time/instant';
import { type Dialect, SQL_DIALECTS, type SqlDialect } from './dialect';
import { bigquery } from './dialects/bigquery';
import { clickhouse } from './dialects/clickhouse';
import { duckdb } from './dialects/duckdb';
import { postgres } from './dialects/postgres';
import { snowflake } from './dialects/snowflake';
import { ticketQuery } from './query';
import { setupStatements, widthsOf } from './setup';
import { calendarTables } from './tables';
import { calendarsUsed, pauseKinds, pauseReasonRows, rangeKinds, termsRows } from './terms';

export { SQL_DIALECTS, type SqlDialect };

const DIALECTS: Record<SqlDialect, Dialect> = { duckdb, clickhouse, postgres, bigquery, snowflake };

/** Options of toSql. */
export interface ToSqlOptions {
  dialect: SqlDialect;
  /** The UTC years compiled, both included (default [2015, 2035]); outside them functions return NULL. */
  years?: readonly [number, number];
  /** A schema (dataset, database) to create habil's tables and functions in. */
  schema?: string;
  /** The name a lone calendar gets in the tables (default 'default'). */
  name?: string;
}

/** Options of SqlScript.query. */
export interface SqlQueryOptions {
  /** The evaluation instant (offset-less: wall time in the first plan's business zone); default: the engine's current time. */
  now?: InstantInput;
  /** The tickets table (default 'tickets'). */
  tickets?: string;
  /** The pauses table (default 'pauses'), or false when there is none. */
  pauses?: string | false;
}

/** Compiled SQL for one dialect. */
export interface SqlScript {
  dialect: SqlDialect;
  years: readonly [number, number];
  /** The setup, one statement per entry, without terminating semicolons. */
  statements: readonly string[];
  /** The setup as one script. */
  text: string;
  /**
   * The ticket query (policies only): one row per ticket with id, response_due,
   * response_status, response_elapsed_ms, resolution_due, resolution_status,
   * resolution_elapsed_ms (NULL where the policy sets no such target), the expected_by of
   * ranges, plan, priority and error.
   */
  query?: (options?: SqlQueryOptions) => string;
}

export const DEFAULT_YEARS: readonly [number, number] = [2015, 2035];

/**
 * Compiles a policy to SQL, or calendars alone (one, named `options.name`, or a record of them
 * by name) for the habil_* functions without the ticket query. Policy versions are refused:
 * compile each version's policy.
 *
 * @example
 * const sql = toSql(policies.icg, { dialect: 'duckdb', years: [2024, 2026] });
 * await connection.run(sql.text);
 * const rows = await connection.runAndReadAll(sql.query!({ now: '2024-12-31T23:59:59-05:00' }));
 */
export function toSql(
  source: TermsSource | Calendar | Readonly<Record<string, Calendar>>,
  options: ToSqlOptions,
): SqlScript {
  const d = dialectOf(options.dialect);
  const years = yearsOf(options.years ?? DEFAULT_YEARS);
  const from = Date.UTC(years[0], 0, 1);
  const to = Date.UTC(years[1] + 1, 0, 1);
  const schema = options.schema;
  if (schema !== undefined && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(schema))
    throw invalid('schema', schema, 'a plain identifier (letters, digits, underscores)');
  const qualify = (name: string) => (schema === undefined ? name : `${schema}.${name}`);
  // ClickHouse functions are global, not in a database: a schema becomes their name's prefix.
  const fnQualify =
    d.id !== 'clickhouse' ? qualify : (name: string) => (schema === undefined ? name : `${schema}_${name}`);
  if (!isTermsSource(source)) {
    const named = source instanceof Calendar ? { [options.name ?? 'default']: source } : source;
    const statements = setupStatements(
      d,
      Object.entries(named).map(([name, calendar]) => calendarTables(name, Calendar.from(calendar), from, to)),
      undefined,
      qualify,
      fnQualify,
    );
    return { dialect: d.id, years, statements, text: script(statements) };
  }
  const policy = onePolicy(source);
  const terms = termsRows(policy);
  const tables = calendarsUsed(terms).map((name) => calendarTables(name, policy.calendar(name), from, to));
  const statements = setupStatements(d, tables, { terms, reasons: pauseReasonRows(policy) }, qualify, fnQualify);
  const shape = { pauses: pauseKinds(policy, terms), ranges: rangeKinds(terms) };
  const widths = widthsOf(tables);
  const zone = zoneOf(source);
  return {
    dialect: d.id,
    years,
    statements,
    text: script(statements),
    query: (q = {}) =>
      `${ticketQuery(d, qualify, widths, {
        shape,
        ...(q.now === undefined ? {} : { nowMs: toEpochMs(q.now, zone, 'now') }),
        ...(q.tickets === undefined ? {} : { tickets: q.tickets }),
        ...(q.pauses === undefined ? {} : { pauses: q.pauses }),
      })};\n`,
  };
}

/**
 * The policy a terms source is. Versions change terms by report date (a source that is not its
 * own only policy), and the compiled tables hold one policy's terms.
 */
function onePolicy(source: TermsSource): Policy {
  const [only, ...more] = source.policies;
  if (only !== undefined && more.length === 0 && only === source) return only;
  throw invalid(
    'source',
    'PolicyVersions',
    'one Policy: compiled SQL holds one set of terms (compile each version, versions.at(instant).policy, for the tickets reported while it was in force)',
  );
}

function dialectOf(name: string): Dialect {
  const d = (DIALECTS as Record<string, Dialect | undefined>)[name];
  if (d === undefined) throw invalid('dialect', name, `one of ${SQL_DIALECTS.join(', ')}`);
  return d;
}

function yearsOf(years: readonly [number, number]): readonly [number, number] {
  const [a, b] = years;
  if (!Number.isInteger(a) || !Number.isInteger(b) || a < 1970 || b > 2200 || b < a || b - a > 100)
    throw invalid(
      'years',
      years,
      'two whole years from 1970 to 2200, the first not after the second, at most 100 apart',
    );
  return [a, b];
}

function script(statements: readonly string[]): string {
  return `${statements.join(';\n')};\n`;
}

function invalid(path: string, value: unknown, expected: string): HabilError {
  return new PolicyError([issueAt(path, value, `is not valid: expected ${expected}`)], 'INVALID_INPUT');
}
