// Seeded random tickets for the built-in policies, for the differential tests of compiled SQL
// against audit(): names as exports write them (ids, labels, aliases; any case, accents
// dropped), instants near window boundaries, completions before and after `now`, pauses of
// every reason (and none, and unknown), open ones, ones starting after `now`, tickets reported
// after `now` (at one of the two instants every case is judged at, the other's are in its future).

import { type AuditRow, Policy, policies, type TargetKind, type Ticket } from '../../../src/index';

export interface SqlCase {
  /** Also the schema the case's tables live in. */
  name: string;
  policy: Policy;
  nows: number[];
}

const H = 3_600_000;

/**
 * ICG with pauses that stop the response too (no built-in policy has one) and resolution ranges
 * with a strict bound, so those paths of the query are compared as well.
 */
function stopsResponse(): Policy {
  const spec = policies.icg.toJSON();
  const stops: Record<string, TargetKind[]> = { customer: ['response', 'resolution'], manufacturer: ['response'] };
  return Policy.from({
    ...spec,
    id: 'icg-stops',
    pauses: spec.pauses!.map((p) => ({ ...p, stops: stops[p.reason] ?? p.stops })),
    plans: spec.plans.map((plan) => ({
      ...plan,
      priorities: plan.priorities.map((priority, i) => ({
        ...priority,
        targets: {
          ...priority.targets,
          resolution: { min: `PT${i + 1}H`, max: `PT${4 * (i + 1)}H`, clock: 'business', bound: 'strict' },
        },
      })),
    })),
  });
}

/** The built-in policies, with contracts for itac and isys, and ICG varied (stopsResponse). */
export function sqlCases(): SqlCase[] {
  const nows = [Date.parse('2025-06-13T17:29:59.999-05:00'), Date.parse('2025-12-22T09:15:00-05:00')];
  return [
    { name: 'icg', policy: policies.icg, nows },
    { name: 'websaas', policy: policies.websaas, nows },
    { name: 'hosting', policy: policies.hosting, nows },
    {
      name: 'itac',
      policy: policies.itac({
        targets: {
          critical: { response: 'PT30M', resolution: 'PT4H' },
          high: { response: 'PT1H', resolution: 'PT8H' },
          medium: { response: 'PT4H', resolution: 'PT24H' },
          low: { resolution: 'PT40H' },
        },
      }),
      nows,
    },
    {
      name: 'isys',
      policy: policies.isys({
        targets: {
          high: { response: 'PT2H', resolution: 'PT6H' },
          medium: { resolution: 'PT16H' },
          low: { response: 'PT8H' },
        },
      }),
      nows,
    },
    { name: 'stops', policy: stopsResponse(), nows },
  ];
}

/** A small deterministic generator (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A generated ticket: instants as epoch ms, names as an export would write them. */
export interface GenTicket extends Ticket {
  id: string;
  reportedAt: number;
  respondedAt?: number;
  resolvedAt?: number;
  pauses?: { from: number; to?: number; reason?: string }[];
}

/** `count` tickets for a policy, around its `nows`. */
export function generateTickets(c: SqlCase, count: number, seed: number): GenTicket[] {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const spec = c.policy.toJSON();
  const boundaries = boundaryInstants(c);
  const reasons = [
    undefined,
    'otro motivo',
    ...(spec.pauses ?? []).flatMap((p) => [p.reason, p.label, ...(p.aliases ?? [])]),
  ];
  const out: GenTicket[] = [];
  for (let i = 0; i < count; i++) {
    const plan = pick(spec.plans);
    const priority = pick(plan.priorities);
    const now = pick(c.nows);
    const near = rnd() < 0.5 ? pick(boundaries) + Math.round((rnd() - 0.5) * 4 * H) : now - Math.round(rnd() * 400 * H);
    // Some reported at or just after a now: the audit refuses those after it, and so must the query.
    const edge = rnd();
    const reportedAt = edge < 0.1 ? pick(boundaries) + pick([-1, 0, 1]) : edge < 0.13 ? now + pick([-1, 0, 1]) : near;
    const t: GenTicket = {
      id: `${c.name}-${i}`,
      priority: spell(
        pick([priority.id, priority.label, ...(priority.aliases ?? [])].filter((x): x is string => !!x)),
        rnd,
      ),
      reportedAt,
    };
    if (spec.plans.length > 1 || rnd() < 0.5)
      t.plan = spell(pick([plan.id, plan.label].filter((x): x is string => !!x)), rnd);
    const later = () => reportedAt + Math.round(rnd() ** 2 * 60 * H);
    if (rnd() < 0.6)
      t.respondedAt = rnd() < 0.1 ? pick(boundaries.filter((b) => b >= reportedAt).concat(later())) : later();
    if (rnd() < 0.5) t.resolvedAt = Math.max(t.respondedAt ?? reportedAt, later());
    if (rnd() < 0.35) {
      t.pauses = Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => {
        const from = reportedAt + Math.round((rnd() - 0.1) * 30 * H);
        const pause: { from: number; to?: number; reason?: string } = { from };
        if (rnd() < 0.8) pause.to = from + Math.round(rnd() * 20 * H);
        const reason = pick(reasons);
        if (reason !== undefined) pause.reason = spell(reason, rnd);
        return pause;
      });
    }
    out.push(t);
  }
  return out;
}

