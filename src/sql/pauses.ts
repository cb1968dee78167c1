// The pause stage of the ticket query: per pause and target, its span clipped to [clock start,
// min(now, completion)] (NULL when the pause does not stop that target or is empty); the spans
// merged by keeping each one's part after the running maximum end of the earlier ones; their
// open time, and the sums the due needs. It reads the ticket stage run over (ticket, pause)
// rows, so the stage over all tickets is read once and never materialised.

import type { Dialect } from './dialect';
import { dayKey, type lookupExpressions } from './lookups';
import type { SqlTarget } from './terms';

/** Column prefixes of the two targets. */
export const P = { response: 'r_', resolution: 's_' } as const;

/**
 * The CTEs from `rows` (the ticket stage over tickets joined to their pauses, with pf, pt and
 * reason) to habil_a: per ticket and target of `kinds` (those some pause can stop) the paused
 * open time, whether a pause is open at now, and the paused open time to add to the due and to
 * the expected_by.
 */
export function pauseCtes(
  d: Dialect,
  qualify: (name: string) => string,
  e: ReturnType<typeof lookupExpressions>,
  input: { rows: string; pauses: string; kinds: readonly SqlTarget[] },
): string[] {
  const days = qualify('habil_days');
  const each = (f: (p: string, kind: SqlTarget) => string) => input.kinds.map((k) => f(P[k], k)).join(',\n    ');
  const applies = (kind: SqlTarget) =>
    `(CASE WHEN r.reason_key IS NULL THEN ${kind === 'resolution' ? 1 : 0} ELSE r.stops_${kind} END) = 1 AND g.${P[kind]}ms IS NOT NULL`;
  // One order for both targets and every window (clipping keeps it sorted by start, and the
  // merge is right for any order by start), so each window step sorts the pauses once. F is
  // nondecreasing, so F(max(x, y)) = max(F(x), F(y)): the merge runs on F of the clipped ends
  // directly, the running maximum of F(end) being F of the merged piece's end.
  const order = 'PARTITION BY id ORDER BY pf, pt, reason';
  const running = `OVER (${order} ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)`;
  // The running maximum before the row: a frame ending at 1 PRECEDING where the dialect takes
  // one (Snowflake does not), else LAG of the running maximum, one window step more.
  const lagged = d.framesBeforeCurrent !== true;
  const sum = (x: string) => (d.narrowSum ? d.narrowSum(x) : x);
  const previous = (p: string) =>
    lagged
      ? `LAG(${p}upto) OVER (${order})`
      : `MAX(${p}fpe) OVER (${order} ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)`;
  return [
    `habil_rk AS (SELECT raw, ${d.nameKey('raw')} AS k FROM (SELECT DISTINCT reason AS raw FROM ${input.pauses}) habil_raw)`,
    `habil_p AS (SELECT g.id, g.pf, g.pt, g.reason, ${input.kinds.map((k) => `g.${P[k]}clock_id, g.${P[k]}fs, g.${P[k]}ms, g.${P[k]}min_ms`).join(', ')},
    ${each(
      (
        p,
        k,
      ) => `CASE WHEN ${applies(k)} AND ${end(p)} > GREATEST(g.pf, g.clock_start) THEN GREATEST(g.pf, g.clock_start) END AS ${p}ps,
    CASE WHEN ${applies(k)} AND ${end(p)} > GREATEST(g.pf, g.clock_start) THEN ${end(p)} END AS ${p}pe,
    CASE WHEN ${applies(k)} AND g.${p}done IS NULL AND (g.pt IS NULL OR g.pt > g.now_ms) THEN 1 ELSE 0 END AS ${p}open_now`,
    )}
  FROM ${input.rows} g LEFT JOIN habil_rk rk ON rk.raw = g.reason LEFT JOIN ${qualify('habil_pause_reasons')} r ON r.reason_key = rk.k
  WHERE g.pf <= g.now_ms)`,
    `habil_v AS (SELECT m.*, ${each((p) => `${e.openBefore(`${p}da`, `m.${p}ps`)} AS ${p}fps, ${e.openBefore(`${p}dz`, `m.${p}pe`)} AS ${p}fpe`)}
  FROM habil_p m ${input.kinds.map((k) => `LEFT JOIN ${days} ${P[k]}da ON ${dayKey(d, `${P[k]}da`, `m.${P[k]}clock_id`, `m.${P[k]}ps`)} LEFT JOIN ${days} ${P[k]}dz ON ${dayKey(d, `${P[k]}dz`, `m.${P[k]}clock_id`, `m.${P[k]}pe`)}`).join(' ')})`,
    `habil_u AS (SELECT habil_v.*, ${each((p) => `MAX(${p}fpe) ${running} AS ${p}upto${lagged ? '' : `, ${previous(p)} AS ${p}prev`}`)} FROM habil_v)`,
    ...(lagged ? [`habil_ul AS (SELECT habil_u.*, ${each((p) => `${previous(p)} AS ${p}prev`)} FROM habil_u)`] : []),
    // A piece: the open time of the row's pause not covered by an earlier one, from fa.
    `habil_m AS (SELECT x.*, ${each((p) => `x.${p}upto - x.${p}fa AS ${p}piece`)}
  FROM (SELECT ${lagged ? 'habil_ul' : 'habil_u'}.*, ${each((p) => `CASE WHEN ${p}fps IS NOT NULL THEN GREATEST(${p}fps, COALESCE(${p}prev, ${p}fps)) END AS ${p}fa`)} FROM ${lagged ? 'habil_ul' : 'habil_u'}) x)`,
    `habil_w AS (SELECT habil_m.*, ${each((p) => `COALESCE(${sum(`SUM(${p}piece) ${running}`)}, 0) - COALESCE(${p}piece, 0) AS ${p}before`)} FROM habil_m)`,
    `habil_a AS (SELECT id, ${each(
      (p) => `${sum(`SUM(${p}piece)`)} AS ${p}paused, MAX(${p}open_now) AS ${p}open_now,
    MIN(CASE WHEN ${p}fa - ${p}before >= ${p}fs + ${p}ms THEN ${p}before END) AS ${p}due_shift,
    MIN(CASE WHEN ${p}fa - ${p}before >= ${p}fs + ${p}min_ms THEN ${p}before END) AS ${p}min_shift`,
    )}
  FROM habil_w GROUP BY id)`,
  ];
}

/** A pause's end on target `p`'s clock: its own end, now, or the target's completion, whichever is first. */
function end(p: string): string {
  return `LEAST(COALESCE(g.pt, g.now_ms), g.now_ms, COALESCE(g.${p}done, g.now_ms))`;
}
