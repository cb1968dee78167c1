// Checks of the arguments a public function receives, for callers without TypeScript (or with
// `as any`): a missing options object or a policy that is not one is a HabilError naming the
// argument, never a TypeError from deep inside.

import { InputError, issueAt } from './errors';
import { isTermsSource } from './policy/source';

/**
 * Throws InputError ('INVALID_INPUT') unless `value` is a non-null object (not an array).
 *
 * @example
 * requireObject(undefined, 'options', "{ now: '2024-03-01T17:00:00-05:00' }");
 * // throws: options: undefined is not an object: expected { now: '2024-03-01T17:00:00-05:00' }
 */
export function requireObject(value: unknown, path: string, expected: string): asserts value is object {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return;
  throw new InputError([issueAt(path, value, `is not an object: expected ${expected}`)]);
}

/**
 * Throws InputError ('INVALID_INPUT') unless `value` is a policy or policy versions (anything
 * with the terms a ticket is judged by).
 *
 * @example
 * requirePolicy('icg', 'policy'); // throws: policy: 'icg' is not a policy: expected policies.icg, Policy.from(spec) or Policy.versions([...])
 */
export function requirePolicy(value: unknown, path: string): void {
  if (isTermsSource(value)) return;
  throw new InputError([
    issueAt(path, value, 'is not a policy: expected policies.icg, Policy.from(spec) or Policy.versions([...])'),
  ]);
}

/**
 * Throws InputError ('INVALID_INPUT') unless `value` is iterable or async-iterable.
 *
 * @example
 * requireIterable(undefined, 'tickets', 'tickets'); // throws: tickets: undefined is not a list: expected an array, iterable or async iterable of tickets
 */
export function requireIterable(value: unknown, path: string, what: string): void {
  const candidate = value as { [Symbol.iterator]?: unknown; [Symbol.asyncIterator]?: unknown } | null | undefined;
  if (typeof candidate?.[Symbol.iterator] === 'function' || typeof candidate?.[Symbol.asyncIterator] === 'function')
    return;
  throw new InputError([
    issueAt(path, value, `is not a list: expected an array, iterable or async iterable of ${what}`),
  ]);
}

/**
 * Throws HabilError 'INVALID_INPUT' unless `value` is undefined or a finite number from `min`
 * to `max` (an SVG width of NaN or Infinity draws nothing a browser shows).
 *
 * @example
 * requireNumberIn(Number.NaN, 'options.width', 480, 20_000); // throws: options.width: NaN is not a number from 480 to 20000
 */
export function requireNumberIn(value: unknown, path: string, min: number, max: number): void {
  if (value === undefined || (typeof value === 'number' && value >= min && value <= max)) return;
  throw new InputError([issueAt(path, value, `is not a number from ${min} to ${max}`)]);
}
