// The `habil` program: its commands and help (./runner maps every outcome to an exit code).
// Commands get their I/O passed in, so tests run the whole program in-process.

import { auditCommand } from './audit';
import { dueCommand } from './due';
import type { CliIO } from './io';
import { policiesCommand } from './policies';
import { sqlCommand } from './sql';
import { udfCommand } from './udf';
import { runCommands } from './runner';

const EXAMPLES = `
Examples:
  $ habil audit examples/data/icg-tickets.csv --policy icg --now 2024-12-31T23:59:59-05:00
  $ habil due --policy icg --priority urgent --at '2024-03-01 16:00'
  $ habil policies icg
  $ habil sql --policy icg --dialect duckdb

Run 'habil <command> --help' for a command's options and examples.`;

/**
 * Runs the program on the arguments after `habil`; resolves to the exit code.
 *
 * @example
 * const code = await run(['due', '--policy', 'icg', '--priority', 'urgent', '--at', '2024-03-01 16:00'], io);
 */
export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  return runCommands(
    argv,
    io,
    [auditCommand(io), dueCommand(io), policiesCommand(io), sqlCommand(io), udfCommand(io)],
    EXAMPLES,
  );
}
