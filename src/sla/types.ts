// The SLA layer's vocabulary: what a ticket says happened, and what habil says of it.

import type { TargetKind, WarningLevel } from '../policy/spec';
import type { DurationInput } from '../time/duration';
import type { InstantInput } from '../time/instant';

export type { TargetKind };

/**
 * A ticket as a help desk exports it. Instants without an offset are wall times in the plan's
 * zone. Exports from SQL and help desks write null for "not set": at run time null is read as
 * absent in every optional field.
 */
export interface Ticket {
  id?: string | undefined;
  plan?: string | undefined;
  /** A priority id, alias or label: 'urgent', 'Urgente', 'P1'. */
  priority: string;
  type?: 'incident' | 'request' | undefined;
  channel?: string | undefined;
  reportedAt: InstantInput;
  respondedAt?: InstantInput | undefined;
  resolvedAt?: InstantInput | undefined;
  pauses?: TicketPause[] | undefined;
  /** The company the ticket is for ("Nombre de la empresa"): audits report consumption per customer. */
  customer?: string | undefined;
  /** Effort logged on the ticket (time accounting), for consumption reports: ms or ISO 8601. */
  worked?: DurationInput | undefined;
  /** What happened, in any order: read sorted by `at` (stable for equal instants). */
  events?: TicketEvent[] | undefined;
}

/**
 * One event of a ticket's history: a status change (the help desk's status name from then on),
 * a priority change (id, label or alias from then on), or a public customer message or agent reply.
 */
export type TicketEvent =
  | { at: InstantInput; status: string }
  | { at: InstantInput; priority: string }
  | { at: InstantInput; message: 'customer' | 'agent' };

/** A span during which the provider's clock may stop; without `to`, it lasts until `now`. */
export interface TicketPause {
  from: InstantInput;
  to?: InstantInput | undefined;
  reason?: string | undefined;
}

/** Where a target stands at `now`. */
export type TargetStatus = 'met' | 'breached' | 'running' | 'at-risk' | 'paused';

/** A warning level of a target and the instant it is reached, given the pauses known at `now`. */
export interface WarningPoint {
  /** The level as written: a fraction (0.75), { before: 'PT1H' } or an escalation { after: 'PT2H' }. */
  level: WarningLevel;
  at: Date;
  reached: boolean;
}

/** What a target result carries whatever its status. */
export interface TargetFacts {
  /** The calendar the target runs on ('business', '24/7', ...). */
  clock: string;
  /** Business milliseconds promised (the upper bound of a range). */
  target: number;
  /** When `target` runs out. */
  due: Date;
  /** For a range "3 a 5 horas": when the lower bound runs out. */
  expectedBy?: Date;
  bound: 'inclusive' | 'strict';
  /** Business ms counted so far (until completion or `now`), pauses removed. */
  elapsed: number;
  /** target - elapsed; negative past due. */
  remaining: number;
  /** elapsed / target. */
  consumed: number;
  /** Each warning level and when it is reached. */
  warnings: WarningPoint[];
  /**
   * For a target judged over several cycles (update targets; resolution after a reopen under
   * 'restart'): every cycle, in order. The target's own fields describe the latest one.
   */
  cycles?: CycleResult[];
  /** How many of `cycles` are breached. */
  breachedCycles?: number;
  explanation?: TargetExplanation;
}

/** One cycle of a target judged over several: an update awaited, or a resolution after a reopen. */
export interface CycleResult {
  start: Date;
  /** Its completion, when known at `now`. */
  end?: Date;
  elapsed: number;
  due: Date;
  status: TargetStatus;
}

/** A target completed within its bound: `metAt` is the completion. */
export interface MetTargetResult extends TargetFacts {
  status: 'met';
  metAt: Date;
  breachedAt?: undefined;
}

/** A target outside its bound: `breachedAt` is the first instant it was. */
export interface BreachedTargetResult extends TargetFacts {
  status: 'breached';
  breachedAt: Date;
  metAt?: undefined;
}

