#!/usr/bin/env node
// The `habil` executable: runs the program on process arguments with the real streams and
// clock, and exits with its code. Everything else lives in ./program, loaded only when there is
// more to do than print the version (its dependencies take most of a second to load).
// Owns the process's edges: a write error on stdout and an interrupt end the run with one line
// on stderr and their own exit code.

import { reason } from './errno';
import { EXIT } from './usage';
import { VERSION } from './version';

// stdout closed early (`| head`) or on a full disk: one line, exit 4 (1 means "breaches found").
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  process.stderr.write(`habil: cannot write standard output: ${reason(error)}\n`);
  process.exit(EXIT.output);
});

// Interrupted: drop the outputs being written (listeners of the signal remove temporary files
// synchronously, so an --out target keeps yesterday's content), say so, and exit 128 + the signal's number, as shells report it.
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

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  process.stdout.write(`${VERSION}\n`);
} else {
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
