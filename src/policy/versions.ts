// Policies that change over time: each ticket is judged by the version in force when it was
// reported, as contracts are renewed with new hours and targets. Versions are checked for
// overlaps and gaps up front, so an audit never silently judges a ticket by the wrong terms.

import { PolicyError, TicketError, show, type Issue } from '../errors';
import { toEpochMs, type InstantInput } from '../time/instant';
import { findZone, type Zone } from '../time/zone';
import type { Policy } from './policy';
import type { TicketShape } from '../sla/ticket';
import { coreOf } from '../calendar/calendar';

/** One version of a policy: in force from `from` (inclusive) until `to` or the next version. */
export interface PolicyVersionInput {
  from: InstantInput;
  to?: InstantInput;
  policy: Policy;
  /** How the version is named in results; defaults to its `from` as given. */
  label?: string;
}

export interface PolicyVersionsOptions {
  /** Zone for offset-less bounds; defaults to the zone of the first version's `business` calendar. */
  zone?: string;
  /** Allow periods covered by no version (tickets reported then get an error). */
  allowGaps?: boolean;
}

interface Version {
  from: number;
  to: number;
  policy: Policy;
  label: string;
}

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
export class PolicyVersions {
  readonly #versions: readonly Version[];
  readonly #zone: Zone;

  private constructor(versions: Version[], zone: Zone) {
    this.#versions = versions;
    this.#zone = zone;
    Object.freeze(this);
  }

  /**
   * Checks and orders the versions: no overlaps, no gaps unless `allowGaps`.
   *
   * @example
   * PolicyVersions.from([{ from: '2024-01-01', policy: policies.icg }], { zone: 'America/Bogota' });
   */
  static from(inputs: readonly PolicyVersionInput[], options: PolicyVersionsOptions = {}): PolicyVersions {
    if (inputs.length === 0)
      throw new PolicyError([{ path: 'versions', message: 'is empty: expected at least one { from, policy }' }]);
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
        issues.push({
          path: `versions[${v.index}].to`,
          message: `${show(inputs[v.index]!.to)} is not after from ${show(inputs[v.index]!.from)}`,
        });
      if (!next) {
        if (!v.explicitEnd) v.to = Infinity;
        return;
      }
      if (next.from === v.from)
        issues.push({
          path: `versions[${next.index}].from`,
          message: `${show(inputs[next.index]!.from)} starts at the same instant as versions[${v.index}]`,
        });
      if (!v.explicitEnd) v.to = next.from;
      else if (v.to > next.from)
        issues.push({
          path: `versions[${v.index}].to`,
          message: `${show(inputs[v.index]!.to)} overlaps versions[${next.index}], in force from ${show(inputs[next.index]!.from)}`,
        });
      else if (v.to < next.from && !options.allowGaps) {
        issues.push({
          path: `versions[${v.index}].to`,
          message: `${show(inputs[v.index]!.to)} leaves a gap before versions[${next.index}] (from ${show(inputs[next.index]!.from)}); pass { allowGaps: true } if no terms applied then`,
        });
      }
    });
    if (issues.length > 0) throw new PolicyError(issues);
    return new PolicyVersions(
      versions.map(({ from, to, policy, label }) => ({ from, to, policy, label })),
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
   * The version a ticket is judged by: the one in force at its report; throws a TicketError
   * when no version covers it.
   *
   * @example
   * versions.forTicket(readTicketShape(ticket)).policy.id; //=> 'itac'
   */
  forTicket(shape: TicketShape): { policy: Policy; label: string } {
    const reportedAt = shape.raw.reportedAt;
    const version = this.at(reportedAt);
    if (!version) {
      throw new TicketError(shape.id, [
        {
          path: 'reportedAt',
          message: `${show(reportedAt)} falls in no policy version: versions cover ${this.#coverage()}`,
        },
      ]);
    }
    return version;
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
      throw new PolicyError([
        { path: 'options.zone', code: 'UNKNOWN_ZONE', message: `${show(options.zone)} is not a known time zone` },
      ]);
    return zone;
  }
  const first = inputs[0]!.policy;
  try {
    return coreOf(first.calendar('business')).zone;
  } catch {
    throw new PolicyError([
      {
        path: 'options.zone',
        message:
          "is missing: the first version has no 'business' calendar, so say in which zone offset-less bounds are read",
      },
    ]);
  }
}
