// Reading the support contract that ITAC and ISYS charters defer their numbers to: the
// contract's own priority names, targets per priority id, ITAC's request targets, calendar
// overrides. Every gap (no targets where the charter needs them, an unknown priority, an entry
// with neither target, a bad duration) is collected and thrown as one PolicyError with code
// 'INVALID_CONTRACT', paths rooted at `contract`.

import { Calendar } from '../../calendar/calendar';
import type { CalendarSpec } from '../../calendar/spec';
import { HabilError, PolicyError, type Issue, issueAt, missingAt, problemAt } from '../../errors';
import { isDayDuration, toBusinessDays } from '../../time/days';
import { toDurationMs, type DurationInput } from '../../time/duration';
import { zod } from '../../peers';
import { lazySchema, parseWith } from '../../validate';
import { prefixIssues } from '../check';
import { listNames } from '../names';
import type { PolicyCalendarSpec, PrioritySpec, TargetsSpec } from '../spec';
import type { IsysPrices, IsysRates } from './isys-billing';
import { isoDuration } from './shared';

/** Target durations per priority id, as a contract states them; each on the plan's business clock. */
export type ContractTargets = Record<string, { response?: DurationInput; resolution?: DurationInput }>;

/** A priority as the contract names it; replaces the provider's default levels. */
export interface ContractPriority {
  /** Stable id the contract's targets use ('P1', 'sev-1'). */
  id: string;
  /** The contract's name for it; default the id. */
  label?: string;
  /** Other names ticket exports use ('Crítico', 'Sev 1'), matched ignoring case and accents. */
  aliases?: string[];
  /** The contract's definition of the level. */
  definition?: string;
}

/** What `policies.itac` needs: the charter defers every number to "el contrato de Soporte". */
export interface ItacContract {
  /** The contract's priority levels; default critical, high, medium, low. */
  priorities?: ContractPriority[];
  /** Incident (INCIDENCIA) targets per priority: critical, high, medium, low. */
  targets: ContractTargets;
  /** Request (REQUERIMIENTO) targets; without them requests have no targets. */
  requestTargets?: ContractTargets;
  /** Calendar overrides by name ('business' for the real 8x5 hours). */
  calendars?: Record<string, CalendarSpec>;
}

/** What `policies.isys` needs: targets for the `standard` and `custom` plans, and their calendars. */
export interface IsysContract {
  /** The contract's priority levels; default high, medium, low. */
  priorities?: ContractPriority[];
  /** Targets per priority; none: coverage and billing only ("mejor esfuerzo"). */
  targets?: ContractTargets;
  /** Calendar overrides by name: 'business' (5x8), 'custom' (the agreed coverage). */
  calendars?: Record<string, CalendarSpec>;
  /** Rates of the billable events the charter prices "según el caso" (docs/billing.md). */
  rates?: IsysRates;
  /** Prices of the standard and custom plans, per month or year. */
  prices?: IsysPrices;
}

/** A contract read and checked: durations as ISO strings, per priority id. */
export interface ReadContract {
  /** The contract's levels, or the provider's defaults. */
  priorities: Omit<PrioritySpec, 'targets'>[];
  targets: Map<string, Durations>;
  requestTargets: Map<string, Durations> | undefined;
  calendars: Record<string, PolicyCalendarSpec>;
}

type Durations = { response?: string; resolution?: string };

/** Which contract a provider takes. */
export interface ContractTerms {
  provider: string;
  /** The provider's default levels, used when the contract names none. */
  priorities: readonly Omit<PrioritySpec, 'targets'>[];
  /** Whether the charter needs targets from the contract (ITAC) or may do without (ISYS). */
  targetsRequired: boolean;
  calendars: readonly string[];
  requests: boolean;
  fields?: (api: ReturnType<typeof zod>) => Record<string, unknown>; // ISYS's rates and prices
}

// Built with zod on first use (../../validate lazySchema): zod stays off the import path.
const contractSchemas = lazySchema((z) => ({
  prioritySchema: z.strictObject({
    id: z.string().min(1, { error: 'expected a non-empty priority id' }),
    label: z.string().optional(),
    aliases: z.array(z.string()).optional(),
    definition: z.string().optional(),
  }),
  entrySchema: z.strictObject({ response: z.unknown().optional(), resolution: z.unknown().optional() }),
  targetsSchema: z.record(z.string(), z.unknown(), {
    error: "expected targets per priority id, such as { high: { response: 'PT1H' } }",
  }),
}));

/**
 * Reads a contract or throws PolicyError 'INVALID_CONTRACT' listing everything it lacks.
 *
 * @example
 * readContract({ targets: { critical: { response: { hours: 1 } } } }, { provider: 'ITAC', priorities: [{ id: 'critical', label: 'Crítica' }], targetsRequired: true, calendars: ['business'], requests: true })
 *   .targets.get('critical'); //=> { response: 'PT1H' }
 */
