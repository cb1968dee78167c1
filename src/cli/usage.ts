// Exit codes of the `habil` command, and the error for a command line that cannot run: it
// prints its message (no stack) and exits 2.

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

/** A command line that cannot run: a bad option value, a missing file, an unusable policy. */
export class UsageError extends Error {
  override name = 'UsageError';
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
    throw new UsageError(`--map '${entry}': expected column=field, e.g. --map 'Fecha de creación=reportedAt'`);
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
  throw new UsageError(`${option} '${value}': expected one of ${choices.join(', ')}`);
}
