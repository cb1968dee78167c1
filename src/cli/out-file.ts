// Where a command's output goes, checked and atomic. `--out` is written to a temporary file
// beside the target and renamed over it only once everything was written and flushed: a usage
// error, a failed or interrupted run (io.signal) leaves yesterday's file as it was and removes
// the temporary one. Every write error (no such directory, a full disk, a closed pipe) is an
// OutputError, which the program prints as one line and exits with EXIT.output.

import { once } from 'node:events';
import { randomUUID } from 'node:crypto';
import { chmodSync, createWriteStream, openSync, renameSync, type Stats, statSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { reason } from './errno';
import type { CliIO } from './io';
import { OutputError } from './usage';

/** An output being written: write, wait for room, then commit (or discard on failure). */
export interface Output {
  write(text: string): void;
  /** Resolves when the stream wants more; rejects with an OutputError when writing failed. */
  drained(): Promise<void>;
  /** Flushes, and renames the temporary file over the target. */
  commit(): Promise<void>;
  /** Drops what was written: the temporary file is removed, the target left as it was. */
  discard(): void;
}

/**
 * The output for `--out target`, or stdout when there is none. Fails at once, before any work,
 * when the target cannot be written (a missing directory, a directory, no permission).
 *
 * @example
 * const out = openOutput('report.html', io);
 * out.write(html);
 * await out.commit();
 */
export function openOutput(target: string | undefined, io: CliIO): Output {
  if (target === undefined) return checked(io.stdout, 'standard output', () => {});
  const stats = statOrUndefined(target);
  if (stats?.isDirectory()) throw new OutputError(`cannot write ${target}: is a directory`);
  // A device or a pipe (/dev/stdout, /dev/full, a FIFO) is written in place: renaming over it would replace it.
  if (stats && !stats.isFile()) return direct(target);
  const temp = join(dirname(target), `.${basename(target)}.${randomUUID().slice(0, 8)}.tmp`);
  let fd: number;
  try {
    fd = openSync(temp, 'wx', stats ? stats.mode & 0o777 : 0o666);
    if (stats) chmodSync(temp, stats.mode & 0o777);
  } catch (error) {
    throw new OutputError(`cannot write ${target}: ${reason(error, { ENOENT: 'no such directory' })}`);
  }
  const stream = createWriteStream(temp, { fd, flush: true });
  const remove = () => {
    stream.destroy();
    try {
      unlinkSync(temp);
    } catch {
      // already gone, or renamed
    }
  };
  io.signal?.addEventListener('abort', remove, { once: true });
  const output = checked(stream, target, remove);
  return {
    ...output,
    async commit() {
      await output.commit();
      io.signal?.removeEventListener('abort', remove);
      try {
        renameSync(temp, target);
      } catch (error) {
        remove();
        throw new OutputError(`cannot write ${target}: ${reason(error)}`);
      }
    },
    discard() {
      io.signal?.removeEventListener('abort', remove);
      remove();
    },
  };
}

function direct(target: string): Output {
  const stream = createWriteStream(target);
  return checked(stream, target, () => stream.destroy());
}

/** Write errors of `stream` kept (never an unhandled 'error' event) and thrown as OutputErrors. */
function checked(stream: Writable, name: string, discard: () => void): Output {
  let failed: unknown;
  stream.on('error', (error) => {
    failed ??= error;
  });
  // Settles when everything written so far was flushed (or failed): stdout is never ended, and
  // its errors come after the write that caused them.
  let flushed = Promise.resolve();
  const fail = (error: unknown) => new OutputError(`cannot write ${name}: ${reason(error)}`);
  const isStdout = name === 'standard output';
  return {
    write(text) {
      if (failed !== undefined) throw fail(failed);
      flushed = new Promise((settle) =>
        stream.write(text, (error) => {
          if (error) failed ??= error;
          settle();
        }),
      );
    },
    async drained() {
      if (failed !== undefined) throw fail(failed);
      if (!stream.writableNeedDrain) return;
      await once(stream, 'drain').catch((error: unknown) => {
        throw fail(error);
      });
    },
    async commit() {
      if (failed === undefined && !isStdout) {
        stream.end();
        await once(stream, 'finish').catch((error: unknown) => {
          failed ??= error;
        });
      } else await flushed;
      if (failed !== undefined) {
        discard();
        throw fail(failed);
      }
    },
    discard,
  };
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
