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
import { dayKey, lookupExpressions, reachKey } from './lookups';
import { NO_PLAN, SQL_TARGETS } from './terms';

/** Where the ticket query reads and what `now` is. */
export interface QueryOptions {
  /** The evaluation instant as epoch ms; absent: the engine's current time. */
  nowMs?: number;
  /** The tickets table (default 'tickets'). */
  tickets?: string;
  /** The pauses table (default 'pauses'); false when there is none. */
  pauses?: string | false;
}

type Lookups = ReturnType<typeof lookupExpressions>;
const TARGET_COLUMNS = ['clock', 'bucket_ms', 'ms', 'min_ms', 'strict', 'warn_ms'] as const;
/** Column prefixes of the two targets. */
const P = { response: 'r_', resolution: 's_' } as const;

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
  const days = qualify('habil_days');
  const reach = qualify('habil_reach');
  const now = options.nowMs === undefined ? d.ms(d.now) : String(options.nowMs);
  const pauses = options.pauses === undefined ? 'pauses' : options.pauses;
  const tickets = options.tickets ?? 'tickets';
  const each = (f: (p: string, kind: (typeof SQL_TARGETS)[number]) => string) =>
    SQL_TARGETS.map((k) => f(P[k], k)).join(', ');
  const terms = TARGET_COLUMNS.flatMap((c) => SQL_TARGETS.map((k) => `tm.${k}_${c} AS ${P[k]}${c}`)).join(', ');
  const done = { response: 'COALESCE(resp, res)', resolution: 'res' };
  const joins = (f: (p: string) => string) => SQL_TARGETS.map((k) => f(P[k])).join(' ');
  const ctes = [
    `habil_lk AS (${keys(d, 'plan', tickets)})`,
    `habil_pk AS (${keys(d, 'priority', tickets)})`,
    `habil_t AS (SELECT tk.id AS id, tm.plan_id, tm.priority_id, tm.business, tm.business_bucket_ms, tm.off_hours, ${terms},
    ${d.ms('tk.reported_at')} AS rep, ${d.ms('tk.responded_at')} AS resp, ${d.ms('tk.resolved_at')} AS res, ${now} AS now_ms
  FROM ${tickets} tk LEFT JOIN habil_lk lk ON lk.raw = tk.plan LEFT JOIN habil_pk pk ON pk.raw = tk.priority
    LEFT JOIN ${qualify('habil_terms')} tm ON tm.plan_key = COALESCE(lk.k, '${NO_PLAN}') AND tm.priority_key = pk.k)`,
    `habil_b AS (SELECT habil_t.*, ${e.isOpen('db', 'rep')} AS open_rep, ${e.openBefore('db', 'rep')} AS f_rep
  FROM habil_t LEFT JOIN ${days} db ON ${dayKey(d, 'db', 'business', 'rep')})`,
    `habil_s AS (SELECT habil_b.*, CASE WHEN off_hours = 1 OR open_rep = 1 THEN rep ELSE ${e.last('rb', 'f_rep')} END AS clock_start
  FROM habil_b LEFT JOIN ${reach} rb ON ${reachKey(d, 'rb', 'business', 'f_rep', 'business_bucket_ms')})`,
    `habil_c AS (SELECT x.*, ${each((p) => `GREATEST(COALESCE(${p}done, now_ms), clock_start) AS ${p}cu`)}
  FROM (SELECT habil_s.*, ${each((p, k) => `CASE WHEN ${p}ms IS NOT NULL AND ${done[k]} <= now_ms THEN ${done[k]} END AS ${p}done`)} FROM habil_s) x)`,
    `habil_f AS (SELECT habil_c.*, ${each((p) => `${e.openBefore(`${p}ds`, 'clock_start')} AS ${p}fs, ${e.openBefore(`${p}dc`, `${p}cu`)} AS ${p}fc`)}
  FROM habil_c ${joins((p) => `LEFT JOIN ${days} ${p}ds ON ${dayKey(d, `${p}ds`, `${p}clock`, 'clock_start')} LEFT JOIN ${days} ${p}dc ON ${dayKey(d, `${p}dc`, `${p}clock`, `${p}cu`)}`)})`,
    ...(pauses === false ? [] : pauseCtes(d, qualify, e, days, pauses)),
    `habil_q AS (SELECT g.*, ${each(
      (p) => `g.${p}fc - g.${p}fs - ${paused(pauses, `${p}paused`)} AS ${p}elapsed,
    g.${p}fs + g.${p}ms + ${paused(pauses, `${p}due_shift`, `${p}paused`)} AS ${p}v_due, g.${p}fs + g.${p}min_ms + ${paused(pauses, `${p}min_shift`, `${p}paused`)} AS ${p}v_min,
    ${paused(pauses, `${p}open_now`)} AS ${p}open_now`,
    )}
  FROM habil_f g${pauses === false ? '' : ' LEFT JOIN habil_a a ON a.id = g.id'})`,
    `habil_r AS (SELECT q.*, ${each(
      (p) => `CASE WHEN q.${p}ms <= 0 THEN q.clock_start ELSE ${e.first(`${p}rd`, `q.${p}v_due`)} END AS ${p}due,
    CASE WHEN q.${p}min_ms IS NULL THEN NULL WHEN q.${p}min_ms <= 0 THEN q.clock_start ELSE ${e.first(`${p}re`, `q.${p}v_min`)} END AS ${p}expected_by`,
    )}
  FROM habil_q q ${joins((p) => `LEFT JOIN ${reach} ${p}rd ON ${reachKey(d, `${p}rd`, `q.${p}clock`, `q.${p}v_due`, `q.${p}bucket_ms`)} LEFT JOIN ${reach} ${p}re ON ${reachKey(d, `${p}re`, `q.${p}clock`, `q.${p}v_min`, `q.${p}bucket_ms`)}`)})`,
    `habil_z AS (SELECT habil_r.*, ${each((p) => `${status(p)} AS ${p}status`)} FROM habil_r)`,
  ];
  const out = each(
    (p, k) =>
      `${d.ts(`${p}due`)} AS ${k}_due, ${p}status AS ${k}_status, ${p}elapsed AS ${k}_elapsed_ms, ${d.ts(`${p}expected_by`)} AS ${k}_expected_by`,
  );
  return `WITH ${ctes.join(',\n')}
SELECT id, ${out}, plan_id AS plan, priority_id AS priority,
  CASE WHEN rep IS NULL THEN 'reported_at is missing'
    WHEN plan_id IS NULL THEN 'unknown plan or priority'
    WHEN COALESCE(resp, rep) < rep OR COALESCE(res, rep) < rep THEN 'responded_at or resolved_at is before reported_at'
    WHEN clock_start IS NULL OR ${SQL_TARGETS.map((k) => `(${P[k]}ms IS NOT NULL AND ${P[k]}status IS NULL)`).join(' OR ')} THEN 'outside the compiled years'
  END AS error
FROM habil_z${d.querySuffix}`;
}

