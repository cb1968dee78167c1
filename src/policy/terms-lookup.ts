// Finding a ticket's plan, priority, type and channel in a checked policy by any name it
// answers to (id, label or alias, compared as nameKey does); a name the policy does not know
// is a PolicyError listing the names it does.

import { PolicyError, show, issueAt, missingAt } from '../errors';
import { joinPath } from '../validate';
import { listNames, nameKey } from './names';
import type { PlanSpec, PolicySpec, TicketType } from './spec';

/** A plan with its priority and channel names keyed. */
export interface PlanIndex {
  spec: PlanSpec;
  priorities: Map<string, number>;
  channels: Map<string, number>;
}

/**
 * A plan's lookup tables.
 *
 * @example
 * planIndex(spec.plans[0]).priorities.get(nameKey('Urgente')); //=> 0
 */
export function planIndex(plan: PlanSpec): PlanIndex {
  return {
    spec: plan,
    priorities: keysOf(plan.priorities.map((p) => [p.id, p.label, ...(p.aliases ?? [])])),
    channels: keysOf((plan.channels ?? []).map((c) => [c.id, c.label, ...(c.aliases ?? [])])),
  };
}

/**
 * The plan a ticket names; the only one when it names none.
 *
 * @example
 * planOf(spec, keys, 'Estándar', 'tickets[0]'); //=> 0
 */
export function planOf(
  spec: PolicySpec,
  keys: ReadonlyMap<string, number>,
  plan: string | undefined,
  base: string,
): number {
  const plans = spec.plans;
  const path = () => joinPath(base, ['plan']);
  if (plan === undefined) {
    if (plans.length === 1) return 0;
    throw new PolicyError(
      [
        missingAt(
          path(),
          `is missing: policy ${show(spec.id)} has ${plans.length} plans, name one of ${listNames(plans.map((p) => p.id))}`,
        ),
      ],
      'UNKNOWN_PLAN',
    );
  }
  const found = typeof plan === 'string' ? keys.get(nameKey(plan)) : undefined;
  if (found !== undefined) return found;
  throw new PolicyError(
    [issueAt(path(), plan, `is not a plan of policy ${show(spec.id)} (known: ${listNames(plans.map((p) => p.id))})`)],
    'UNKNOWN_PLAN',
  );
}

/**
 * The priority a ticket names, by id, label or alias.
 *
 * @example
 * priorityOf('icg', plan, 'Urgente', 'tickets[0]'); //=> 0
 */
export function priorityOf(policyId: string, plan: PlanIndex, priority: string, base: string): number {
  const found = typeof priority === 'string' ? plan.priorities.get(nameKey(priority)) : undefined;
  if (found !== undefined) return found;
  const known = plan.spec.priorities.map((p) => (p.aliases?.length ? `${p.id} (${p.aliases.join(', ')})` : p.id));
  throw new PolicyError(
    [
      issueAt(
        joinPath(base, ['priority']),
        priority,
        `is not a priority of ${show(`${policyId} · ${plan.spec.id}`)} (known: ${listNames(known)})`,
      ),
    ],
    'UNKNOWN_PRIORITY',
  );
}

/**
 * The ticket type, 'incident' when not given.
 *
 * @example
 * typeOf(undefined, 'tickets[0]'); //=> 'incident'
 */
export function typeOf(type: TicketType | undefined, base: string): TicketType {
  if (type === undefined || type === 'incident' || type === 'request') return type ?? 'incident';
  throw new PolicyError(
    [issueAt(joinPath(base, ['type']), type, "is not a ticket type: expected 'incident' or 'request'")],
    'INVALID_INPUT',
  );
}

/**
 * A channel, when given, must be one the plan lists (plans that list none accept any).
 *
 * @example
 * checkChannel('icg', plan, 'email', 'tickets[0]');
 */
export function checkChannel(policyId: string, plan: PlanIndex, channel: string, base: string): void {
  const channels = plan.spec.channels ?? [];
  if (channels.length === 0 || (typeof channel === 'string' && plan.channels.has(nameKey(channel)))) return;
  const known = channels.map((c) => (c.aliases?.length ? `${c.id} (${c.aliases.join(', ')})` : c.id));
  throw new PolicyError(
    [
      issueAt(
        joinPath(base, ['channel']),
        channel,
        `is not a channel of ${show(`${policyId} · ${plan.spec.id}`)} (known: ${listNames(known)})`,
      ),
    ],
    'INVALID_INPUT',
  );
}

/** Name key -> owner index, for names already checked to be unambiguous. */
export function keysOf(owners: readonly (readonly (string | undefined)[])[]): Map<string, number> {
  const keys = new Map<string, number>();
  owners.forEach((names, i) => {
    for (const name of names) if (name) keys.set(nameKey(name), i);
  });
  return keys;
}
