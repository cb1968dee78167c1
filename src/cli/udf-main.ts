// `habil udf` on its own: the program with the udf command only, so a warehouse's pool of row
// processes starts without loading the audit, its reports and the other commands.

import type { CliIO } from './io';
import { runCommands } from './runner';
import { udfCommand } from './udf';

/**
 * Runs `habil udf ...` (the arguments after `habil`); resolves to the exit code.
 *
 * @example
 * const code = await run(['udf', '--policy', 'icg', '--input', 'priority,reportedAt', '--output', 'resolution.due'], io);
 */
export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  return runCommands(argv, io, [udfCommand(io)]);
}
