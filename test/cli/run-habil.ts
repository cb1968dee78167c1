// Runs the `habil` program in-process with captured stdout/stderr and a fixed clock, for the
// CLI tests of every command and format.
import { PassThrough } from 'node:stream';
import { run } from '../../src/cli/program';

export const SAMPLE = 'examples/data/icg-tickets.csv';
export const NOW = '2024-12-31T23:59:59-05:00';

/** Runs `habil ...argv`; resolves to the exit code and what was printed. */
export async function habil(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks = { out: [] as Buffer[], err: [] as Buffer[] };
  stdout.on('data', (c: Buffer) => chunks.out.push(c));
  stderr.on('data', (c: Buffer) => chunks.err.push(c));
  const code = await run(argv, { stdout, stderr, now: () => new Date('2025-01-15T12:00:00Z'), exitCode: 0 });
  return { code, out: Buffer.concat(chunks.out).toString(), err: Buffer.concat(chunks.err).toString() };
}
