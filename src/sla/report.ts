// The audit's summary, counted row by row in memory that does not grow with the number of
// tickets: per plan × priority × target and per month, the counts, compliance and quantiles;
// support hours consumed and time outside coverage per month; the worst breaches and the first
// rejected rows. Accumulators merge, so worker threads can each take a shard. The pieces:
// ./counts (what is held), ./accumulate, ./merge, ./report-state, ./report-view.

import { requireObject, requirePolicy } from '../arguments';
import { type TermsSource, zoneOf } from '../policy/source';
import { toEpochMs } from '../time/instant';
import { countRow } from './accumulate';
import { AuditCounts } from './counts';
import { mergeCounts } from './merge';
import type { AccumulatorOptions, AuditReport, AuditRow, AuditState } from './report-types';
import { countsFrom, stateOf } from './report-state';
import { orderOf, reportOf, type ReportOrder } from './report-view';

export type {
  AccumulatorOptions,
  AuditErrorSample,
  AuditReport,
  AuditRow,
  AuditState,
  CoverageStats,
  CustomerStats,
  HoursStats,
  MonthStats,
  TargetStats,
} from './report-types';

/**
 * Counts audit rows into a report. Add rows in any order, merge accumulators that counted
 * other shards of the same input with the same options, then call toReport.
 *
 * @example
 * const acc = new AuditAccumulator(policies.icg, { now: '2024-12-31 23:59' });
 * for await (const row of auditRows(policies.icg, tickets, { now: '2024-12-31 23:59' })) acc.add(row);
 * acc.toReport().targets[0]; //=> { plan: 'standard', priority: 'urgent', target: 'response', count, met, ... }
 */
export class AuditAccumulator {
  readonly #order: ReportOrder;
  #counts: AuditCounts;

  constructor(policy: TermsSource, options: AccumulatorOptions) {
    requirePolicy(policy, 'policy');
    requireObject(options, 'options', "{ now } (the instant of the audit), e.g. { now: '2024-12-31T23:59:59-05:00' }");
    this.#order = orderOf(policy);
    // `now` is read here, in the policy's zone, so that a bad one fails once, before any row.
    const now = toEpochMs(options.now, zoneOf(policy), 'now');
    this.#counts = new AuditCounts(
      options.worst ?? 10,
      now,
      policy.policies.map((p) => p.id),
    );
  }

  /**
   * Counts one row: an error row as rejected, an evaluated one into its tallies.
   *
   * @example
   * for await (const row of auditRows(policies.icg, tickets, { now })) acc.add(row);
   */
  add(row: AuditRow): void {
    countRow(this.#counts, row);
  }

  /**
   * Adds what another accumulator (over other rows, same options) counted.
   *
   * @example
   * const [a, b] = [new AuditAccumulator(policies.icg, { now }), new AuditAccumulator(policies.icg, { now })];
   * firstHalf.forEach((row) => a.add(row));
   * secondHalf.forEach((row) => b.add(row));
   * a.merge(b); // a.toReport() is the report of all the rows
   */
  merge(other: AuditAccumulator): void {
    mergeCounts(this.#counts, other.#counts);
  }

  /**
   * The report of everything counted so far; the accumulator can go on counting.
   *
   * @example
   * const report = acc.toReport();
   * report.rows === report.evaluated + report.errors; //=> true
   */
  toReport(): AuditReport {
    return reportOf(this.#counts, this.#order);
  }

  /**
   * What was counted, as plain data that crosses threads (structured clone) or JSON.
   *
   * @example
   * parentPort.postMessage({ state: acc.toJSON() }); // in a worker thread
   */
  toJSON(): AuditState {
    return stateOf(this.#counts);
  }

  /**
   * An accumulator holding what `state` (from toJSON, maybe in another thread) counted.
   *
   * @example
   * worker.on('message', ({ state }) => total.merge(AuditAccumulator.fromJSON(policies.icg, { now }, state)));
   */
  static fromJSON(policy: TermsSource, options: AccumulatorOptions, state: AuditState): AuditAccumulator {
    const acc = accumulator(policy, options);
    acc.#counts = countsFrom(state, acc.#counts.keep);
    return acc;
  }
}

// Not `new AuditAccumulator` in the class body: esbuild renames a class that names itself in its
// body `_AuditAccumulator`, its `.name` in a REPL (test/package/names.test.ts).
const accumulator = (policy: TermsSource, options: AccumulatorOptions) => new AuditAccumulator(policy, options);
