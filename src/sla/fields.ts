// The fields of a judged ticket that a query can ask for by name ('resolution.due',
// 'intake.status', ...), each read as a plain value: what the warehouse paths (the `habil udf`
// process and the JavaScript UDF bundles' `fields` option) return instead of the whole result.

import { formatUtcInstant } from '../time/iso-format';
import type { TargetKind, TargetResult, TicketSla } from './types';

/** A field's value: instants as ISO strings in UTC, `null` where the ticket has none. */
export type FieldValue = string | number | null;

/** Reads one named field of a ticket's SLA. */
export type FieldReader = (sla: TicketSla) => FieldValue;

const iso = (date: Date | undefined): string | null => (date === undefined ? null : formatUtcInstant(date.getTime()));
const orNull = <T>(value: T | undefined): T | null => (value === undefined ? null : value);

const TICKET = new Map<string, FieldReader>(
  Object.entries({
    ticketId: (sla) => orNull(sla.ticketId),
    policy: (sla) => sla.policy,
    plan: (sla) => sla.plan,
    priority: (sla) => sla.priority,
    version: (sla) => orNull(sla.version),
    'intake.status': (sla) => sla.intake.status,
    'intake.reason': (sla) => orNull(sla.intake.reason),
    'intake.clockStartsAt': (sla) => formatUtcInstant(sla.intake.clockStartsAt.getTime()),
    nextChangeAt: (sla) => iso(sla.nextChangeAt),
  } satisfies Record<string, FieldReader>),
);

const TARGET = new Map<string, (target: TargetResult) => FieldValue>(
  Object.entries({
    clock: (t) => t.clock,
    target: (t) => t.target,
    due: (t) => formatUtcInstant(t.due.getTime()),
    expectedBy: (t) => iso(t.expectedBy),
    bound: (t) => t.bound,
    status: (t) => t.status,
    elapsed: (t) => t.elapsed,
    remaining: (t) => t.remaining,
    consumed: (t) => t.consumed,
    metAt: (t) => iso(t.metAt),
    breachedAt: (t) => iso(t.breachedAt),
  } satisfies Record<string, (target: TargetResult) => FieldValue>),
);

const KINDS: readonly TargetKind[] = ['response', 'resolution'];

/** Every field name `fieldReader` knows, in a stable order (for help texts and errors). */
export const SLA_FIELDS: readonly string[] = [
  ...TICKET.keys(),
  ...KINDS.flatMap((kind) => [...TARGET.keys()].map((name) => `${kind}.${name}`)),
];

/** Fields whose values are free text (ids, names, labels and durations a policy spells). */
const TEXT_FIELDS = new Set([
  'ticketId',
  'policy',
  'plan',
  'priority',
  'version',
  'intake.reason',
  ...KINDS.flatMap((kind) => [`${kind}.clock`, `${kind}.target`]),
]);

/**
 * Whether a field's values are instants, numbers, statuses or null, never free text: a writer
 * of TSV or JSON need not look for characters to escape in them.
 *
 * @example
 * isPlainField('resolution.due'); //=> true
 * isPlainField('ticketId'); //=> false
 */
export function isPlainField(name: string): boolean {
  return !TEXT_FIELDS.has(name) && fieldReader(name) !== undefined;
}

/**
 * The reader of a named field, or undefined for a name habil does not know. A target's field
 * is `null` when the policy sets no such target for the ticket.
 *
 * @example
 * const due = fieldReader('resolution.due');
 * due?.(evaluate(policies.icg, ticket, { now })); //=> '2024-03-04T14:30:00.000Z'
 */
export function fieldReader(name: string): FieldReader | undefined {
  const own = TICKET.get(name);
  if (own) return own;
  const dot = name.indexOf('.');
  const kind = name.slice(0, dot) as TargetKind;
  const read = TARGET.get(name.slice(dot + 1));
  if (dot < 0 || !KINDS.includes(kind) || read === undefined) return undefined;
  return (sla) => {
    const target = sla.targets[kind];
    return target === undefined ? null : read(target);
  };
}
