// Every target of a ticket judged over its cycles: the response once, the resolution once per
// resolution cycle (a reopen under 'restart' starts another), the update once per customer
// message awaiting a reply. Each cycle is judged by the priority in force for it: 'retroactive',
// the priority at its completion (or `now`) from the cycle's start; 'restart', a new clock from
// the last change. A target's own fields describe its latest cycle.

import type { ResolvedTarget, WarningLevel } from '../policy';
import { atClockStart } from '../policy/day-targets';
import { isEscalation, levelThreshold } from '../policy/warnings';
import type { Clock, TermsInForce } from '../policy/source';
import type { TargetKind } from '../policy/spec';
import type { HistoryRules } from '../policy/statuses';
import { judgeCycle, warningPoints, type JudgedCycle } from './cycle';
import type { History, HistoryPause, Span } from './history';
import type { CycleResult, TargetResult, TicketSla } from './types';

/** The terms a ticket is judged by since a priority change (or since its report). */
export interface TermsSince {
  /** The instant of the change; undefined for the priority the ticket was reported with. */
  at: number | undefined;
  terms: TermsInForce;
}

/** What judging a ticket's targets needs. */
export interface TargetsInput {
  /** The priority in force over time, in order; the first is the reported one (at undefined). */
  priorities: readonly TermsSince[];
  history: History;
  clockStart: number;
  now: number;
  rules: Pick<HistoryRules, 'priorityChange'>;
}

/** A target's latest cycle, for the caller's warnings, explanations and next change. */
export interface JudgedTarget {
  kind: TargetKind;
  result: TargetResult;
  target: ResolvedTarget;
  /** The terms in force for the latest cycle, and its target's clock. */
  terms: TermsInForce;
  clock: Clock;
  latest: JudgedCycle;
  /** Each judged cycle with its span and target, in the order of `result.cycles` (for explanations). */
  judged: CycleJudged[];
}

/** One cycle of a target as judged: what explanations and timelines draw it from. */
export interface CycleJudged {
  span: Span;
  target: ResolvedTarget;
  cycle: JudgedCycle;
}

const KINDS: readonly TargetKind[] = ['response', 'update', 'resolution'] as TargetKind[];

/**
 * Judges every target the terms in force set.
 *
 * @example
 * judgeTargets({ priorities: [{ at: undefined, terms }], history, clockStart, now, rules })
 *   .map((t) => [t.kind, t.result.status]); //=> [['response', 'met'], ['resolution', 'running']]
 */
export function judgeTargets(input: TargetsInput): JudgedTarget[] {
  const { history, clockStart } = input;
  const out: JudgedTarget[] = [];
  for (const kind of KINDS) {
    const spans: readonly Span[] =
      kind === 'response'
        ? [history.respondedAt === undefined ? { start: clockStart } : { start: clockStart, end: history.respondedAt }]
        : kind === 'update'
          ? history.updates
          : history.resolution;
    const judged = judgeSpans(kind, spans, input);
    if (judged) out.push(judged);
  }
  return out;
}

function judgeSpans(kind: TargetKind, spans: readonly Span[], input: TargetsInput): JudgedTarget | undefined {
  const all: CycleJudged[] = [];
  // The latest cycle's terms and clock (its target and judgement are all[all.length - 1]).
  let terms: TermsInForce | undefined;
  let clock: Clock | undefined;
  // The pauses that stop this target, read once per pause scope (every cycle's, unless a
  // priority change brings terms with another scope).
  let scope: PauseScope | undefined;
  let stopping: readonly HistoryPause[] = [];
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    // The first resolution cycle starts with the ticket's clocks (intake may defer them).
    const spanStart = kind === 'update' ? span.start : Math.max(span.start, input.clockStart);
    const completion = span.end !== undefined && span.end <= input.now ? span.end : undefined;
    const since = inForce(input.priorities, completion ?? input.now, completion !== undefined);
    const resolved = since.terms.terms.targets[kind];
    const cycleClock = since.terms.clocks[kind];
    if (!resolved || !cycleClock) continue;
    const restart = input.rules.priorityChange === 'restart' && since.at !== undefined;
    const start = restart ? Math.max(spanStart, since.at!) : spanStart;
    // A target in business days ("2 días hábiles") becomes milliseconds from this cycle's start.
    const target = atClockStart(resolved, start);
    const { warnings, pauseStops } = since.terms.terms;
    if (pauseStops !== scope) {
      scope = pauseStops;
      stopping = pausesStopping(kind, input.history.pauses, pauseStops);
    }
    const cycle = judgeCycle(
      {
        target,
        timeline: cycleClock.timeline,
        start,
        end: span.end,
        // Pauses ended before a later cycle began have nothing to say about it.
        pauses: i === 0 ? stopping : stopping.filter((p) => p.to === undefined || p.to > start),
        now: input.now,
      },
      // An escalation level ({ after }) lies past due: reaching it never makes a target at risk.
      (judged) =>
        warnings.some((level) => !isEscalation(level) && judged.elapsed >= levelThreshold(level, target.target)),
    );
    all.push({ span, target, cycle });
    terms = since.terms;
    clock = cycleClock;
  }
  if (!terms || !clock) return undefined;
  const { target, cycle: latest } = all[all.length - 1]!;
  const result = targetResult(latest, target, terms.terms.warnings);
  // Per-cycle results only where the target lists them: a target judged once shows its own fields.
  if (kind === 'update' || all.length > 1) {
    result.cycles = all.map(({ cycle }) => cycleResult(cycle));
    result.breachedCycles = result.cycles.filter((c) => c.status === 'breached').length;
  }
  return { kind, result, target, terms, clock, latest, judged: all };
}

