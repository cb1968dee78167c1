// The one door into a policy: what the SLA, render and CLI layers (and the UDF) read of a
// Policy or of PolicyVersions. A terms source answers the terms in force for a ticket, with the
// engine's view of each clock; the zone offset-less instants are read in; the plans and
// priorities in policy order, with their labels; the language and the policies behind it.
// Policy and PolicyVersions implement it, so no layer above asks which of the two it holds.

import { PolicyError, issueAt } from '../errors';
import type { Timeline } from '../engine/timeline';
import type { InstantInput } from '../time/instant';
import { findZone, type Zone } from '../time/zone';
import type { Policy } from './policy';
import type { PlanSpec, PolicyLang, TargetKind } from './spec';
import type { ResolvedTerms, TermsQuery } from './terms';

/** A named calendar as the engine sees it: its open time and its zone. */
export interface Clock {
  readonly name: string;
  readonly timeline: Timeline;
  readonly zone: Zone;
}

/** The terms a ticket is judged by, with the engine's view of each clock they name. */
export interface TermsInForce {
  readonly terms: ResolvedTerms;
  /** The name and language of the policy in force (under versions: the version's). */
  readonly policyName: string;
  readonly lang: PolicyLang;
  /** The label of the priority, as the charter names it. */
  readonly priorityLabel: string;
  /** Under versions: the label of the version in force. */
  readonly version?: string;
  /** The plan's business clock: intake, and the zone ticket wall times are read in. */
  readonly business: Clock;
  /** The plan's coverage clock (ISYS), when it names one. */
  readonly coverage?: Clock;
  /** The plan as the policy states it (its price and billing are read by the audit, ../sla/billing). */
  readonly plan: PlanSpec;
  /** The clock of each target the terms set. */
  readonly clocks: Readonly<Partial<Record<TargetKind, Clock>>>;
}

/** A plan as lists show it: its business zone and its priorities in policy order. */
export interface PlanOutline {
  readonly id: string;
  /** The zone of the plan's business calendar. */
  readonly zone: string;
  readonly priorities: readonly PriorityOutline[];
}

export interface PriorityOutline {
  readonly id: string;
  readonly label: string;
  /** True when requests have their own targets (ITAC REQUERIMIENTO). */
  readonly requestTargets: boolean;
}

/**
 * Where the terms of tickets come from: a Policy, or PolicyVersions. `evaluate`, `audit`, the
 * renderers and the CLI take any TermsSource.
 *
 * @example
 * const source: TermsSource = policies.icg; // or Policy.versions([...])
 * source.zone; //=> 'America/Bogota'
 * source.termsFor({ priority: 'Urgente' }, '2024-03-01 16:00').terms.priorityId; //=> 'urgent'
 */
export interface TermsSource {
  /**
   * The zone offset-less instants are read in when no ticket's plan says: the first plan's
   * business calendar's (versions: their `zone` option, else their first version's).
   */
  readonly zone: string;
  /** The language texts about this source are written in (versions: their common one, else 'en'). */
  readonly lang: PolicyLang;
  /** The policies behind the source, in order: the policy itself, or each version's. */
  readonly policies: readonly Policy[];
  /** Plans with their priorities in policy order (versions: in order of first appearance). */
  readonly plans: readonly PlanOutline[];
  /**
   * The terms in force for a ticket reported at `reportedAt` (under versions, the version in
   * force then judges it). Throws a PolicyError whose path (after `path`) names the ticket field
   * at fault: plan, priority, type, channel, or reportedAt (no version in force).
   */
  termsFor(ticket: TermsQuery, reportedAt: InstantInput, path?: string): TermsInForce;
}

/**
 * Whether a value is a terms source (a Policy, PolicyVersions, or another implementation),
 * asked of what it does rather than of its class.
 *
 * @example
 * isTermsSource(policies.icg); //=> true
 * isTermsSource(Calendar.from({ zone: 'UTC', hours: '24/7' })); //=> false
 */
export function isTermsSource(value: unknown): value is TermsSource {
  return typeof value === 'object' && value !== null && 'termsFor' in value && typeof value.termsFor === 'function';
}

/** The source's zone as the engine sees it. */
export function zoneOf(source: TermsSource): Zone {
  const zone = findZone(source.zone);
  if (zone) return zone;
  throw new PolicyError([issueAt('zone', source.zone, 'is not a known time zone', 'UNKNOWN_ZONE')]);
}
