// The warehouse adapter: what `dist/habil.udf.js` exposes as `globalThis.habil`, for JavaScript
// user-defined functions in BigQuery, Snowflake and any other place that runs one plain script
// with no modules, no `require`, no `process` and no timers (see docs/warehouse.md).
//
// Strings in, strings out: SQL engines pass JSON text (or plain objects) and take JSON text
// back. A bad row never throws: it answers `{"error": {...}}`, so one broken ticket does not
// fail an audit of millions. Compiled policies are cached by their text, since a warehouse
// calls the function once per row with the same policy.

import Holidays from 'date-holidays';
import * as zod from 'zod';
import { Policy, policies, evaluate as evaluateTicket, HabilError, usePeers } from './index';
import type { Ticket, TicketSla } from './index';
import { type FieldReader, type FieldValue, fieldReader, SLA_FIELDS } from './sla/fields';

// A warehouse script has no `require`: the bundle carries zod and date-holidays (or the lite
// build's holiday table standing in for it) and hands them over here.
usePeers({ zod, Holidays });

declare const __HABIL_VERSION__: string | undefined;

/** The habil version this bundle was built from. */
export const version: string = typeof __HABIL_VERSION__ === 'string' ? __HABIL_VERSION__ : 'dev';

/** A policy as SQL hands it over: a built-in id, a PolicySpec, or `{ builtin, contract }`. */
export type UdfPolicyInput = string | Record<string, unknown>;
/** A ticket as SQL hands it over: its JSON text or the object itself (fields as in `Ticket`). */
export type UdfTicketInput = string | Record<string, unknown>;
/** "now": an ISO 8601 string, epoch milliseconds or a Date (BigQuery passes TIMESTAMP as Date). */
export type UdfNowInput = string | number | Date;

/** What `due` answers, as JSON: ISO instants in UTC, `null` for a target the policy does not set. */
export interface UdfDue {
  ticketId?: string;
  policy: string;
  plan: string;
  priority: string;
  intake: 'accepted' | 'deferred';
  response: string | null;
  resolution: string | null;
}

/** What a row that cannot be judged answers, as JSON. */
export interface UdfError {
  error: { name: string; code?: string; message: string };
}

const BUILT_IN = ['icg', 'websaas', 'hosting'] as const;
const WITH_CONTRACT = ['itac', 'isys'] as const;
const CACHE_LIMIT = 64;
const cache = new Map<string, Policy>();

/**
 * When a ticket's targets run out, as a JSON string: `{ ticketId, policy, plan, priority,
 * intake, response, resolution }` with ISO instants (UTC), or `{ error }` for a row that cannot
 * be judged.
 *
 * @example
 * habil.due('icg', '{"id":"T-1","priority":"Urgente","reportedAt":"2024-03-01 16:00"}', '2024-03-01T21:00:00Z');
 * //=> '{"ticketId":"T-1","policy":"icg","plan":"standard","priority":"urgent","intake":"accepted",
 * //     "response":"2024-03-01T22:00:00.000Z","resolution":"2024-03-04T14:30:00.000Z"}'
 */
export function due(policy: UdfPolicyInput, ticket: UdfTicketInput, now: UdfNowInput): string {
  return guarded(() => {
    const sla = judge(policy, ticket, now, false);
    const answer: UdfDue = {
      ...(sla.ticketId === undefined ? {} : { ticketId: sla.ticketId }),
      policy: sla.policy,
      plan: sla.plan,
      priority: sla.priority,
      intake: sla.intake.status,
      response: sla.targets.response?.due.toISOString() ?? null,
      resolution: sla.targets.resolution?.due.toISOString() ?? null,
    };
    return answer;
  });
}

/**
 * The whole `evaluate()` result as a JSON string (instants as ISO strings in UTC): intake, and
 * per target its clock, due, status, elapsed, remaining and warnings. `options` may ask for
 * `{ "explain": true }`, or for `{ "fields": ["resolution.due", "resolution.status"] }`: then
 * only those fields, as `{"resolution.due": "…", "resolution.status": "…"}` (`null` where the
 * ticket has none), which costs a fraction of the whole result. A row that cannot be judged
 * answers `{ error }`.
 *
 * @example
 * const sla = JSON.parse(habil.evaluate('icg', ticketJson, '2024-03-04T13:00:00Z'));
 * sla.targets.resolution.status; //=> 'running'
 * habil.evaluate('icg', ticketJson, '2024-03-04T13:00:00Z', '{"fields":["resolution.status"]}');
 * //=> '{"resolution.status":"running"}'
 */
export function evaluate(
  policy: UdfPolicyInput,
  ticket: UdfTicketInput,
  now: UdfNowInput,
  options?: string | { explain?: boolean; fields?: string[] } | null,
): string {
  return guarded(() => {
    const { explain, fields } = optionsOf(options);
    const sla = judge(policy, ticket, now, explain);
    if (fields === undefined) return sla;
    const answer: Record<string, FieldValue> = {};
    for (const [name, read] of fields) answer[name] = read(sla);
    return answer;
  });
}

interface EvaluateOptions {
  explain: boolean;
  fields?: [string, FieldReader][];
}

const NO_OPTIONS: EvaluateOptions = { explain: false };
const optionsCache = new Map<string, EvaluateOptions>();

