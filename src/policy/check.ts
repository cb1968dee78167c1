// The checks a policy needs beyond its structure: every calendar compiles, every name a plan,
// channel or target uses is a calendar of the policy, no two priorities (or plans, channels,
// pause reasons) answer to the same name, ranges run from min to max. Every problem is
// collected with its path, so one error lists them all.

import { Calendar } from '../calendar/calendar';
import type { CalendarSpec } from '../calendar/spec';
import { HabilError, PolicyError, type Issue, issueAt } from '../errors';
import { joinPath } from '../validate';
import { labelEntry } from './check-names';
import { PolicyChecks } from './check-plans';
import { listNames } from './names';
import type { ParsedPolicy } from './schema';
import type { PolicySpec } from './spec';

/** A policy whose references, names and numbers have all been checked, with its calendars compiled. */
export interface CheckedPolicy {
  spec: PolicySpec;
  calendars: ReadonlyMap<string, Calendar>;
}

/**
 * Issues of a nested spec, re-rooted under `prefix`.
 *
 * @example
 * prefixIssues('calendars.business', [{ path: 'hours.tue[1]', message: '...' }]); //=> [{ path: 'calendars.business.hours.tue[1]', ... }]
 */
export function prefixIssues(prefix: string, issues: readonly Issue[]): Issue[] {
  return issues.map((issue) => ({
    ...issue,
    path:
      issue.path === '' ? prefix : issue.path.startsWith('[') ? `${prefix}${issue.path}` : `${prefix}.${issue.path}`,
  }));
}

/**
 * Runs every check on a structurally valid spec; throws one PolicyError listing every problem found.
 *
 * @example
 * const parsed = parseWith(policyParseSchema, input);
 * if (parsed.ok) checkPolicy(parsed.value).calendars.get('business'); //=> a compiled Calendar
 */
export function checkPolicy(parsed: ParsedPolicy): CheckedPolicy {
  const issues: Issue[] = [];
  const calendars = compileCalendars(parsed.calendars, issues);
  const known = Object.keys(parsed.calendars);
  const checker = new PolicyChecks(issues, known);

  checker.durations.warnings(parsed.warnings, 'warnings');
  const pauseReasons = checker.pauses(parsed.pauses ?? []);
  checker.statuses(parsed.statuses ?? []);
  (parsed.exclusions ?? []).forEach((exclusion, i) => {
    const path = `exclusions[${i}]`;
    checker.names.unique('exclusion', exclusion.id, `${path}.id`, i, 'exclusion');
    if (exclusion.pause !== undefined && !pauseReasons.includes(exclusion.pause)) {
      issues.push(
        issueAt(
          `${path}.pause`,
          exclusion.pause,
          `is not a pause reason of this policy (known: ${listNames(pauseReasons) || 'none'})`,
        ),
      );
    }
  });
  parsed.plans.forEach((plan, i) => {
    checker.names.names(
      'plan',
      i,
      [{ text: plan.id, path: `plans[${i}].id`, kind: 'id' }, ...labelEntry(plan.label, `plans[${i}].label`)],
      'plan',
    );
    checker.plan(plan, `plans[${i}]`);
  });

  if (issues.length > 0) throw new PolicyError(issues);
  const spec = {
    ...parsed,
    calendars: Object.fromEntries(
      [...calendars].map(([name]) => [name, specOf(parsed.calendars[name], calendars.get(name)!)]),
    ),
  };
  // The checks above are exactly the gap between the parsed structure and PolicySpec: every
  // target has either a duration or a min/max pair, and every calendar value compiled.
  return { spec: spec as PolicySpec, calendars };
}

function specOf(value: unknown, calendar: Calendar): PolicySpec['calendars'][string] {
  // A Calendar instance passed in code is stored as its spec, so the policy stays plain data.
  return value === '24/7' ? '24/7' : calendar.toJSON();
}

/**
 * Compiles every named calendar. '24/7' is always open, read in the zone of the first calendar
 * listed that has one: the zone ticket wall times are read in must not depend on the clock.
 */
function compileCalendars(specs: Record<string, unknown>, issues: Issue[]): Map<string, Calendar> {
  const compiled = new Map<string, Calendar | undefined>();
  let homeZone: string | undefined;
  for (const [name, value] of Object.entries(specs)) {
    if (value === '24/7') {
      compiled.set(name, undefined);
      continue;
    }
    try {
      const calendar = Calendar.from(value as CalendarSpec);
      homeZone ??= calendar.zone;
      compiled.set(name, calendar);
    } catch (error) {
      if (!HabilError.is(error)) throw error;
      issues.push(...prefixIssues(joinPath('calendars', [name]), error.issues));
    }
  }
  const out = new Map<string, Calendar>();
  for (const [name, calendar] of compiled) {
    out.set(name, calendar ?? Calendar.from({ zone: homeZone ?? 'UTC', hours: '24/7' }));
  }
  return out;
}
