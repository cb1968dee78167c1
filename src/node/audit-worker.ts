// A worker thread of auditFile: builds the policy from its spec, then audits the batches of
// ticket records it is sent into its own accumulator, and hands the accumulator back as plain
// data at the end. Batches are audited synchronously, one message at a time, in arrival order.

import { parentPort, workerData } from 'node:worker_threads';
import { Policy } from '../policy/policy';
import { RowAuditor } from '../sla/audit';
import { AuditAccumulator } from '../sla/report';
import type { ToWorker, WorkerSetup } from './audit-file';

const setup = workerData as WorkerSetup;
const policy = Policy.from(setup.spec);
const options = { now: setup.now, worst: setup.worst };
const accumulator = new AuditAccumulator(policy, options);
const auditor = new RowAuditor(policy, options);
const port = parentPort!;

port.on('message', (message: ToWorker) => {
  try {
    if ('batch' in message) {
      for (const record of message.batch) accumulator.add(auditor.row(record, 0));
      port.postMessage({ done: message.batch.length });
    } else port.postMessage({ state: accumulator.toJSON() });
  } catch (error) {
    port.postMessage({ failed: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
