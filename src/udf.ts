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
import { evaluate as evaluateTicket, usePeers } from './index';
import type { Ticket, TicketSla } from './index';
import { InputError, missingAt } from './errors';
import type { FieldValue } from './sla/fields';
import { guarded, type UdfError } from './udf-answer';
import { optionsOf, readJson, withoutNulls } from './udf-input';
import { policyOf, type UdfPolicyInput } from './udf-policy';

export type { UdfError } from './udf-answer';
export type { UdfPolicyInput } from './udf-policy';

// A warehouse script has no `require`: the bundle carries zod and date-holidays (or the lite
// build's holiday table standing in for it) and hands them over here.
usePeers({ zod, Holidays });

declare const __HABIL_VERSION__: string | undefined;

/** The habil version this bundle was built from. */
export const version: string = typeof __HABIL_VERSION__ === 'string' ? __HABIL_VERSION__ : 'dev';

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
    return JSON.stringify(answer);
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
    if (fields === undefined) return JSON.stringify(sla);
    const values: FieldValue[] = [];
    for (const read of fields.readers) values.push(read(sla));
    return fields.json(values);
  });
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
    if (answer.error) return JSON.stringify({ ok: false, version, error: answer.error });
    return JSON.stringify({ ok: answer.resolution === expected, version, expected, got: answer.resolution ?? null });
  });
}

function judge(
  policyInput: UdfPolicyInput,
  ticketInput: UdfTicketInput,
  now: UdfNowInput,
  explain: boolean,
): TicketSla {
  if (now === undefined || now === null || now === '') {
    throw new InputError([missingAt('now', 'is missing: pass the instant to judge at, e.g. CURRENT_TIMESTAMP()')]);
  }
  const policy = policyOf(policyInput);
  const ticket = withoutNulls(readJson<Ticket>(ticketInput, 'ticket'));
  return evaluateTicket(policy, ticket, { now, explain });
}

/** The global a UDF calls: `habil.due(...)`, `habil.evaluate(...)`, `habil.selfTest()`, `habil.version`. */
export const api = Object.freeze({ due, evaluate, selfTest, version });
(globalThis as { habil?: unknown }).habil = api;
