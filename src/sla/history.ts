// What a ticket's history means for its clocks, as known at `now`: when the response came, the
// pauses its statuses opened, its resolution cycles (a reopen after a stop starts a new one, or
// resumes the old one), its update cycles (a customer message arms one, the next agent reply
// ends it) and its priority changes. One pass over the events sorted by instant; explicit
// `respondedAt` / `resolvedAt` win over what events say.

import type { Issue } from '../errors';
import { issueAt } from '../errors';
import type { TargetKind } from '../policy/spec';
import type { HistoryRules, StatusRule } from '../policy/statuses';
import type { TimedEvent } from './events';
import type { CycleCause } from './types';

/**
 * A span of a target's clock: a cycle from `start` until `end` (absent: not ended by `now`), and
 * what started and ended it (for explanations; absent: the ticket's reportedAt and resolvedAt).
 */
export interface Span {
  start: number;
  end?: number;
  startedBy?: CycleCause;
  endedBy?: CycleCause;
}

/** A pause from a ticket's `pauses` or from its statuses; `stops` overrides the reason's scope. */
export interface HistoryPause {
  from: number;
  to?: number;
  reason?: string;
  /** The help desk status that opened it. */
  status?: string;
  stops?: readonly TargetKind[];
}

/** A ticket's explicit instants and its events, in epoch ms. */
export interface HistoryInput {
  reportedAt: number;
  respondedAt?: number;
  resolvedAt?: number;
  pauses: readonly HistoryPause[];
  events: readonly TimedEvent[];
}

/** What the clocks need of a history at `now`. */
export interface History {
  /** The response's completion: explicit, else the first agent reply or stop, whichever came first. */
  respondedAt?: number;
  /** Resolution cycles; the first starts at `reportedAt` (the judge moves it to clock start). */
  resolution: Span[];
  /** Update cycles, in order. */
  updates: Span[];
  pauses: HistoryPause[];
  /** Every priority change of the ticket (also those after `now`, so that all are checked). */
  priorities: readonly TimedEvent[];
  /** Reopenings known at `now`: a run or pause status after a stop, by its name. */
  reopenings?: { at: number; status: string }[];
  /** Stops known at `now`: a stop status after a run or pause status, by its name. */
  stops?: { at: number; status: string }[];
  /** The first event after `now`: the evaluation changes when it happens. */
  nextEventAt?: number;
}

/**
 * Reads a ticket's history at `now`. Unknown status names (of any event, known at `now` or
 * not: an error does not depend on when one looks) are pushed to `issues`.
 *
 * @example
 * readHistory({ reportedAt, pauses: [], events }, rules, now, issues).resolution; //=> [{ start, end }]
 */
export function readHistory(input: HistoryInput, rules: HistoryRules, now: number, issues: Issue[]): History {
  const history: History = { resolution: [], updates: [], pauses: input.pauses.slice(), priorities: [] };
  if (input.events.length === 0) return plain(input, history);
  const walk = new Walk(input, rules, history);
  const priorities: TimedEvent[] = [];
  for (const event of input.events) {
    const rule = event.kind === 'status' ? statusRule(event, rules, issues) : undefined;
    if (event.kind === 'priority') priorities.push(event);
    if (event.at > now) {
      history.nextEventAt ??= event.at;
      continue;
    }
    walk.resolvedUntil(event.at);
    if (rule) walk.status(event.at, rule, event.value);
    else if (event.value === 'customer') walk.customer(event.at);
    else if (event.value === 'agent') walk.agent(event.at);
  }
  walk.resolvedUntil(now);
  walk.finish();
  history.priorities = priorities;
  return history;
}

/** A ticket without events: its explicit instants as they are. */
function plain(input: HistoryInput, history: History): History {
  const response = input.respondedAt ?? input.resolvedAt;
  if (response !== undefined) history.respondedAt = response;
  history.resolution.push(span(input.reportedAt, input.resolvedAt));
  return history;
}

function span(start: number, end: number | undefined): Span {
  return end === undefined ? { start } : { start, end };
}

function statusRule(event: TimedEvent, rules: HistoryRules, issues: Issue[]): StatusRule | undefined {
  const rule = rules.status(event.value);
  if (rule) return rule;
  issues.push(
    issueAt(
      `events[${event.index}].status`,
      event.value,
      rules.statusNames.length === 0
        ? `cannot be read: the policy declares no statuses (add \`statuses\` mapping the help desk's names to run, pause or stop)`
        : `is not a status of the policy (known: ${rules.statusNames.join(', ')})`,
    ),
  );
  return undefined;
}

