// The built package for tests that need it: auditFile's workers run dist/audit-worker.js, so
// those tests import habil from dist, built first (tsup) when it is missing or older than the
// sources. Test files run in parallel: a lock directory lets one build while the others wait.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export type Dist = { index: typeof import('../../src/index'); node: typeof import('../../src/node/index') };

const LOCK = 'dist.build-lock';

/** habil and habil/node from dist, rebuilt first when stale. */
export async function loadDist(): Promise<Dist> {
  buildIfStale();
  return {
    index: await import(pathToFileURL(join(process.cwd(), 'dist/index.js')).href),
    node: await import(pathToFileURL(join(process.cwd(), 'dist/node.js')).href),
  };
}

function buildIfStale(): void {
  for (let waited = 0; ; waited += 200) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      if (waited > 120_000) rmdirSync(LOCK); // a crashed build left it
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    const built = ['dist/node.js', 'dist/audit-worker.js'].every((f) => existsSync(f))
      ? statSync('dist/node.js').mtimeMs
      : 0;
    const newest = Math.max(...['package.json', 'tsup.config.ts', ...walk('src')].map((f) => statSync(f).mtimeMs));
    if (built < newest) execFileSync('npx', ['tsup'], { stdio: 'ignore' });
  } finally {
    rmdirSync(LOCK);
  }
}

function walk(path: string): string[] {
  return statSync(path).isDirectory() ? readdirSync(path).flatMap((name) => walk(join(path, name))) : [path];
}
