// From a checked policy to the terms that govern one ticket: which plan, which priority (by id,
// label or alias, as exports write them), which clocks, targets in milliseconds, intake rule,
// warning levels and pause scope, with the engine's view of each clock (./source).

import type { Calendar } from '../calendar/calendar';
import { PolicyError, show } from '../errors';
import { isDayDuration, toBusinessDays } from '../time/days';
import { toDurationMs } from '../time/duration';
import { joinPath } from '../validate';
import { listNames, nameKey } from './names';
import type { Clock, TermsInForce } from './source';
import { historyRules, type HistoryRules } from './statuses';
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

/** One target of one ticket, ready for arithmetic. */
export interface ResolvedTarget {
  /** The calendar name the target runs on ('business', '24/7'). */
  clock: string;
  calendar: Calendar;
  /** Business milliseconds promised; for a range, its max. */
  target: number;
  /** For a range ("3 a 5 horas"), the lower bound in ms: when the ticket is expected. */
  min?: number;
  bound: 'inclusive' | 'strict';
  /**
   * A target in business days ('P2D'): `target` (and `min`) are 0 until fixed at a clock start
   * by `atClockStart` (./day-targets), since a day has no fixed length.
   */
  days?: { max: number; min?: number };
}

/** Everything a policy says about one ticket. */
export interface ResolvedTerms {
  policyId: string;
  planId: string;
  priorityId: string;
  /** The plan's business calendar: intake, and the zone ticket wall times are read in. */
  business: Calendar;
  /** Its name, e.g. 'business'. */
  businessClock: string;
  /** The plan's coverage calendar (ISYS), when it names one. */
  coverage?: Calendar;
  /** May this priority be reported outside `business` hours? */
  offHoursIntake: boolean;
  /** Warning levels as written: fractions (ascending) first, then offsets before or after due. */
  warnings: readonly WarningLevel[];
  /** Absent targets: the policy promises none for this ticket. */
  targets: { response?: ResolvedTarget; update?: ResolvedTarget; resolution?: ResolvedTarget };
  /** The targets a pause for `reason` stops; ['resolution'] for no or an unknown reason. */
  pauseStops(reason: string | undefined): readonly TargetKind[];
  /** How the policy reads ticket histories: statuses, reopen and priority change rules. */
  history: HistoryRules;
}

/** What resolve reads from a ticket. */
export interface TermsQuery {
  plan?: string | undefined;
  priority: string;
  type?: TicketType | undefined;
  channel?: string | undefined;
}

/** The warning levels of a policy that sets none: at-risk at three quarters of a target. */
export const DEFAULT_WARNINGS: readonly WarningLevel[] = Object.freeze([0.75]);
const DEFAULT_STOPS: readonly TargetKind[] = Object.freeze(['resolution'] as const);

interface PlanIndex {
  spec: PlanSpec;
  priorities: Map<string, number>;
  channels: Map<string, number>;
}

/**
 * A checked policy's lookup tables, built once; terms in force are memoised per plan, priority
 * and type, since an audit resolves the same few combinations for every ticket.
 *
 * @example
 * const index = new TermsIndex(spec, (name) => calendars.get(name)!, (name) => clocks.get(name)!);
 * index.inForce({ priority: 'Urgente' }, 'tickets[0]').terms.priorityId; //=> 'urgent'
 */
export class TermsIndex {
  readonly #spec: PolicySpec;
  readonly #calendar: (name: string) => Calendar;
  readonly #clock: (name: string) => Clock;
  readonly #plans: PlanIndex[];
  readonly #planKeys = new Map<string, number>();
  readonly #pauseStops: (reason: string | undefined) => readonly TargetKind[];
  readonly #history: HistoryRules;
  /** Memo keys are numbers (plan, priority, type): no string is built per lookup. */
  readonly #memo = new Map<number, TermsInForce>();
  readonly #stride: number;

