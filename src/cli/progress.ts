// A progress bar on stderr for long audits: only when stderr is a terminal and the input is
// large enough for a wait to be felt, so pipes, CI logs and small files stay clean.

import { SingleBar } from 'cli-progress';
import type { Writable } from 'node:stream';

/** Inputs smaller than this finish before a bar would help. */
export const PROGRESS_MIN_BYTES = 8 * 1024 * 1024;

/** Feeds bytes audited; stop() clears the line. */
export interface Progress {
  bytes(done: number): void;
  stop(): void;
}

const NONE: Progress = { bytes: () => {}, stop: () => {} };

/**
 * A bar over `total` bytes on a terminal stream, or a no-op without one or for a small input.
 *
 * @example
 * const progress = progressBar(process.stderr.isTTY ? process.stderr : undefined, statSync(file).size);
 */
export function progressBar(stream: Writable | undefined, total: number): Progress {
  if (stream === undefined || total < PROGRESS_MIN_BYTES) return NONE;
  const bar = new SingleBar({
    stream,
    format: 'auditing {bar} {percentage}% · ETA {eta_formatted}',
    barsize: 30,
    hideCursor: true,
    clearOnComplete: true,
    etaBuffer: 50,
  });
  bar.start(total, 0);
  return { bytes: (done) => bar.update(done), stop: () => bar.stop() };
}
