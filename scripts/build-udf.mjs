#!/usr/bin/env node
// Builds the warehouse bundles from src/udf.ts (run by `npm run build`, after tsup):
//
//   dist/habil.udf.js       one self-contained script (IIFE, minified): sets globalThis.habil.
//                           Everything included: date-holidays with every country it knows.
//   dist/habil.udf.lite.js  the same without date-holidays: { country } holidays come from the
//                           core's baked table (Colombia 1950-2150, what the built-in policies
//                           need) and, for other countries or years, tables baked here, chosen by
//                           HABIL_UDF_HOLIDAYS=ES-MD:2020-2030,DE-BY:2020-2030 npm run build
//
// No runtime imports, no require, no process, no timers: see test/package/udf.test.ts and
// docs/warehouse.md. Prints each bundle's size.

import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import {
  dedupeMoment,
  holidayTable,
  kib,
  noNodeBuiltins,
  sizes,
  zodEnglishOnly,
  zodWithoutCompile,
  zodWithoutJsonSchema,
} from './lib/bundle.mjs';
import { BAKED } from './bake-holidays.mjs';
import { DEFAULT_SELECTIONS, holidayTableSource, parseSelections } from './lib/holiday-table.mjs';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/**
 * Bundles src/udf.ts as one IIFE script and returns its text and esbuild metafile.
 * `holidays`: 'full' (date-holidays itself), or a selection string for the precomputed table
 * ('' = no country holidays at all).
 */
export async function bundleUdf({ holidays = 'full', minify = true } = {}) {
  const lite = holidays !== 'full';
  const selections = lite ? parseSelections(holidays) : [];
  // What bare V8 lacks, installed ahead of every module (some copy specs with structuredClone as
  // they load): its own script, in the banner, since the package's `sideEffects: false` would
  // let esbuild drop a module imported for its effect.
  const globals = await build({
    entryPoints: [join(root, 'src/udf-globals.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    minify,
    write: false,
    logLevel: 'silent',
  });
  const result = await build({
    entryPoints: [join(root, 'src/udf.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify,
    write: false,
    metafile: true,
    legalComments: 'none',
    logLevel: 'silent',
    // astronomia (via date-holidays) reads `setTimeout` at load to stand in for setImmediate;
    // warehouse engines have no timers, so a bare reference would throw a ReferenceError.
    define: { __HABIL_VERSION__: JSON.stringify(pkg.version), setTimeout: 'globalThis.setTimeout' },
    banner: { js: globals.outputFiles[0].text.trim() },
    plugins: [
      noNodeBuiltins(),
      dedupeMoment(),
      zodEnglishOnly(),
      zodWithoutJsonSchema(),
      zodWithoutCompile(),
      ...(lite ? [holidayTable(holidayTableSource(selections, BAKED))] : []),
    ],
  });
  const notice = `/*! habil ${pkg.version} (MIT), ${lite ? 'habil.udf.lite.js' : 'habil.udf.js'}. Bundles ${lite ? 'luxon, zod (MIT)' : 'luxon, zod, moment(-timezone), astronomia (MIT), date-holidays, caldate (ISC)'}; holiday data CC BY-SA 3.0 (date-holidays). */`;
  const text = `${notice}\n${withBuiltinsBound(result.outputFiles[0].text)}`;
  return { text, metafile: result.metafile, ...sizes(text) };
}

// Where the global object is an interceptor (node:vm contexts, engines that embed V8 the same
// way), every read of a global such as Math or Date goes through it: about as much time as the
// row's evaluate itself. The script reads the ECMAScript built-ins once, as parameters of a
// function around it; one the engine lacks is undefined there, as `typeof` saw it before.
const BUILTINS = [
  'Array',
  'BigInt',
  'Boolean',
  'Date',
  'Error',
  'Float64Array',
  'Int32Array',
  'Intl',
  'JSON',
  'Map',
  'Math',
  'NaN',
  'Number',
  'Object',
  'Promise',
  'Proxy',
  'RangeError',
  'Reflect',
  'RegExp',
  'Set',
  'String',
  'Symbol',
  'SyntaxError',
  'TypeError',
  'Uint8Array',
  'WeakMap',
  'WeakSet',
  'isFinite',
  'isNaN',
  'parseFloat',
  'parseInt',
];

function withBuiltinsBound(script) {
  return `(function(${BUILTINS.join(',')}){${script}\n})(${BUILTINS.map((name) => `globalThis.${name}`).join(',')});\n`;
}

async function main() {
  const out = join(root, 'dist');
  mkdirSync(out, { recursive: true });
  const selections = process.env.HABIL_UDF_HOLIDAYS ?? DEFAULT_SELECTIONS;
  for (const [file, holidays] of [
    ['habil.udf.js', 'full'],
    ['habil.udf.lite.js', selections],
  ]) {
    const bundle = await bundleUdf({ holidays });
    writeFileSync(join(out, file), bundle.text);
    console.log(
      `UDF dist/${file.padEnd(18)} ${kib(bundle.bytes).padStart(10)} minified, ${kib(bundle.gzip).padStart(9)} gzipped`,
    );
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error) => {
    console.error(error.errors?.length ? error.errors.map((e) => e.text).join('\n') : error);
    process.exit(1);
  });
}
