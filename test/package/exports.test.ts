// The package as a user gets it: imported by name from ESM and from CommonJS (Node resolves the
// package's own name through package.json `exports`, as it would from node_modules), its types
// checked from a consumer's project with NodeNext resolution, and `npm pack` shipping only what
// a user needs.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, exportsSubpath, pkg, root, run, tmp } from './helpers';

const tsc = join(root, 'node_modules/typescript/bin/tsc');

// The same program, written for each module system: a deadline and an evaluation through the
// public API, and the sorted export names.
const PROGRAM = `
  const workday = ['07:00-12:30', '13:30-17:30'];
  const icg = habil.Calendar.from({
    zone: 'America/Bogota',
    hours: { mon: workday, tue: workday, wed: workday, thu: workday, fri: workday },
    holidays: [{ country: 'CO' }],
  });
  const sla = habil.evaluate(habil.policies.icg, { priority: 'Urgente', reportedAt: '2024-03-01 16:00' }, { now: '2024-03-01 17:00' });
  let caught = false;
  try { habil.Calendar.from({ zone: 'Mars/Olympus', hours: '24/7' }); } catch (error) { caught = error instanceof habil.HabilError; }
  console.log(JSON.stringify({
    keys: Object.keys(habil).filter((k) => k !== 'default' && k !== 'module.exports').sort(),
    due: icg.add('2024-03-01 16:00', 'PT4H').toISOString(),
    resolution: sla.targets.resolution.due.toISOString(),
    caught,
  }));
`;

async function esm(specifier: string, program: string) {
  return run(process.execPath, ['--input-type=module', '-e', `import * as habil from '${specifier}';\n${program}`]);
}
async function cjs(specifier: string, program: string) {
  return run(process.execPath, ['-e', `const habil = require('${specifier}');\n${program}`]);
}

function parse(result: { code: number | null; stdout: string; stderr: string }) {
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as { keys: string[]; due: string; resolution: string; caught: boolean };
}

beforeAll(() => ensureBuilt(), 5 * 60_000);

describe("import 'habil'", () => {
  it('works from ESM and from CommonJS, with the same exports and the same answers', async () => {
    const [fromEsm, fromCjs] = await Promise.all([esm('habil', PROGRAM), cjs('habil', PROGRAM)]);
    const a = parse(fromEsm);
    const b = parse(fromCjs);
    expect(a.due).toBe('2024-03-04T14:30:00.000Z');
    expect(a.resolution).toBe('2024-03-04T14:30:00.000Z');
    expect(a.caught).toBe(true);
    expect(b).toEqual(a);
    expect(a.keys).toEqual(expect.arrayContaining(['Calendar', 'Policy', 'policies', 'evaluate', 'HabilError']));
  });
});

describe.skipIf(!exportsSubpath('./node'))("import 'habil/node' (package.json exports './node')", () => {
  const program = `console.log(JSON.stringify({ keys: Object.keys(habil).filter((k) => k !== 'default' && k !== 'module.exports').sort() }));`;

  it('works from ESM and from CommonJS, with the same exports', async () => {
    const [fromEsm, fromCjs] = await Promise.all([esm('habil/node', program), cjs('habil/node', program)]);
    for (const result of [fromEsm, fromCjs]) {
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
    }
    const a = JSON.parse(fromEsm.stdout) as { keys: string[] };
    const b = JSON.parse(fromCjs.stdout) as { keys: string[] };
    expect(a.keys.length).toBeGreaterThan(0);
    expect(b.keys).toEqual(a.keys);
  });

  it("shares habil's classes instead of bundling a second copy of the core", () => {
    // A second copy makes a Policy read by habil/node fail `instanceof Policy` in habil:
    // Policy.from(policy) then rejects it and evaluate(policy, ...) cannot read its calendars.
    const target = (condition: 'import' | 'require') => {
      const entry = pkg.exports['./node'] as Record<string, unknown> | string;
      const value = typeof entry === 'string' ? entry : (entry[condition] as { default?: string } | string | undefined);
      return typeof value === 'string' ? value : value?.default;
    };
    for (const condition of ['import', 'require'] as const) {
      const file = target(condition);
      expect(file, `exports['./node'].${condition}`).toBeDefined();
      const text = readFileSync(join(root, file!), 'utf8');
      const copies = text.match(/\bvar (Policy|Calendar|HabilError|PolicyVersions) = class\b/g) ?? [];
      expect(copies, `${file} defines core classes of its own`).toEqual([]);
    }
  });
});

