// evaluate(): where a ticket stands against its promise at an instant `now`. Intake decides
// when the clocks start; the history (./history) says when each target's cycles start and end
// and which pauses apply; ./targets judges each cycle by the priority in force. Events after
// `now` are not known yet, so evaluating history at any instant replays what was visible then.

import { requireObject, requirePolicy } from '../arguments';
import { HabilError, TicketError, type Issue } from '../errors';
import { isOpen, nextOpen } from '../engine/periods';
import type { ResolvedTerms } from '../policy';
import type { TermsInForce, TermsSource } from '../policy/source';
import { toEpochMs } from '../time/instant';
import type { Zone } from '../time/zone';
import { explainTarget } from './explain';
import { historyStory } from './explain-history';
import { readHistory, type History } from './history';
import { collect, judgeTargets, type TermsSince } from './targets';
import { readTicketShape, readTicketTimes, type TicketShape, type TicketTimes } from './ticket';
import type { EvaluateOptions, Intake, Ticket, TicketSla } from './types';

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
  requirePolicy(policy, 'policy');
  requireObject(
    options,
    'options',
    "{ now } (the instant of the evaluation), e.g. { now: '2024-03-04T08:00:00-05:00' }",
  );
  return assess(policy, ticket, (zone) => nowMs(options.now, zone), options.explain === true).sla;
}

// Callers evaluate ticket after ticket at one `now`: the last text read is kept with its zone,
// so it is parsed once, not once a ticket. Only strings: a Date can change between calls.
let lastNow: [text: string, zone: Zone, ms: number] | undefined;

function nowMs(now: EvaluateOptions['now'], zone: Zone): number {
  if (typeof now !== 'string') return toEpochMs(now, zone, 'now');
  if (lastNow?.[0] !== now || lastNow[1] !== zone) lastNow = [now, zone, toEpochMs(now, zone, 'now')];
  return lastNow[2];
}

/** A ticket judged, with what was read on the way: the audit's tallies and the timelines need it too. */
export interface Assessment {
  sla: TicketSla;
  /** The terms in force; their business clock's zone is the one the ticket was read in. */
  terms: TermsInForce;
  times: TicketTimes;
  /** What its history meant for the clocks at `now` (response, resolution cycles, pauses). */
  history: History;
  /** The customer the ticket names, if any. */
  customer?: string;
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
  // A priority change is read by the same door as the reported priority, under the same version.
  const changed = (priority: string, path: string) => termsFor(policy, { ...shape, priority }, path);
  const { sla, history } = judge(terms, shape, times, now, explain, changed);
  const assessment: Assessment = { sla, terms, times, history, now };
  if (shape.customer !== undefined) assessment.customer = shape.customer;
  return assessment;
}

function termsFor(policy: TermsSource, shape: TicketShape, path?: string): TermsInForce {
  try {
    return policy.termsFor(shape, shape.raw.reportedAt, path);
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
  changed: (priority: string, path: string) => TermsInForce,
): { sla: TicketSla; history: History } {
  const { terms, version } = inForce;
  const business = inForce.business.timeline;
  const openAtReport = isOpen(business, times.reportedAt);
  const accepted = openAtReport || terms.offHoursIntake;
  const clockStart = accepted ? times.reportedAt : nextOpen(business, times.reportedAt);

  const issues: Issue[] = [];
  const history = readHistory(times, terms.history, now, issues);
  const priorities = prioritiesOf(inForce, history, changed);
  if (issues.length > 0) throw new TicketError(shape.id, issues);
  const judged = judgeTargets({ priorities, history, clockStart, now, rules: terms.history });
  const { targets, nextDue, changes } = collect(judged);
  if (explain) {
    const input = {
      history,
      priorities,
      rules: terms.history,
      reportedAt: times.reportedAt,
      explicitResolution: times.resolvedAt !== undefined,
      now,
    };
    for (const target of judged) {
      const { kind, result, clock, latest } = target;
      const { clock: counted, applying, countedUntil } = latest;
      const story = historyStory(target, input);
      result.explanation = explainTarget(
        kind,
        result,
        counted,
        applying,
        countedUntil,
        clock,
        inForce.business.zone,
        story,
      );
    }
  }

  const intake = { status: accepted ? 'accepted' : 'deferred' } as Intake;
  if (!openAtReport) intake.reason = intakeReason(terms);
  intake.clockStartsAt = new Date(clockStart);
  const sla = {} as TicketSla;
  if (shape.id !== undefined) sla.ticketId = shape.id;
  sla.policy = terms.policyId;
  sla.plan = terms.planId;
  sla.priority = priorityAt(priorities, now);
  if (version !== undefined) sla.version = version;
  sla.intake = intake;
  sla.targets = targets;
  if (nextDue !== undefined) sla.nextDue = new Date(nextDue);
  const nextChangeAt = nextChange(changes, times, history, now);
  if (nextChangeAt !== undefined) sla.nextChangeAt = new Date(nextChangeAt);
  return { sla, history };
}

/**
 * The terms in force over time: the reported priority, then each change to another one. Each
 * priority name is read once per ticket, however often the history returns to it.
 */
function prioritiesOf(
  inForce: TermsInForce,
  history: History,
  changed: (priority: string, path: string) => TermsInForce,
): TermsSince[] {
  const out: TermsSince[] = [{ at: undefined, terms: inForce }];
  if (history.priorities.length === 0) return out;
  const read = new Map<string, TermsInForce>();
  for (const event of history.priorities) {
    let next = read.get(event.value);
    if (!next) {
      next = changed(event.value, `events[${event.index}]`);
      read.set(event.value, next);
    }
    if (next.terms.priorityId !== out[out.length - 1]!.terms.terms.priorityId) out.push({ at: event.at, terms: next });
  }
  return out;
}

function priorityAt(priorities: readonly TermsSince[], now: number): string {
  let id = priorities[0]!.terms.terms.priorityId;
  for (const { at, terms } of priorities) if (at === undefined || at <= now) id = terms.terms.priorityId;
  return id;
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

/**
 * The first instant after `now` at which a status or a reached warning changes: a warning
 * reached or a running target breaching (`changes`), or an event already in the data.
 */
function nextChange(changes: readonly number[], times: TicketTimes, history: History, now: number): number | undefined {
  let first = Infinity;
  const consider = (t: number | undefined) => {
    if (t !== undefined && t > now && t < first) first = t;
  };
  for (const t of changes) consider(t);
  consider(times.respondedAt);
  consider(times.resolvedAt);
  for (const p of times.pauses) {
    consider(p.from);
    consider(p.to);
  }
  consider(history.nextEventAt);
  return first === Infinity ? undefined : first;
}
