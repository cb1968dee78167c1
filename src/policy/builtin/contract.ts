// Reading the support contract that ITAC and ISYS charters defer their numbers to: targets per
// priority id, ITAC's request targets, calendar overrides. Every gap (no targets at all, an
// unknown priority, an entry with neither target, a duration in days) is collected and thrown
// as one PolicyError with code 'INVALID_CONTRACT', paths rooted at `contract`.

import { z } from 'zod';
import { Calendar } from '../../calendar/calendar';
import type { CalendarSpec } from '../../calendar/spec';
import { HabilError, PolicyError, show, type Issue } from '../../errors';
import { toDurationMs, type DurationInput } from '../../time/duration';
import { parseWith } from '../../validate';
import { prefixIssues } from '../check';
import { listNames } from '../names';
import type { PolicyCalendarSpec, TargetsSpec } from '../spec';
import { isoDuration } from './shared';

/** Target durations per priority id, as a contract states them; each on the plan's business clock. */
export type ContractTargets = Record<string, { response?: DurationInput; resolution?: DurationInput }>;

/** What `policies.itac` needs: the charter defers every number to "el contrato de Soporte". */
export interface ItacContract {
  /** Incident (INCIDENCIA) targets per priority: critical, high, medium, low. */
  targets: ContractTargets;
  /** Request (REQUERIMIENTO) targets; without them requests have no targets. */
  requestTargets?: ContractTargets;
  /** Calendar overrides by name ('business' for the real 8x5 hours). */
  calendars?: Record<string, CalendarSpec>;
}

/** What `policies.isys` needs: targets for the `standard` and `custom` plans, and their calendars. */
export interface IsysContract {
  /** Targets per priority: high, medium, low. */
  targets: ContractTargets;
  /** Calendar overrides by name: 'business' (5x8), 'custom' (the agreed coverage). */
  calendars?: Record<string, CalendarSpec>;
}

/** A contract read and checked: durations as ISO strings, per priority id. */
export interface ReadContract {
  targets: Map<string, Durations>;
  requestTargets: Map<string, Durations> | undefined;
  calendars: Record<string, PolicyCalendarSpec>;
}

type Durations = { response?: string; resolution?: string };

/** Which contract a provider takes. */
export interface ContractTerms {
  provider: string;
  priorities: readonly string[];
  calendars: readonly string[];
  requests: boolean;
}

const entrySchema = z.strictObject({ response: z.unknown().optional(), resolution: z.unknown().optional() });
const targetsSchema = z.record(z.string(), z.unknown(), {
  error: "expected targets per priority id, such as { high: { response: 'PT1H' } }",
});

/**
 * Reads a contract or throws PolicyError 'INVALID_CONTRACT' listing everything it lacks.
 *
 * @example
 * readContract({ targets: { critical: { response: { hours: 1 } } } }, { provider: 'ITAC', priorities: ['critical'], calendars: ['business'], requests: true })
 *   .targets.get('critical'); //=> { response: 'PT1H' }
 */
export function readContract(contract: unknown, terms: ContractTerms): ReadContract {
  const schema = z.strictObject(
    {
      targets: targetsSchema.optional(),
      ...(terms.requests ? { requestTargets: targetsSchema.optional() } : {}),
      calendars: z.record(z.string(), z.unknown(), { error: 'expected calendar specs by name' }).optional(),
    },
    { error: `expected a contract such as { targets: { ${terms.priorities[0]}: { response: 'PT1H' } } }` },
  );
  const parsed = parseWith(schema, contract, 'contract');
  if (!parsed.ok) throw new PolicyError(parsed.issues, 'INVALID_CONTRACT');
  const value = parsed.value as {
    targets?: Record<string, unknown>;
    requestTargets?: Record<string, unknown>;
    calendars?: Record<string, unknown>;
  };
  const issues: Issue[] = [];
  const example = `{ ${terms.priorities[0]}: { response: 'PT1H', resolution: 'PT8H' } }`;
  if (value.targets === undefined || Object.keys(value.targets).length === 0) {
    issues.push({
      path: 'contract.targets',
      message: `${value.targets === undefined ? 'is missing' : '{} sets no targets'}: the ${terms.provider} charter defers every number to the support contract; give targets per priority (${listNames(terms.priorities)}), e.g. ${example}`,
    });
  }
  const targets = readTargets(value.targets ?? {}, 'contract.targets', terms, issues);
  const requestTargets =
    value.requestTargets === undefined
      ? undefined
      : readTargets(value.requestTargets, 'contract.requestTargets', terms, issues);
  const calendars: Record<string, PolicyCalendarSpec> = {};
  for (const [name, spec] of Object.entries(value.calendars ?? {})) {
    const path = `contract.calendars.${name}`;
    if (!terms.calendars.includes(name)) {
      issues.push({
        path,
        message: `${show(name)} is not a calendar of ${terms.provider} (known: ${listNames(terms.calendars)})`,
      });
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
  return { targets, requestTargets, calendars };
}

function readTargets(
  entries: Record<string, unknown>,
  path: string,
  terms: ContractTerms,
  issues: Issue[],
): Map<string, Durations> {
  const out = new Map<string, Durations>();
  for (const [id, entry] of Object.entries(entries)) {
    const at = `${path}.${id}`;
    if (!terms.priorities.includes(id)) {
      issues.push({
        path: at,
        message: `${show(id)} is not a priority of ${terms.provider} (known: ${listNames(terms.priorities)})`,
      });
      continue;
    }
    const parsed = parseWith(entrySchema, entry, at);
    if (!parsed.ok) {
      issues.push(...parsed.issues);
      continue;
    }
    const durations: Durations = {};
    for (const kind of ['response', 'resolution'] as const) {
      const input = parsed.value[kind];
      if (input === undefined) continue;
      const ms = durationMs(input as DurationInput, `${at}.${kind}`, issues);
      if (ms !== undefined) durations[kind] = isoDuration(ms);
    }
    if (parsed.value.response === undefined && parsed.value.resolution === undefined) {
      issues.push({
        path: at,
        message: `${show(entry)} sets neither response nor resolution: expected e.g. { response: 'PT1H', resolution: 'PT8H' }`,
      });
    }
    out.set(id, durations);
  }
  return out;
}

function durationMs(input: DurationInput, path: string, issues: Issue[]): number | undefined {
  try {
    const ms = toDurationMs(input, path);
    if (ms > 0) return ms;
    issues.push({ path, message: `${show(input)} is not a target: expected a positive duration` });
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