/** A pause aggregate of habil_a, or 0 (`fallback` first) for a ticket without pauses. */
function paused(pauses: string | false, column: string, fallback?: string): string {
  if (pauses === false) return '0';
  return `COALESCE(a.${column}, ${fallback === undefined ? '' : `a.${fallback}, `}0)`;
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

/**
 * The pauses stage: per pause and target, its span clipped to [clock start, min(now, completion)]
 * (NULL when the pause does not stop that target or is empty); the spans merged by keeping each
 * one's part after the running maximum end; their open time, and the sums the due needs.
 */
function pauseCtes(d: Dialect, qualify: (name: string) => string, e: Lookups, days: string, pauses: string): string[] {
  const each = (f: (p: string, kind: string) => string) => SQL_TARGETS.map((k) => f(P[k], k)).join(',\n    ');
  const applies = (kind: string) =>
    `(CASE WHEN r.reason_key IS NULL THEN ${kind === 'resolution' ? 1 : 0} ELSE r.stops_${kind} END) = 1 AND g.${P[kind as keyof typeof P]}ms IS NOT NULL`;
  // Running totals up to the current row, then minus it (or LAG): frames ending before the
  // current row are not accepted everywhere (Snowflake).
  const upTo = (x: string) => `OVER (PARTITION BY id ORDER BY ${x} ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)`;
  return [
    `habil_rk AS (${keys(d, 'reason', pauses)})`,
    `habil_p0 AS (SELECT g.id, ${SQL_TARGETS.map((k) => `g.${P[k]}clock, g.${P[k]}fs, g.${P[k]}ms, g.${P[k]}min_ms`).join(', ')},
    ${each(
      (
        p,
        k,
      ) => `CASE WHEN ${applies(k)} THEN GREATEST(p.pf, g.clock_start) END AS ${p}ps0, CASE WHEN ${applies(k)} THEN LEAST(COALESCE(p.pt, g.now_ms), g.now_ms, COALESCE(g.${p}done, g.now_ms)) END AS ${p}pe0,
    CASE WHEN ${applies(k)} AND g.${p}done IS NULL AND (p.pt IS NULL OR p.pt > g.now_ms) THEN 1 ELSE 0 END AS ${p}open_now`,
    )}
  FROM habil_f g
    JOIN (SELECT ticket_id, ${d.ms('from_at')} AS pf, ${d.ms('to_at')} AS pt, reason FROM ${pauses}) p ON p.ticket_id = g.id
    LEFT JOIN habil_rk rk ON rk.raw = p.reason
    LEFT JOIN ${qualify('habil_pause_reasons')} r ON r.reason_key = rk.k
  WHERE p.pf <= g.now_ms)`,
    `habil_p AS (SELECT habil_p0.*, ${each((p) => `CASE WHEN ${p}pe0 > ${p}ps0 THEN ${p}ps0 END AS ${p}ps, CASE WHEN ${p}pe0 > ${p}ps0 THEN ${p}pe0 END AS ${p}pe`)} FROM habil_p0)`,
    `habil_u0 AS (SELECT habil_p.*, ${each((p) => `MAX(${p}pe) ${upTo(`${p}ps, ${p}pe`)} AS ${p}upto`)} FROM habil_p)`,
    `habil_u AS (SELECT habil_u0.*, ${each((p) => `LAG(${p}upto) OVER (PARTITION BY id ORDER BY ${p}ps, ${p}pe) AS ${p}prev`)} FROM habil_u0)`,
    `habil_m AS (SELECT habil_u.*, ${each((p) => `GREATEST(${p}ps, COALESCE(${p}prev, ${p}ps)) AS ${p}a, GREATEST(${p}pe, COALESCE(${p}prev, ${p}pe)) AS ${p}b`)} FROM habil_u)`,
    `habil_v AS (SELECT m.*, ${each((p) => `${e.openBefore(`${p}da`, `m.${p}a`)} AS ${p}fa, ${e.openBefore(`${p}dz`, `m.${p}b`)} AS ${p}fb`)}
  FROM habil_m m ${SQL_TARGETS.map((k) => `LEFT JOIN ${days} ${P[k]}da ON ${dayKey(d, `${P[k]}da`, `m.${P[k]}clock`, `m.${P[k]}a`)} LEFT JOIN ${days} ${P[k]}dz ON ${dayKey(d, `${P[k]}dz`, `m.${P[k]}clock`, `m.${P[k]}b`)}`).join(' ')})`,
    `habil_w AS (SELECT habil_v.*, ${each((p) => `COALESCE(SUM(${p}fb - ${p}fa) ${upTo(`${p}a, ${p}b`)}, 0) - COALESCE(${p}fb - ${p}fa, 0) AS ${p}before`)} FROM habil_v)`,
    `habil_a AS (SELECT id, ${each(
      (p) => `SUM(${p}fb - ${p}fa) AS ${p}paused, MAX(${p}open_now) AS ${p}open_now,
    MIN(CASE WHEN ${p}fa - ${p}before >= ${p}fs + ${p}ms THEN ${p}before END) AS ${p}due_shift,
    MIN(CASE WHEN ${p}fa - ${p}before >= ${p}fs + ${p}min_ms THEN ${p}before END) AS ${p}min_shift`,
    )}
  FROM habil_w GROUP BY id)`,
  ];
}
