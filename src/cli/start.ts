// The process's edges for every command but `--version` (./main prints that with nothing else
// loaded): a write error on stdout and an interrupt end the run with one line on stderr and
// their own exit code; then the command runs on the real streams and clock.

import { reason } from './errno';
import { EXIT } from './usage';

/**
 * Runs `habil` with `argv` (process arguments without node and the script) and sets the exit code.
 *
 * @example
 * await start(['due', '--policy', 'icg', '--priority', 'urgente', '--at', '2024-03-01 16:00']);
 */
export async function start(argv: readonly string[]): Promise<void> {
  // stdout closed early (`| head`) or on a full disk: one line, exit 4 (1 means "breaches found").
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    process.stderr.write(`habil: cannot write standard output: ${reason(error)}\n`);
    process.exit(EXIT.output);
  });

  // Interrupted: drop the outputs being written (listeners of the signal remove temporary files
  // synchronously, so an --out target keeps yesterday's content), say so, and exit 128 + the
  // signal's number, as shells report it.
  const interrupt = new AbortController();
  for (const [signal, code] of [
    ['SIGINT', EXIT.interrupted],
    ['SIGTERM', EXIT.terminated],
  ] as const) {
    process.once(signal, () => {
      interrupt.abort(signal);
      process.stderr.write(`habil: interrupted by ${signal}\n`);
      process.exit(code);
    });
  }

  // `habil udf` is a warehouse's row process, started once per pool slot: it loads its command only.
  const { run } = argv[0] === 'udf' ? await import('./udf-main') : await import('./program');
  process.exitCode = await run(argv, {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    progress: process.stderr.isTTY ? process.stderr : undefined,
    now: () => new Date(),
    exitCode: 0,
    signal: interrupt.signal,
  });
}
