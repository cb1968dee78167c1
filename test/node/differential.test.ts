// The differential fuzz test of the audit paths (issue 16): thousands of seeded random exports
// (test/support/export-fuzz.ts) through readTickets + audit (read whole, and in random chunks),
// auditFile on one thread and over N worker threads in tiny batches, and the `habil audit`
// command (report as JSON, rows as NDJSON, in-process; with workers, the built one in a process). Every path must give the
// rows and lines the generator wrote, the same report, and rows read = evaluated + errors.
// HABIL_FUZZ_FILES sets how many files (default 400; every 20th also through workers).
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { habil } from '../cli/run-habil';
import { type Dist, loadDist } from '../support/dist';
import { prng, randomExport } from '../support/export-fuzz';

const run = promisify(execFile);
const FILES = Number(process.env.HABIL_FUZZ_FILES ?? 400);
const WORKER_EVERY = 20;
const NOW = '2024-12-31T23:59:59-05:00';
const dir = mkdtempSync(join(tmpdir(), 'habil-fuzz-'));
let dist: Dist;

beforeAll(async () => {
  dist = await loadDist();
}, 180_000);

/** Plain data, as the CLI's JSON prints it: the paths' reports compare as data. */
const data = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('every audit path gives the rows, lines and report of one thread', () => {
  it(`on ${FILES} seeded random exports`, { timeout: 1_800_000 }, async () => {
    const { audit, policies } = dist.index;
    const { auditFile, readTickets } = dist.node;
    const policy = policies.icg;
    const totals = { files: 0, rows: 0, workerFiles: 0, disagreements: 0 };
    for (let seed = 1; seed <= FILES; seed++) {
      const file = randomExport(seed);
      const path = join(dir, `export-${seed % 50}.csv`);
      writeFileSync(path, file.bytes);
      const options = { now: NOW, encoding: file.encoding };
      const rows: [number, string | undefined][] = [];
      const single = await audit(policy, readTickets(path, { encoding: file.encoding }), {
        ...options,
        onRow: (row) => void rows.push([row.line, row.kind === 'evaluated' ? row.sla.ticketId : row.ticketId]),
      });
      const where = `seed ${seed}`;
      expect(rows, where).toEqual(file.rows.map((r) => [r.line, r.id ?? rows.find(([l]) => l === r.line)?.[1]]));
      expect(
        rows.map(([line]) => line),
        where,
      ).toEqual(file.rows.map((r) => r.line));
      expect([single.rows, single.evaluated + single.errors], where).toEqual([file.rows.length, file.rows.length]);
      const report = data(single);

      const random = prng(seed);
      const cut = chunks(file.bytes, random);
      const chunked = await audit(policy, readTickets(Readable.from(cut), { ...options, format: 'csv' }), options);
      expect(data(chunked), where).toEqual(report);
      expect(data(await auditFile(path, policy, { ...options, workers: 1 })), where).toEqual(report);

      const cli = ['audit', path, '--policy', 'icg', '--now', NOW, '--encoding', file.encoding];
      const json = await habil(...cli, '--format', 'json', '--workers', '1');
      // A file whose every row is rejected is a usage error (exit 2), its report still printed.
      const { rows: read, evaluated } = report as { rows: number; evaluated: number };
      expect(json.code, `${where}: ${json.err}`).toBe(read > 0 && evaluated === 0 ? 2 : 0);
      expect(JSON.parse(json.out), where).toEqual(report);
      const ndjson = await habil(...cli, '--format', 'ndjson');
      const printed = ndjson.out
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { kind: string; line?: number });
      expect(
        printed.filter((r) => r.kind !== 'report').map((r) => r.line),
        where,
      ).toEqual(rows.map(([line]) => line));
      expect(printed.at(-1), where).toEqual({ kind: 'report', ...(report as object) });

      if (seed % WORKER_EVERY === 0) {
        const batchSize = 1 + Math.floor(random() * 4);
        const workers = 2 + Math.floor(random() * 2);
        expect(data(await auditFile(path, policy, { ...options, workers, batchSize })), where).toEqual(report);
        // The built command (its workers run dist/audit-worker.js), in a process of its own.
        const parallel = await run(process.execPath, [
          'dist/cli.js',
          ...cli,
          '--format',
          'json',
          '--workers',
          String(workers),
        ]).catch((failed: { stdout: string; code: number }) => failed);
        expect('code' in parallel ? parallel.code : 0, where).toBe(json.code);
        expect(JSON.parse(parallel.stdout), where).toEqual(report);
        totals.workerFiles++;
      }
      totals.files++;
      totals.rows += single.rows;
    }
    // The counts the closing note reports (any disagreement fails an expect above).
    console.log(`differential fuzz: ${JSON.stringify(totals)}`);
    expect(totals.files).toBe(FILES);
  });
});

/** The bytes cut into random pieces: a chunk boundary may fall inside any character or line end. */
function chunks(bytes: Buffer, random: () => number): Buffer[] {
  const out: Buffer[] = [];
  for (let at = 0; at < bytes.length; ) {
    const size = 1 + Math.floor(random() * (random() < 0.5 ? 8 : 200));
    out.push(bytes.subarray(at, at + size));
    at += size;
  }
  return out;
}
