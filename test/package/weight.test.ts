// What importing habil costs (issue 14): the core entry statically reaches no package (luxon is
// bundled in); zod and date-holidays load only when a spec, ticket or calendar needs them, from ESM
// and CommonJS alike, with the same answers for every country date-holidays knows; a browser
// page of Calendar + policies.icg + evaluate bundles neither. Timings are bench/weight.mjs's
// business (`npm run bench`), not a test's.

import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import Holidays from 'date-holidays';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { Calendar } from '../../src/index';
import { dedupeMoment, noNodeBuiltins, sizes } from '../../scripts/lib/bundle.mjs';
import { dist, ensureBuilt, root, run } from './helpers';

beforeAll(() => ensureBuilt(), 5 * 60_000);

/** Bare specifiers the module at `file` reaches through static imports, following relative ones. */
function staticPackages(file: string, seen = new Set<string>()): Set<string> {
  const found = new Set<string>();
  if (seen.has(file)) return found;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  for (const match of source.matchAll(/^(?:import|export)\b[^'"]*?from\s*["']([^"']+)["']/gm)) {
    const specifier = match[1]!;
    if (specifier.startsWith('.'))
      for (const p of staticPackages(resolve(dirname(file), specifier), seen)) found.add(p);
    else found.add(specifier);
  }
  return found;
}

/** The files a module at `file` loads through static imports, itself included, following relative ones. */
function staticFiles(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const match of readFileSync(file, 'utf8').matchAll(/^(?:import|export)\b[^'"]*?from\s*["'](\.[^"']+)["']/gm))
    staticFiles(resolve(dirname(file), match[1]!), seen);
  return seen;
}

describe('habil --version', () => {
  it('loads nothing but dist/cli.js and the version: no handlers, no commander, no program', async () => {
    const files = [...staticFiles(join(dist, 'cli.js'))];
    const bytes = files.reduce((sum, file) => sum + readFileSync(file, 'utf8').length, 0);
    expect(files.length, files.join(', ')).toBeLessThanOrEqual(2);
    expect(bytes).toBeLessThan(1024);
    expect(staticPackages(join(dist, 'cli.js')).size).toBe(0);
    const result = await run(process.execPath, [join(dist, 'cli.js'), '--version']);
    expect(result.stdout.trim()).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
  });
});

const ICG = `{ zone: 'America/Bogota', hours: { mon: ['07:00-12:30', '13:30-17:30'], fri: ['07:00-12:30'] }, holidays: [{ country: 'CO' }] }`;
/** Which heavy packages a program has loaded (lazy loads go through require, so require.cache sees them). */
const LOADED = `Object.keys(require.cache).map((k) => k.match(/node_modules[\\\\/](zod|date-holidays)[\\\\/]/)?.[1]).filter(Boolean).filter((v, i, a) => a.indexOf(v) === i).sort()`;
const COLD = `
  const cal = habil.Calendar.from(${ICG});
  const due = cal.add('2024-03-28 16:00', 'PT4H').toISOString();
  const sla = habil.evaluate(habil.policies.icg, { priority: 'Urgente', reportedAt: '2024-03-01 16:00' }, { now: '2024-03-02' });
  const cold = ${LOADED};
  habil.Calendar.from({ zone: 'Europe/Berlin', hours: '24/7', holidays: [{ country: 'DE', state: 'BY' }] }).isOpen('2024-10-03 12:00');
  const afterCountry = ${LOADED};
  try { habil.Policy.from({}); } catch {}
  console.log(JSON.stringify({ due, status: sla.targets.response.status, cold, afterCountry, afterPolicy: ${LOADED} }));
`;

describe('the import path', () => {
  it('dist/index.js statically imports no package: luxon is bundled in, zod and date-holidays load on need', () => {
    expect([...staticPackages(join(dist, 'index.js'))]).toEqual([]);
  });

  // The bundled luxon is not the caller's: their DateTime and Duration values are read by the
  // markers every luxon 3 sets (isLuxonDateTime, isLuxonDuration), from either module system.
  for (const [kind, args] of [
    [
      'ESM',
      (p: string) => [
        '--input-type=module',
        '-e',
        `import * as habil from 'habil';\nimport * as luxon from 'luxon';\n${p}`,
      ],
    ],
    ['CommonJS', (p: string) => ['-e', `const habil = require('habil');\nconst luxon = require('luxon');\n${p}`]],
  ] as const) {
    it(`${kind}: takes the caller's own luxon DateTime and Duration`, async () => {
      const result = await run(
        process.execPath,
        args(`
          const cal = habil.Calendar.from(${ICG});
          const at = luxon.DateTime.fromISO('2024-03-28T16:00', { zone: 'America/Bogota' });
          const due = cal.add(at, luxon.Duration.fromObject({ hours: 4 })).toISOString();
          let invalid = '';
          try { cal.add(luxon.DateTime.invalid('test'), 'PT1H'); } catch (error) { invalid = error.constructor.name; }
          console.log(JSON.stringify({ due, invalid }));`),
      );
      expect(result.stderr).toBe('');
      expect(JSON.parse(result.stdout)).toEqual({ due: '2024-04-01T16:00:00.000Z', invalid: 'InvalidInstantError' });
    });
  }

  for (const [kind, args] of [
    [
      'ESM',
      (p: string) => [
        '--input-type=module',
        '-e',
        `import * as habil from 'habil';\nimport { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\n${p}`,
      ],
    ],
    ['CommonJS', (p: string) => ['-e', `const habil = require('habil');\n${p}`]],
  ] as const) {
    it(`${kind}: a calendar, a deadline and a built-in evaluation load neither zod nor date-holidays`, async () => {
      const result = await run(process.execPath, args(COLD));
      expect(result.stderr).toBe('');
      const out = JSON.parse(result.stdout) as Record<string, unknown>;
      expect(out.due).toBe('2024-04-01T16:00:00.000Z'); // Jueves and Viernes Santo closed: Monday 11:00
      expect(out.cold).toEqual([]);
      expect(out.afterCountry).toEqual(['date-holidays']);
      expect(out.afterPolicy).toEqual(['date-holidays', 'zod']);
    });
  }
});

describe('{ country } for every country date-holidays knows', () => {
  const countries = Object.keys(new Holidays().getCountries() ?? {});
  /** Open time of 2024 and 2031 per country, in a 24/7 UTC calendar less its holidays. */
  const PROGRAM = `
    const out = {};
    for (const country of ${JSON.stringify(countries)}) {
      const cal = habil.Calendar.from({ zone: 'UTC', hours: '24/7', holidays: [{ country }] });
      out[country] = [cal.between('2024-01-01T00:00Z', '2025-01-01T00:00Z'), cal.between('2031-01-01T00:00Z', '2032-01-01T00:00Z')];
    }
    console.log(JSON.stringify(out));`;

  it('answers the same from ESM, from CommonJS and from the source', async () => {
    const [esm, cjs] = await Promise.all([
      run(process.execPath, ['--input-type=module', '-e', `import * as habil from 'habil';\n${PROGRAM}`]),
      run(process.execPath, ['-e', `const habil = require('habil');\n${PROGRAM}`]),
    ]);
    expect(esm.stderr).toBe('');
    expect(cjs.stderr).toBe('');
    const fromEsm = JSON.parse(esm.stdout) as Record<string, number[]>;
    expect(JSON.parse(cjs.stdout)).toEqual(fromEsm);
    expect(Object.keys(fromEsm)).toHaveLength(countries.length);
    for (const country of ['CO', 'DE', 'JP', 'US']) {
      const cal = Calendar.from({ zone: 'UTC', hours: '24/7', holidays: [{ country }] });
      expect(fromEsm[country]).toEqual([
        cal.between('2024-01-01T00:00Z', '2025-01-01T00:00Z'),
        cal.between('2031-01-01T00:00Z', '2032-01-01T00:00Z'),
      ]);
    }
  }, 120_000);
});

/** A browser page of Calendar + policies.icg + evaluate from `entry`, as bench/weight.mjs bundles it. */
async function page(entry: string) {
  const result = await build({
    stdin: {
      contents: `import { Calendar, policies, evaluate } from ${JSON.stringify(entry)};
globalThis.habil = { Calendar, icg: policies.icg, evaluate };`,
      resolveDir: dist,
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    minify: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [noNodeBuiltins(), dedupeMoment()],
  });
  return { ...sizes(result.outputFiles[0]!.text), metafile: result.metafile };
}

describe('a browser page of Calendar + policies.icg + evaluate', () => {
  it('bundles without zod and date-holidays', async () => {
    const { metafile } = await page(join(dist, 'index.js'));
    const packages = new Set(
      Object.keys(metafile.inputs).map((input) => input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? 'habil'),
    );
    expect([...packages].sort()).toEqual(['habil']); // luxon comes inside dist's chunks
  });

  it('weighs at most 60 KB gzipped (the goal of issue 14)', async () => {
    expect((await page(join(dist, 'index.js'))).gzip).toBeLessThanOrEqual(60_000);
  });

  // dist/ holds a few large chunks, so a bundler drops unused code statement by statement: one
  // top-level call it cannot prove pure (say `const SECTIONS = [section(...)]` in the HTML
  // report) keeps everything that statement reaches. The source, module by module under
  // sideEffects: false, shows what the page needs; the built files must shake down as far.
  it('shakes down from dist/ as far as from the source (no report, billing or history code kept)', async () => {
    const [built, source] = await Promise.all([page(join(dist, 'index.js')), page(join(root, 'src/index.ts'))]);
    const kept = Object.values(source.metafile.outputs).flatMap((output) =>
      Object.entries(output.inputs).flatMap(([input, { bytesInOutput }]) => (bytesInOutput > 0 ? [input] : [])),
    );
    expect(kept).toContain('src/sla/evaluate.ts');
    expect(kept.filter((input) => /src\/(render|node|cli|sql)\//.test(input))).toEqual([]);
    expect(built.bytes).toBeLessThanOrEqual(source.bytes * 1.01);
  });
});
