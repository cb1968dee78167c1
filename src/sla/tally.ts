// The running count of one target over many tickets: how many met, breached or still running,
// the business time to completion (as a histogram, so memory stays flat), and the worst
// breaches. Tallies merge, so shards of an audit can be counted apart and added up.

import { DurationHistogram, type HistogramState } from './histogram';
import { keepFirst } from './keep';
import type { TargetKind, TargetResult } from './types';

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
}

/** Which ticket and target a result belongs to. */
export type BreachSubject = Pick<WorstBreach, 'line' | 'ticketId' | 'plan' | 'priority' | 'target'>;

/** Counts of one target; `count` = met + breached + running. */
export interface TallyCounts {
  count: number;
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
 * tally.add(sla.targets.response!, true, { line: 2, plan: sla.plan, priority: sla.priority, target: 'response' });
 * tally.counts(); //=> { count: 1, met: 1, breached: 0, running: 0, compliance: 1, median, p90 }
 */
export class TargetTally {
  met = 0;
  breached = 0;
  running = 0;
  readonly times = new DurationHistogram();
  worst: WorstBreach[] = [];

  constructor(readonly keep: number) {}

  /**
   * Counts a target result; `completed` says whether its event happened by `now`. `subject`
   * names a breached result's ticket (a tally keeping no worst breaches needs none).
   */
  add(result: TargetResult, completed: boolean, subject: BreachSubject | undefined): void {
    if (result.status === 'met') this.met++;
    else if (result.status === 'breached') this.breached++;
    else this.running++;
    if (completed) this.times.add(result.elapsed);
    if (result.status !== 'breached' || this.keep === 0) return;
    if (subject === undefined) throw new Error('TargetTally.add: a breach needs its subject');
    const over = result.elapsed - result.target;
    keepFirst(
      this.worst,
      { ...subject, clock: result.clock, due: result.due, elapsed: result.elapsed, over, open: !completed },
      this.keep,
      worse,
    );
  }

  merge(other: TargetTally): void {
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
      met: this.met,
      breached: this.breached,
      running: this.running,
      times: this.times.toJSON(),
      worst: this.worst.map((w) => ({ ...w, due: w.due.getTime() })),
    };
  }

  static fromJSON(state: TallyState, keep: number): TargetTally {
    const tally = new TargetTally(keep);
    tally.met = state.met;
    tally.breached = state.breached;
    tally.running = state.running;
    tally.times.merge(DurationHistogram.fromJSON(state.times));
    tally.worst = state.worst.map((w) => ({ ...w, due: new Date(w.due) }));
    return tally;
  }
}

/** Worse: further over target; on a tie, the earlier line (so merged shards agree). */
function worse(a: WorstBreach, b: WorstBreach): boolean {
  return a.over > b.over || (a.over === b.over && a.line < b.line);
}
