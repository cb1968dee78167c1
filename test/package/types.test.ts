// The published declarations need nothing the package does not depend on. A consumer project
// whose node_modules holds habil and habil's `dependencies` only (no devDependencies, no
// @types/node) type-checks test/package/consumer.ts with skipLibCheck false; its
// lines marked @ts-expect-error prove wrong inputs fail to compile. The same project without one
// declaration dependency (@types/luxon) fails: the check can fail.

import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, pkg, root, run } from './helpers';

const tsc = join(root, 'node_modules/typescript/bin/tsc');
const dependencies = Object.keys((pkg as { dependencies?: Record<string, string> }).dependencies ?? {});

// Outside the repository: module resolution must not climb into its node_modules.
const tmp = mkdtempSync(join(tmpdir(), 'habil-consumer-'));

/** A consumer project in tmp/`name` with habil and the given packages linked into node_modules. */
function consumer(name: string, packages: readonly string[]): string {
  const dir = join(tmp, name);
  mkdirSync(join(dir, 'node_modules/@types'), { recursive: true });
  // habil as installed: package.json and dist/ only (a link to the repository would bring its node_modules).
  mkdirSync(join(dir, 'node_modules/habil'));
  copyFileSync(join(root, 'package.json'), join(dir, 'node_modules/habil/package.json'));
  symlinkSync(join(root, 'dist'), join(dir, 'node_modules/habil/dist'), 'dir');
  for (const name of packages) {
    if (name.startsWith('@')) mkdirSync(join(dir, 'node_modules', name.split('/')[0]!), { recursive: true });
    symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name), 'dir');
  }
  // Copied, so that 'habil' resolves from here and not to the repository by its own name.
  copyFileSync(join(root, 'test/package/consumer.ts'), join(dir, 'consumer.ts'));
  copyFileSync(join(root, 'test/package/.consumer/consumer.cts'), join(dir, 'consumer.cts'));
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        lib: ['ES2022'],
        types: [],
        strict: true,
        exactOptionalPropertyTypes: true,
        noUncheckedIndexedAccess: true,
        skipLibCheck: false,
        // Resolve from the links, so nothing is found in the repository's own node_modules.
        preserveSymlinks: true,
        noEmit: true,
      },
      files: ['consumer.ts', 'consumer.cts'],
    }),
  );
  return dir;
}

beforeAll(() => ensureBuilt(), 5 * 60_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('published types, with only what habil depends on', () => {
  it('type-check a consumer with skipLibCheck false; wrong inputs fail to compile', async () => {
    const dir = consumer('consumer-deps', dependencies);
    const result = await run(process.execPath, [tsc, '-p', join(dir, 'tsconfig.json')], { timeoutMs: 180_000 });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.code).toBe(0);
  }, 200_000);

  it('fail without a declaration dependency (the check can fail)', async () => {
    expect(dependencies).toContain('@types/luxon');
    const dir = consumer(
      'consumer-no-luxon-types',
      dependencies.filter((d) => d !== '@types/luxon'),
    );
    const result = await run(process.execPath, [tsc, '-p', join(dir, 'tsconfig.json')], { timeoutMs: 180_000 });
    expect(result.stdout).toMatch(/TS7016: Could not find a declaration file for module 'luxon'/);
  }, 200_000);
});

describe('the built package', () => {
  it('builds before it is packed (npm pack on a fresh clone ships dist/)', () => {
    expect((pkg as { scripts?: Record<string, string> }).scripts?.prepack).toBe('npm run build');
  });
});