/** Options read once per distinct text: a query passes the same options on every row. */
function optionsOf(input: unknown): EvaluateOptions {
  if (input === undefined || input === null || input === '') return NO_OPTIONS;
  const key = typeof input === 'string' ? input : JSON.stringify(input);
  const cached = optionsCache.get(key);
  if (cached) return cached;
  const { explain, fields } = readJson<{ explain?: unknown; fields?: unknown }>(input, 'options');
  const read: EvaluateOptions = { explain: explain === true };
  if (fields !== undefined) {
    if (!Array.isArray(fields) || fields.some((name) => typeof name !== 'string'))
      throw new UdfInputError('options', 'fields must be a list of field names, e.g. ["resolution.due"]');
    read.fields = fields.map((name: string) => {
      const reader = fieldReader(name);
      if (!reader) throw new UdfInputError('options', `'${name}' is not a field (known: ${SLA_FIELDS.join(', ')})`);
      return [name, reader];
    });
  }
  if (optionsCache.size >= CACHE_LIMIT) optionsCache.delete(optionsCache.keys().next().value as string);
  optionsCache.set(key, read);
  return read;
}

/**
 * Checks that this engine computes what habil computes in Node: a known ICG deadline, which
 * needs the `Intl` time-zone support habil relies on. Run it once in a new warehouse.
 *
 * @example
 * JSON.parse(habil.selfTest()).ok; //=> true
 */
export function selfTest(): string {
  return guarded(() => {
    const expected = '2024-03-04T14:30:00.000Z';
    const answer = JSON.parse(
      due('icg', { priority: 'urgent', reportedAt: '2024-03-01 16:00' }, '2024-03-01T21:00:00Z'),
    ) as Partial<UdfDue> & Partial<UdfError>;
    if (answer.error) return { ok: false, version, error: answer.error };
    return { ok: answer.resolution === expected, version, expected, got: answer.resolution ?? null };
  });
}

function judge(
  policyInput: UdfPolicyInput,
  ticketInput: UdfTicketInput,
  now: UdfNowInput,
  explain: boolean,
): TicketSla {
  if (now === undefined || now === null || (now as unknown) === '') {
    throw new UdfInputError('now', 'is missing: pass the instant to judge at, e.g. CURRENT_TIMESTAMP()');
  }
  const policy = policyOf(policyInput);
  const ticket = withoutNulls(readJson<Ticket>(ticketInput, 'ticket'));
  return evaluateTicket(policy, ticket, { now, explain });
}

function policyOf(input: UdfPolicyInput): Policy {
  if (input === undefined || input === null)
    throw new UdfInputError('policy', "is missing: pass a built-in id such as 'icg' or a policy spec as JSON");
  const key = typeof input === 'string' ? input.trim() : JSON.stringify(input);
  const cached = cache.get(key);
  if (cached) return cached;
  const policy = buildPolicy(input, key);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(key, policy);
  return policy;
}

function buildPolicy(input: UdfPolicyInput, key: string): Policy {
  if (typeof input === 'string' && !key.startsWith('{')) return builtIn(key, undefined);
  const spec = readJson<Record<string, unknown>>(input, 'policy');
  if (typeof spec.builtin === 'string') return builtIn(spec.builtin, spec.contract);
  return Policy.from(spec as never);
}

function builtIn(id: string, contract: unknown): Policy {
  if ((BUILT_IN as readonly string[]).includes(id)) return policies[id as (typeof BUILT_IN)[number]];
  if ((WITH_CONTRACT as readonly string[]).includes(id)) {
    if (contract === undefined) {
      throw new UdfInputError(
        'policy',
        `'${id}' needs its contract: pass {"builtin":"${id}","contract":{"targets":{...}}}`,
      );
    }
    return policies[id as (typeof WITH_CONTRACT)[number]](contract as never);
  }
  throw new UdfInputError(
    'policy',
    `'${id}' is not a built-in policy (known: ${[...BUILT_IN, ...WITH_CONTRACT].join(', ')}) nor JSON`,
  );
}

function readJson<T>(input: unknown, what: string): T {
  if (typeof input === 'string') {
    try {
      return JSON.parse(input) as T;
    } catch (error) {
      throw new UdfInputError(what, `is not valid JSON (${(error as Error).message})`);
    }
  }
  if (input !== null && typeof input === 'object') return input as T;
  throw new UdfInputError(what, `is ${input === null ? 'null' : typeof input}: expected JSON text or an object`);
}

/**
 * SQL NULL arrives as JSON null (`TO_JSON_STRING` writes every column): a ticket field that is
 * null is a field the row does not have, so no respondedAt, no pause end, no plan.
 */
function withoutNulls<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutNulls) as T;
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) if (field !== null) copy[key] = withoutNulls(field);
  return copy as T;
}

class UdfInputError extends Error {
  override name = 'UdfInputError';
  readonly code = 'INVALID_INPUT';
  constructor(what: string, problem: string) {
    super(`${what} ${problem}`);
  }
}

function guarded(compute: () => unknown): string {
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

/** The global a UDF calls: `habil.due(...)`, `habil.evaluate(...)`, `habil.selfTest()`, `habil.version`. */
export const api = Object.freeze({ due, evaluate, selfTest, version });
(globalThis as { habil?: unknown }).habil = api;
