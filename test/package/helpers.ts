// Shared by the tests of the built package: where the repository is, a build when dist/ is
// missing (CI builds before testing; a developer running one file may not have), and a child
// process runner that never inherits a stray TZ-independent assumption.

import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const dist = join(root, 'dist');
export const tmp = join(root, 'test/package/.tmp');

export const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  exports: Record<string, unknown>;
  bin?: string | Record<string, string>;
  main?: string;
  module?: string;
  types?: string;
};

/** True when package.json exports the subpath ('./node'). */
export const exportsSubpath = (subpath: string): boolean => Object.hasOwn(pkg.exports ?? {}, subpath);

const BUILT = ['index.js', 'index.cjs', 'index.d.ts', 'index.d.cts', 'habil.udf.js', 'habil.udf.lite.js'];

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Builds the package (`npm run build`) when a file the tests need is missing. Test files run in
 * parallel workers: a lock directory lets one build while the others wait for it.
 */
export function ensureBuilt(): void {
  const missing = () => BUILT.some((file) => !existsSync(join(dist, file)));
  if (!missing()) return;
  mkdirSync(tmp, { recursive: true });
  const lock = join(tmp, 'build.lock');
  const deadline = Date.now() + 5 * 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // Another worker builds; a lock older than 5 minutes is a crashed build.
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 5 * 60_000)
        rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error('waited 5 minutes for another test worker to build dist/');
      sleep(500);
      if (!missing() && !existsSync(lock)) return;
    }
  }
  try {
    if (missing()) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', timeout: 5 * 60_000 });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command from the repository root (so Node resolves 'habil' to this package), or from `cwd`. */
export function run(
  command: string,
  args: string[],
  options: { timeoutMs?: number; env?: NodeJS.ProcessEnv; cwd?: string } = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd ?? root,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(
          `${command} ${args.join(' ')} took longer than ${options.timeoutMs ?? 60_000} ms\n${stdout}\n${stderr}`,
        ),
      );
    }, options.timeoutMs ?? 60_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