/** A target still open at `now`: neither met nor breached yet. */
export interface OpenTargetResult extends TargetFacts {
  status: 'running' | 'at-risk' | 'paused';
  metAt?: undefined;
  breachedAt?: undefined;
}

/** Where one target stands, discriminated by `status`: `metAt` exists when met, `breachedAt` when breached. */
export type TargetResult = MetTargetResult | BreachedTargetResult | OpenTargetResult;

export interface Intake {
  status: 'accepted' | 'deferred';
  reason?: string;
  clockStartsAt: Date;
}

export interface TicketSla {
  ticketId?: string;
  policy: string;
  plan: string;
  priority: string;
  /** When the ticket was judged under a versioned policy: the version in force. */
  version?: string;
  intake: Intake;
  targets: { response?: TargetResult; update?: TargetResult; resolution?: TargetResult };
  /** The earliest `due` among targets not yet completed (Zammad's escalation_at, RT's Due). */
  nextDue?: Date;
  /** The next instant at which a status or warning changes with no new events. */
  nextChangeAt?: Date;
}

/**
 * What started or ended a cycle: a help desk status by the name it was exported with (a
 * reopening, a stop), a customer message or agent reply, a priority change (under
 * `priorityChange: 'restart'` a new clock starts from it), or one of the ticket's own instants.
 */
export type CycleCause =
  | { status: string }
  | { message: 'customer' | 'agent' }
  | { priority: string }
  | { field: 'reportedAt' | 'clockStart' | 'resolvedAt' };

/** A judged cycle, and what started and ended it. */
export interface CycleExplanation extends CycleResult {
  startedBy: CycleCause;
  /** Absent while the cycle is open. */
  endedBy?: CycleCause;
  /** Business milliseconds promised for this cycle (by the priority in force for it). */
  target: number;
  /** For a breached cycle: the first instant it was. */
  breachedAt?: Date;
  /** Open periods of the clock counted for this cycle. */
  counted: TargetExplanation['counted'];
  /** Pauses that stopped this cycle, and the open time each removed. */
  pauses: TargetExplanation['pauses'];
  /** Holidays and closures of the clock's calendar met between the cycle's start and its due (or end). */
  skipped: { date: string; name?: string; hours?: string }[];
}

/** A priority change known at `now`, and what it did to this target's latest cycle. */
export interface PriorityChangeExplanation {
  at: Date;
  from: string;
  to: string;
  /** The policy's rule, or 'too-late' when the target had completed before the change. */
  applied: 'retroactive' | 'restart' | 'too-late';
}

/** Why a target stands where it does, as data and as text. */
export interface TargetExplanation {
  clockStartsAt: Date;
  /** Completion, or `now` when not completed. */
  countedUntil: Date;
  /** Open periods of the target's clock that were counted. */
  counted: { start: Date; end: Date; ms: number }[];
  /** Holidays and closures of the clock's calendar met between clock start and due. */
  skipped: { date: string; name?: string; hours?: string }[];
  /**
   * Pauses that stopped this target, and the open time each removed; `status` is the help desk
   * status that opened a status-driven pause (a resolved span before a reopening under
   * `reopen: 'continue'` is one too, without a reason).
   */
  pauses: { from: Date; to: Date; reason?: string; status?: string; removed: number }[];
  /** For a target judged over several cycles: each, with what started and ended it. */
  cycles?: CycleExplanation[];
  /** Reopenings known at `now` (resolution only): a run status after a stop. */
  reopenings?: { at: Date; status: string; rule: 'restart' | 'continue' }[];
  /** Priority changes known at `now`. */
  priorityChanges?: PriorityChangeExplanation[];
  text: { es: string; en: string };
}

export interface EvaluateOptions {
  /** The instant of the evaluation; events after it are not known yet. */
  now: InstantInput;
  /**
   * Add an explanation to every target: the periods counted, closures skipped, pauses removed
   * (by the status that opened them), and for a history each judged cycle, reopening and
   * priority change, as data and as text in Spanish and English.
   */
  explain?: boolean;
}
