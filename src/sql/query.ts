// The ticket query: evaluate() in SQL over tickets(id, plan, priority, reported_at, responded_at,
// resolved_at) and an optional pauses(ticket_id, from_at, to_at, reason), at one `now`.
// Same steps as sla/evaluate: intake (clock start, deferred to the next opening when the
// priority may not be reported off-hours), per target its clock, the pauses that stop it
// (merged: each keeps only its part after every earlier one), elapsed, due and status.
// With F the open time before an instant on the target's clock and P_k the open time of the
// pauses before pause k, due = earliest t with F(t) = F(start) + target + P_k, k the first
// pause with F(from_k) - P_k >= F(start) + target (else all of them): TargetClock.reach in
// closed form. Every lookup is an equality join on habil_days or habil_reach (hash joins),
// and both targets are computed side by side, one row per ticket throughout.

import type { Dialect, Widths } from './dialect';
import { lookupExpressions, reachKey } from './lookups';
import { P, pauseCtes } from './pauses';
import { ticketStage } from './stage';
import { SQL_TARGETS, type SqlTarget } from './terms';

/**
 * The error of a ticket reported after `now`: like `habil audit`, the query refuses it (it did
 * not exist then) rather than judging it.
 */
export const NOT_YET_REPORTED = 'reported_at is after now: the ticket was not yet reported then';

/** Where the ticket query reads and what `now` is. */
export interface QueryOptions {
  /** The evaluation instant as epoch ms; absent: the engine's current time. */
  nowMs?: number;
  /** The tickets table (default 'tickets'). */
  tickets?: string;
  /** The pauses table (default 'pauses'); false when there is none. */
  pauses?: string | false;
  /** What the policy's terms use, so the query leaves out what no ticket needs. */
  shape: QueryShape;
}

/** The targets some pause can stop (the others ignore pauses), and those some terms give a range. */
export interface QueryShape {
  pauses: readonly SqlTarget[];
  ranges: readonly SqlTarget[];
}

/**
 * The query returning one row per ticket: id, per target due, status, elapsed ms and
 * expected_by (ranges), plan and priority ids, and an error when the ticket cannot be judged.
 */