/** Window starts and ends of every calendar of the policy around the nows. */
function boundaryInstants(c: SqlCase): number[] {
  const out: number[] = [];
  for (const name of c.policy.calendarNames) {
    for (const now of c.nows) {
      for (const w of c.policy.calendar(name).windows(now - 40 * 24 * H, now + 10 * 24 * H))
        out.push(w.start.getTime(), w.end.getTime());
    }
  }
  return out.length > 0 ? out : c.nows;
}

/** A name as an export might write it: any case, accents dropped or kept, padded. */
function spell(name: string, rnd: () => number): string {
  let s = rnd() < 0.3 ? name.toUpperCase() : rnd() < 0.3 ? name.toLowerCase() : name;
  if (rnd() < 0.3) s = s.normalize('NFD').replace(/\p{Diacritic}/gu, '');
  return rnd() < 0.1 ? `  ${s.replace(' ', '   ')} ` : s;
}

/** What evaluate() says, in the SQL query's columns. */
export interface Expected {
  response_due: number | null;
  response_status: string | null;
  response_elapsed_ms: number | null;
  resolution_due: number | null;
  resolution_status: string | null;
  resolution_elapsed_ms: number | null;
  response_expected_by: number | null;
  resolution_expected_by: number | null;
}

/** What the audit's row says, in the SQL query's columns: every target NULL on an error row. */
export function expected(row: AuditRow): Expected {
  const r = row.kind === 'evaluated' ? row.sla.targets.response : undefined;
  const s = row.kind === 'evaluated' ? row.sla.targets.resolution : undefined;
  return {
    response_due: r ? r.due.getTime() : null,
    response_status: r ? r.status : null,
    response_elapsed_ms: r ? r.elapsed : null,
    resolution_due: s ? s.due.getTime() : null,
    resolution_status: s ? s.status : null,
    resolution_elapsed_ms: s ? s.elapsed : null,
    response_expected_by: r?.expectedBy ? r.expectedBy.getTime() : null,
    resolution_expected_by: s?.expectedBy ? s.expectedBy.getTime() : null,
  };
}

/** CSV of tickets and of their pauses (instants as epoch ms, empty for NULL), for the engines to load. */
export function ticketsCsv(tickets: readonly GenTicket[]): { tickets: string; pauses: string } {
  const q = (s: string | undefined) => (s === undefined ? '' : `"${s.replaceAll('"', '""')}"`);
  const n = (x: number | undefined) => (x === undefined ? '' : String(x));
  const rows = ['id,plan,priority,rep,resp,res'];
  const pauses = ['ticket_id,pf,pt,reason'];
  for (const t of tickets) {
    rows.push([q(t.id), q(t.plan), q(t.priority), n(t.reportedAt), n(t.respondedAt), n(t.resolvedAt)].join(','));
    for (const p of t.pauses ?? []) pauses.push([q(t.id), n(p.from), n(p.to), q(p.reason)].join(','));
  }
  return { tickets: `${rows.join('\n')}\n`, pauses: `${pauses.join('\n')}\n` };
}
