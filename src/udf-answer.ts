// A warehouse call's answer: JSON text of the result, or `{"error": {...}}` for a row that
// cannot be judged, so one broken ticket does not fail an audit of millions.

import { HabilError } from './index';
import { UdfInputError } from './udf-input';

/** What a row that cannot be judged answers, as JSON. */
export interface UdfError {
  error: { name: string; code?: string; message: string };
}

/**
 * The JSON text of what `compute` returns, or of the error it throws.
 *
 * @example
 * guarded(() => { throw new Error('x'); }); //=> '{"error":{"name":"Error","message":"x"}}'
 */
export function guarded(compute: () => unknown): string {
  try {
    return JSON.stringify(compute());
  } catch (error) {
    return JSON.stringify(errorAnswer(error));
  }
}

function errorAnswer(error: unknown): UdfError {
  if (HabilError.is(error) || error instanceof UdfInputError) {
    return { error: { name: error.name, code: error.code, message: error.message } };
  }
  if (error instanceof Error) return { error: { name: error.name, message: error.message } };
  return { error: { name: 'Error', message: String(error) } };
}
