#!/usr/bin/env node
// The `habil` executable: runs the program on process arguments with the real streams and
// clock, and exits with its code. Everything else lives in ./program, loaded only when there is
// more to do than print the version (its dependencies take most of a second to load).

import { VERSION } from './version';

// Output piped into `head` and closed early: stop quietly, as Unix tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  process.stdout.write(`${VERSION}\n`);
} else {
  const { run } = await import('./program');
  process.exitCode = await run(argv, {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    progress: process.stderr.isTTY ? process.stderr : undefined,
    now: () => new Date(),
    exitCode: 0,
  });
}
