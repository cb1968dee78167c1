// The references and names inside a policy's pauses, statuses and plans: every calendar a
// plan, channel or target names exists, names are unique per scope (./check-names), target
// durations hold (./check-durations), off-hours intake names the plan's own priorities.

import { type Issue, issueAt, problemAt } from '../errors';
import { billingIssues } from './billing';
import { DurationChecks, type ParsedTarget } from './check-durations';
import { aliasEntries, labelEntry, NameRegistry } from './check-names';
import { listNames } from './names';
import type { ParsedPolicy } from './schema';

type ParsedPlan = ParsedPolicy['plans'][number];

/**
 * Carries the issue list and the calendar names through the checks of one policy.
 *
 * @example
 * const checks = new PolicyChecks(issues, ['business']);
 * checks.plan(parsed.plans[0], 'plans[0]');
 */
export class PolicyChecks {
  readonly #names: NameRegistry;
  readonly #durations: DurationChecks;

  constructor(
    readonly issues: Issue[],
    readonly calendars: readonly string[],
  ) {
    this.#names = new NameRegistry(issues);
    this.#durations = new DurationChecks(issues);
  }

  get names(): NameRegistry {
    return this.#names;
  }

  get durations(): DurationChecks {
    return this.#durations;
  }

  calendar(name: string, path: string): void {
    if (!this.calendars.includes(name)) {
      this.issues.push(issueAt(path, name, `is not a calendar of this policy (known: ${listNames(this.calendars)})`));
    }
  }

  pauses(pauses: NonNullable<ParsedPolicy['pauses']>): string[] {
    pauses.forEach((pause, i) => {
      const path = `pauses[${i}]`;
      this.#names.names(
        'pause',
        i,
        [
          { text: pause.reason, path: `${path}.reason`, kind: 'id' },
          ...labelEntry(pause.label, `${path}.label`),
          ...aliasEntries(pause.aliases, path),
        ],
        'pause reason',
      );
    });
    return pauses.map((p) => p.reason);
  }

  /** Status names are unique like pause reasons; only a pause status carries a reason. */
  statuses(statuses: NonNullable<ParsedPolicy['statuses']>): void {
    statuses.forEach((status, i) => {
      const path = `statuses[${i}]`;
      this.#names.names(
        'status',
        i,
        [
          { text: status.id, path: `${path}.id`, kind: 'id' },
          ...labelEntry(status.label, `${path}.label`),
          ...aliasEntries(status.aliases, path),
        ],
        'status',
      );
      if (status.reason !== undefined && status.clock !== 'pause') {
        this.issues.push(
          problemAt(`${path}.reason`, `is set on a '${status.clock}' status: only a 'pause' status has a reason`),
        );
      }
    });
  }

  plan(plan: ParsedPlan, path: string): void {
    this.calendar(plan.business, `${path}.business`);
    this.#durations.warnings(plan.warnings, `${path}.warnings`);
    if (plan.coverage !== undefined) this.calendar(plan.coverage, `${path}.coverage`);
    this.issues.push(...billingIssues(plan, path));
    (plan.channels ?? []).forEach((channel, i) => {
      const at = `${path}.channels[${i}]`;
      this.#names.names(
        `${path} channel`,
        i,
        [
          { text: channel.id, path: `${at}.id`, kind: 'id' },
          { text: channel.label, path: `${at}.label`, kind: 'label' },
          ...aliasEntries(channel.aliases, at),
        ],
        'channel',
      );
      this.calendar(channel.calendar, `${at}.calendar`);
    });
    const ids = plan.priorities.map((p) => p.id);
    plan.priorities.forEach((priority, i) => {
      const at = `${path}.priorities[${i}]`;
      this.#names.names(
        `${path} priority`,
        i,
        [
          { text: priority.id, path: `${at}.id`, kind: 'id' },
          { text: priority.label, path: `${at}.label`, kind: 'label' },
          ...aliasEntries(priority.aliases, at),
        ],
        'priority',
      );
      for (const [field, targets] of [
        ['targets', priority.targets],
        ['requestTargets', priority.requestTargets],
      ] as const) {
        for (const kind of ['response', 'update', 'resolution'] as const) {
          const target = targets?.[kind];
          if (target) this.#target(target, `${at}.${field}.${kind}`);
        }
      }
    });
    if (Array.isArray(plan.offHoursIntake)) {
      plan.offHoursIntake.forEach((id, i) => {
        if (!ids.includes(id)) {
          this.issues.push(
            issueAt(`${path}.offHoursIntake[${i}]`, id, `is not a priority id of this plan (known: ${listNames(ids)})`),
          );
        }
      });
    }
  }

  #target(target: ParsedTarget, path: string): void {
    this.calendar(target.clock, `${path}.clock`);
    this.#durations.target(target, path);
  }
}