export function readContract(contract: unknown, terms: ContractTerms): ReadContract {
  const z = zod();
  const { prioritySchema, targetsSchema } = contractSchemas();
  const schema = z.strictObject(
    {
      priorities: z
        .array(prioritySchema, { error: "expected priorities such as [{ id: 'P1', label: 'Crítica' }]" })
        .optional(),
      targets: targetsSchema.optional(),
      ...(terms.requests ? { requestTargets: targetsSchema.optional() } : {}),
      calendars: z.record(z.string(), z.unknown(), { error: 'expected calendar specs by name' }).optional(),
      ...(terms.fields?.(z) as Record<string, typeof targetsSchema>),
    },
    { error: `expected a contract such as { targets: { ${terms.priorities[0]!.id}: { response: 'PT1H' } } }` },
  );
  const parsed = parseWith(schema, contract, 'contract');
  if (!parsed.ok) throw new PolicyError(parsed.issues, 'INVALID_CONTRACT');
  const value = parsed.value as {
    priorities?: ContractPriority[];
    targets?: Record<string, unknown>;
    requestTargets?: Record<string, unknown>;
    calendars?: Record<string, unknown>;
  };
  const issues: Issue[] = [];
  const priorities = readPriorities(value.priorities, terms, issues);
  const ids = priorities.map((p) => p.id);
  const example = `{ ${ids[0]}: { response: 'PT1H', resolution: 'PT8H' } }`;
  if (terms.targetsRequired && (value.targets === undefined || Object.keys(value.targets).length === 0)) {
    issues.push(
      missingAt(
        'contract.targets',
        `${value.targets === undefined ? 'is missing' : '{} sets no targets'}: the ${terms.provider} charter defers every number to the support contract; give targets per priority (${listNames(ids)}), e.g. ${example}`,
      ),
    );
  }
  const targets = readTargets(value.targets ?? {}, 'contract.targets', terms.provider, ids, issues);
  const requestTargets =
    value.requestTargets === undefined
      ? undefined
      : readTargets(value.requestTargets, 'contract.requestTargets', terms.provider, ids, issues);
  const calendars: Record<string, PolicyCalendarSpec> = {};
  for (const [name, spec] of Object.entries(value.calendars ?? {})) {
    const path = `contract.calendars.${name}`;
    if (!terms.calendars.includes(name)) {
      issues.push(issueAt(path, name, `is not a calendar of ${terms.provider} (known: ${listNames(terms.calendars)})`));
    } else if (spec === '24/7') {
      calendars[name] = '24/7';
    } else {
      try {
        calendars[name] = Calendar.from(spec as CalendarSpec).toJSON();
      } catch (error) {
        if (!HabilError.is(error)) throw error;
        issues.push(...prefixIssues(path, error.issues));
      }
    }
  }
  if (issues.length > 0) throw new PolicyError(issues, 'INVALID_CONTRACT');
  return { priorities, targets, requestTargets, calendars };
}

/** The contract's levels (ids unique), or copies of the provider's defaults. */
function readPriorities(
  given: ContractPriority[] | undefined,
  terms: ContractTerms,
  issues: Issue[],
): Omit<PrioritySpec, 'targets'>[] {
  if (given === undefined) return terms.priorities.map((level) => structuredClone(level));
  if (given.length === 0)
    issues.push(problemAt('contract.priorities', '[] names no priority: list at least one, or leave it out'));
  const seen = new Set<string>();
  return given.map((priority, i) => {
    if (seen.has(priority.id)) issues.push(issueAt(`contract.priorities[${i}].id`, priority.id, 'is listed twice'));
    seen.add(priority.id);
    return { ...structuredClone(priority), label: priority.label ?? priority.id };
  });
}

function readTargets(
  entries: Record<string, unknown>,
  path: string,
  provider: string,
  ids: readonly string[],
  issues: Issue[],
): Map<string, Durations> {
  const out = new Map<string, Durations>();
  for (const [id, entry] of Object.entries(entries)) {
    const at = `${path}.${id}`;
    if (!ids.includes(id)) {
      issues.push(issueAt(at, id, `is not a priority of ${provider} (known: ${listNames(ids)})`));
      continue;
    }
    const parsed = parseWith(contractSchemas().entrySchema, entry, at);
    if (!parsed.ok) {
      issues.push(...parsed.issues);
      continue;
    }
    const durations: Durations = {};
    for (const kind of ['response', 'resolution'] as const) {
      const input = parsed.value[kind];
      if (input === undefined) continue;
      const duration = durationText(input as DurationInput, `${at}.${kind}`, issues);
      if (duration !== undefined) durations[kind] = duration;
    }
    if (parsed.value.response === undefined && parsed.value.resolution === undefined) {
      issues.push(
        issueAt(
          at,
          entry,
          "sets neither response nor resolution: expected e.g. { response: 'PT1H', resolution: 'PT8H' }",
        ),
      );
    }
    out.set(id, durations);
  }
  return out;
}

/** A contract duration as the spec writes it: 'PT8H', or 'P2D' for business days ("2 días hábiles"). */
function durationText(input: DurationInput, path: string, issues: Issue[]): string | undefined {
  try {
    const days = isDayDuration(input);
    const amount = days ? toBusinessDays(input, path) : toDurationMs(input, path);
    if (amount > 0) return days ? `P${amount}D` : isoDuration(amount);
    issues.push(issueAt(path, input, 'is not a target: expected a positive duration'));
  } catch (error) {
    if (!HabilError.is(error)) throw error;
    issues.push(...error.issues);
  }
  return undefined;
}

/**
 * A priority's targets on `clock`, from the contract's durations; undefined when it names none.
 *
 * @example
 * targetsOn({ response: 'PT1H' }, 'business'); //=> { response: { duration: 'PT1H', clock: 'business' } }
 */
export function targetsOn(durations: Durations | undefined, clock: string): TargetsSpec | undefined {
  if (!durations) return undefined;
  const out: TargetsSpec = {};
  if (durations.response) out.response = { duration: durations.response, clock };
  if (durations.resolution) out.resolution = { duration: durations.resolution, clock };
  return out;
}
