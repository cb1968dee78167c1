// Runs a zod schema at the boundary and turns its issues into habil's: each names the path,
// shows the value found there, and says what was expected.

import type { z } from 'zod';
import { type Issue, issueAt, missingAt, problemAt } from './errors';
import { zod } from './peers';

/**
 * A schema built on its first use, with zod loaded then (./peers): modules declare their
 * schemas at top level without zod on the import path.
 *
 * @example
 * const idSchema = lazySchema((z) => z.string().min(1));
 * parseWith(idSchema(), 'T-1'); //=> { ok: true, value: 'T-1' }
 */
export function lazySchema<T>(build: (zodApi: typeof z) => T): () => T {
  let built: T | undefined;
  return () => {
    built ??= build(zod());
    return built;
  };
}

/** Dotted path for error messages: ['hours', 'tue', 1] -> 'hours.tue[1]'. */
export function joinPath(base: string, segments: readonly PropertyKey[]): string {
  let out = base;
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out ? `.${String(segment)}` : String(segment);
  }
  return out;
}

function valueAt(input: unknown, segments: readonly PropertyKey[]): unknown {
  let current = input;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

/** Parses `input` with `schema`, or returns the issues, each with path and value. */
export function parseWith<T>(
  schema: z.ZodType<T>,
  input: unknown,
  basePath = '',
): { ok: true; value: T } | { ok: false; issues: Issue[] } {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, issues: result.error.issues.flatMap((issue) => toIssues(issue, [], input, basePath)) };
}

function toIssues(issue: z.core.$ZodIssue, prefix: readonly PropertyKey[], input: unknown, basePath: string): Issue[] {
  const at = [...prefix, ...issue.path];
  if (issue.code === 'invalid_union') {
    // When one alternative recognised the value's shape (every key known, none missing) and
    // only a nested value is wrong, e.g. hours as an object whose `mon` is not a list, its
    // issues say more than "none of the forms matched".
    const recognised = issue.errors.find((branch) =>
      branch.every((i) => i.path.length > 0 && valueAt(input, [...at, ...i.path]) !== undefined),
    );
    if (recognised) return recognised.flatMap((i) => toIssues(i, at, input, basePath));
  }
  const path = joinPath(basePath, at);
  if (issue.code === 'unrecognized_keys') {
    return [
      problemAt(
        path,
        `has unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `'${k}'`).join(', ')}`,
      ),
    ];
  }
  const value = valueAt(input, at);
  const message = issue.message.replace(/^(Invalid input|Invalid option|Too small|Too big): /, '');
  return [
    value === undefined ? missingAt(path, `is missing: ${message}`) : issueAt(path, value, `is invalid: ${message}`),
  ];
}
