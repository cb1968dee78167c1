// The public Policy: a validated, compiled, immutable policy. It owns the boundary (structure,
// then meaning), the compiled calendars, and the lookups the SLA layer reads through its terms
// source (./source).

import { requireObject } from '../arguments';
import { Calendar } from '../calendar/calendar';
import { coreOf } from '../calendar/core';
import type { CalendarSpec } from '../calendar/spec';
import type { InstantInput } from '../time/instant';
import { PolicyError, show, issueAt } from '../errors';
import { parseWith } from '../validate';
import { checkPolicy } from './check';
import { listNames } from './names';
import { type ParsedPolicy, policySchemas } from './schema';
import type { PolicyLang, PolicySpec, SourceSpec } from './spec';
import type { Clock, PlanOutline, TermsInForce, TermsSource } from './source';
import type { ResolvedTerms, TermsQuery } from './terms';
import { TermsIndex } from './terms-index';
import { PolicyVersions, type PolicyVersionInput, type PolicyVersionsOptions } from './versions';

let jsonSchemaMemo: Record<string, unknown> | undefined;
// Policy's body never names Policy, or esbuild renames the class `_Policy` (its `.name` in a REPL;
// test/package/names.test.ts): it builds through `construct`, set by its static block.
let construct: (spec: PolicySpec, calendars: ReadonlyMap<string, Calendar>) => Policy;

/**
 * A built-in policy from its spec, without the structural parse: a built-in's spec is written in
 * this repository and its structure is proven by the tests (test/policy/builtin.test.ts parses
 * each with the schema), so only the meaning checks run and taking a built-in never loads zod.
 *
 * @example
 * builtinPolicy(icgSpec()).id; //=> 'icg'
 */
export function builtinPolicy(spec: PolicySpec): Policy {
  const checked = checkPolicy(spec as ParsedPolicy);
  return construct(checked.spec, checked.calendars);
}

function policyFrom(spec: PolicySpec | Policy): Policy {
  if (spec instanceof Policy) return spec;
  const parsed = parseWith(policySchemas().policyParseSchema, spec);
  if (!parsed.ok) throw new PolicyError(parsed.issues);
  const checked = checkPolicy(parsed.value);
  return construct(checked.spec, checked.calendars);
}

/**
 * What a provider promised: named calendars, plans, priorities and their targets. Build one with
 * `Policy.from(spec)` or take a built-in from `policies`; values never change, `withCalendar`
 * returns a new policy.
 *
 * @example
 * const acme = Policy.from({
 *   id: 'acme', name: 'Acme Soporte', lang: 'es',
 *   calendars: { business: { zone: 'Europe/Madrid', hours: { mon: ['09:00-18:00'] } }, '24/7': '24/7' },
 *   plans: [{ id: 'standard', business: 'business', priorities: [
 *     { id: 'p1', label: 'Crítica', aliases: ['P1'], targets: { response: { duration: 'PT30M', clock: '24/7', bound: 'strict' } } },
 *   ] }],
 * });
 * acme.resolve({ priority: 'critica' }).targets.response?.target; //=> 1_800_000
 */
export class Policy implements TermsSource {
  readonly id: string;
  readonly name: string;
  readonly lang: PolicyLang;
  readonly description: string | undefined;
  /** Plan ids in the order the spec lists them. */
  readonly planIds: readonly string[];
  /** The charter this policy encodes, when it says. */
  readonly source: Readonly<SourceSpec> | undefined;
  /** The zone of the first plan's business calendar: offset-less instants with no plan are read in it. */
  readonly zone: string;
  /** This policy, as the one policy behind its terms source. */
  readonly policies: readonly Policy[];
  /** Plans and their priorities in the order the spec lists them. */
  readonly plans: readonly PlanOutline[];
  readonly #spec: PolicySpec;
  readonly #calendars: ReadonlyMap<string, Calendar>;
  readonly #terms: TermsIndex;

