// A worker thread of auditFile: builds the policy from its spec, then audits the CSV shards it
// is sent into its own accumulator, and hands the accumulator back as plain data at the end.
// Messages are handled one at a time, in the order they arrive.

import { parentPort, workerData } from 'node:worker_threads';
import { TextDecoder } from 'node:util';
import { Policy } from '../policy/policy';
import { rowOf } from '../sla/audit';
import { AuditAccumulator } from '../sla/report';
import { csvRecords } from './csv';
import type { ToWorker, WorkerSetup } from './audit-file';

const setup = workerData as WorkerSetup;
const policy = Policy.from(setup.spec);
const options = { now: setup.now, worst: setup.worst };
const accumulator = new AuditAccumulator(policy, options);
const decoder = new TextDecoder(setup.encoding ?? 'utf-8');
const port = parentPort!;
let queue = Promise.resolve();

port.on('message', (message: ToWorker) => {
  queue = queue.then(() => handle(message)).catch((error: unknown) => {
    port.postMessage({ failed: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  });
});

async function handle(message: ToWorker): Promise<void> {
  if (!('shard' in message)) {
    port.postMessage({ state: accumulator.toJSON() });
    return;
  }
  const text = decoder.decode(message.shard.bytes);
  const shard = { header: setup.header, delimiter: setup.delimiter, firstLine: message.shard.firstLine };
  for await (const record of csvRecords(once(text), setup.cells, shard)) accumulator.add(rowOf(policy, record, 0, options));
  port.postMessage({ done: message.shard.bytes.byteLength });
}

async function* once(text: string): AsyncGenerator<string> {
  yield text;
}
