// What the hand-worked SLA tests share: durations in ms, instants as ISO strings, and the ICG
// policy with the extras a case needs (an update target, another reopen or priority rule).
import { policies, Policy, type PolicySpec } from '../../src/policy';

export const M = 60_000;
export const H = 3_600_000;

/** A result's instant as an ISO string (undefined stays undefined), for readable expectations. */
export const iso = (d: Date | undefined): string | undefined => d?.toISOString();

/** ICG with `extra` spec fields (reopen, priorityChange, statuses...) under its own id. */
export function icgWith(extra: Partial<PolicySpec>, id = 'icg-variant'): Policy {
  return Policy.from({ ...policies.icg.toJSON(), id, ...extra });
}

/** ICG with a 2 business-hour update target on every priority (the charter promises none). */
export function withUpdate(): Policy {
  const spec = policies.icg.toJSON();
  for (const priority of spec.plans[0]!.priorities) priority.targets!.update = { duration: 'PT2H', clock: 'business' };
  return Policy.from({ ...spec, id: 'icg-update' });
}
