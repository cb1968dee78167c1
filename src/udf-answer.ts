// A warehouse call's answer: JSON text of the result, or `{"error": {...}}` for a row that
// cannot be judged, so one broken ticket does not fail an audit of millions.

import { HabilError } from './errors';

/**
 * What a row that cannot be judged answers, as JSON: a habil error's class name, code, the
 * path of the value at fault (a ticket field such as `reportedAt`, `policy`, `now`,
 * `options.fields[0]`) and message.
 */
export interface UdfError {
  error: { name: string; code?: string; path?: string; message: string };
}

/**
 * The JSON text `compute` returns, or that of the error it throws.
 *
 * @example
 * guarded(() => { throw new Error('x'); }); //=> '{"error":{"name":"Error","message":"x"}}'
 */
export function guarded(compute: () => string): string {
  try {
    return compute();
  } catch (error) {
    return JSON.stringify(errorAnswer(error));
  }
}

function errorAnswer(error: unknown): UdfError {
  if (HabilError.is(error)) {
    return { error: { name: error.name, code: error.code, path: error.path, message: error.message } };
  }
  if (error instanceof Error) return { error: { name: error.name, message: error.message } };
  return { error: { name: 'Error', message: String(error) } };
}
