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
  const fail = (error: unknown): FieldValue[] => {
    const code = HabilError.is(error) ? error.code : error instanceof Error ? error.name : 'Error';
    const message = error instanceof Error ? error.message : String(error);
    return output.map((name) => (name === 'error' ? message : name === 'error.code' ? code : null));
  };
  return (values) => {
    if (values instanceof Error) return fail(values);
    try {
      let now: unknown = null;
      const ticket: Record<string, unknown> = {};
      for (let i = 0; i < input.length; i++) {
        const name = input[i]!;
        let value = values[i];
        if (value === null || value === undefined || name === '-') continue;
        if (name === 'pauses') value = pausesOf(value, zone);
        else if (zone !== undefined && INSTANTS.has(name)) value = inZone(value, zone, name);
        if (name === 'now') now = value;
        else ticket[name] = value;
      }
      const sla = evaluate(policy, ticket as unknown as Ticket, { now: (now ?? options.now()) as string });
      return readers.map((read) => (read === undefined ? null : read(sla)));
    } catch (error) {
      return fail(error);
    }
  };
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
