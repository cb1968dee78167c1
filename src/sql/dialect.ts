// What differs between SQL dialects, and nothing else: type names, instant <-> epoch ms,
// floor division, name keys, how a table and a function are declared. The tables, lookups and
// the ticket query are written once (./lookups, ./setup, ./query) in terms of this.

/** The SQL dialects habil compiles to. */
export type SqlDialect = 'duckdb' | 'clickhouse' | 'postgres' | 'bigquery' | 'snowflake';

export const SQL_DIALECTS: readonly SqlDialect[] = ['duckdb', 'clickhouse', 'postgres', 'bigquery', 'snowflake'];

export type SqlType = 'int' | 'text' | 'ts' | 'bool';

/** A column of a habil table. */
export interface Column {
  name: string;
  type: SqlType;
  /** May hold NULL (dialects whose columns are not nullable by default need to know). */
  nullable?: boolean;
}

/** A SQL function: parameters, result and body, an expression over the parameters. */
export interface FunctionDef {
  name: string;
  params: readonly Column[];
  returns: SqlType;
  body: string;
}

/** The tables the lookups read, by role, already qualified. */
export interface TableNames {
  calendars: string;
  days: string;
  reach: string;
}

/** The widths of the day and reach tables (pieces per row). */
export interface Widths {
  days: number;
  reach: number;
}

export interface Dialect {
  readonly id: SqlDialect;
  type(type: SqlType): string;
  /** Epoch milliseconds of an instant of the dialect's timestamp-with-time-zone type. */
  ms(ts: string): string;
  /** The instant at epoch milliseconds `ms`. */
  ts(ms: string): string;
  /** floor(x / n) as an integer, for x of either sign. */
  floorDiv(x: string, n: string): string;
  /** The comparison key of a name (see policy/names): accents stripped, spaces collapsed, lower case. */
  nameKey(x: string): string;
  /** The current instant. */
  readonly now: string;
  /** A string literal. */
  string(value: string): string;
  createTable(name: string, columns: readonly Column[], key: readonly string[]): string[];
  /** Statements creating a function; `lookups` are the dialect's own bodies for the table lookups. */
  createFunction(fn: FunctionDef): string;
  /**
   * The bodies of the four table lookups (open time before t; open at t; earliest and latest
   * instant with v open time before it), when the dialect does not use the generic subqueries;
   * plus any statements they need first (ClickHouse dictionaries).
   */
  lookups?(tables: TableNames, widths: Widths): { before: string[]; bodies: LookupBodies };
  /** A sum of integers back to the integer type, where the engine widens it (DuckDB: HUGEINT, PostgreSQL: numeric). */
  narrowSum?(sum: string): string;
  /** Takes window frames ending before the current row (ROWS ... AND 1 PRECEDING). */
  readonly framesBeforeCurrent?: boolean;
  /**
   * Materialises every step of the ticket query (WITH name AS MATERIALIZED): an engine that
   * inlines them all copies each step's expressions into every later one that reads it, and
   * PostgreSQL then plans (and JIT-compiles) expressions thousands of terms long.
   */
  readonly materializeSteps?: boolean;
  /** Appended to the ticket query (ClickHouse: settings). */
  readonly querySuffix: string;
}

/** Bodies of the table lookups over parameters (cal_name, t) and (cal_name, v). */
export interface LookupBodies {
  openBefore: string;
  isOpen: string;
  first: string;
  last: string;
}

/** The accented letters name keys fold, and what they fold to (NFD minus the marks). */
export const ACCENTED = 'ÁÀÂÄÃÅÉÈÊËÍÌÎÏÓÒÔÖÕÚÙÛÜÝÑÇáàâäãåéèêëíìîïóòôöõúùûüýÿñç';
export const UNACCENTED = 'AAAAAAEEEEIIIIOOOOOUUUUYNCaaaaaaeeeeiiiiooooouuuuyync';

/** A single-quoted SQL string with quotes doubled (every dialect here accepts it). */
export function quoted(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}
