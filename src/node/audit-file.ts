// auditFile: an export audited across CPU cores. The main thread only cuts the CSV bytes into
// shards at record boundaries and hands them to worker threads, at most two waiting per worker
// so memory stays flat; each worker audits its shards into its own accumulator, and the
// accumulators merge into the report one thread would have made. Small files, JSON and NDJSON
// run on the calling thread (readTickets + audit), where starting workers would not pay, and so
// does a CSV whose given separator shardCsv cannot find in bytes (anything but one ASCII byte).

import { createReadStream, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Policy, PolicySpec } from '../policy';
import { audit } from '../sla/audit';
import { AuditAccumulator, type AuditReport, type AuditState } from '../sla/report';
import { portableInstant, type InstantInput } from '../time/instant';
import { rowReader } from './csv';
import { readTickets, formatOf, type ReadTicketsOptions } from './read-tickets';
import type { CellOptions } from './rows';
import { canShard, shardCsv, type Shard } from './shards';

/** Files smaller than this are audited on the calling thread unless `workers` is given. */
export const PARALLEL_MIN_BYTES = 8 * 1024 * 1024;

export interface AuditFileOptions extends ReadTicketsOptions {
  now: InstantInput;
  /** How many worst breaches per target and first rejected rows the report keeps. Default 10. */
  worst?: number | undefined;
  /** Worker threads; default: one per CPU for CSV files of PARALLEL_MIN_BYTES or more, else none (1). */
  workers?: number | undefined;
  /** Bytes per shard handed to a worker. Default 1 MiB. */
  shardBytes?: number | undefined;
}

/**
 * Worker heaps: a worker holds the policy, one shard and its accumulator, a few MB that stay
 * put. Left to V8's defaults, each worker's young generation grew until two workers auditing
 * 1,000,000 tickets peaked at 446 MB RSS; an 8 MB one keeps the whole process near 250 MB
 * for some 10 % more time.
 */
const WORKER_HEAP = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 128 };

/** What a worker is started with. */
export interface WorkerSetup {
  spec: PolicySpec;
  now: string | number;
  worst: number | undefined;
  header: string[];
  delimiter: string;
  encoding: string | undefined;
  cells: CellOptions & { map?: Readonly<Record<string, string>> | undefined };
}

/** A message to a worker: a shard to audit, or a request for its accumulator. */
export type ToWorker = { shard: Shard } | { finish: true };
type FromWorker = { done: number } | { state: AuditState } | { failed: string };

/**
 * Audits a CSV, JSON or NDJSON export file; CSV files are spread over worker threads (unless
 * `delimiter` is anything but one ASCII character: see canShard). The
 * report is the one `audit(policy, readTickets(path, options), options)` returns.
 *
 * @example
 * import { policies } from 'habil';
 * import { auditFile } from 'habil/node';
 * const report = await auditFile('examples/data/icg-tickets.csv', policies.icg, { now: '2024-12-31T23:59:59-05:00' });
 * report.rows; //=> 1000
 */
export async function auditFile(path: string, policy: Policy, options: AuditFileOptions): Promise<AuditReport> {
  const size = statSync(path).size;
  const workers = options.workers ?? (size >= PARALLEL_MIN_BYTES ? availableParallelism() : 1);
  const format = options.format ?? formatOf(path);
  const shardable =
    (format === undefined || format === 'csv') && (options.delimiter === undefined || canShard(options.delimiter));
  if (workers <= 1 || !shardable) return audit(policy, readTickets(path, options), options);

  const accumulator = new AuditAccumulator(policy, options); // a bad `now` fails here, before any thread starts
  const { header, delimiter, shards } = await shardCsv(createReadStream(path, { highWaterMark: 1 << 20 }), {
    size: options.shardBytes ?? 1 << 20,
    delimiter: options.delimiter,
    encoding: options.encoding,
  });
  if (header.length === 0) return accumulator.toReport(); // no header, so no rows: an empty file, or empty lines only
  rowReader(header, options); // a header without the required columns fails here too
  const setup: WorkerSetup = {
    spec: policy.toJSON(),
    now: portableInstant(options.now),
    worst: options.worst,
    header,
    delimiter,
    encoding: options.encoding,
    cells: { map: options.map, dateFormat: options.dateFormat, plan: options.plan },
  };
  const pool = await WorkerPool.start(workers, setup);
  try {
    let done = 0;
    for await (const shard of shards) {
      await pool.send(shard, (bytes) => options.onProgress?.((done += bytes)));
    }
    for (const state of await pool.finish()) accumulator.merge(AuditAccumulator.fromJSON(policy, options, state));
    return accumulator.toReport();
  } finally {
    await pool.stop();
  }
}

/** Workers with at most two shards waiting each; errors from any of them reject the caller. */
class WorkerPool {
  readonly #workers: { worker: Worker; waiting: number }[];
  #failure: Error | undefined;
  #wake: (() => void) | undefined;
  #onDone: (bytes: number) => void = () => {};
  #states: AuditState[] = [];

  private constructor(workers: Worker[]) {
    this.#workers = workers.map((worker) => ({ worker, waiting: 0 }));
    for (const slot of this.#workers) {
      slot.worker.on('message', (message: FromWorker) => {
        if ('done' in message) {
          slot.waiting--;
          this.#onDone(message.done);
        } else if ('state' in message) {
          this.#states.push(message.state);
        } else {
          this.#failure ??= new Error(`audit worker failed: ${message.failed}`);
        }
        this.#wake?.();
      });
      slot.worker.on('error', (error) => {
        this.#failure ??= error;
        this.#wake?.();
      });
    }
  }

  static async start(count: number, setup: WorkerSetup): Promise<WorkerPool> {
    const url = new URL('./audit-worker.js', import.meta.url);
    return new WorkerPool(
      Array.from({ length: count }, () => new Worker(url, { workerData: setup, resourceLimits: WORKER_HEAP })),
    );
  }

  /** Hands a shard to the least busy worker, waiting while every worker has two. */
  async send(shard: Shard, onDone: (bytes: number) => void): Promise<void> {
    this.#onDone = onDone;
    for (;;) {
      if (this.#failure) throw this.#failure;
      const slot = this.#workers.reduce((a, b) => (b.waiting < a.waiting ? b : a));
      if (slot.waiting < 2) {
        slot.waiting++;
        slot.worker.postMessage({ shard } satisfies ToWorker, [shard.bytes.buffer as ArrayBuffer]);
        return;
      }
      await this.#next();
    }
  }

  /** Every worker's accumulator, once all shards are audited. */
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

  #next(): Promise<void> {
    return new Promise((resolve) => (this.#wake = resolve));
  }
}
