// A policy's terms as SQL rows: for every name a ticket export may write for a plan and a
// priority (ids, labels, aliases, compared by their name key), the terms Policy.resolve gives,
// flattened; and for every pause reason, which targets it stops. Read through the public
// Policy API only: the SQL never re-decides what a policy means.

import type { Policy } from '../policy';
import { nameKey } from '../policy/names';
import type { ResolvedTarget, ResolvedTerms } from '../policy/terms';
import type { TargetKind } from '../policy/spec';
import { isEscalation, levelThreshold } from '../policy/warnings';
import { PolicyError, problemAt } from '../errors';

/** One target of a terms row; NULL columns when the policy sets no such target. */
export interface TargetColumns {
  clock: string;
  ms: number;
  minMs: number | null;
  strict: boolean;
  /** Elapsed ms from which a running target is at risk (the lowest warning level), or null. */
  warnMs: number | null;
}

/** A (plan name, priority name) pair as a ticket may write it, and what it resolves to. */
export interface TermsRow {
  planKey: string;
  priorityKey: string;
  planId: string;
  priorityId: string;
  business: string;
  offHours: boolean;
  targets: Partial<Record<Exclude<TargetKind, 'update'>, TargetColumns>>;
}

/** A pause reason (by name key) and the targets a pause for it stops. */
export interface PauseReasonRow {
  reasonKey: string;
  stops: readonly TargetKind[];
}

/** The plan key of a ticket with no plan: a leading space, which no name key has (they are trimmed). */
export const NO_PLAN = ' ';

/** The kinds of target compiled SQL judges, in output order. */
export const SQL_TARGETS = ['response', 'resolution'] as const;

/** A kind of target compiled SQL judges. */
export type SqlTarget = (typeof SQL_TARGETS)[number];

/**
 * Every (plan, priority) name pair of a policy with its terms. A ticket with no plan matches
 * plan key NO_PLAN when the policy has exactly one plan, as Policy.resolve does.
 *
 * @example
 * termsRows(policies.icg).find((r) => r.priorityKey === 'urgente')?.targets.response?.clock; //=> '24/7'
 */
export function termsRows(policy: Policy): TermsRow[] {
  const spec = policy.toJSON();
  const rows: TermsRow[] = [];
  for (const plan of spec.plans) {
    const planKeys = [...keys([plan.id, plan.label]), ...(spec.plans.length === 1 ? [NO_PLAN] : [])];
    for (const priority of plan.priorities) {
      const terms = policy.resolve({ plan: plan.id, priority: priority.id });
      const targets = targetColumns(terms);
      for (const planKey of planKeys) {
        for (const priorityKey of keys([priority.id, priority.label, ...(priority.aliases ?? [])])) {
          rows.push({
            planKey,
            priorityKey,
            planId: terms.planId,
            priorityId: terms.priorityId,
            business: terms.businessClock,
            offHours: terms.offHoursIntake,
            targets,
          });
        }
      }
    }
  }
  return rows;
}

/**
 * Every pause reason name of a policy (reason, label, aliases) with the targets it stops.
 * Reasons not listed, and pauses with no reason, stop the resolution target only.
 *
 * @example
 * pauseReasonRows(policies.icg).find((r) => r.reasonKey === 'fabricante')?.stops; //=> ['resolution']
 */
export function pauseReasonRows(policy: Policy): PauseReasonRow[] {
  const terms = firstTerms(policy);
  return (policy.toJSON().pauses ?? []).flatMap((pause) =>
    keys([pause.reason, pause.label, ...(pause.aliases ?? [])]).map((reasonKey) => ({
      reasonKey,
      stops: terms.pauseStops(pause.reason),
    })),
  );
}

/** Pause scope is the policy's, the same in every terms: read it from the first. */
function firstTerms(policy: Policy): ResolvedTerms {
  const first = policy.toJSON().plans[0]!;
  return policy.resolve({ plan: first.id, priority: first.priorities[0]!.id });
}

function pauseReasons(policy: Policy): string[] {
  return (policy.toJSON().pauses ?? []).map((pause) => pause.reason);
}

/**
 * The targets some pause can stop: set by some terms row, and stopped by a pause with no
 * reason or an unknown one (the resolution) or by a pause reason of the policy.
 *
 * @example
 * pauseKinds(policies.icg, termsRows(policies.icg)); //=> ['resolution']
 */
export function pauseKinds(policy: Policy, rows: readonly TermsRow[]): SqlTarget[] {
  const stopped = new Set(
    [undefined, ...pauseReasons(policy)].flatMap((reason) => firstTerms(policy).pauseStops(reason)),
  );
  return SQL_TARGETS.filter((kind) => stopped.has(kind) && rows.some((row) => row.targets[kind] !== undefined));
}

/**
 * The targets some terms row gives as a range (min to max).
 *
 * @example
 * rangeKinds(termsRows(policies.hosting)); //=> ['response']
 */
export function rangeKinds(rows: readonly TermsRow[]): SqlTarget[] {
  return SQL_TARGETS.filter((kind) => rows.some((row) => row.targets[kind]?.minMs != null));
}

/** The calendars a policy's SQL needs: every business calendar and every target's clock. */
export function calendarsUsed(rows: readonly TermsRow[]): string[] {
  const names = new Set<string>();
  for (const row of rows) {
    names.add(row.business);
    for (const kind of SQL_TARGETS) {
      const target = row.targets[kind];
      if (target) names.add(target.clock);
    }
  }
  return [...names];
}

function targetColumns(terms: ResolvedTerms): TermsRow['targets'] {
  const out: TermsRow['targets'] = {};
  for (const kind of SQL_TARGETS) {
    const target = terms.targets[kind];
    if (target) out[kind] = columnsOf(target, terms, kind);
  }
  return out;
}

function columnsOf(target: ResolvedTarget, terms: ResolvedTerms, kind: TargetKind): TargetColumns {
  // A day target's length depends on its clock start; the compiled SQL counts milliseconds only.
  if (target.days)
    throw new PolicyError(
      [
        problemAt(
          `plans.${terms.planId}.${terms.priorityId}.${kind}`,
          `is in business days (${target.days.max}): compiled SQL counts business hours only; evaluate such targets with evaluate()/audit()`,
        ),
      ],
      'INVALID_POLICY',
    );
  // Escalation levels ({ after }) lie past due: they never make a running target at risk.
  const thresholds = terms.warnings
    .filter((level) => !isEscalation(level))
    .map((level) => levelThreshold(level, target.target));
  return {
    clock: target.clock,
    ms: target.target,
    minMs: target.min ?? null,
    strict: target.bound === 'strict',
    warnMs: thresholds.length === 0 ? null : Math.min(...thresholds),
  };
}

function keys(names: readonly (string | undefined)[]): string[] {
  const out = new Set<string>();
  for (const name of names) if (name !== undefined) out.add(nameKey(name));
  return [...out];
}
