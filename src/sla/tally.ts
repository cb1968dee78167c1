// The running count of one target over many tickets: how many of its judged cycles met,
// breached or are still running (a ticket's response counts once; each resolution cycle after a
// reopening and each awaited update count once each), the business time to completion (as a
// histogram, so memory stays flat), and the worst breaches. Tallies merge, so shards of an audit
// can be counted apart and added up.

import { DurationHistogram, type HistogramState } from './histogram';
import { keepFirst } from './keep';
import type { TargetKind, TargetStatus } from './types';

/** One of the worst breaches of a target: the ticket, and how far past its target it went. */
export interface WorstBreach {
  line: number;
  ticketId?: string;
  plan: string;
  priority: string;
  target: TargetKind;
  /** The calendar the target runs on. */
  clock: string;
  due: Date;
  /** Business ms counted until completion, or until `now` when still open. */
  elapsed: number;
  /** Business ms beyond the target: elapsed - target. */
  over: number;
  /** Not completed by `now`: the breach is still growing. */
  open: boolean;
  /** For a target judged over several cycles: which one breached (1 = the first). */
  cycle?: number;
}

/** Which ticket, target and cycle a result belongs to, and its promise. */
export type BreachSubject = Pick<WorstBreach, 'line' | 'ticketId' | 'plan' | 'priority' | 'target' | 'cycle'> & {
  clock: string;
  /** Business ms promised. */
  promised: number;
};

/** One judged cycle of a target: a whole target result, or one of its `cycles`. */
export interface JudgedCycleCounts {
  status: TargetStatus;
  elapsed: number;
  due: Date;
}

/** Counts of one target's judged cycles; `count` = met + breached + running. */
export interface TallyCounts {
  /** Judged cycles: each ticket's response, every resolution cycle, every awaited update. */
  count: number;
  /** Tickets with this target (a ticket with three resolution cycles counts once here). */
  tickets: number;
  met: number;
  breached: number;
  /** Not completed and not breached at `now`: running, at-risk or paused. */
  running: number;
  /** met / (met + breached): the share of decided targets met; null when none is decided. */
  compliance: number | null;
  /** Median business time to completion (respond or resolve), over targets completed by `now`. */
  median: number | null;
  /** 90th percentile of the same. */
  p90: number | null;
}

/** The plain-data form of a tally, for shipping between worker threads. */
export interface TallyState {
  tickets: number;
  met: number;
  breached: number;
  running: number;
  times: HistogramState;
  worst: (Omit<WorstBreach, 'due'> & { due: number })[];
}

/**
 * A target's tally; keeps the `keep` worst breaches (0: none).
 *
 * @example
 * const tally = new TargetTally(10);
 * tally.tickets++;
 * tally.add(sla.targets.response!, true, undefined);
 * tally.counts(); //=> { count: 1, tickets: 1, met: 1, breached: 0, running: 0, compliance: 1, median, p90 }
 */
export class TargetTally {
  tickets = 0;
  met = 0;
  breached = 0;
  running = 0;
  readonly times = new DurationHistogram();
  worst: WorstBreach[] = [];

  constructor(readonly keep: number) {}

  /**
   * Counts one judged cycle; `completed` says whether its event happened by `now`. `subject`
   * names a breached cycle's ticket (a tally keeping no worst breaches needs none).
   */
  add(cycle: JudgedCycleCounts, completed: boolean, subject: BreachSubject | undefined): void {
    if (cycle.status === 'met') this.met++;
    else if (cycle.status === 'breached') this.breached++;
    else this.running++;
    if (completed) this.times.add(cycle.elapsed);
    if (cycle.status !== 'breached' || this.keep === 0) return;
    if (subject === undefined) throw new Error('TargetTally.add: a breach needs its subject');
    const { promised, ...where } = subject;
    const over = cycle.elapsed - promised;
    keepFirst(
      this.worst,
      { ...where, due: cycle.due, elapsed: cycle.elapsed, over, open: !completed },
      this.keep,
      worse,
    );
  }

  merge(other: TargetTally): void {
    this.tickets += other.tickets;
    this.met += other.met;
    this.breached += other.breached;
    this.running += other.running;
    this.times.merge(other.times);
    for (const w of other.worst) keepFirst(this.worst, w, this.keep, worse);
  }

  counts(): TallyCounts {
    const decided = this.met + this.breached;
    return {
      count: decided + this.running,
      tickets: this.tickets,
      met: this.met,
      breached: this.breached,
      running: this.running,
      compliance: decided === 0 ? null : this.met / decided,
      median: this.times.quantile(0.5),
      p90: this.times.quantile(0.9),
    };
  }

  toJSON(): TallyState {
    return {
      tickets: this.tickets,
      met: this.met,
      breached: this.breached,
      running: this.running,
      times: this.times.toJSON(),
      worst: this.worst.map((w) => ({ ...w, due: w.due.getTime() })),
    };
  }

  static fromJSON(state: TallyState, keep: number): TargetTally {
    const tally = emptyTally(keep);
    tally.tickets = state.tickets;
    tally.met = state.met;
    tally.breached = state.breached;
    tally.running = state.running;
    tally.times.merge(DurationHistogram.fromJSON(state.times));
    tally.worst = state.worst.map((w) => ({ ...w, due: new Date(w.due) }));
    return tally;
  }
}

// Not `new TargetTally` in the class body: esbuild renames a class that names itself in its body
// `_TargetTally`, its `.name` in a REPL (test/package/names.test.ts).
const emptyTally = (keep: number) => new TargetTally(keep);

/** Worse: further over target; on a tie, the earlier line and cycle (so merged shards agree). */
function worse(a: WorstBreach, b: WorstBreach): boolean {
  if (a.over !== b.over) return a.over > b.over;
  return a.line < b.line || (a.line === b.line && (a.cycle ?? 0) < (b.cycle ?? 0));
}