  private constructor(spec: PolicySpec, calendars: ReadonlyMap<string, Calendar>) {
    this.#spec = deepFreeze(structuredClone(spec));
    this.#calendars = calendars;
    this.id = spec.id;
    this.name = spec.name;
    this.lang = spec.lang;
    this.description = this.#spec.description;
    this.planIds = Object.freeze(spec.plans.map((p) => p.id));
    this.source = this.#spec.source;
    // The engine's view of each calendar, taken once: the terms carry it to the SLA layer.
    const clocks = new Map<string, Clock>(
      [...calendars].map(([name, calendar]) => [name, Object.freeze({ name, ...coreOf(calendar) })]),
    );
    this.#terms = new TermsIndex(
      this.#spec,
      (name) => this.calendar(name),
      (name) => clocks.get(name)!,
    );
    this.plans = Object.freeze(
      this.#spec.plans.map((plan) =>
        Object.freeze({
          id: plan.id,
          zone: this.calendar(plan.business).zone,
          priorities: Object.freeze(
            plan.priorities.map((p) => Object.freeze({ id: p.id, label: p.label, requestTargets: !!p.requestTargets })),
          ),
        }),
      ),
    );
    this.zone = this.plans[0]!.zone;
    this.policies = Object.freeze([this]);
    Object.freeze(this);
  }

  /**
   * Validates a policy spec and compiles its calendars. Throws a PolicyError listing every
   * problem, each with its path: `plans[0].priorities[1].targets.response.clock: 'office' is
   * not a calendar of this policy (known: business, 24/7)`.
   *
   * @example
   * const policy = Policy.from(JSON.parse(fs.readFileSync('acme.json', 'utf8')));
   * Policy.from(policy) === policy; //=> true
   */
  static from(spec: PolicySpec | Policy): Policy {
    return policyFrom(spec);
  }

  static {
    construct = (spec, calendars) => new this(spec, calendars);
  }

  /**
   * The JSON Schema (draft 2020-12) of a policy spec, for editors and other languages. Cross
   * references (a clock naming a calendar, unique aliases) are beyond JSON Schema: Policy.from
   * checks them.
   *
   * @example
   * fs.writeFileSync('policy.schema.json', JSON.stringify(Policy.jsonSchema(), null, 2));
   * // then in YAML: # yaml-language-server: $schema=./policy.schema.json
   */
  static jsonSchema(): Record<string, unknown> {
    jsonSchemaMemo ??= policySchemas().policyJsonSchema();
    return structuredClone(jsonSchemaMemo);
  }

  /**
   * Policies that change over time, each ticket judged by the version in force at its report
   * (see ./versions). Pass the result to `evaluate` or `audit` in place of a policy.
   *
   * @example
   * const icg = Policy.versions([
   *   { from: '2020-01-01', policy: policies.icg, label: '2020' },
   *   { from: '2020-07-06', policy: stricter, label: 'plataforma nueva' },
   * ]);
   */
  static versions(inputs: readonly PolicyVersionInput[], options?: PolicyVersionsOptions): PolicyVersions {
    return PolicyVersions.from(inputs, options);
  }

  /** Calendar names in the order the spec lists them. */
  get calendarNames(): readonly string[] {
    return [...this.#calendars.keys()];
  }

  /**
   * A named calendar of the policy, compiled once when the policy was built.
   *
   * @example
   * policies.icg.calendar('business').isOpen('2024-03-01 12:45'); //=> false (lunch)
   */
  calendar(name: string): Calendar {
    const calendar = this.#calendars.get(name);
    if (calendar) return calendar;
    throw new PolicyError(
      [
        issueAt(
          'calendar',
          name,
          `is not a calendar of policy ${show(this.id)} (known: ${listNames(this.calendarNames)})`,
        ),
      ],
      'INVALID_INPUT',
    );
  }

  /**
   * The terms governing one ticket: plan (default: the only one), priority (id, label or alias,
   * ignoring case and accents), clocks, targets in ms, intake, warnings and pause scope.
   * Errors name `path` + '.plan' / '.priority', e.g. `tickets[3].priority`.
   *
   * @example
   * const terms = policies.icg.resolve({ priority: 'URGENTE' });
   * terms.targets.response; //=> { clock: '24/7', target: 3_600_000, bound: 'inclusive', calendar }
   * terms.targets.resolution?.calendar.add('2024-03-01 16:00', terms.targets.resolution.target);
   * //=> Monday 2024-03-04 09:30 in Bogotá
   */
  resolve(ticket: TermsQuery, path = ''): ResolvedTerms {
    requireObject(ticket, path || 'ticket', "{ plan?, priority }, e.g. { priority: 'Urgente' }");
    return this.#terms.inForce(ticket, path).terms;
  }

  /**
   * The terms a ticket is judged by (the same for every `reportedAt`), with the engine's view of
   * each clock: what evaluate and audit read.
   *
   * @example
   * policies.icg.termsFor({ priority: 'Urgente' }, '2024-03-01 16:00').priorityLabel; //=> 'Prioridad Urgente'
   */
  termsFor(ticket: TermsQuery, _reportedAt?: InstantInput, path = ''): TermsInForce {
    return this.#terms.inForce(ticket, path);
  }

  /**
   * A new policy with one named calendar replaced: the way to fix a provider's real hours.
   *
   * @example
   * const icg = policies.icg.withCalendar('business', {
   *   zone: 'America/Bogota', hours: { mon: ['08:00-17:00'], tue: ['08:00-17:00'] }, holidays: [{ country: 'CO' }],
   * });
   */
  withCalendar(name: string, spec: CalendarSpec | Calendar | '24/7'): Policy {
    this.calendar(name); // throws for a name the policy does not have: replace, never add by typo
    const json = this.toJSON();
    json.calendars[name] = spec instanceof Calendar ? spec.toJSON() : spec;
    return policyFrom(json);
  }

  /**
   * The spec, as plain data: `Policy.from(p.toJSON())` is the same policy.
   *
   * @example
   * fs.writeFileSync('icg.json', JSON.stringify(policies.icg, null, 2));
   */
  toJSON(): PolicySpec {
    return structuredClone(this.#spec);
  }
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
