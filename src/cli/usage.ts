// Exit codes of the `habil` command, and the checks of option values: a value that cannot be
// used is a UsageError (src/errors.ts) naming the flag, printed without a stack, exit 2.

import { type HabilError, show, UsageError } from '../errors';

export { UsageError } from '../errors';

/**
 * 0 done; 1 breaches found under --fail-on-breach; 2 usage error; 3 rows rejected under --strict;
 * 4 the output could not be written; 130 and 143 interrupted by SIGINT and SIGTERM (128 + signal).
 */
export const EXIT = {
  ok: 0,
  breaches: 1,
  usage: 2,
  rejected: 3,
  output: 4,
  interrupted: 130,
  terminated: 143,
} as const;

/**
 * A library error about the fields a command filled from flags, as a UsageError that names the
 * flags: `reportedAt` becomes `--at` for `habil due`. Paths not in `flags` are kept.
 *
 * @example
 * blame(error, { reportedAt: '--at', priority: '--priority' });
 */
export function blame(error: HabilError, flags: Readonly<Record<string, string>>): UsageError {
  return new UsageError(
    error.issues.map((issue) => {
      const field = /^[^.[]*/.exec(issue.path)?.[0] ?? '';
      return {
        ...issue,
        path: flags[field] === undefined ? issue.path : flags[field] + issue.path.slice(field.length),
      };
    }),
  );
}

/**
 * A whole number option of at least `min`, or a UsageError naming it.
 *
 * @example
 * wholeNumber('--workers', '4', 1); //=> 4
 */
export function wholeNumber(option: string, value: string, min = 0): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isInteger(n) || n < min)
    throw new UsageError(`${option} ${show(value)}: expected a whole number${min > 0 ? ` from ${min}` : ''}`, option);
  return n;
}

/** Output that could not be written (no such directory, a full disk, a closed pipe): exit 4. */
export class OutputError extends Error {
  override name = 'OutputError';
}

/**
 * Collects repeated `--map col=field` options into a column -> field record.
 *
 * @example
 * collectMap('Creado=reportedAt', {}); //=> { Creado: 'reportedAt' }
 * collectMap('Notas=', {}); //=> { Notas: '' } (ignore the column)
 */
export function collectMap(entry: string, map: Record<string, string>): Record<string, string> {
  const at = entry.lastIndexOf('=');
  if (at <= 0)
    throw new UsageError(
      `--map ${show(entry)}: expected column=field, e.g. --map 'Fecha de creación=reportedAt'`,
      '--map',
    );
  return { ...map, [entry.slice(0, at)]: entry.slice(at + 1) };
}

/**
 * A choice among fixed values, or a UsageError listing them.
 *
 * @example
 * oneOf('--format', 'csv', ['table', 'csv']); //=> 'csv'
 */
export function oneOf<T extends string>(option: string, value: string, choices: readonly T[]): T {
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${option} ${show(value)}: expected one of ${choices.join(', ')}`, option);
}
