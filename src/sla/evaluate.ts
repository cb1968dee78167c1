// evaluate(): where a ticket stands against its promise at an instant `now`. Intake decides
// when the clocks start; each target's clock counts its calendar's open time minus the pauses
// that stop it; the status follows from elapsed, due and the bound. Events after `now` are
// not known yet, so evaluating history at any instant replays what was visible then.

import { CalendarExhaustedError, HabilError, TicketError } from '../errors';
import type { IntervalList } from '../engine/intervals';
import { normalize } from '../engine/intervals';
import { isOpen, nextOpen } from '../engine/periods';
import type { ResolvedTarget, ResolvedTerms } from '../policy';
import type { Clock, TermsInForce, TermsSource } from '../policy/source';
import { toEpochMs } from '../time/instant';
import { TargetClock } from './clock';
import { explainTarget } from './explain';
import { readTicketShape, readTicketTimes, type TicketShape, type TicketTimes } from './ticket';
import type { EvaluateOptions, Intake, TargetKind, TargetResult, Ticket, TicketSla, WarningPoint } from './types';
import type { Zone } from '../time/zone';

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
export function evaluate(policy: TermsSource, ticket: Ticket, options: EvaluateOptions): TicketSla {
  return assess(policy, ticket, (zone) => toEpochMs(options.now, zone, 'now'), options.explain === true).sla;
}

/** A ticket judged, with what was read on the way: the audit's tallies and the timelines need it too. */
export interface Assessment {
  sla: TicketSla;
  /** The terms in force; their business clock's zone is the one the ticket was read in. */
  terms: TermsInForce;
  times: TicketTimes;
  now: number;
}

/**
 * evaluate(), keeping the terms and instants it read. `nowIn` reads `now` in the plan's zone
 * (an audit reads it once per zone, not once per ticket).
 */
export function assess(
  policy: TermsSource,
  ticket: Ticket,
  nowIn: (zone: Zone) => number,
  explain: boolean,
): Assessment {
  const shape = readTicketShape(ticket);
  const terms = termsFor(policy, shape);
  const zone = terms.business.zone;
  const times = readTicketTimes(shape, zone);
  const now = nowIn(zone);
  return { sla: judge(terms, shape, times, now, explain), terms, times, now };
}

function termsFor(policy: TermsSource, shape: TicketShape): TermsInForce {
  try {
    return policy.termsFor(shape, shape.raw.reportedAt);
  } catch (error) {
    if (HabilError.is(error) && !(error instanceof TicketError))
      throw new TicketError(shape.id, error.issues, error.code);
    throw error;
  }
}

// Results are built field by field in a fixed order, not from conditional spreads: an audit
// builds millions of them, and the key order is what JSON output shows.
function judge(
  inForce: TermsInForce,
  shape: TicketShape,
  times: TicketTimes,
  now: number,
  explain: boolean,
): TicketSla {
  const { terms, version } = inForce;
  const business = inForce.business.timeline;
  const openAtReport = isOpen(business, times.reportedAt);
  const accepted = openAtReport || terms.offHoursIntake;
  const clockStart = accepted ? times.reportedAt : nextOpen(business, times.reportedAt);

  const targets: TicketSla['targets'] = {};
  const response = terms.targets.response;
  const resolution = terms.targets.resolution;
  const flips: number[] = [];
  if (response) targets.response = judgeTarget('response', response, inForce, times, clockStart, now, explain, flips);
  if (resolution)
    targets.resolution = judgeTarget('resolution', resolution, inForce, times, clockStart, now, explain, flips);

  const intake = { status: accepted ? 'accepted' : 'deferred' } as Intake;
  if (!openAtReport) intake.reason = intakeReason(terms);
  intake.clockStartsAt = new Date(clockStart);
  const sla = {} as TicketSla;
  if (shape.id !== undefined) sla.ticketId = shape.id;
  sla.policy = terms.policyId;
  sla.plan = terms.planId;
  sla.priority = terms.priorityId;
  if (version !== undefined) sla.version = version;
  sla.intake = intake;
  sla.targets = targets;
  const nextChangeAt = nextChange(targets, flips, times, now);
  if (nextChangeAt !== undefined) sla.nextChangeAt = new Date(nextChangeAt);
  return sla;
}
const reasons = new WeakMap<ResolvedTerms, string>();

/** Why a ticket reported outside business hours starts its clocks when it does: one text per terms. */
function intakeReason(terms: ResolvedTerms): string {
  let reason = reasons.get(terms);
  if (reason === undefined) {
    reason = terms.offHoursIntake
      ? `reported outside ${terms.businessClock} hours, when '${terms.priorityId}' may be reported: clocks start at once`
      : `reported outside ${terms.businessClock} hours, when '${terms.priorityId}' may not be reported: clocks start at the next opening`;
    reasons.set(terms, reason);
  }
  return reason;
}

