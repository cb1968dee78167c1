// The setup script: habil's tables (DDL and data, in INSERT batches) and its functions, for one
// dialect. Tables: habil_calendars, habil_intervals (open intervals with prefix sums),
// habil_days and habil_reach (the lookup views of ./tables), and for a policy habil_terms and
// habil_pause_reasons (./terms).

import type { Column, Dialect, TableNames, Widths } from './dialect';
import { functionDefs, genericLookups, KEY_STRIDE } from './lookups';
import type { CalendarTables } from './tables';
import { SQL_TARGETS, type PauseReasonRow, type TermsRow } from './terms';

type Value = string | number | boolean | null;

interface TableData {
  name: string;
  columns: Column[];
  key: string[];
  rows: Value[][];
}

const BATCH = 1000;

/** The statements creating habil's tables, data and functions. */
export function setupStatements(
  d: Dialect,
  calendars: readonly CalendarTables[],
  policy: { terms: readonly TermsRow[]; reasons: readonly PauseReasonRow[] } | undefined,
  qualify: (name: string) => string,
  fnQualify: (name: string) => string,
): string[] {
  const widths = widthsOf(calendars);
  const tables = [calendarTable(calendars), intervalTable(calendars), dayTable(calendars, widths.days)];
  tables.push(reachTable(calendars, widths.reach));
  if (policy) {
    tables.push(termsTable(policy.terms, calendars), reasonTable(policy.reasons));
  }
  const out: string[] = [];
  for (const table of tables) {
    const name = qualify(table.name);
    out.push(...d.createTable(name, table.columns, table.key));
    for (let i = 0; i < table.rows.length; i += BATCH) {
      const values = table.rows.slice(i, i + BATCH).map((row) => `(${row.map((v) => literal(d, v)).join(', ')})`);
      out.push(`INSERT INTO ${name} VALUES\n${values.join(',\n')}`);
    }
  }
  const names: TableNames = {
    calendars: qualify('habil_calendars'),
    days: qualify('habil_days'),
    reach: qualify('habil_reach'),
  };
  const custom = d.lookups?.(names, widths);
  if (custom) out.push(...custom.before);
  const bodies = custom?.bodies ?? genericLookups(d, names, widths);
  for (const fn of functionDefs(d, bodies, fnQualify)) out.push(d.createFunction(fn));
  return out;
}

/** How many pieces a row of habil_days and of habil_reach holds: the most any row needs. */
export function widthsOf(calendars: readonly CalendarTables[]): Widths {
  const most = (counts: number[]) => counts.reduce((a, b) => Math.max(a, b), 1);
  return {
    days: most(calendars.flatMap((c) => c.days.map((r) => r.pieces.length))),
    reach: most(calendars.flatMap((c) => c.reach.map((r) => r.pieces.length))),
  };
}

function literal(d: Dialect, value: Value): string {
  if (value === null) return 'NULL';
  if (typeof value === 'string') return d.string(value);
  if (typeof value === 'boolean') return value ? '1' : '0';
  return String(value);
}

/** A calendar's id in the tables' integer keys, from its position (1 on). */
const calId = (index: number) => index + 1;

const int = (name: string): Column => ({ name, type: 'int' });
const text = (name: string): Column => ({ name, type: 'text' });

function calendarTable(calendars: readonly CalendarTables[]): TableData {
  return {
    name: 'habil_calendars',
    columns: [text('cal'), int('cal_id'), int('range_from'), int('range_to'), int('total_ms'), int('bucket_ms')],
    key: ['cal'],
    rows: calendars.map((c, i) => [c.name, calId(i), c.from, c.to, c.total, c.bucketMs]),
  };
}

function intervalTable(calendars: readonly CalendarTables[]): TableData {
  return {
    name: 'habil_intervals',
    columns: [text('cal'), int('start_ms'), int('end_ms'), int('cum_ms')],
    key: ['cal', 'start_ms'],
    rows: calendars.flatMap((c) => c.intervals.map((r) => [c.name, r.start, r.end, r.cum])),
  };
}

function dayTable(calendars: readonly CalendarTables[], width: number): TableData {
  const pieces = Array.from({ length: width }, (_, i) => [int(`s${i + 1}`), int(`e${i + 1}`)]).flat();
  return {
    name: 'habil_days',
    columns: [text('cal'), int('day'), int('dk'), int('f0'), ...pieces],
    key: ['dk'],
    rows: calendars.flatMap((c, ci) =>
      c.days.map((r) => {
        const padding = r.day * 86_400_000;
        const flat = Array.from({ length: width }, (_, i) => r.pieces[i] ?? [padding, padding]).flat();
        return [c.name, r.day, calId(ci) * KEY_STRIDE + r.day, r.f0, ...flat];
      }),
    ),
  };
}

function reachTable(calendars: readonly CalendarTables[], width: number): TableData {
  const pieces = Array.from({ length: width }, (_, i) => [int(`c${i + 1}`), int(`s${i + 1}`), int(`l${i + 1}`)]).flat();
  return {
    name: 'habil_reach',
    columns: [text('cal'), int('bucket'), int('rk'), ...pieces],
    key: ['rk'],
    rows: calendars.flatMap((c, ci) =>
      c.reach.map((r) => {
        // Padding has length 0, which no lookup matches.
        const flat = Array.from({ length: width }, (_, i) => {
          const p = r.pieces[i];
          return p ? [p.cum, p.start, p.end - p.start] : [0, 0, 0];
        }).flat();
        return [c.name, r.bucket, calId(ci) * KEY_STRIDE + r.bucket, ...flat];
      }),
    ),
  };
}

/** Terms, with the id and bucket width of each clock they name (the ticket query joins by them). */
function termsTable(rows: readonly TermsRow[], calendars: readonly CalendarTables[]): TableData {
  const ids = new Map(calendars.map((c, i) => [c.name, calId(i)]));
  const buckets = new Map(calendars.map((c) => [c.name, c.bucketMs]));
  const targetColumns = SQL_TARGETS.flatMap((k) =>
    [
      text(`${k}_clock`),
      int(`${k}_clock_id`),
      int(`${k}_bucket_ms`),
      int(`${k}_ms`),
      int(`${k}_min_ms`),
      int(`${k}_strict`),
      int(`${k}_warn_ms`),
    ].map((c) => ({
      ...c,
      nullable: true,
    })),
  );
  return {
    name: 'habil_terms',
    columns: [
      text('plan_key'),
      text('priority_key'),
      text('plan_id'),
      text('priority_id'),
      text('business'),
      int('business_id'),
      int('business_bucket_ms'),
      int('off_hours'),
      ...targetColumns,
    ],
    key: ['plan_key', 'priority_key'],
    rows: rows.map((r) => [
      r.planKey,
      r.priorityKey,
      r.planId,
      r.priorityId,
      r.business,
      ids.get(r.business)!,
      buckets.get(r.business)!,
      r.offHours,
      ...SQL_TARGETS.flatMap((k) => {
        const t = r.targets[k];
        return t
          ? [t.clock, ids.get(t.clock)!, buckets.get(t.clock)!, t.ms, t.minMs, t.strict, t.warnMs]
          : Array(7).fill(null);
      }),
    ]),
  };
}

function reasonTable(rows: readonly PauseReasonRow[]): TableData {
  return {
    name: 'habil_pause_reasons',
    columns: [text('reason_key'), int('stops_response'), int('stops_resolution')],
    key: ['reason_key'],
    rows: rows.map((r) => [r.reasonKey, r.stops.includes('response'), r.stops.includes('resolution')]),
  };
}
