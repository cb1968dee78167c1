// Runs a zod schema at the boundary and turns its issues into habil's: each names the path,
// shows the value found there, and says what was expected.

import type { z } from 'zod';
import { show, type Issue } from './errors';

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
  const issues = result.error.issues.map((issue): Issue => {
    const path = joinPath(basePath, issue.path);
    if (issue.code === 'unrecognized_keys') {
      return { path, message: `has unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `'${k}'`).join(', ')}` };
    }
    const value = valueAt(input, issue.path);
    const message = issue.message.replace(/^Invalid input: /, '');
    return { path, message: value === undefined ? `is missing: ${message}` : `${show(value)} is invalid: ${message}` };
  });
  return { ok: false, issues };
}
