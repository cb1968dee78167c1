// `habil sql`: a policy compiled to SQL for a warehouse (DuckDB, ClickHouse, PostgreSQL,
// BigQuery, Snowflake): the setup script (tables with the calendars' open intervals, the
// habil_* functions), or with --example-query the query evaluating a tickets table.

import { Command } from 'commander';
import { HabilError } from '../errors';
import { DEFAULT_YEARS, SQL_DIALECTS, toSql } from '../sql/index';
import type { CliIO } from './io';
import { policyArg } from './policy-arg';
import { oneOf, UsageError } from './usage';

interface SqlOptions {
  policy: string;
  contract?: string;
  dialect: string;
  years?: string;
  schema?: string;
  exampleQuery?: boolean;
  now?: string;
  tickets?: string;
  pauses: string | boolean;
}

const EXAMPLES = `
Examples:
  $ habil sql --policy icg --dialect duckdb > habil.sql
  $ habil sql --policy icg --dialect postgres --years 2020-2030 --schema sla
  $ habil sql --policy icg --dialect duckdb --example-query --now 2024-12-31T23:59:59-05:00
  $ habil sql --policy hosting --dialect clickhouse --example-query --no-pauses

The setup creates habil_* tables and functions; the query reads tickets(id, plan, priority,
reported_at, responded_at, resolved_at) and pauses(ticket_id, from_at, to_at, reason).`;

/**
 * The `sql` command, writing through `io`.
 *
 * @example
 * program.addCommand(sqlCommand(io));
 */
export function sqlCommand(io: CliIO): Command {
  return new Command('sql')
    .description('compile a policy to SQL: calendar tables, habil_* functions, and the ticket query')
    .requiredOption('-p, --policy <policy>', 'icg, websaas, hosting, itac, isys, or a policy file (.yaml, .json)')
    .option('--contract <file>', 'the support contract itac and isys take their targets from')
    .requiredOption('-d, --dialect <dialect>', SQL_DIALECTS.join(', '))
    .option('--years <from-to>', `the UTC years compiled (default ${DEFAULT_YEARS.join('-')})`)
    .option('--schema <name>', "the schema (dataset, database) for habil's tables and functions")
    .option('--example-query', 'print the ticket query instead of the setup')
    .option('--now <instant>', 'with --example-query: the evaluation instant (default: the engine clock)')
    .option('--tickets <table>', 'with --example-query: the tickets table', 'tickets')
    .option('--pauses <table>', 'with --example-query: the pauses table', 'pauses')
    .option('--no-pauses', 'with --example-query: there is no pauses table')
    .addHelpText('after', EXAMPLES)
    .action(async (options: SqlOptions) => {
      const policy = await policyArg(options.policy, options.contract);
      const dialect = oneOf('--dialect', options.dialect, SQL_DIALECTS);
      if (!options.exampleQuery && options.now !== undefined) throw new UsageError('--now applies to --example-query');
      try {
        const sql = toSql(policy, {
          dialect,
          years: options.years === undefined ? DEFAULT_YEARS : years(options.years),
          ...(options.schema === undefined ? {} : { schema: options.schema }),
        });
        if (!options.exampleQuery) return void io.stdout.write(sql.text);
        io.stdout.write(
          sql.query!({
            ...(options.now === undefined ? {} : { now: options.now }),
            tickets: options.tickets ?? 'tickets',
            pauses: options.pauses === true ? 'pauses' : options.pauses,
          }),
        );
      } catch (error) {
        if (HabilError.is(error)) throw new UsageError(error.message);
        throw error;
      }
    });
}

function years(text: string): [number, number] {
  const m = /^(\d{4})(?:-(\d{4}))?$/.exec(text.trim());
  if (!m) throw new UsageError(`--years '${text}': expected a year or a range of years, e.g. 2015-2035`);
  return [Number(m[1]), Number(m[2] ?? m[1])];
}
