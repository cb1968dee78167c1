// Atomic, checked output (issue 16, deliverable 3): `--out` is written beside the target and
// renamed on success, so a usage error, a failed run, --strict, SIGINT or SIGTERM leave
// yesterday's file as it was and no temporary file; every write error is one line and exit 4.
// In-process through run(), then the built binary as a real child process.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, openSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/program';
import { loadDist } from '../support/dist';
import { habil, NOW, SAMPLE } from './run-habil';

const dir = mkdtempSync(join(tmpdir(), 'habil-out-'));
const YESTERDAY = '{"yesterday": true}\n';

/** A fresh directory holding yesterday's report.json. */
function yesterday(): { dir: string; target: string } {
  const where = mkdtempSync(join(dir, 'run-'));
  const target = join(where, 'report.json');
  writeFileSync(target, YESTERDAY);
  return { dir: where, target };
}

const audit = (...more: string[]) => ['audit', SAMPLE, '--policy', 'icg', '--now', NOW, ...more];

describe('--out is replaced only by a complete output', () => {
  it('a successful run replaces the file, keeping its mode, and leaves nothing beside it', async () => {
    const { dir, target } = yesterday();
    const { code } = await habil(...audit('--format', 'json', '--out', target));
    expect(code).toBe(0);
    expect(JSON.parse(readFileSync(target, 'utf8'))).toMatchObject({ rows: 1000 });
    expect(statSync(target).mode & 0o777).toBe(0o644 & ~process.umask());
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('a usage error, a failed run and --strict leave yesterday’s file and no temporary file', async () => {
    for (const argv of [
      ['audit', SAMPLE, '--policy', 'nope'],
      ['audit', SAMPLE, '--policy', 'icg', '--format', 'nope'],
      ['audit', SAMPLE, '--policy', 'icg', '--now', 'yesterday'],
      ['audit', SAMPLE, '--policy', 'icg', '--delimiter', ''],
      audit('--format', 'ndjson', '--strict'),
    ]) {
      const { dir, target } = yesterday();
      const { code } = await habil(...argv, '--out', target);
      expect(code, argv.join(' ')).toBe(argv.includes('--strict') ? 3 : 2);
      expect(readFileSync(target, 'utf8')).toBe(YESTERDAY);
      expect(readdirSync(dir)).toEqual(['report.json']);
    }
  });
});

describe('write errors: one line, exit 4', () => {
  it('a missing directory, a directory, a full device', async () => {
    const cases = [
      ['/nonexistent/x.json', 'habil: cannot write /nonexistent/x.json: no such directory (ENOENT)\n'],
      [dir, `habil: cannot write ${dir}: is a directory\n`],
      ['/dev/full', 'habil: cannot write /dev/full: no space left on device (ENOSPC)\n'],
    ];
    for (const [out, message] of cases) {
      expect(await habil(...audit('--format', 'json', '--out', out!))).toEqual({ code: 4, out: '', err: message });
    }
  });

  it('standard output that fails while rows stream', async () => {
    const full = new Writable({
      write(_chunk, _encoding, done) {
        done(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }));
      },
    });
    const err: string[] = [];
    const stderr = new Writable({
      write(chunk, _encoding, done) {
        err.push(String(chunk));
        done();
      },
    });
    const code = await run(audit('--format', 'ndjson'), { stdout: full, stderr, now: () => new Date(), exitCode: 0 });
    expect(code).toBe(4);
    expect(err.join('')).toBe('habil: cannot write standard output: no space left on device (ENOSPC)\n');
  });
});

describe('the built binary: interrupts and broken pipes', () => {
  let big: string;
  beforeAll(async () => {
    await loadDist(); // builds dist/cli.js when stale
    big = join(dir, 'big.csv');
    const header = 'caso;prioridad;fecha_creacion;fecha_respuesta;fecha_solucion\n';
    const rows = Array.from({ length: 200_000 }, (_, i) => {
      const day = String((i % 28) + 1).padStart(2, '0');
      return `T-${i};Urgente;2024-03-${day} 09:00;2024-03-${day} 09:30;2024-03-${day} 15:00\n`;
    });
    writeFileSync(big, header + rows.join(''));
  }, 120_000);

  const bin = (argv: string[], stdout: 'pipe' | number = 'pipe') =>
    spawn(process.execPath, ['dist/cli.js', ...argv], { stdio: ['ignore', stdout, 'pipe'] });
  const ended = (child: ChildProcess) =>
    new Promise<{ code: number | null; err: string }>((resolve) => {
      let err = '';
      child.stderr?.on('data', (c) => {
        err += c;
      });
      child.on('close', (code) => resolve({ code, err }));
    });

  for (const [signal, exit] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    it(`${signal} mid-run: exit ${exit}, one line, yesterday’s file intact, no temporary file`, async () => {
      const { dir, target } = yesterday();
      const child = bin(['audit', big, '--policy', 'icg', '--now', NOW, '--format', 'ndjson', '--out', target]);
      const result = ended(child);
      // Wait until rows are being written to the temporary file beside the target.
      for (let waited = 0; waited < 60_000; waited += 50) {
        const temp = readdirSync(dir).find((name) => name.endsWith('.tmp'));
        if (temp && statSync(join(dir, temp)).size > 100_000) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      child.kill(signal);
      expect(await result).toEqual({ code: exit, err: `habil: interrupted by ${signal}\n` });
      expect(readFileSync(target, 'utf8')).toBe(YESTERDAY);
      expect(readdirSync(dir)).toEqual(['report.json']);
    }, 90_000);
  }

  it('a reader that closes the pipe early, and stdout on a full device: exit 4 with one line', async () => {
    const child = bin(['audit', big, '--policy', 'icg', '--now', NOW, '--format', 'ndjson']);
    const result = ended(child);
    child.stdout?.once('data', () => child.stdout?.destroy());
    expect(await result).toEqual({
      code: 4,
      err: 'habil: cannot write standard output: the reader closed the pipe (EPIPE)\n',
    });
    const full = bin(
      ['audit', SAMPLE, '--policy', 'icg', '--now', NOW, '--format', 'json'],
      openSync('/dev/full', 'w'),
    );
    const onFull = await ended(full);
    expect(onFull).toEqual({ code: 4, err: 'habil: cannot write standard output: no space left on device (ENOSPC)\n' });
  }, 90_000);
});
