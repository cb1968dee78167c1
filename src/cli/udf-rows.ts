// One row of `habil udf`: its input values become a ticket (and maybe its own `now`), the
// ticket is judged by evaluate(), and the output columns are read off the result. Whatever goes
// wrong on the way becomes the row's `error` columns, never an exception: one answer per row.

import { HabilError, TicketError, problemAt } from '../errors';
import { SCALAR_TICKET_FIELDS } from '../node/columns';
import type { Policy } from '../policy';
import { evaluate } from '../sla/evaluate';
import { type FieldReader, type FieldValue, fieldReader, SLA_FIELDS } from '../sla/fields';
import type { Ticket } from '../sla/types';
import { toEpochMs } from '../time/instant';
import type { Zone } from '../time/zone';
import type { RowValues } from './udf-codec';
import { UsageError } from './usage';

/** The ticket fields an input column may carry, plus `now` (the instant to judge the row at). */
export const INPUT_COLUMNS = [...SCALAR_TICKET_FIELDS, 'pauses', 'now'] as const;
const INSTANTS = new Set(['reportedAt', 'respondedAt', 'resolvedAt', 'now']);
/** Output columns beside the result's fields: the error's message and code, NULL on rows judged. */
const ERROR_COLUMNS = ['error', 'error.code'];

export interface RowJudgeOptions {
  policy: Policy;
  input: readonly string[];
  output: readonly string[];
  /** The instant to judge at when the row has no `now` column; called per row. */
  now: () => string | number | Date;
  /** The instant to judge every row at when the row has no `now` column, read once (`--now`). */
  fixedNow?: string | number | undefined;
  /** Where instants without an offset are wall times; default the plan's business zone. */
  zone?: Zone | undefined;
}

/** Checks `--input` names; returns them. */
export function inputColumns(list: string): string[] {
  const names = list.split(',').map((name) => name.trim());
  for (const name of names) {
    if (name !== '-' && !(INPUT_COLUMNS as readonly string[]).includes(name))
      throw new UsageError(`--input '${name}': expected one of ${INPUT_COLUMNS.join(', ')}, or - to skip a column`);
  }
  if (!names.includes('priority') || !names.includes('reportedAt'))
    throw new UsageError('--input needs at least priority and reportedAt');
  return names;
}

/** Checks `--output` names; returns them. */
export function outputColumns(list: string): string[] {
  const names = list.split(',').map((name) => name.trim());
  for (const name of names) {
    if (!ERROR_COLUMNS.includes(name) && fieldReader(name) === undefined)
      throw new UsageError(`--output '${name}': expected one of ${[...SLA_FIELDS, ...ERROR_COLUMNS].join(', ')}`);
  }
  return names;
}

/** A function from one row's input values to its output values, total: it never throws. */
export function rowJudge(options: RowJudgeOptions): (values: RowValues | Error) => FieldValue[] {
  const { policy, input, output, zone } = options;
  const readers: (FieldReader | undefined)[] = output.map(fieldReader);
  const columns = columnPlan(input, zone);
  // Rows without their own now share one options object (evaluate only reads it).
  const fixed = options.fixedNow === undefined ? undefined : { now: options.fixedNow };
  const fail = (error: unknown): FieldValue[] => {
    const code = HabilError.is(error) ? error.code : error instanceof Error ? error.name : 'Error';
    const message = error instanceof Error ? error.message : String(error);
    return output.map((name) => (name === 'error' ? message : name === 'error.code' ? code : null));
  };
  return (values) => {
    if (values instanceof Error) return fail(values);
    try {
      let now: unknown;
      const ticket: Record<string, unknown> = {};
      for (const { at, name, read } of columns) {
        const value = values[at];
        if (value === null || value === undefined) continue;
        const cell = read === undefined ? value : read(value);
        if (name === 'now') now = cell;
        else ticket[name] = cell;
      }
      const at = now === undefined ? (fixed ?? { now: options.now() }) : { now: now as string };
      const sla = evaluate(policy, ticket as unknown as Ticket, at);
      const answer: FieldValue[] = [];
      for (const read of readers) answer.push(read === undefined ? null : read(sla));
      return answer;
    } catch (error) {
      return fail(error);
    }
  };
}

/** The columns a row's ticket (or its now) is read from, in order, and how each value is read first. */
function columnPlan(input: readonly string[], zone: Zone | undefined) {
  const plan: { at: number; name: string; read?: (value: unknown) => unknown }[] = [];
  input.forEach((name, at) => {
    if (name === '-') return;
    if (name === 'pauses') plan.push({ at, name, read: (value) => pausesOf(value, zone) });
    else if (zone !== undefined && INSTANTS.has(name))
      plan.push({ at, name, read: (value) => inZone(value, zone, name) });
    else plan.push({ at, name });
  });
  return plan;
}

function pausesOf(value: unknown, zone: Zone | undefined): unknown {
  let pauses = value;
  if (typeof value === 'string') {
    try {
      pauses = JSON.parse(value);
    } catch (error) {
      throw new TicketError(undefined, [
        problemAt('pauses', `is not valid JSON (${(error as Error).message}): expected [{"from": ..., "to": ...}]`),
      ]);
    }
  }
  if (zone === undefined || !Array.isArray(pauses)) return pauses;
  return pauses.map((pause: unknown, i) => {
    if (pause === null || typeof pause !== 'object') return pause;
    const { from, to, ...rest } = pause as Record<string, unknown>;
    return {
      ...rest,
      ...(from == null ? {} : { from: inZone(from, zone, `pauses[${i}].from`) }),
      ...(to == null ? {} : { to: inZone(to, zone, `pauses[${i}].to`) }),
    };
  });
}

function inZone(value: unknown, zone: Zone, path: string): unknown {
  return typeof value === 'string' ? toEpochMs(value, zone, path) : value;
}
