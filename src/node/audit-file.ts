// auditFile: an export audited across CPU cores. The calling thread reads the file once, with
// the readers readTickets uses (csv-parse for CSV: one grammar, so every path splits records
// and numbers lines alike), and hands batches of ticket records to worker threads, at most two
// waiting per worker so memory stays flat; each worker evaluates its batches into its own
// accumulator, and the accumulators merge into the report one thread would have made. Rows a
// reader rejects are counted on the calling thread. Small files, and policies that change over
// time (PolicyVersions), are audited on the calling thread, where starting workers would not pay.

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Policy, PolicySpec } from '../policy';
import type { TermsSource } from '../policy/source';
import { audit, RowAuditor, type TicketRecord } from '../sla/audit';
import { AuditAccumulator, type AuditReport, type AuditState } from '../sla/report';
import { portableInstant, type InstantInput } from '../time/instant';
import { readTickets, type ReadTicketsOptions } from './read-tickets';
import { fileSize } from './source-text';

/** Files smaller than this are audited on the calling thread unless `workers` is given. */
export const PARALLEL_MIN_BYTES = 8 * 1024 * 1024;

/** At most this many workers start, whatever `workers` asks: each holds a heap of its own. */
export const MAX_WORKERS = 64;

export interface AuditFileOptions extends ReadTicketsOptions {
  now: InstantInput;
  /** How many worst breaches per target and first rejected rows the report keeps. Default 10. */
  worst?: number | undefined;
  /** Worker threads; default: one per CPU for files of PARALLEL_MIN_BYTES or more, else none (1). At most MAX_WORKERS. */
  workers?: number | undefined;
  /** Ticket records per batch handed to a worker. Default 2,000. */
  batchSize?: number | undefined;
}

/**
 * Worker heaps: a worker holds the policy, two batches and its accumulator, a few MB that stay
 * put. Left to V8's defaults, each worker's young generation grew until two workers auditing
 * 1,000,000 tickets peaked at 446 MB RSS.
 */
const WORKER_HEAP = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 128 };

/** What a worker is started with. */
export interface WorkerSetup {
  spec: PolicySpec;
  now: string | number;
  worst: number | undefined;
}

/** A message to a worker: ticket records to audit, or a request for its accumulator. */
export type ToWorker = { batch: TicketRecord[] } | { finish: true };
type FromWorker = { done: number } | { state: AuditState } | { failed: string };

/**
 * Audits a CSV, JSON or NDJSON export file, spreading the evaluation over worker threads. The
 * report is the one `audit(policy, readTickets(path, options), options)` returns. A path that
 * is not a readable file throws a HabilError.
 *
 * @example
 * import { policies } from 'habil';
 * import { auditFile } from 'habil/node';
 * const report = await auditFile('examples/data/icg-tickets.csv', policies.icg, { now: '2024-12-31T23:59:59-05:00' });
 * report.rows; //=> 1000
 */
export async function auditFile(path: string, source: TermsSource, options: AuditFileOptions): Promise<AuditReport> {
  const size = fileSize(path, 'path');
  if (options.events !== undefined) fileSize(options.events, 'events');
  const asked = options.workers ?? (size >= PARALLEL_MIN_BYTES ? availableParallelism() : 1);
  const workers = Math.min(MAX_WORKERS, Math.max(1, Math.floor(asked) || 1));
  const policy = plainPolicy(source);
  if (workers <= 1 || policy === undefined) return audit(source, readTickets(path, options), options);

  const accumulator = new AuditAccumulator(policy, options); // a bad `now` fails here, before any thread starts
  const auditor = new RowAuditor(policy, options);
  const batchSize = Math.max(1, Math.floor(options.batchSize ?? 2000) || 1);
  const pool = new WorkerPool(workers, {
    spec: policy.toJSON(),
    now: portableInstant(options.now),
    worst: options.worst,
  });
  try {
    let batch: TicketRecord[] = [];
    for await (const record of readTickets(path, options)) {
      if ('error' in record) accumulator.add(auditor.row(record, 0));
      else if (batch.push(record) >= batchSize) {
        await pool.send(batch);
        batch = [];
      }
    }
    if (batch.length > 0) await pool.send(batch);
    for (const state of await pool.finish()) accumulator.merge(AuditAccumulator.fromJSON(policy, options, state));
    return accumulator.toReport();
  } finally {
    await pool.stop();
  }
}

/**
 * The policy a source is, when it is one plain Policy (its only policy is itself): workers
 * rebuild it from its spec. Versions judge by date, and stay on the calling thread.
 */
function plainPolicy(source: TermsSource): Policy | undefined {
  const [only, ...more] = source.policies;
  return more.length === 0 && only === source ? only : undefined;
}

/**
 * Workers with at most two batches waiting each, started as batches come (a small file starts
 * one); errors from any of them reject the caller.
 */
interface Slot {
  worker: Worker;
  /** Batches sent and not yet audited. */
  waiting: number;
}

class WorkerPool {
  readonly #workers: Slot[] = [];
  readonly #max: number;
  readonly #setup: WorkerSetup;
  #failure: Error | undefined;
  #wake: (() => void) | undefined;
  #states: AuditState[] = [];

  constructor(max: number, setup: WorkerSetup) {
    this.#max = max;
    this.#setup = setup;
  }

  /** Hands a batch to an idle worker (starting one if allowed), else the least busy, waiting while every worker has two. */
  async send(batch: TicketRecord[]): Promise<void> {
    for (;;) {
      if (this.#failure) throw this.#failure;
      let slot = this.#workers.reduce<Slot | undefined>(
        (a, b) => (a === undefined || b.waiting < a.waiting ? b : a),
        undefined,
      );
      if ((slot === undefined || slot.waiting > 0) && this.#workers.length < this.#max) slot = this.#start();
      if (slot && slot.waiting < 2) {
        slot.waiting++;
        slot.worker.postMessage({ batch } satisfies ToWorker);
        return;
      }
      await this.#next();
    }
  }

  /** Every worker's accumulator, once all batches are audited. */
  async finish(): Promise<AuditState[]> {
    for (const { worker } of this.#workers) worker.postMessage({ finish: true } satisfies ToWorker);
    for (;;) {
      // Checked every time: a failure and the states may all arrive before this wakes.
      if (this.#failure) throw this.#failure;
      if (this.#states.length === this.#workers.length) return this.#states;
      await this.#next();
    }
  }

  async stop(): Promise<void> {
    await Promise.all(this.#workers.map(({ worker }) => worker.terminate()));
  }

  #start(): Slot {
    const url = new URL('./audit-worker.js', import.meta.url);
    const slot: Slot = {
      worker: new Worker(url, { workerData: this.#setup, resourceLimits: WORKER_HEAP }),
      waiting: 0,
    };
    slot.worker.on('message', (message: FromWorker) => {
      if ('done' in message) slot.waiting--;
      else if ('state' in message) this.#states.push(message.state);
      else this.#failure ??= new Error(`audit worker failed: ${message.failed}`);
      this.#wake?.();
    });
    slot.worker.on('error', (error) => {
      this.#failure ??= error;
      this.#wake?.();
    });
    this.#workers.push(slot);
    return slot;
  }

  #next(): Promise<void> {
    return new Promise((resolve) => (this.#wake = resolve));
  }
}