type PauseScope = TermsInForce['terms']['pauseStops'];

function pausesStopping(kind: TargetKind, pauses: readonly HistoryPause[], scope: PauseScope): readonly HistoryPause[] {
  if (pauses.length === 0) return pauses;
  return pauses.filter((p) => (p.stops ?? scope(p.reason)).includes(kind));
}

/**
 * The priority in force for a cycle ending at `until`: the last change before a completion
 * (a change at or after it comes too late to apply), or at or before `now` for an open cycle.
 */
function inForce(priorities: readonly TermsSince[], until: number, completed: boolean): TermsSince {
  let found = priorities[0]!;
  for (let i = 1; i < priorities.length; i++) {
    const at = priorities[i]!.at!;
    if (completed ? at >= until : at > until) break;
    found = priorities[i]!;
  }
  return found;
}

function cycleResult(cycle: JudgedCycle): CycleResult {
  const result = { start: new Date(cycle.clock.start) } as CycleResult;
  if (cycle.completion !== undefined) result.end = new Date(cycle.completion);
  result.elapsed = cycle.elapsed;
  result.due = new Date(cycle.due);
  result.status = cycle.status;
  return result;
}

// Results are built field by field in a fixed order, not from conditional spreads: an audit
// builds millions of them, and the key order is what JSON output shows.
function targetResult(cycle: JudgedCycle, target: ResolvedTarget, levels: readonly WarningLevel[]): TargetResult {
  const { elapsed, status } = cycle;
  const result = { clock: target.clock, target: target.target, due: new Date(cycle.due) } as TargetResult;
  if (target.min !== undefined) result.expectedBy = new Date(cycle.clock.reach(target.min));
  result.bound = target.bound;
  result.status = status;
  result.elapsed = elapsed;
  result.remaining = target.target - elapsed;
  result.consumed = consumedShare(elapsed, target.target);
  if (status === 'met') result.metAt = new Date(cycle.completion!);
  if (status === 'breached') result.breachedAt = new Date(cycle.breachedAt!);
  result.warnings = warningPoints(cycle, target, levels);
  return result;
}

/**
 * The share of a target consumed: elapsed over target; a zero target is consumed whole at once,
 * and past it (Infinity) as soon as any time counts.
 *
 * @example
 * consumedShare(45 * 60_000, 3_600_000); //=> 0.75
 */
export function consumedShare(elapsed: number, target: number): number {
  return target === 0 ? (elapsed > 0 ? Infinity : 1) : elapsed / target;
}

/**
 * The SLA's targets, its earliest open `due` and the instants at which a running target would
 * breach or reach a warning (for nextChangeAt).
 *
 * @example
 * const { targets, nextDue } = collect(judgeTargets(input));
 */
export function collect(judged: readonly JudgedTarget[]): {
  targets: TicketSla['targets'];
  nextDue: number | undefined;
  changes: number[];
} {
  const targets: TicketSla['targets'] = {};
  let nextDue: number | undefined;
  const changes: number[] = [];
  for (const { kind, result, latest } of judged) {
    targets[kind as keyof TicketSla['targets']] = result;
    if (latest.completion === undefined && (nextDue === undefined || latest.due < nextDue)) nextDue = latest.due;
    if (latest.flip !== undefined) changes.push(latest.flip);
    // Levels still ahead of an open target change it when reached: escalations ({ after }) too,
    // past due.
    if (latest.completion === undefined && result.status !== 'paused')
      for (const w of result.warnings) if (!w.reached) changes.push(w.at.getTime());
  }
  return { targets, nextDue, changes };
}
