// The terms in force for a ticket: its plan, priority and type looked up by any name
// (./terms-lookup), the terms built once per combination (./terms-build) and memoised, with
// the engine's view of each clock (./source).

import type { Calendar } from '../calendar/calendar';
import { nameKey } from './names';
import type { Clock, TermsInForce } from './source';
import { historyRules } from './statuses';
import type { PlanSpec, PolicySpec, PrioritySpec, TargetKind } from './spec';
import type { ResolvedTerms, TermsQuery } from './terms';
import { buildTerms, pauseScope, type TermsParts } from './terms-build';
import { checkChannel, type PlanIndex, planIndex, planOf, priorityOf, typeOf } from './terms-lookup';

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
  readonly #parts: TermsParts;
  readonly #clock: (name: string) => Clock;
  readonly #plans: PlanIndex[];
  readonly #planKeys = new Map<string, number>();
  /** Memo keys are numbers (plan, priority, type): no string is built per lookup. */
  readonly #memo = new Map<number, TermsInForce>();
  readonly #stride: number;

  constructor(spec: PolicySpec, calendar: (name: string) => Calendar, clock: (name: string) => Clock) {
    this.#spec = spec;
    this.#parts = { spec, calendar, pauseStops: pauseScope(spec.pauses ?? []), history: historyRules(spec) };
    this.#clock = clock;
    this.#plans = spec.plans.map((plan, i) => {
      for (const name of [plan.id, plan.label]) if (name) this.#planKeys.set(nameKey(name), i);
      return planIndex(plan);
    });
    this.#stride = Math.max(...spec.plans.map((plan) => plan.priorities.length));
  }

  inForce(query: TermsQuery, path: string): TermsInForce {
    // Paths are joined only for an error: resolve runs once per ticket of an audit.
    const planAt = planOf(this.#spec, this.#planKeys, query.plan, path);
    const plan = this.#plans[planAt]!;
    const priorityIndex = priorityOf(this.#spec.id, plan, query.priority, path);
    const type = typeOf(query.type, path);
    if (query.channel !== undefined) checkChannel(this.#spec.id, plan, query.channel, path);
    const key = (planAt * this.#stride + priorityIndex) * 2 + (type === 'request' ? 1 : 0);
    let found = this.#memo.get(key);
    if (!found) {
      const priority = plan.spec.priorities[priorityIndex]!;
      found = this.#inForce(buildTerms(this.#parts, plan.spec, priority, type), plan.spec, priority);
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
      plan,
      clocks: Object.freeze(clocks),
    });
  }
}