describe('types, from a consumer project (moduleResolution NodeNext)', () => {
  afterAll(() => rmSync(join(tmp, 'consumer-node'), { recursive: true, force: true }));

  it('type-check an ESM (.ts) and a CommonJS (.cts) consumer against dist/*.d.ts and dist/*.d.cts', async () => {
    const result = await run(process.execPath, [tsc, '-p', 'test/package/.consumer/tsconfig.json'], {
      timeoutMs: 120_000,
    });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it.skipIf(!exportsSubpath('./node'))("type-check a consumer of 'habil/node', ESM and CommonJS", async () => {
    // Written here, not committed: the subpath exists only once package.json exports it.
    const dir = join(tmp, 'consumer-node');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'node.ts'),
      "import * as node from 'habil/node';\nimport * as core from 'habil';\nexport const names: string[] = [...Object.keys(node), ...Object.keys(core)];\n",
    );
    writeFileSync(join(dir, 'node.cts'), "import node = require('habil/node');\nexport = Object.keys(node);\n");
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        extends: '../../.consumer/tsconfig.json',
        // The declarations of luxon, zod and Node were checked by the test above: twice the time.
        compilerOptions: { skipLibCheck: true },
        files: ['node.ts', 'node.cts'],
      }),
    );
    const result = await run(process.execPath, [tsc, '-p', join(dir, 'tsconfig.json')], { timeoutMs: 120_000 });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.code).toBe(0);
  });
});

describe('npm pack', () => {
  type PackFile = { path: string; size: number };
  let pack: { size: number; unpackedSize: number; files: PackFile[] };

  beforeAll(() => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    pack = (JSON.parse(out) as (typeof pack)[])[0]!;
  });

  it('ships only dist/, the README, the LICENSE and package.json', () => {
    const stray = pack.files
      .map((f) => f.path)
      .filter((path) => !/^(dist\/.+|README\.md|LICENSE|package\.json)$/.test(path));
    expect(stray).toEqual([]);
    expect(pack.files.map((f) => f.path)).toEqual(expect.arrayContaining(['package.json', 'README.md', 'LICENSE']));
    // Source maps point at src/, which is not shipped; the JavaScript in dist/ is not minified.
    expect(pack.files.filter((f) => f.path.endsWith('.map'))).toEqual([]);
    console.log(
      `npm pack: ${(pack.size / 1024).toFixed(1)} KiB packed, ${(pack.unpackedSize / 1024).toFixed(1)} KiB unpacked, ${pack.files.length} files`,
    );
  });

  it('ships every file package.json points at: exports, main, module, types, bin', () => {
    const targets = new Set<string>();
    const collect = (value: unknown): void => {
      if (typeof value === 'string') targets.add(value.replace(/^\.\//, ''));
      else if (value && typeof value === 'object') Object.values(value).forEach(collect);
    };
    collect(pkg.exports);
    collect([pkg.main, pkg.module, pkg.types, pkg.bin]);
    targets.delete('package.json');
    const shipped = new Set(pack.files.map((f) => f.path));
    const missing = [...targets].filter((target) => !shipped.has(target));
    expect(missing).toEqual([]);
    for (const target of targets) expect(existsSync(join(root, target)), target).toBe(true);
  });

  it('ships the warehouse scripts', () => {
    expect(pack.files.map((f) => f.path)).toEqual(
      expect.arrayContaining(['dist/habil.udf.js', 'dist/habil.udf.lite.js']),
    );
  });
});
