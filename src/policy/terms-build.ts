// Building the terms of one plan, priority and ticket type from a checked policy spec:
// targets in milliseconds (or business days, fixed later by ./day-targets), sorted warning
// levels, the intake rule and the pause scope.

import type { Calendar } from '../calendar/calendar';
import { isDayDuration, toBusinessDays } from '../time/days';
import { toDurationMs } from '../time/duration';
import { memoize } from '../memo';
import { nameKey } from './names';
import type { HistoryRules } from './statuses';
import type {
  PauseSpec,
  PlanSpec,
  PolicySpec,
  PrioritySpec,
  TargetKind,
  TargetSpec,
  TargetsSpec,
  TicketType,
  WarningLevel,
} from './spec';
import type { ResolvedTarget, ResolvedTerms } from './terms';
import { keysOf } from './terms-lookup';

/** The warning levels of a policy that sets none: at-risk at three quarters of a target. */
const DEFAULT_WARNINGS: readonly WarningLevel[] = Object.freeze([0.75]);
const DEFAULT_STOPS: readonly TargetKind[] = Object.freeze(['resolution'] as const);

/** What every ticket's terms share: the policy, its calendars, pause scope and history rules. */
export interface TermsParts {
  spec: PolicySpec;
  calendar: (name: string) => Calendar;
  pauseStops: (reason: string | undefined) => readonly TargetKind[];
  history: HistoryRules;
}

/**
 * The frozen terms of one plan, priority and ticket type.
 *
 * @example
 * buildTerms(parts, spec.plans[0], spec.plans[0].priorities[0], 'incident').targets.resolution?.target;
 */
export function buildTerms(
  source: TermsParts,
  plan: PlanSpec,
  priority: PrioritySpec,
  type: TicketType,
): ResolvedTerms {
  const intake = plan.offHoursIntake ?? 'all';
  const terms: ResolvedTerms = {
    policyId: source.spec.id,
    planId: plan.id,
    priorityId: priority.id,
    business: source.calendar(plan.business),
    businessClock: plan.business,
    ...(plan.coverage === undefined ? {} : { coverage: source.calendar(plan.coverage) }),
    offHoursIntake: intake === 'all' || intake.includes(priority.id),
    warnings: Object.freeze(sortLevels(plan.warnings ?? source.spec.warnings ?? DEFAULT_WARNINGS)),
    targets: Object.freeze(targetsOf(source, targetsFor(plan, priority, type))),
    pauseStops: source.pauseStops,
    history: source.history,
  };
  return Object.freeze(terms);
}

function targetsOf(source: TermsParts, spec: TargetsSpec | undefined): ResolvedTerms['targets'] {
  const out: ResolvedTerms['targets'] = {};
  if (spec?.response) out.response = targetOf(source, spec.response);
  if (spec?.update) out.update = targetOf(source, spec.update);
  if (spec?.resolution) out.resolution = targetOf(source, spec.resolution);
  return out;
}

function targetOf(source: TermsParts, spec: TargetSpec): ResolvedTarget {
  const base = { clock: spec.clock, calendar: source.calendar(spec.clock), bound: spec.bound ?? 'inclusive' } as const;
  if ('duration' in spec) {
    if (isDayDuration(spec.duration))
      return Object.freeze({ ...base, target: 0, days: { max: toBusinessDays(spec.duration) } });
    return Object.freeze({ ...base, target: toDurationMs(spec.duration as string | number) });
  }
  // A range's ends share a unit (./check).
  if (isDayDuration(spec.max))
    return Object.freeze({
      ...base,
      target: 0,
      min: 0,
      days: { max: toBusinessDays(spec.max), min: toBusinessDays(spec.min) },
    });
  return Object.freeze({
    ...base,
    target: toDurationMs(spec.max as string | number),
    min: toDurationMs(spec.min as string | number),
  });
}

/**
 * Which targets a ticket of `type` gets: a request takes the priority's requestTargets when set
 * (ITAC REQUERIMIENTO), else the priority's targets if the plan applies them to its type, else none.
 */
function targetsFor(plan: PlanSpec, priority: PrioritySpec, type: TicketType): TargetsSpec | undefined {
  if (type === 'request' && priority.requestTargets) return priority.requestTargets;
  const applies = plan.targetsApplyTo ?? ['incident', 'request'];
  return applies.includes(type) ? priority.targets : undefined;
}

function sortLevels(levels: readonly WarningLevel[]): WarningLevel[] {
  const fractions = levels.filter((level) => typeof level === 'number').sort((x, y) => x - y);
  return [...fractions, ...levels.filter((level) => typeof level !== 'number')];
}

/**
 * Which targets a pause for a reason stops; ['resolution'] for no or an unknown reason.
 *
 * @example
 * pauseScope(spec.pauses ?? [])('cliente'); //=> ['resolution']
 */
export function pauseScope(pauses: readonly PauseSpec[]): (reason: string | undefined) => readonly TargetKind[] {
  const keys = keysOf(pauses.map((p) => [p.reason, p.label, ...(p.aliases ?? [])]));
  const stops = pauses.map((p) => Object.freeze([...(p.stops ?? DEFAULT_STOPS)]));
  // Every pause of every ticket asks: each reason text is read once.
  const scope = memoize((reason: string) => {
    const found = keys.get(nameKey(reason));
    return found === undefined ? DEFAULT_STOPS : stops[found]!;
  }, 1024);
  return (reason) => (typeof reason === 'string' ? scope(reason) : DEFAULT_STOPS);
}
