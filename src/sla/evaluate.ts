// evaluate(): where a ticket stands against its promise at an instant `now`. Intake decides
// when the clocks start; each target's clock counts its calendar's open time minus the pauses
// that stop it; the status follows from elapsed, due and the bound. Events after `now` are
// not known yet, so evaluating history at any instant replays what was visible then.

import { HabilError, TicketError } from '../errors';
import type { IntervalList } from '../engine/intervals';
import { normalize } from '../engine/intervals';
import { isOpen, nextOpen } from '../engine/periods';
import { coreOf } from '../calendar/calendar';
import type { Policy, ResolvedTarget, ResolvedTerms } from '../policy';
import { PolicyVersions } from '../policy/versions';
import { toEpochMs } from '../time/instant';
import { TargetClock } from './clock';
import { explainTarget } from './explain';
import { readTicketShape, readTicketTimes, type TicketShape, type TicketTimes } from './ticket';
import type { EvaluateOptions, TargetKind, TargetResult, Ticket, TicketSla, WarningPoint } from './types';

const KINDS: readonly TargetKind[] = ['response', 'resolution'];

/**
 * A ticket's SLA at `now`: intake, and per target its clock, due date, status, elapsed and
 * remaining business time, warning instants, and the next instant anything changes.
 *
 * @example
 * const sla = evaluate(policies.icg, {
 *   id: 'T-1', priority: 'Urgente', reportedAt: '2024-03-01 16:00', respondedAt: '2024-03-01 16:40',
 * }, { now: '2024-03-04 08:00' });
 * sla.targets.response?.status;   //=> 'met'
 * sla.targets.resolution?.due;    //=> Monday 2024-03-04 09:30 in Bogotá
 * sla.targets.resolution?.status; //=> 'running'
 */
export function evaluate(policy: Policy | PolicyVersions, ticket: Ticket, options: EvaluateOptions): TicketSla {
  const shape = readTicketShape(ticket);
  const { terms, version } = termsFor(policy, shape);
  const zone = coreOf(terms.business).zone;
  const times = readTicketTimes(shape, zone);
  const now = toEpochMs(options.now, zone, 'now');
  return judge(terms, shape, times, now, options.explain === true, version);
}

function termsFor(policy: Policy | PolicyVersions, shape: TicketShape): { terms: ResolvedTerms; version?: string } {
  try {
    if (policy instanceof PolicyVersions) {
      const { policy: inForce, label } = policy.forTicket(shape);
      return { terms: inForce.resolve(shape), version: label };
    }
    return { terms: policy.resolve(shape) };
  } catch (error) {
    if (HabilError.is(error) && !(error instanceof TicketError)) throw new TicketError(shape.id, error.issues, error.code);
    throw error;
  }
}

function judge(
  terms: ResolvedTerms,
  shape: TicketShape,
  times: TicketTimes,
  now: number,
  explain: boolean,
  version: string | undefined,
): TicketSla {
  const business = coreOf(terms.business).timeline;
  const openAtReport = isOpen(business, times.reportedAt);
  const accepted = openAtReport || terms.offHoursIntake;
  const clockStart = accepted ? times.reportedAt : nextOpen(business, times.reportedAt);

  const targets: TicketSla['targets'] = {};
  for (const kind of KINDS) {
    const target = terms.targets[kind];
    if (!target) continue;
    targets[kind] = judgeTarget(kind, target, terms, times, clockStart, now, explain);
  }

  const nextChangeAt = nextChange(targets, times, now);
  return {
    ...(shape.id === undefined ? {} : { ticketId: shape.id }),
    policy: terms.policyId,
    plan: terms.planId,
    priority: terms.priorityId,
    ...(version === undefined ? {} : { version }),
    intake: {
      status: accepted ? 'accepted' : 'deferred',
      ...(accepted
        ? openAtReport
          ? {}
          : { reason: `reported outside ${terms.businessClock} hours, when '${terms.priorityId}' may be reported: clocks start at once` }
        : { reason: `reported outside ${terms.businessClock} hours, when '${terms.priorityId}' may not be reported: clocks start at the next opening` }),
      clockStartsAt: new Date(clockStart),
    },
    targets,
    ...(nextChangeAt === undefined ? {} : { nextChangeAt: new Date(nextChangeAt) }),
  };
}

function judgeTarget(
  kind: TargetKind,
  target: ResolvedTarget,
  terms: ResolvedTerms,
  times: TicketTimes,
  clockStart: number,
  now: number,
  explain: boolean,
): TargetResult {
  const completedAt = kind === 'response' ? (times.respondedAt ?? times.resolvedAt) : times.resolvedAt;
  const completion = completedAt !== undefined && completedAt <= now ? completedAt : undefined;
  const countedUntil = Math.max(completion ?? now, clockStart);

  // Pauses known at `now` that stop this target; an open one lasts until `now`.
  const applying = times.pauses.filter((p) => p.from <= now && terms.pauseStops(p.reason).includes(kind));
  const spans: IntervalList = [];
  for (const p of applying) {
    const to = Math.min(p.to ?? now, now, completion ?? Infinity);
    spans.push(Math.max(p.from, clockStart), to);
  }
  const clock = new TargetClock(coreOf(target.calendar).timeline, clockStart, normalize(spans));

  const elapsed = clock.elapsed(countedUntil);
  const due = clock.reach(target.target);
  const inclusive = target.bound === 'inclusive';
  const warnings: WarningPoint[] = terms.warnings.map((level) => {
    const threshold = Math.ceil(level * target.target);
    return { level, at: new Date(clock.reach(threshold)), reached: elapsed >= threshold };
  });
  const pausedNow = completion === undefined && applying.some((p) => p.to === undefined || p.to > now);

  let status: TargetResult['status'];
  if (completion !== undefined) status = (inclusive ? elapsed <= target.target : elapsed < target.target) ? 'met' : 'breached';
  else if (inclusive ? now > due : now >= due) status = 'breached';
  else if (pausedNow) status = 'paused';
  else if (warnings.some((w) => w.reached)) status = 'at-risk';
  else status = 'running';

  const result: TargetResult = {
    clock: target.clock,
    target: target.target,
    due: new Date(due),
    ...(target.min === undefined ? {} : { expectedBy: new Date(clock.reach(target.min)) }),
    bound: target.bound,
    status,
    elapsed,
    remaining: target.target - elapsed,
    consumed: target.target === 0 ? (elapsed > 0 ? Infinity : 1) : elapsed / target.target,
    ...(status === 'met' ? { metAt: new Date(completion!) } : {}),
    ...(status === 'breached' ? { breachedAt: new Date(due) } : {}),
    warnings,
  };
  if (explain) result.explanation = explainTarget(kind, result, clock, applying, countedUntil, target, terms);
  return result;
}

/** The first instant after `now` at which a status or a reached warning changes. */
function nextChange(targets: TicketSla['targets'], times: TicketTimes, now: number): number | undefined {
  const candidates: number[] = [];
  for (const result of Object.values(targets)) {
    if (result.status === 'met' || result.status === 'breached' || result.status === 'paused') continue;
    for (const w of result.warnings) if (!w.reached) candidates.push(w.at.getTime());
    candidates.push(result.due.getTime() + (result.bound === 'inclusive' ? 1 : 0));
  }
  // Events already in the data but after `now` change the evaluation when they happen.
  for (const t of [times.respondedAt, times.resolvedAt, ...times.pauses.flatMap((p) => [p.from, p.to])]) {
    if (t !== undefined) candidates.push(t);
  }
  const future = candidates.filter((t) => t > now);
  return future.length > 0 ? Math.min(...future) : undefined;
}
