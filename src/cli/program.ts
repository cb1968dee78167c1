// The `habil` program: its commands, help, and the mapping of every outcome to an exit code.
// Commands get their I/O passed in, so tests run the whole program in-process.

import { Command, CommanderError } from 'commander';
import { HabilError, terminalText } from '../errors';
import { auditCommand } from './audit';
import { dueCommand } from './due';
import type { CliIO } from './io';
import { policiesCommand } from './policies';
import { sqlCommand } from './sql';
import { udfCommand } from './udf';
import { EXIT, OutputError } from './usage';
import { VERSION } from './version';

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
  const program = new Command('habil')
    .description('Service-level agreements over business hours: deadlines and audits of support tickets.')
    .version(VERSION)
    .addHelpText('after', EXAMPLES)
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput(output(io))
    .exitOverride();
  for (const command of [auditCommand(io), dueCommand(io), policiesCommand(io), sqlCommand(io), udfCommand(io)]) {
    program.addCommand(command.exitOverride().configureOutput(output(io)));
  }
  io.exitCode = EXIT.ok;
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return io.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (error instanceof OutputError) {
      io.stderr.write(`habil: ${terminalText(error.message)}\n`);
      return EXIT.output;
    }
    // Every misuse, from the CLI's own checks (UsageError) or from the library, in one style.
    if (HabilError.is(error)) {
      io.stderr.write(`habil: ${terminalText(error.message)}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}

/** Commander's output through `io`, its errors in habil's style: `habil: …` rather than `error: …`. */
function output(io: CliIO) {
  return {
    writeOut: (s: string) => void io.stdout.write(s),
    writeErr: (s: string) => void io.stderr.write(s),
    outputError: (s: string, write: (s: string) => void) => write(s.replace(/^error: /, 'habil: ')),
  };
}
