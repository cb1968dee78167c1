// Policies that change over time: each ticket is judged by the version in force when it was
// reported, as contracts are renewed with new hours and targets. Versions are checked for
// overlaps and gaps up front, so an audit never silently judges a ticket by the wrong terms.

import { PolicyError, type Issue, show, issueAt, problemAt } from '../errors';
import { toEpochMs, type InstantInput } from '../time/instant';
import { findZone, type Zone } from '../time/zone';
import type { Policy } from './policy';
import type { PlanOutline, TermsInForce, TermsSource } from './source';
import type { TermsQuery } from './terms';
import type { PolicyLang } from './spec';

/** One version of a policy: in force from `from` (inclusive) until `to` or the next version. */
export interface PolicyVersionInput {
  from: InstantInput;
  to?: InstantInput;
  policy: Policy;
  /** How the version is named in results; defaults to its `from` as given. */
  label?: string;
}

export interface PolicyVersionsOptions {
  /** Zone for offset-less bounds; defaults to the first version's (its first plan's business calendar's). */
  zone?: string;
  /** Allow periods covered by no version (tickets reported then get an error). */
  allowGaps?: boolean;
}

interface Version {
  from: number;
  to: number;
  policy: Policy;
  label: string;
  /** The version's terms in force, labelled with it: built once per terms. */
  labelled: WeakMap<TermsInForce, TermsInForce>;
}

// PolicyVersions' body never names PolicyVersions, or esbuild renames the class `_PolicyVersions`
// (its `.name` in a REPL; test/package/names.test.ts): it builds through this, set by its static block.
let construct: (versions: Version[], zone: Zone) => PolicyVersions;

/**
 * A sequence of policy versions. Pass it to `evaluate` or `audit` in place of a policy.
 *
 * @example
 * const itac = Policy.versions([
 *   { from: '2019-01-01', policy: policies.itac(oldContract), label: 'contrato 2019' },
 *   { from: '2020-07-06', policy: policies.itac(newContract), label: 'plataforma 2020' },
 * ]);
 * evaluate(itac, ticket, { now }).version; //=> 'plataforma 2020' for a ticket reported after 2020-07-06
 */
export class PolicyVersions implements TermsSource {
  /** The zone offset-less bounds (and instants with no plan) are read in. */
  readonly zone: string;
  /** The versions' common language, else 'en'. */
  readonly lang: PolicyLang;
  /** Each version's policy, in order of `from`, each once. */
  readonly policies: readonly Policy[];
  /** The plans of every version and their priorities, in order of first appearance. */
  readonly plans: readonly PlanOutline[];
  readonly #versions: readonly Version[];
  readonly #zone: Zone;

  private constructor(versions: Version[], zone: Zone) {
    this.#versions = versions;
    this.#zone = zone;
    this.zone = zone.name;
    this.policies = Object.freeze([...new Set(versions.map((v) => v.policy))]);
    const langs = new Set(this.policies.map((p) => p.lang));
    this.lang = langs.size === 1 ? this.policies[0]!.lang : 'en';
    this.plans = Object.freeze(mergePlans(this.policies));
    Object.freeze(this);
  }
  static {
    construct = (versions, zone) => new this(versions, zone);
  }

