// The ticket query: evaluate() in SQL over tickets(id, plan, priority, reported_at, responded_at,
// resolved_at) and an optional pauses(ticket_id, from_at, to_at, reason), at one `now`.
// Same steps as sla/evaluate: intake (clock start, deferred to the next opening when the
// priority may not be reported off-hours), per target its clock, the pauses that stop it
// (merged: each keeps only the part after every earlier one), elapsed, due and status.
// With F the open time before an instant on the target's clock and P_k the open time of the
// pauses before pause k, due = earliest t with F(t) = F(start) + target + P_k, k the first
// pause with F(from_k) - P_k >= F(start) + target (or all of them): TargetClock.reach in closed form.

import type { Dialect } from './dialect';
import { LOOKUP } from './lookups';
import { NO_PLAN } from './terms';

/** Where the ticket query reads and what `now` is. */
export interface QueryOptions {
  /** The evaluation instant as epoch ms; absent: the engine's current time. */
  nowMs?: number;
  /** The tickets table (default 'tickets'). */
  tickets?: string;
  /** The pauses table (default 'pauses'); false when there is none. */
  pauses?: string | false;
}

const TARGET_COLUMNS = ['clock', 'ms', 'min_ms', 'strict', 'warn_ms'] as const;

/**
 * The query returning one row per ticket: id, per target due, status and elapsed ms (and
 * expected_by for ranges), plan and priority ids, and an error when the ticket cannot be judged.
 */
export function ticketQuery(d: Dialect, qualify: (name: string) => string, fnQualify: (name: string) => string, options: QueryOptions): string {
  const F = (cal: string, t: string) => `${fnQualify(LOOKUP.openBefore)}(${cal}, ${t})`;
  const first = (cal: string, v: string) => `${fnQualify(LOOKUP.first)}(${cal}, ${v})`;
  const now = options.nowMs === undefined ? d.ms(d.now) : String(options.nowMs);
  const pauses = options.pauses === undefined ? 'pauses' : options.pauses;
  const terms = TARGET_COLUMNS.flatMap((c) => ['response', 'resolution'].map((k) => `tm.${k}_${c}`)).join(', ');
  const target = (kind: 'response' | 'resolution', done: string) =>
    `SELECT id, '${kind}' AS kind, ${kind}_clock AS clock, ${kind}_ms AS target_ms, ${kind}_min_ms AS min_ms, ${kind}_strict AS strict_bound, ${kind}_warn_ms AS warn_ms, clock_start, now_ms, CASE WHEN ${done} <= now_ms THEN ${done} END AS done FROM habil_s WHERE ${kind}_ms IS NOT NULL`;
  const ctes = [
    `habil_t AS (SELECT tk.id AS id, tm.plan_id, tm.priority_id, tm.business, tm.off_hours, ${terms}, ${d.ms('tk.reported_at')} AS rep, ${d.ms('tk.responded_at')} AS resp, ${d.ms('tk.resolved_at')} AS res, ${now} AS now_ms
  FROM ${options.tickets ?? 'tickets'} tk LEFT JOIN ${qualify('habil_terms')} tm
    ON tm.plan_key = COALESCE(${d.nameKey('tk.plan')}, '${NO_PLAN}') AND tm.priority_key = ${d.nameKey('tk.priority')})`,
    `habil_s AS (SELECT habil_t.*, CASE WHEN off_hours = 1 OR ${fnQualify(LOOKUP.isOpen)}(business, rep) = 1 THEN rep ELSE ${fnQualify(LOOKUP.nextOpen)}(business, rep) END AS clock_start FROM habil_t)`,
    `habil_g AS (${target('response', 'COALESCE(resp, res)')}\n  UNION ALL ${target('resolution', 'res')})`,
    `habil_f AS (SELECT habil_g.*, ${F('clock', 'clock_start')} AS fs, ${F('clock', 'GREATEST(COALESCE(done, now_ms), clock_start)')} AS fc FROM habil_g)`,
  ];
  if (pauses !== false) ctes.push(...pauseCtes(d, qualify, F, pauses));
  const shift = (part: string) => (pauses === false ? '0' : `COALESCE(a.${part}, a.paused_ms, 0)`);
  const reach = (amount: string, part: string) =>
    `CASE WHEN g.${amount} <= 0 THEN g.clock_start ELSE ${first('g.clock', `g.fs + g.${amount} + ${shift(part)}`)} END`;
  ctes.push(
    `habil_r AS (SELECT g.id, g.kind, g.done, g.strict_bound, g.target_ms, g.warn_ms,
    g.fc - g.fs - ${pauses === false ? '0' : 'COALESCE(a.paused_ms, 0)'} AS elapsed,
    ${reach('target_ms', 'due_shift')} AS due,
    CASE WHEN g.min_ms IS NOT NULL THEN ${reach('min_ms', 'min_shift')} END AS expected_by,
    ${pauses === false ? '0' : 'COALESCE(o.open_now, 0)'} AS open_now
  FROM habil_f g${pauses === false ? '' : ' LEFT JOIN habil_a a ON a.id = g.id AND a.kind = g.kind LEFT JOIN habil_o o ON o.id = g.id AND o.kind = g.kind'})`,
    `habil_z AS (SELECT habil_r.*, CASE WHEN elapsed IS NULL OR due IS NULL THEN NULL
    WHEN done IS NOT NULL THEN CASE WHEN elapsed < target_ms OR (strict_bound = 0 AND elapsed = target_ms) THEN 'met' ELSE 'breached' END
    WHEN elapsed > target_ms OR (strict_bound = 1 AND elapsed = target_ms) THEN 'breached'
    WHEN open_now = 1 THEN 'paused'
    WHEN warn_ms IS NOT NULL AND elapsed >= warn_ms THEN 'at-risk'
    ELSE 'running' END AS status FROM habil_r)`,
  );
  const out = (alias: string, kind: string) =>
    `${d.ts(`${alias}.due`)} AS ${kind}_due, ${alias}.status AS ${kind}_status, ${alias}.elapsed AS ${kind}_elapsed_ms, ${d.ts(`${alias}.expected_by`)} AS ${kind}_expected_by`;
  return `WITH ${ctes.join(',\n')}
SELECT t.id, ${out('rr', 'response')}, ${out('rs', 'resolution')}, t.plan_id AS plan, t.priority_id AS priority,
  CASE WHEN t.rep IS NULL THEN 'reported_at is missing'
    WHEN t.plan_id IS NULL THEN 'unknown plan or priority'
    WHEN COALESCE(t.resp, t.rep) < t.rep OR COALESCE(t.res, t.rep) < t.rep THEN 'responded_at or resolved_at is before reported_at'
    WHEN t.clock_start IS NULL OR (t.response_ms IS NOT NULL AND rr.status IS NULL) OR (t.resolution_ms IS NOT NULL AND rs.status IS NULL) THEN 'outside the compiled years'
  END AS error
FROM habil_s t
  LEFT JOIN (SELECT * FROM habil_z WHERE kind = 'response') rr ON rr.id = t.id
  LEFT JOIN (SELECT * FROM habil_z WHERE kind = 'resolution') rs ON rs.id = t.id${d.querySuffix}`;
}

