#!/usr/bin/env node
// The `habil` executable: runs the program on process arguments with the real streams and
// clock, and exits with its code. Everything else lives in ./program.

import { run } from './program';

// Output piped into `head` and closed early: stop quietly, as Unix tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = await run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  progress: process.stderr.isTTY ? process.stderr : undefined,
  now: () => new Date(),
  exitCode: 0,
});
