// Reading what SQL hands the warehouse functions: JSON text or objects, with SQL NULLs dropped,
// and evaluate's options, read once per distinct text since a query passes the same on every row.

import { InputError, issueAt, problemAt } from './errors';
import { type FieldReader, type FieldValue, fieldReader, isPlainField, SLA_FIELDS } from './sla/fields';
import { jsonWriter } from './sla/fields-json';

/** How many policies and option texts are kept: a warehouse query uses one or a few. */
export const CACHE_LIMIT = 64;

/** evaluate's options once read: explanations, and the fields to answer with. */
export interface EvaluateOptions {
  explain: boolean;
  /** The fields asked for: their readers in order, and the JSON text of the answer they make. */
  fields?: { readers: FieldReader[]; json: (values: readonly FieldValue[]) => string };
}

const NO_OPTIONS: EvaluateOptions = { explain: false };
const optionsCache = new Map<string, EvaluateOptions>();

/**
 * Options read once per distinct text: a query passes the same options on every row.
 *
 * @example
 * optionsOf('{"fields":["resolution.due"]}').fields?.json(['2024-03-04T14:30:00.000Z']);
 * //=> '{"resolution.due":"2024-03-04T14:30:00.000Z"}'
 */
export function optionsOf(input: unknown): EvaluateOptions {
  if (input === undefined || input === null || input === '') return NO_OPTIONS;
  const key = typeof input === 'string' ? input : JSON.stringify(input);
  const cached = optionsCache.get(key);
  if (cached) return cached;
  const { explain, fields } = readJson<{ explain?: unknown; fields?: unknown }>(input, 'options');
  const read: EvaluateOptions = { explain: explain === true };
  if (fields !== undefined) {
    if (!Array.isArray(fields) || fields.some((name) => typeof name !== 'string'))
      throw new InputError([
        issueAt('options.fields', fields, 'is not a list of field names: expected e.g. ["resolution.due"]'),
      ]);
    const readers = fields.map((name: string, i) => {
      const reader = fieldReader(name);
      if (!reader)
        throw new InputError([
          issueAt(`options.fields[${i}]`, name, `is not a field (known: ${SLA_FIELDS.join(', ')})`),
        ]);
      return reader;
    });
    read.fields = { readers, json: jsonWriter(fields, fields.map(isPlainField)) };
  }
  if (optionsCache.size >= CACHE_LIMIT) evictOldest(optionsCache);
  optionsCache.set(key, read);
  return read;
}

/** Drops a cache's oldest entry (Maps keep insertion order). */
export function evictOldest(cache: Map<string, unknown>): void {
  const oldest = cache.keys().next();
  if (!oldest.done) cache.delete(oldest.value);
}

/**
 * JSON text parsed, or an object taken as it is.
 *
 * @example
 * readJson<Ticket>('{"priority":"P1"}', 'ticket').priority; //=> 'P1'
 */
export function readJson<T>(input: unknown, what: string): T {
  if (typeof input === 'string') {
    try {
      return JSON.parse(input) as T;
    } catch (error) {
      throw new InputError([problemAt(what, `is not valid JSON (${(error as Error).message})`)]);
    }
  }
  if (input !== null && typeof input === 'object') return input as T;
  throw new InputError([issueAt(what, input, 'is not JSON text or an object')]);
}

/**
 * SQL NULL arrives as JSON null (`TO_JSON_STRING` writes every column): a ticket field that is
 * null is a field the row does not have, so no respondedAt, no pause end, no plan. A value
 * without nulls is answered as it is; one with nulls, as a copy without them.
 */
export function withoutNulls<T>(value: T): T {
  return holdsNull(value) ? copyWithoutNulls(value) : value;
}

/** Whether an object field anywhere in `value` is null (what copyWithoutNulls drops). */
function holdsNull(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(holdsNull);
  if (value === null || typeof value !== 'object' || value instanceof Date) return false;
  for (const field of Object.values(value)) if (field === null || holdsNull(field)) return true;
  return false;
}

/** The copy defines its fields (a `__proto__` key stays a field, as JSON.parse made it, not a prototype). */
function copyWithoutNulls<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copyWithoutNulls) as T;
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  const fields = Object.entries(value).filter(([, field]) => field !== null);
  return Object.fromEntries(fields.map(([key, field]) => [key, copyWithoutNulls(field)])) as T;
}