  /**
   * Checks and orders the versions: no overlaps, no gaps unless `allowGaps`.
   *
   * @example
   * PolicyVersions.from([{ from: '2024-01-01', policy: policies.icg }], { zone: 'America/Bogota' });
   */
  static from(inputs: readonly PolicyVersionInput[], options: PolicyVersionsOptions = {}): PolicyVersions {
    if (!Array.isArray(inputs))
      throw new PolicyError(
        [issueAt('versions', inputs, 'is not a list: expected [{ from, policy }, ...]')],
        'INVALID_INPUT',
      );
    if (inputs.length === 0)
      throw new PolicyError([problemAt('versions', 'is empty: expected at least one { from, policy }')]);
    const zone = zoneFor(inputs, options);
    const issues: Issue[] = [];
    const read = (value: InstantInput, path: string): number => {
      try {
        return toEpochMs(value, zone, path);
      } catch (error) {
        issues.push(...(error as PolicyError).issues);
        return Number.NaN;
      }
    };
    const versions = inputs.map((input, i) => ({
      from: read(input.from, `versions[${i}].from`),
      to: input.to === undefined ? Number.NaN : read(input.to, `versions[${i}].to`),
      policy: input.policy,
      label:
        input.label ??
        (typeof input.from === 'string' ? input.from : new Date(read(input.from, `versions[${i}].from`)).toISOString()),
      index: i,
      explicitEnd: input.to !== undefined,
    }));
    if (issues.length > 0) throw new PolicyError(issues);
    versions.sort((a, b) => a.from - b.from);
    versions.forEach((v, k) => {
      const next = versions[k + 1];
      if (v.explicitEnd && v.to <= v.from)
        issues.push(
          issueAt(`versions[${v.index}].to`, inputs[v.index]!.to, `is not after from ${show(inputs[v.index]!.from)}`),
        );
      if (!next) {
        if (!v.explicitEnd) v.to = Infinity;
        return;
      }
      if (next.from === v.from)
        issues.push(
          issueAt(
            `versions[${next.index}].from`,
            inputs[next.index]!.from,
            `starts at the same instant as versions[${v.index}]`,
          ),
        );
      if (!v.explicitEnd) v.to = next.from;
      else if (v.to > next.from)
        issues.push(
          issueAt(
            `versions[${v.index}].to`,
            inputs[v.index]!.to,
            `overlaps versions[${next.index}], in force from ${show(inputs[next.index]!.from)}`,
          ),
        );
      else if (v.to < next.from && !options.allowGaps) {
        issues.push(
          issueAt(
            `versions[${v.index}].to`,
            inputs[v.index]!.to,
            `leaves a gap before versions[${next.index}] (from ${show(inputs[next.index]!.from)}); pass { allowGaps: true } if no terms applied then`,
          ),
        );
      }
    });
    if (issues.length > 0) throw new PolicyError(issues);
    return construct(
      versions.map(({ from, to, policy, label }) => ({ from, to, policy, label, labelled: new WeakMap() })),
      zone,
    );
  }

  /**
   * The version in force at an instant, or undefined in a gap or before the first.
   *
   * @example
   * versions.at('2020-07-06 09:00')?.label; //=> 'plataforma 2020'
   */
  at(at: InstantInput): { policy: Policy; label: string } | undefined {
    const t = toEpochMs(at, this.#zone, 'at');
    const version = this.#versions.find((v) => v.from <= t && t < v.to);
    return version && { policy: version.policy, label: version.label };
  }

  /**
   * The terms a ticket is judged by: those of the version in force at its report. Throws a
   * PolicyError at `reportedAt` when no version covers it.
   *
   * @example
   * versions.termsFor({ priority: 'high' }, '2020-08-01 09:00').version; //=> 'plataforma 2020'
   */
  termsFor(ticket: TermsQuery, reportedAt: InstantInput, path = ''): TermsInForce {
    const version = this.#versionAt(reportedAt, path);
    const terms = version.policy.termsFor(ticket, reportedAt, path);
    let labelled = version.labelled.get(terms);
    if (!labelled) {
      labelled = Object.freeze({ ...terms, version: version.label });
      version.labelled.set(terms, labelled);
    }
    return labelled;
  }

  #versionAt(reportedAt: InstantInput, path: string): Version {
    const t = toEpochMs(reportedAt, this.#zone, path ? `${path}.reportedAt` : 'reportedAt');
    const version = this.#versions.find((v) => v.from <= t && t < v.to);
    if (version) return version;
    throw new PolicyError(
      [
        issueAt(
          path ? `${path}.reportedAt` : 'reportedAt',
          reportedAt,
          `falls in no policy version: versions cover ${this.#coverage()}`,
        ),
      ],
      'INVALID_TICKET',
    );
  }

  #coverage(): string {
    return this.#versions
      .map((v) => `${new Date(v.from).toISOString()} – ${Number.isFinite(v.to) ? new Date(v.to).toISOString() : '…'}`)
      .join(', ');
  }
}

function zoneFor(inputs: readonly PolicyVersionInput[], options: PolicyVersionsOptions): Zone {
  if (options.zone !== undefined) {
    const zone = findZone(options.zone);
    if (!zone)
      throw new PolicyError([issueAt('options.zone', options.zone, 'is not a known time zone', 'UNKNOWN_ZONE')]);
    return zone;
  }
  return findZone(inputs[0]!.policy.zone)!;
}

/** The plans of several policies, each plan and priority once, in order of first appearance. */
function mergePlans(policies: readonly Policy[]): PlanOutline[] {
  const plans = new Map<string, PlanOutline>();
  for (const policy of policies) {
    for (const plan of policy.plans) {
      const known = plans.get(plan.id);
      if (!known) {
        plans.set(plan.id, plan);
        continue;
      }
      const ids = new Set(known.priorities.map((p) => p.id));
      const added = plan.priorities.filter((p) => !ids.has(p.id));
      if (added.length > 0) plans.set(plan.id, { ...known, priorities: [...known.priorities, ...added] });
    }
  }
  return [...plans.values()];
}
