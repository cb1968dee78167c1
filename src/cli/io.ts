// What a command touches outside itself, passed in so tests can run commands in-process: the
// output streams, the clock (the CLI is an edge: it may read the current time), the progress
// bar's stream when stderr is a terminal, and the exit code the command sets.

import type { Readable, Writable } from 'node:stream';

export interface CliIO {
  /** Standard input, for the commands that read rows from it (`habil udf`). */
  stdin?: Readable | undefined;
  stdout: Writable;
  stderr: Writable;
  /** stderr when it is a terminal: where a progress bar may draw. */
  progress?: Writable | undefined;
  now(): Date;
  /** Aborted when the process is interrupted (SIGINT, SIGTERM): outputs being written are dropped. */
  signal?: AbortSignal | undefined;
  exitCode: number;
}
