// A worker thread of auditFile: builds the policy from its spec, then audits the CSV shards it
// is sent into its own accumulator, and hands the accumulator back as plain data at the end.
// A shard is read and audited synchronously, record by record, so messages are handled one at
// a time, in the order they arrive.

import { parentPort, workerData } from 'node:worker_threads';
import { TextDecoder } from 'node:util';
import { Policy } from '../policy/policy';
import { RowAuditor } from '../sla/audit';
import { AuditAccumulator } from '../sla/report';
import { readCsvShard } from './csv';
import type { ToWorker, WorkerSetup } from './audit-file';

const setup = workerData as WorkerSetup;
const policy = Policy.from(setup.spec);
const options = { now: setup.now, worst: setup.worst };
const accumulator = new AuditAccumulator(policy, options);
const auditor = new RowAuditor(policy, options);
const decoder = new TextDecoder(setup.encoding ?? 'utf-8');
const port = parentPort!;

port.on('message', (message: ToWorker) => {
  try {
    handle(message);
  } catch (error) {
    port.postMessage({ failed: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});

function handle(message: ToWorker): void {
  if (!('shard' in message)) {
    port.postMessage({ state: accumulator.toJSON() });
    return;
  }
  const text = decoder.decode(message.shard.bytes);
  const shard = { header: setup.header, delimiter: setup.delimiter, firstLine: message.shard.firstLine };
  readCsvShard(text, shard, setup.cells, (record) => accumulator.add(auditor.row(record, 0)));
  port.postMessage({ done: message.shard.bytes.byteLength });
}
