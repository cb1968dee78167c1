// A system error (errno) as a few words for a one-line message: 'no space left on device (ENOSPC)'.
// Kept apart so the executable's edge (./main) can use it without loading the program.

const WORDS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  ENOSPC: 'no space left on device',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  EROFS: 'read-only file system',
  EPIPE: 'the reader closed the pipe',
  EDQUOT: 'disk quota exceeded',
  EMFILE: 'too many open files',
};

/**
 * The reason of a failed system call, in words, with its code; `words` overrides some codes.
 *
 * @example
 * reason(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }));
 * //=> 'no space left on device (ENOSPC)'
 */
export function reason(error: unknown, words: Record<string, string> = {}): string {
  const { code, message } = (error ?? {}) as NodeJS.ErrnoException;
  const known = code === undefined ? undefined : (words[code] ?? WORDS[code]);
  return known ? `${known} (${code})` : String(message ?? error).split('\n')[0]!;
}