/** The state of one pass over the events known at `now`. */
class Walk {
  #state: StatusRule['clock'] = 'run';
  #pause: HistoryPause | undefined;
  #stoppedAt: number | undefined;
  #stoppedBy = '';
  #armed: Span | undefined;
  #firstAgent: number | undefined;
  #firstStop: number | undefined;
  /** Explicit resolvedAt, once passed: the ticket is resolved for the update target too. */
  #explicitlyResolved = false;
  #cycle: Span;

  constructor(
    private readonly input: HistoryInput,
    private readonly rules: HistoryRules,
    private readonly out: History,
  ) {
    this.#cycle = { start: input.reportedAt };
    out.resolution.push(this.#cycle);
  }

  /** Passes the explicit resolvedAt when it comes at or before `t`: it ends an armed update. */
  resolvedUntil(t: number): void {
    const resolvedAt = this.input.resolvedAt;
    if (this.#explicitlyResolved || resolvedAt === undefined || resolvedAt > t) return;
    this.#explicitlyResolved = true;
    this.#endUpdate(resolvedAt, RESOLVED_AT);
  }

  status(at: number, rule: StatusRule, name: string): void {
    if (rule.clock === this.#state && (rule.clock !== 'pause' || rule.reason === this.#pause?.reason)) return;
    this.#closePause(at);
    if (rule.clock === 'stop') {
      this.#stop(at, name);
      return;
    }
    if (this.#state === 'stop') this.#reopen(at, name);
    this.#state = rule.clock;
    if (rule.clock === 'pause') {
      const pause: HistoryPause = { from: at };
      if (rule.reason !== undefined) pause.reason = rule.reason;
      pause.status = name;
      this.#pause = pause;
      this.out.pauses.push(pause);
    }
  }

  customer(at: number): void {
    if (this.#armed || this.#state === 'stop' || this.#explicitlyResolved) return;
    this.#armed = { start: at, startedBy: CUSTOMER };
    this.out.updates.push(this.#armed);
  }

  agent(at: number): void {
    this.#firstAgent ??= at;
    this.#endUpdate(at, AGENT);
  }

  finish(): void {
    const { input, out } = this;
    const response = input.respondedAt ?? earliest(this.#firstAgent, this.#firstStop, input.resolvedAt);
    if (response !== undefined) out.respondedAt = response;
    if (input.resolvedAt !== undefined) {
      // Explicit resolvedAt wins: one cycle ending there; stopped spans were not counted.
      out.resolution = [{ start: input.reportedAt, end: input.resolvedAt, endedBy: RESOLVED_AT }];
      if (this.#state === 'stop') this.#stoppedSpan(undefined);
    } else if (this.#state === 'stop' && this.rules.reopen === 'continue') {
      this.#cycle.end = this.#stoppedAt!;
      this.#cycle.endedBy = { status: this.#stoppedBy };
    }
  }

  #stop(at: number, name: string): void {
    this.#state = 'stop';
    this.#stoppedAt = at;
    this.#stoppedBy = name;
    this.#firstStop ??= at;
    this.out.stops ??= [];
    this.out.stops.push({ at, status: name });
    const by = { status: name };
    this.#endUpdate(at, by);
    if (this.input.resolvedAt === undefined && this.rules.reopen === 'restart') {
      this.#cycle.end = at;
      this.#cycle.endedBy = by;
    }
  }

  #reopen(at: number, name: string): void {
    this.out.reopenings ??= [];
    this.out.reopenings.push({ at, status: name });
    if (this.input.resolvedAt === undefined && this.rules.reopen === 'restart') {
      this.#cycle = { start: at, startedBy: { status: name } };
      this.out.resolution.push(this.#cycle);
    } else {
      this.#stoppedSpan(at);
    }
  }

  /** Under 'continue' (or an explicit resolvedAt), a stopped span is not counted for resolution. */
  #stoppedSpan(to: number | undefined): void {
    const pause: HistoryPause = { from: this.#stoppedAt!, status: this.#stoppedBy, stops: RESOLUTION };
    if (to !== undefined) pause.to = to;
    this.out.pauses.push(pause);
  }

  #closePause(at: number): void {
    if (this.#pause) this.#pause.to = at;
    this.#pause = undefined;
  }

  #endUpdate(at: number, by: CycleCause): void {
    if (this.#armed) {
      this.#armed.end = at;
      this.#armed.endedBy = by;
    }
    this.#armed = undefined;
  }
}

const CUSTOMER: CycleCause = Object.freeze({ message: 'customer' });
const AGENT: CycleCause = Object.freeze({ message: 'agent' });
const RESOLVED_AT: CycleCause = Object.freeze({ field: 'resolvedAt' });
const RESOLUTION: readonly TargetKind[] = Object.freeze(['resolution'] as TargetKind[]);

function earliest(...instants: (number | undefined)[]): number | undefined {
  let first: number | undefined;
  for (const t of instants) if (t !== undefined && (first === undefined || t < first)) first = t;
  return first;
}
