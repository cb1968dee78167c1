// The ticket stage of the ticket query, from a tickets source to per target the open time on
// its clock before the clock start (fs) and before the instant it is judged at (fc): terms by
// plan and priority name key, intake (the clock start, deferred to the next opening when the
// priority may not be reported off-hours), completion at `now`. Run over every ticket, and
// over (ticket, pause) rows for the pause stage.

import type { Dialect } from './dialect';
import { dayKey, type lookupExpressions, reachKey } from './lookups';
import { P } from './pauses';
import { NO_PLAN, SQL_TARGETS } from './terms';

const TARGET_COLUMNS = ['clock_id', 'bucket_ms', 'ms', 'min_ms', 'strict', 'warn_ms'] as const;

/** What the stage reads: the source rows (alias tk for the ticket), extra columns, `now` in ms. */
export interface StageInput {
  source: string;
  /** Columns carried through, each preceded by a comma. */
  extra: string;
  now: string;
}

/** The stage's CTEs, named by `name` from step t (terms) to step f (open times); habil_lk/pk must exist. */
export function ticketStage(
  d: Dialect,
  qualify: (name: string) => string,
  e: ReturnType<typeof lookupExpressions>,
  name: (step: string) => string,
  input: StageInput,
): string[] {
  const days = qualify('habil_days');
  const [t, b, s, c, f] = ['t', 'b', 's', 'c', 'f'].map(name) as [string, string, string, string, string];
  const each = (g: (p: string, kind: (typeof SQL_TARGETS)[number]) => string) =>
    SQL_TARGETS.map((k) => g(P[k], k)).join(', ');
  const terms = TARGET_COLUMNS.flatMap((col) => SQL_TARGETS.map((k) => `tm.${k}_${col} AS ${P[k]}${col}`)).join(', ');
  const done = { response: 'COALESCE(resp, res)', resolution: 'res' };
  return [
    `${t} AS (SELECT tk.id AS id, tm.plan_id, tm.priority_id, tm.business_id, tm.business_bucket_ms, tm.off_hours, ${terms},
    ${d.ms('tk.reported_at')} AS rep, ${d.ms('tk.responded_at')} AS resp, ${d.ms('tk.resolved_at')} AS res, ${input.now} AS now_ms${input.extra}
  FROM ${input.source} LEFT JOIN habil_lk lk ON lk.raw = tk.plan LEFT JOIN habil_pk pk ON pk.raw = tk.priority
    LEFT JOIN ${qualify('habil_terms')} tm ON tm.plan_key = COALESCE(lk.k, '${NO_PLAN}') AND tm.priority_key = pk.k)`,
    `${b} AS (SELECT ${t}.*, ${e.isOpen('db', 'rep')} AS open_rep, ${e.openBefore('db', 'rep')} AS f_rep
  FROM ${t} LEFT JOIN ${days} db ON ${dayKey(d, 'db', 'business_id', 'rep')})`,
    `${s} AS (SELECT ${b}.*, CASE WHEN off_hours = 1 OR open_rep = 1 THEN rep ELSE ${e.last('rb', 'f_rep')} END AS clock_start
  FROM ${b} LEFT JOIN ${qualify('habil_reach')} rb ON ${reachKey(d, 'rb', 'business_id', 'f_rep', 'business_bucket_ms')})`,
    `${c} AS (SELECT x.*, ${each((p) => `GREATEST(COALESCE(${p}done, now_ms), clock_start) AS ${p}cu`)}
  FROM (SELECT ${s}.*, ${each((p, k) => `CASE WHEN ${p}ms IS NOT NULL AND ${done[k]} <= now_ms THEN ${done[k]} END AS ${p}done`)} FROM ${s}) x)`,
    `${f} AS (SELECT ${c}.*, ${each((p) => `${e.openBefore(`${p}ds`, 'clock_start')} AS ${p}fs, ${e.openBefore(`${p}dc`, `${p}cu`)} AS ${p}fc`)}
  FROM ${c} ${SQL_TARGETS.map((k) => `LEFT JOIN ${days} ${P[k]}ds ON ${dayKey(d, `${P[k]}ds`, `${P[k]}clock_id`, 'clock_start')} LEFT JOIN ${days} ${P[k]}dc ON ${dayKey(d, `${P[k]}dc`, `${P[k]}clock_id`, `${P[k]}cu`)}`).join(' ')})`,
  ];
}