export function ticketQuery(
  d: Dialect,
  qualify: (name: string) => string,
  widths: Widths,
  options: QueryOptions,
): string {
  const e = lookupExpressions(widths);
  const reach = qualify('habil_reach');
  const now = options.nowMs === undefined ? d.ms(d.now) : String(options.nowMs);
  const pauses = options.pauses === undefined ? 'pauses' : options.pauses;
  const stopped = pauses === false ? [] : options.shape.pauses;
  // Targets no terms give a range have no expected_by: NULL, typed as ms is (NULLIF(x, x)), as every engine takes.
  const ranged = options.shape.ranges;
  // A pause aggregate of habil_a, or 0 (`fallback` first) where no pause stops the target.
  const paused = (kind: SqlTarget, column: string, fallback?: string) =>
    stopped.includes(kind)
      ? `COALESCE(a.${P[kind]}${column}, ${fallback === undefined ? '' : `a.${P[kind]}${fallback}, `}0)`
      : '0';
  const tickets = options.tickets ?? 'tickets';
  const each = (f: (p: string, kind: SqlTarget) => string) => SQL_TARGETS.map((k) => f(P[k], k)).join(', ');
  const joins = (f: (p: string, kind: SqlTarget) => string) => SQL_TARGETS.map((k) => f(P[k], k)).join(' ');
  const stage = (name: (step: string) => string, source: string, extra: string) =>
    ticketStage(d, qualify, e, name, { source, extra, now });
  const ctes = [
    `habil_lk AS (${keys(d, 'plan', tickets)})`,
    `habil_pk AS (${keys(d, 'priority', tickets)})`,
    ...stage((step) => `habil_${step}`, `${tickets} tk`, ''),
    ...(pauses === false || stopped.length === 0
      ? []
      : [
          ...stage(
            (step) => `habil_${step}p`,
            `${tickets} tk JOIN ${pauses} pz ON pz.ticket_id = tk.id`,
            `, ${d.ms('pz.from_at')} AS pf, ${d.ms('pz.to_at')} AS pt, pz.reason AS reason`,
          ),
          ...pauseCtes(d, qualify, e, { rows: 'habil_fp', pauses, kinds: stopped }),
        ]),
    `habil_q AS (SELECT g.*, ${each(
      (p, k) => `g.${p}fc - g.${p}fs - ${paused(k, 'paused')} AS ${p}elapsed,
    g.${p}fs + g.${p}ms + ${paused(k, 'due_shift', 'paused')} AS ${p}v_due, g.${p}fs + g.${p}min_ms + ${paused(k, 'min_shift', 'paused')} AS ${p}v_min,
    ${paused(k, 'open_now')} AS ${p}open_now`,
    )}
  FROM habil_f g${stopped.length === 0 ? '' : ' LEFT JOIN habil_a a ON a.id = g.id'})`,
    `habil_r AS (SELECT q.*, ${each(
      (p, k) => `CASE WHEN q.${p}ms <= 0 THEN q.clock_start ELSE ${e.first(`${p}rd`, `q.${p}v_due`)} END AS ${p}due,
    ${ranged.includes(k) ? `CASE WHEN q.${p}min_ms IS NULL THEN NULL WHEN q.${p}min_ms <= 0 THEN q.clock_start ELSE ${e.first(`${p}re`, `q.${p}v_min`)} END` : `NULLIF(q.${p}ms, q.${p}ms)`} AS ${p}expected_by`,
    )}
  FROM habil_q q ${joins(
    (p, k) =>
      `LEFT JOIN ${reach} ${p}rd ON ${reachKey(d, `${p}rd`, `q.${p}clock_id`, `q.${p}v_due`, `q.${p}bucket_ms`)}${ranged.includes(k) ? ` LEFT JOIN ${reach} ${p}re ON ${reachKey(d, `${p}re`, `q.${p}clock_id`, `q.${p}v_min`, `q.${p}bucket_ms`)}` : ''}`,
  )})`,
    `habil_z AS (SELECT habil_r.*, ${each((p) => `${status(p)} AS ${p}status`)} FROM habil_r)`,
  ];
  // A row the audit would refuse (its error) judges nothing: its targets are NULL, as the audit's error row has no SLA.
  const judged = (x: string) => `CASE WHEN error IS NULL THEN ${x} END`;
  const out = each(
    (p, k) =>
      `${judged(d.ts(`${p}due`))} AS ${k}_due, ${judged(`${p}status`)} AS ${k}_status, ${judged(`${p}elapsed`)} AS ${k}_elapsed_ms, ${judged(d.ts(`${p}expected_by`))} AS ${k}_expected_by`,
  );
  const error = `CASE WHEN rep IS NULL THEN 'reported_at is missing'
    WHEN plan_id IS NULL THEN 'unknown plan or priority'
    WHEN COALESCE(resp, rep) < rep OR COALESCE(res, rep) < rep THEN 'responded_at or resolved_at is before reported_at'
    WHEN rep > now_ms THEN '${NOT_YET_REPORTED}'
    WHEN clock_start IS NULL OR ${SQL_TARGETS.map((k) => `(${P[k]}ms IS NOT NULL AND ${P[k]}status IS NULL)`).join(' OR ')} THEN 'outside the compiled years'
  END`;
  const steps = d.materializeSteps ? ctes.map((cte) => cte.replace(/^(\w+) AS \(/, '$1 AS MATERIALIZED (')) : ctes;
  return `WITH ${steps.join(',\n')}
SELECT id, ${out}, plan_id AS plan, priority_id AS priority, error
FROM (SELECT habil_z.*, ${error} AS error FROM habil_z) habil_e${d.querySuffix}`;
}

function status(p: string): string {
  return `CASE WHEN ${p}elapsed IS NULL OR ${p}due IS NULL THEN NULL
    WHEN ${p}done IS NOT NULL THEN CASE WHEN ${p}elapsed < ${p}ms OR (${p}strict = 0 AND ${p}elapsed = ${p}ms) THEN 'met' ELSE 'breached' END
    WHEN ${p}elapsed > ${p}ms OR (${p}strict = 1 AND ${p}elapsed = ${p}ms) THEN 'breached'
    WHEN ${p}open_now = 1 THEN 'paused'
    WHEN ${p}warn_ms IS NOT NULL AND ${p}elapsed >= ${p}warn_ms THEN 'at-risk'
    ELSE 'running' END`;
}

/** Name keys, computed once per distinct spelling rather than once per row. */
function keys(d: Dialect, column: string, table: string): string {
  return `SELECT raw, ${d.nameKey('raw')} AS k FROM (SELECT DISTINCT ${column} AS raw FROM ${table}) habil_raw`;
}
