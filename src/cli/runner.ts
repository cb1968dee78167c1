// Runs commands under the `habil` program: help, version, and the mapping of every outcome to
// an exit code. The whole program (./program) and the lean one `habil udf` starts with
// (./udf-main) both run through it.

import { Command, CommanderError } from 'commander';
import { HabilError, terminalText } from '../errors';
import type { CliIO } from './io';
import { EXIT, OutputError } from './usage';
import { VERSION } from './version';

/**
 * Runs `commands` on the arguments after `habil`; resolves to the exit code.
 *
 * @example
 * const code = await runCommands(['udf', '--help'], io, [udfCommand(io)]);
 */
export async function runCommands(
  argv: readonly string[],
  io: CliIO,
  commands: readonly Command[],
  examples = '',
): Promise<number> {
  const program = new Command('habil')
    .description('Service-level agreements over business hours: deadlines and audits of support tickets.')
    .version(VERSION)
    .addHelpText('after', examples)
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput(output(io))
    .exitOverride();
  for (const command of commands) program.addCommand(command.exitOverride().configureOutput(output(io)));
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
