// The checks a policy needs beyond its structure: every calendar compiles, every name a plan,
// channel or target uses is a calendar of the policy, no two priorities (or plans, channels,
// pause reasons) answer to the same name, ranges run from min to max. Every problem is
// collected with its path, so one error lists them all.

import { Calendar } from '../calendar/calendar';
import type { CalendarSpec } from '../calendar/spec';
import { HabilError, PolicyError, show, type Issue } from '../errors';
import { isDayDuration, toBusinessDays } from '../time/days';
import { toDurationMs } from '../time/duration';
import { joinPath } from '../validate';
import { listNames, nameKey } from './names';
import type { ParsedPolicy } from './schema';
import type { DurationSpec, PolicySpec, WarningLevel } from './spec';

/** A policy whose references, names and numbers have all been checked, with its calendars compiled. */
export interface CheckedPolicy {
  spec: PolicySpec;
  calendars: ReadonlyMap<string, Calendar>;
}

type ParsedPlan = ParsedPolicy['plans'][number];
type ParsedTarget = NonNullable<NonNullable<ParsedPlan['priorities'][number]['targets']>['response']>;

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
  const checker = new Checker(issues, known);

  checker.warnings(parsed.warnings, 'warnings');
  const pauseReasons = checker.pauses(parsed.pauses ?? []);
  checker.statuses(parsed.statuses ?? []);
  (parsed.exclusions ?? []).forEach((exclusion, i) => {
    const path = `exclusions[${i}]`;
    checker.unique('exclusion', exclusion.id, `${path}.id`, i, 'exclusion');
    if (exclusion.pause !== undefined && !pauseReasons.includes(exclusion.pause)) {
      issues.push({
        path: `${path}.pause`,
        message: `${show(exclusion.pause)} is not a pause reason of this policy (known: ${listNames(pauseReasons) || 'none'})`,
      });
    }
  });
  parsed.plans.forEach((plan, i) => {
    checker.names(
      'plan',
      i,
      [{ text: plan.id, path: `plans[${i}].id`, kind: 'id' }, ...optional(plan.label, `plans[${i}].label`)],
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

function optional(text: string | undefined, path: string): NameEntry[] {
  return text === undefined || text === '' ? [] : [{ text, path, kind: 'label' }];
}

interface NameEntry {
  text: string;
  path: string;
  kind: 'id' | 'label' | 'alias';
}

/** Carries the issue list and the calendar names through the checks of one policy. */
class Checker {
  /** Per scope ('plan', 'pause', 'plans[0] priority'...): name key -> who holds it. */
  readonly #seen = new Map<string, Map<string, { owner: number; id: string; path: string; kind: NameEntry['kind'] }>>();

  constructor(
    readonly issues: Issue[],
    readonly calendars: readonly string[],
  ) {}

  calendar(name: string, path: string): void {
    if (!this.calendars.includes(name)) {
      this.issues.push({
        path,
        message: `${show(name)} is not a calendar of this policy (known: ${listNames(this.calendars)})`,
      });
    }
  }

  /** One id in a scope; a second holder of the same id is reported at its own path. */
  unique(scope: string, id: string, path: string, owner: number, noun: string): void {
    this.names(scope, owner, [{ text: id, path, kind: 'id' }], noun);
  }

  /**
   * Registers the names `owner` answers to in `scope`, compared as nameKey does. An alias
   * repeated within one owner, or any name held by two owners, is reported.
   */
  names(scope: string, owner: number, entries: readonly NameEntry[], noun: string): void {
    let seen = this.#seen.get(scope);
    if (!seen) {
      seen = new Map();
      this.#seen.set(scope, seen);
    }
    const id = entries[0]?.text ?? '';
    for (const entry of entries) {
      const key = nameKey(entry.text);
      const held = seen.get(key);
      if (held === undefined) {
        seen.set(key, { owner, id, path: entry.path, kind: entry.kind });
      } else if (held.owner !== owner) {
        this.issues.push({
          path: entry.path,
          message:
            entry.kind === 'id' && held.kind === 'id'
              ? `${show(entry.text)} is already the id of ${held.path.replace(/\.\w+$/, '')}: ${noun} ids must be unique`
              : `${show(entry.text)} already names ${noun} ${show(held.id)} (${held.path}): a name must point to one ${noun}, compared ignoring case and accents`,
        });
      } else if (entry.kind === 'alias' && held.kind === 'alias') {
        this.issues.push({
          path: entry.path,
          message: `${show(entry.text)} repeats ${held.path} (aliases are compared ignoring case and accents)`,
        });
      }
    }
  }

  pauses(pauses: NonNullable<ParsedPolicy['pauses']>): string[] {
    pauses.forEach((pause, i) => {
      const path = `pauses[${i}]`;
      this.names(
        'pause',
        i,
        [
          { text: pause.reason, path: `${path}.reason`, kind: 'id' },
          ...optional(pause.label, `${path}.label`),
          ...aliases(pause.aliases, path),
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
      this.names(
        'status',
        i,
        [
          { text: status.id, path: `${path}.id`, kind: 'id' },
          ...optional(status.label, `${path}.label`),
          ...aliases(status.aliases, path),
        ],
        'status',
      );
      if (status.reason !== undefined && status.clock !== 'pause') {
        this.issues.push({
          path: `${path}.reason`,
          message: `is set on a '${status.clock}' status: only a 'pause' status has a reason`,
        });
      }
    });
  }

  plan(plan: ParsedPlan, path: string): void {
    this.calendar(plan.business, `${path}.business`);
    this.warnings(plan.warnings, `${path}.warnings`);
    if (plan.coverage !== undefined) this.calendar(plan.coverage, `${path}.coverage`);
    (plan.channels ?? []).forEach((channel, i) => {
      const at = `${path}.channels[${i}]`;
      this.names(
        `${path} channel`,
        i,
        [
          { text: channel.id, path: `${at}.id`, kind: 'id' },
          { text: channel.label, path: `${at}.label`, kind: 'label' },
          ...aliases(channel.aliases, at),
        ],
        'channel',
      );
      this.calendar(channel.calendar, `${at}.calendar`);
    });
    const ids = plan.priorities.map((p) => p.id);
    plan.priorities.forEach((priority, i) => {
      const at = `${path}.priorities[${i}]`;
      this.names(
        `${path} priority`,
        i,
        [
          { text: priority.id, path: `${at}.id`, kind: 'id' },
          { text: priority.label, path: `${at}.label`, kind: 'label' },
          ...aliases(priority.aliases, at),
        ],
        'priority',
      );
      for (const [field, targets] of [
        ['targets', priority.targets],
        ['requestTargets', priority.requestTargets],
      ] as const) {
        for (const kind of ['response', 'update', 'resolution'] as const) {
          const target = targets?.[kind];
          if (target) this.target(target, `${at}.${field}.${kind}`);
        }
      }
    });
    if (Array.isArray(plan.offHoursIntake)) {
      plan.offHoursIntake.forEach((id, i) => {
        if (!ids.includes(id)) {
          this.issues.push({
            path: `${path}.offHoursIntake[${i}]`,
            message: `${show(id)} is not a priority id of this plan (known: ${listNames(ids)})`,
          });
        }
      });
    }
  }

  target(target: ParsedTarget, path: string): void {
    this.calendar(target.clock, `${path}.clock`);
    const range = target.min !== undefined || target.max !== undefined;
    if (target.duration !== undefined && range) {
      this.issues.push({
        path,
        message: 'has both duration and min/max: expected { duration, clock } or a range { min, max, clock }',
      });
      return;
    }
    if (!range) {
      if (target.duration === undefined)
        this.issues.push({
          path: `${path}.duration`,
          message: 'is missing: expected { duration, clock } or a range { min, max, clock }',
        });
      else this.duration(target.duration, `${path}.duration`);
      return;
    }
    if (target.min === undefined || target.max === undefined) {
      this.issues.push({
        path: `${path}.${target.min === undefined ? 'min' : 'max'}`,
        message: 'is missing: a range needs both min and max',
      });
      return;
    }
    const min = this.duration(target.min, `${path}.min`);
    const max = this.duration(target.max, `${path}.max`);
    if (min === undefined || max === undefined) return;
    if (min.unit !== max.unit) {
      this.issues.push({
        path,
        message: `mixes business days and hours (${show(target.min)} to ${show(target.max)}): a range's ends share one unit`,
      });
    } else if (min.n > max.n) {
      this.issues.push({
        path: `${path}.min`,
        message: `${show(target.min)} is more than max ${show(target.max)}: a range runs from min to max ("3 a 5 horas" is { min: 'PT3H', max: 'PT5H' })`,
      });
    }
  }

  /** Warning levels: fractions were checked by the schema; offsets must be positive business time. */
  warnings(levels: readonly WarningLevel[] | undefined, path: string): void {
    (levels ?? []).forEach((level, i) => {
      if (typeof level === 'number') return;
      const [side, value] = 'before' in level ? ['before', level.before] : ['after', level.after];
      this.offset(value, `${path}[${i}].${side}`);
    });
  }

  /** A target duration: business days ('P2D', { days: 2 }) or milliseconds, positive. */
  duration(value: DurationSpec, path: string): { unit: 'days' | 'ms'; n: number } | undefined {
    if (!isDayDuration(value)) {
      const ms = this.offset(value as string | number, path);
      return ms === undefined ? undefined : { unit: 'ms', n: ms };
    }
    return this.positive(
      () => toBusinessDays(value, path),
      value,
      path,
      (n) => ({ unit: 'days', n }),
    );
  }

  /** Business time in milliseconds, positive. */
  offset(value: string | number, path: string): number | undefined {
    return this.positive(
      () => toDurationMs(value, path),
      value,
      path,
      (ms) => ms,
    );
  }

  positive<T>(read: () => number, value: unknown, path: string, wrap: (n: number) => T): T | undefined {
    try {
      const n = read();
      if (n > 0) return wrap(n);
      this.issues.push({ path, message: `${show(value)} is not a target: expected a positive duration` });
    } catch (error) {
      if (!HabilError.is(error)) throw error;
      this.issues.push(...error.issues);
    }
    return undefined;
  }
}

function aliases(list: readonly string[] | undefined, path: string): NameEntry[] {
  return (list ?? []).map((text, i) => ({ text, path: `${path}.aliases[${i}]`, kind: 'alias' as const }));
}
