// BigQuery and Snowflake cannot run here: their SQL is checked by node-sql-parser's grammars
// for those dialects. Every CREATE TABLE and INSERT, the ticket query, and each function body
// (as a SELECT of its expression: the parser has no CREATE FUNCTION for these dialects) must
// parse. Passing says the SQL is well-formed for the grammar, not that the warehouse runs it.

import { Parser } from 'node-sql-parser';
import { describe, expect, test } from 'vitest';
import { policies } from '../../src/index';
import { type SqlScript, toSql } from '../../src/sql/index';

const parser = new Parser();
const DIALECTS = [['bigquery', 'bigquery'] as const, ['snowflake', 'snowflake'] as const];

/** The statements to parse: tables and data as they are, functions as SELECT of their body. */
function parsable(sql: SqlScript): string[] {
  return sql.statements.map((statement) => {
    const fn =
      /^CREATE OR REPLACE FUNCTION [\w.]+\(.*?\) RETURNS (?:NUMBER\(38, 0\)|\w+) AS (?:\$\$|\()([\s\S]*?)(?:\$\$|\))$/.exec(
        statement,
      );
    return fn ? `SELECT ${fn[1]!.trim()}` : statement;
  });
}

describe.each(DIALECTS)('%s', (dialect, database) => {
  const sql = toSql(policies.hosting, { dialect, years: [2025, 2025] });

  test('every setup statement parses', () => {
    const failures = parsable(sql).flatMap((statement) => {
      try {
        parser.astify(statement, { database });
        return [];
      } catch (error) {
        return [`${statement.slice(0, 120)}: ${(error as Error).message.slice(0, 200)}`];
      }
    });
    expect(parsable(sql).filter((s) => s.startsWith('SELECT ')).length).toBe(10); // every function's body
    expect(failures).toEqual([]);
  });

  test('the ticket query parses, with and without pauses', () => {
    for (const pauses of ['pauses', false] as const) {
      const query = sql.query!({ now: '2025-06-01T12:00:00Z', pauses }).replace(/;\s*$/, '');
      expect(() => parser.astify(query, { database })).not.toThrow();
    }
  });
});
