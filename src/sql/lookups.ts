// The SQL functions over a compiled calendar, written once for every dialect. Four lookups read
// the tables of ./tables (F(t) = open time before t since the span's start, and its inverses);
// the public functions are arithmetic on them, as the engine's between/add/nextOpen are:
//   habil_between(cal, a, b)   = F(b) - F(a)
//   habil_add(cal, t, ms)      = earliest instant with F = F(t) + ms (ms > 0), latest (ms < 0)
//   habil_next_open(cal, t)    = latest instant with F = F(t)
// Outside the compiled years every function returns NULL.

import { DAY_MS } from './tables';
import type { Dialect, FunctionDef, LookupBodies, TableNames, Widths } from './dialect';

const CAL = { name: 'cal_name', type: 'text' } as const;
const T = { name: 't', type: 'int' } as const;
const V = { name: 'v', type: 'int' } as const;

/** Names of the millisecond lookups the ticket query calls. */
export const LOOKUP = {
  openBefore: 'habil_open_before_ms',
  isOpen: 'habil_is_open_ms',
  first: 'habil_first_at_ms',
  last: 'habil_last_at_ms',
  add: 'habil_add_ms',
  nextOpen: 'habil_next_open_ms',
} as const;

/**
 * The four lookups as expressions over a row of habil_days (alias `d`, for t) or habil_reach
 * (alias `r`, for v) already joined on its key: the ticket query joins, the functions select.
 */
export function lookupExpressions(widths: Widths) {
  const pieces = (w: number, f: (k: number) => string) => Array.from({ length: w }, (_, i) => f(i + 1));
  return {
    openBefore: (d: string, t: string) =>
      `${d}.f0 + ${pieces(widths.days, (k) => `GREATEST(0, LEAST(${t}, ${d}.e${k}) - ${d}.s${k})`).join(' + ')}`,
    isOpen: (d: string, t: string) =>
      `CASE WHEN ${pieces(widths.days, (k) => `(${d}.s${k} <= ${t} AND ${t} < ${d}.e${k})`).join(' OR ')} THEN 1 WHEN ${d}.f0 IS NOT NULL THEN 0 END`,
    first: (r: string, v: string) =>
      `CASE ${pieces(widths.reach, (k) => `WHEN ${r}.c${k} < ${v} AND ${v} <= ${r}.c${k} + ${r}.l${k} THEN ${r}.s${k} + ${v} - ${r}.c${k}`).join(' ')} END`,
    last: (r: string, v: string) =>
      `CASE ${pieces(widths.reach, (k) => `WHEN ${r}.c${k} <= ${v} AND ${v} < ${r}.c${k} + ${r}.l${k} THEN ${r}.s${k} + ${v} - ${r}.c${k}`).join(' ')} END`,
  };
}

/**
 * Calendar ids space the integer keys of habil_days (dk) and habil_reach (rk) this far apart:
 * key = id * KEY_STRIDE + day or bucket. Day numbers stay far below it; buckets are clamped to
 * [-1, KEY_STRIDE - 1], ends no calendar's rows reach, so no key runs into another calendar's.
 */
export const KEY_STRIDE = 4_294_967_296;

/** The join condition of a habil_days row (alias `d`) for the calendar with id `calId` at instant `t`. */
export function dayKey(dialect: Dialect, d: string, calId: string, t: string): string {
  return `${d}.dk = ${calId} * ${KEY_STRIDE} + ${dialect.floorDiv(t, String(DAY_MS))}`;
}

/** The join condition of a habil_reach row (alias `r`) for calendar id `calId`, open time v, bucket width. */
export function reachKey(dialect: Dialect, r: string, calId: string, v: string, bucketMs: string): string {
  return `${r}.rk = ${calId} * ${KEY_STRIDE} + LEAST(GREATEST(${dialect.floorDiv(v, bucketMs)}, -1), ${KEY_STRIDE - 1})`;
}

/** The generic lookup bodies: one equality lookup each, as a scalar subquery. */
export function genericLookups(d: Dialect, tables: TableNames, widths: Widths): LookupBodies {
  const e = lookupExpressions(widths);
  const day = `FROM ${tables.calendars} c JOIN ${tables.days} d ON ${dayKey(d, 'd', 'c.cal_id', 't')} WHERE c.cal = cal_name`;
  const reach = `FROM ${tables.calendars} c JOIN ${tables.reach} r ON ${reachKey(d, 'r', 'c.cal_id', 'v', 'c.bucket_ms')} WHERE c.cal = cal_name`;
  return {
    openBefore: `(SELECT ${e.openBefore('d', 't')} ${day})`,
    isOpen: `(SELECT ${e.isOpen('d', 't')} ${day})`,
    first: `(SELECT ${e.first('r', 'v')} ${reach})`,
    last: `(SELECT ${e.last('r', 'v')} ${reach})`,
  };
}

/** Every function, in creation order (each calls only functions before it). */
export function functionDefs(d: Dialect, bodies: LookupBodies, qualify: (name: string) => string): FunctionDef[] {
  const F = (t: string) => `${qualify(LOOKUP.openBefore)}(cal_name, ${t})`;
  const first = (v: string) => `${qualify(LOOKUP.first)}(cal_name, ${v})`;
  const last = (v: string) => `${qualify(LOOKUP.last)}(cal_name, ${v})`;
  const ms = { name: 'amount_ms', type: 'int' } as const;
  const fromTs = { name: 'from_ts', type: 'ts' } as const;
  const toTs = { name: 'to_ts', type: 'ts' } as const;
  const startTs = { name: 'start_ts', type: 'ts' } as const;
  const startMs = { name: 'start_ms', type: 'int' } as const;
  const def = (name: string, params: FunctionDef['params'], returns: FunctionDef['returns'], body: string) => ({
    name: qualify(name),
    params,
    returns,
    body,
  });
  return [
    def(LOOKUP.openBefore, [CAL, T], 'int', bodies.openBefore),
    def(LOOKUP.isOpen, [CAL, T], 'int', bodies.isOpen),
    def(LOOKUP.first, [CAL, V], 'int', bodies.first),
    def(LOOKUP.last, [CAL, V], 'int', bodies.last),
    def(
      LOOKUP.add,
      [CAL, startMs, ms],
      'int',
      `CASE WHEN amount_ms > 0 THEN ${first(`${F('start_ms')} + amount_ms`)} WHEN amount_ms < 0 THEN ${last(`${F('start_ms')} + amount_ms`)} WHEN ${F('start_ms')} IS NOT NULL THEN start_ms END`,
    ),
    def(LOOKUP.nextOpen, [CAL, T], 'int', last(F('t'))),
    def('habil_between', [CAL, fromTs, toTs], 'int', `${F(d.ms('to_ts'))} - ${F(d.ms('from_ts'))}`),
    def(
      'habil_add',
      [CAL, startTs, ms],
      'ts',
      d.ts(`${qualify(LOOKUP.add)}(cal_name, ${d.ms('start_ts')}, amount_ms)`),
    ),
    def('habil_next_open', [CAL, startTs], 'ts', d.ts(`${qualify(LOOKUP.nextOpen)}(cal_name, ${d.ms('start_ts')})`)),
    def('habil_is_open', [CAL, startTs], 'bool', `${qualify(LOOKUP.isOpen)}(cal_name, ${d.ms('start_ts')}) = 1`),
  ];
}