  constructor(spec: PolicySpec, calendar: (name: string) => Calendar, clock: (name: string) => Clock) {
    this.#spec = spec;
    this.#calendar = calendar;
    this.#clock = clock;
    this.#plans = spec.plans.map((plan, i) => {
      for (const name of [plan.id, plan.label]) if (name) this.#planKeys.set(nameKey(name), i);
      return {
        spec: plan,
        priorities: keysOf(plan.priorities.map((p) => [p.id, p.label, ...(p.aliases ?? [])])),
        channels: keysOf((plan.channels ?? []).map((c) => [c.id, c.label, ...(c.aliases ?? [])])),
      };
    });
    this.#pauseStops = pauseScope(spec.pauses ?? []);
    this.#history = historyRules(spec);
    this.#stride = Math.max(...spec.plans.map((plan) => plan.priorities.length));
  }

  inForce(query: TermsQuery, path: string): TermsInForce {
    // Paths are joined only for an error: resolve runs once per ticket of an audit.
    const planIndex = this.#planOf(query.plan, path);
    const plan = this.#plans[planIndex]!;
    const priorityIndex = this.#priorityOf(plan, query.priority, path);
    const type = this.#typeOf(query.type, path);
    if (query.channel !== undefined) this.#channelOf(plan, query.channel, path);
    const key = (planIndex * this.#stride + priorityIndex) * 2 + (type === 'request' ? 1 : 0);
    let found = this.#memo.get(key);
    if (!found) {
      const priority = plan.spec.priorities[priorityIndex]!;
      found = this.#inForce(this.#build(plan.spec, priority, type), plan.spec, priority);
      this.#memo.set(key, found);
    }
    return found;
  }

  #inForce(terms: ResolvedTerms, plan: PlanSpec, priority: PrioritySpec): TermsInForce {
    const clocks: Partial<Record<TargetKind, Clock>> = {};
    for (const kind of ['response', 'update', 'resolution'] as const) {
      const target = terms.targets[kind];
      if (target) clocks[kind] = this.#clock(target.clock);
    }
    return Object.freeze({
      terms,
      policyName: this.#spec.name,
      lang: this.#spec.lang,
      priorityLabel: priority.label,
      business: this.#clock(plan.business),
      ...(plan.coverage === undefined ? {} : { coverage: this.#clock(plan.coverage) }),
      clocks: Object.freeze(clocks),
    });
  }

  #planOf(plan: string | undefined, base: string): number {
    const plans = this.#spec.plans;
    const path = () => joinPath(base, ['plan']);
    if (plan === undefined) {
      if (plans.length === 1) return 0;
      throw new PolicyError(
        [
          {
            path: path(),
            message: `is missing: policy ${show(this.#spec.id)} has ${plans.length} plans, name one of ${listNames(plans.map((p) => p.id))}`,
          },
        ],
        'UNKNOWN_PLAN',
      );
    }
    const found = typeof plan === 'string' ? this.#planKeys.get(nameKey(plan)) : undefined;
    if (found !== undefined) return found;
    throw new PolicyError(
      [
        {
          path: path(),
          message: `${show(plan)} is not a plan of policy ${show(this.#spec.id)} (known: ${listNames(plans.map((p) => p.id))})`,
        },
      ],
      'UNKNOWN_PLAN',
    );
  }

  #priorityOf(plan: PlanIndex, priority: string, base: string): number {
    const found = typeof priority === 'string' ? plan.priorities.get(nameKey(priority)) : undefined;
    if (found !== undefined) return found;
    const known = plan.spec.priorities.map((p) => (p.aliases?.length ? `${p.id} (${p.aliases.join(', ')})` : p.id));
    throw new PolicyError(
      [
        {
          path: joinPath(base, ['priority']),
          message: `${show(priority)} is not a priority of ${show(`${this.#spec.id} · ${plan.spec.id}`)} (known: ${listNames(known)})`,
        },
      ],
      'UNKNOWN_PRIORITY',
    );
  }

  #typeOf(type: TicketType | undefined, base: string): TicketType {
    if (type === undefined || type === 'incident' || type === 'request') return type ?? 'incident';
    throw new PolicyError(
      [
        {
          path: joinPath(base, ['type']),
          message: `${show(type)} is not a ticket type: expected 'incident' or 'request'`,
        },
      ],
      'INVALID_INPUT',
    );
  }

  /** A channel, when given, must be one the plan lists (plans that list none accept any). */
  #channelOf(plan: PlanIndex, channel: string, base: string): void {
    const channels = plan.spec.channels ?? [];
    if (channels.length === 0 || (typeof channel === 'string' && plan.channels.has(nameKey(channel)))) return;
    const known = channels.map((c) => (c.aliases?.length ? `${c.id} (${c.aliases.join(', ')})` : c.id));
    throw new PolicyError(
      [
        {
          path: joinPath(base, ['channel']),
          message: `${show(channel)} is not a channel of ${show(`${this.#spec.id} · ${plan.spec.id}`)} (known: ${listNames(known)})`,
        },
      ],
      'INVALID_INPUT',
    );
  }

  #build(plan: PlanSpec, priority: PrioritySpec, type: TicketType): ResolvedTerms {
    const intake = plan.offHoursIntake ?? 'all';
    const terms: ResolvedTerms = {
      policyId: this.#spec.id,
      planId: plan.id,
      priorityId: priority.id,
      business: this.#calendar(plan.business),
      businessClock: plan.business,
      ...(plan.coverage === undefined ? {} : { coverage: this.#calendar(plan.coverage) }),
      offHoursIntake: intake === 'all' || intake.includes(priority.id),
      warnings: Object.freeze(sortLevels(plan.warnings ?? this.#spec.warnings ?? DEFAULT_WARNINGS)),
      targets: Object.freeze(this.#targets(targetsFor(plan, priority, type))),
      pauseStops: this.#pauseStops,
      history: this.#history,
    };
    return Object.freeze(terms);
  }

  #targets(spec: TargetsSpec | undefined): ResolvedTerms['targets'] {
    const out: ResolvedTerms['targets'] = {};
    if (spec?.response) out.response = this.#target(spec.response);
    if (spec?.update) out.update = this.#target(spec.update);
    if (spec?.resolution) out.resolution = this.#target(spec.resolution);
    return out;
  }

  #target(spec: TargetSpec): ResolvedTarget {
    const base = { clock: spec.clock, calendar: this.#calendar(spec.clock), bound: spec.bound ?? 'inclusive' } as const;
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

/** Name key -> owner index, for names already checked to be unambiguous. */
function keysOf(owners: readonly (readonly (string | undefined)[])[]): Map<string, number> {
  const keys = new Map<string, number>();
  owners.forEach((names, i) => {
    for (const name of names) if (name) keys.set(nameKey(name), i);
  });
  return keys;
}

function pauseScope(pauses: readonly PauseSpec[]): (reason: string | undefined) => readonly TargetKind[] {
  const keys = keysOf(pauses.map((p) => [p.reason, p.label, ...(p.aliases ?? [])]));
  const stops = pauses.map((p) => Object.freeze([...(p.stops ?? DEFAULT_STOPS)]));
  return (reason) => {
    const found = typeof reason === 'string' ? keys.get(nameKey(reason)) : undefined;
    return found === undefined ? DEFAULT_STOPS : stops[found]!;
  };
}