function judgeTarget(
  kind: TargetKind,
  target: ResolvedTarget,
  inForce: TermsInForce,
  times: TicketTimes,
  clockStart: number,
  now: number,
  explain: boolean,
  flips: number[],
): TargetResult {
  const { terms } = inForce;
  const targetClock: Clock = inForce.clocks[kind]!;
  const completedAt = kind === 'response' ? (times.respondedAt ?? times.resolvedAt) : times.resolvedAt;
  const completion = completedAt !== undefined && completedAt <= now ? completedAt : undefined;
  const countedUntil = Math.max(completion ?? now, clockStart);

  // Pauses known at `now` that stop this target; an open one lasts until `now`.
  const applying: TicketTimes['pauses'] = [];
  const spans: IntervalList = [];
  let pausedNow = false;
  for (const p of times.pauses) {
    if (p.from > now || !terms.pauseStops(p.reason).includes(kind)) continue;
    applying.push(p);
    spans.push(Math.max(p.from, clockStart), Math.min(p.to ?? now, now, completion ?? Infinity));
    if (completion === undefined && (p.to === undefined || p.to > now)) pausedNow = true;
  }
  const clock = new TargetClock(targetClock.timeline, clockStart, spans.length === 0 ? spans : normalize(spans));

  const elapsed = clock.elapsed(countedUntil);
  const due = clock.reach(target.target);
  const inclusive = target.bound === 'inclusive';
  const warnings: WarningPoint[] = [];
  let warned = false;
  for (const level of terms.warnings) {
    const threshold = Math.ceil(level * target.target);
    const reached = elapsed >= threshold;
    if (reached) warned = true;
    warnings.push({ level, at: new Date(clock.reach(threshold)), reached });
  }

  // Business time is the measure whether or not the target completed, so the status is monotone
  // in `now`: a target due at a window's end stays unbreached while the calendar is closed.
  const within = inclusive ? elapsed <= target.target : elapsed < target.target;
  let status: TargetResult['status'];
  if (completion !== undefined) status = within ? 'met' : 'breached';
  else if (!within) status = 'breached';
  else if (pausedNow) status = 'paused';
  else if (warned) status = 'at-risk';
  else status = 'running';

  const result = { clock: target.clock, target: target.target, due: new Date(due) } as TargetResult;
  if (target.min !== undefined) result.expectedBy = new Date(clock.reach(target.min));
  result.bound = target.bound;
  result.status = status;
  result.elapsed = elapsed;
  result.remaining = target.target - elapsed;
  result.consumed = target.target === 0 ? (elapsed > 0 ? Infinity : 1) : elapsed / target.target;
  if (status === 'met') result.metAt = new Date(completion!);
  if (status === 'breached') result.breachedAt = new Date(breachStart(clock, target, due)!);
  else if (completion === undefined && status !== 'paused') {
    const flip = breachStart(clock, target, due);
    if (flip !== undefined) flips.push(flip + (inclusive ? 1 : 0));
  }
  result.warnings = warnings;
  if (explain)
    result.explanation = explainTarget(kind, result, clock, applying, countedUntil, targetClock, inForce.business.zone);
  return result;
}

/**
 * `breachedAt`: the infimum of the instants at which elapsed is outside the bound. Strict, that
 * is `due`; inclusive, the first counted instant from `due` on (the next opening when `due` is a
 * window's end), found as one before the instant `target + 1 ms` have been counted. Undefined
 * when the clock never counts again within its search horizon: the target then never breaches.
 */
function breachStart(clock: TargetClock, target: ResolvedTarget, due: number): number | undefined {
  if (target.bound === 'strict') return due;
  try {
    return clock.reach(target.target + 1) - 1;
  } catch (error) {
    if (error instanceof CalendarExhaustedError) return undefined;
    throw error;
  }
}

/**
 * The first instant after `now` at which a status or a reached warning changes: a warning
 * reached, a running target breaching (`flips`: the first instant each is breached), or an
 * event already in the data.
 */
function nextChange(
  targets: TicketSla['targets'],
  flips: number[],
  times: TicketTimes,
  now: number,
): number | undefined {
  let first = Infinity;
  const consider = (t: number | undefined) => {
    if (t !== undefined && t > now && t < first) first = t;
  };
  for (const result of [targets.response, targets.resolution]) {
    if (!result || result.status === 'met' || result.status === 'breached' || result.status === 'paused') continue;
    for (const w of result.warnings) if (!w.reached) consider(w.at.getTime());
  }
  for (const flip of flips) consider(flip);
  consider(times.respondedAt);
  consider(times.resolvedAt);
  for (const p of times.pauses) {
    consider(p.from);
    consider(p.to);
  }
  return first === Infinity ? undefined : first;
}