function pauseCtes(d: Dialect, qualify: (name: string) => string, F: (cal: string, t: string) => string, pauses: string): string[] {
  const stops = `CASE WHEN r.reason_key IS NULL THEN CASE WHEN g.kind = 'resolution' THEN 1 ELSE 0 END WHEN g.kind = 'response' THEN r.stops_response ELSE r.stops_resolution END`;
  const before = (x: string) => `OVER (PARTITION BY id, kind ORDER BY ${x} ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)`;
  return [
    `habil_p AS (SELECT g.id, g.kind, g.clock, g.fs, g.target_ms, g.min_ms,
    GREATEST(p.pf, g.clock_start) AS ps, LEAST(COALESCE(p.pt, g.now_ms), g.now_ms, COALESCE(g.done, g.now_ms)) AS pe,
    CASE WHEN g.done IS NULL AND (p.pt IS NULL OR p.pt > g.now_ms) THEN 1 ELSE 0 END AS open_now
  FROM habil_f g
    JOIN (SELECT ticket_id, ${d.ms('from_at')} AS pf, ${d.ms('to_at')} AS pt, ${d.nameKey('reason')} AS rk FROM ${pauses}) p ON p.ticket_id = g.id
    LEFT JOIN ${qualify('habil_pause_reasons')} r ON r.reason_key = p.rk
  WHERE p.pf <= g.now_ms AND ${stops} = 1)`,
    `habil_u AS (SELECT id, kind, clock, fs, target_ms, min_ms, ps, pe, MAX(pe) ${before('ps, pe')} AS prev_end FROM habil_p WHERE pe > ps)`,
    `habil_v AS (SELECT id, kind, clock, fs, target_ms, min_ms, a, b, ${F('clock', 'a')} AS fa, ${F('clock', 'b')} AS fb
  FROM (SELECT id, kind, clock, fs, target_ms, min_ms, GREATEST(ps, COALESCE(prev_end, ps)) AS a, GREATEST(pe, COALESCE(prev_end, pe)) AS b FROM habil_u) habil_x)`,
    `habil_w AS (SELECT id, kind, fs, target_ms, min_ms, fa, fb, COALESCE(SUM(fb - fa) ${before('a, b')}, 0) AS before_ms FROM habil_v)`,
    `habil_a AS (SELECT id, kind, SUM(fb - fa) AS paused_ms,
    MIN(CASE WHEN fa - before_ms >= fs + target_ms THEN before_ms END) AS due_shift,
    MIN(CASE WHEN fa - before_ms >= fs + min_ms THEN before_ms END) AS min_shift
  FROM habil_w GROUP BY id, kind)`,
    `habil_o AS (SELECT id, kind, MAX(open_now) AS open_now FROM habil_p GROUP BY id, kind)`,
  ];
}
