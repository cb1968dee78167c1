#!/usr/bin/env node
// `npm run size`: what habil weighs where a user computes.
//
// - the npm tarball (npm pack --dry-run): packed and unpacked bytes, file count;
// - the core as a browser bundler ships it: dist/index.js bundled by esbuild (--bundle --minify,
//   platform browser, every dependency included, Node built-ins refused), minified and gzipped
//   (node:zlib, level 9), with the share of each package, and the same without date-holidays;
// - the warehouse scripts dist/habil.udf.js and dist/habil.udf.lite.js.
//
// Builds first when dist/ is missing. `--json` prints the numbers as JSON.

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { root } from './build-udf.mjs';
import { bytesByPackage, dedupeMoment, holidayTable, kib, noNodeBuiltins, sizes } from './lib/bundle.mjs';
import { holidayTableSource } from './lib/holiday-table.mjs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** The core ESM entry bundled for browsers, minified; `withoutHolidays` stubs date-holidays out. */
export async function bundleCore({ withoutHolidays = false } = {}) {
  const result = await build({
    entryPoints: [join(root, 'dist/index.js')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    minify: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
    // A user's install holds one moment-timezone; this development install nests two.
    plugins: [noNodeBuiltins(), dedupeMoment(), ...(withoutHolidays ? [holidayTable(holidayTableSource([]))] : [])],
  });
  const text = result.outputFiles[0].text;
  return { ...sizes(text), byPackage: bytesByPackage(result.metafile) };
}

/** npm pack --dry-run --json of the repository: tarball size, unpacked size, files. */
export function packReport() {
  const out = execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const [pack] = JSON.parse(out);
  return {
    size: pack.size,
    unpackedSize: pack.unpackedSize,
    files: pack.files.map((f) => ({ path: f.path, size: f.size })),
  };
}

const HOLIDAY_PACKAGES = new Set([
  'date-holidays',
  'date-holidays-parser',
  'moment-timezone',
  'moment',
  'astronomia',
  'caldate',
  'date-chinese',
  'date-bengali-revised',
  'jalaali-js',
  'deepmerge',
  'date-easter',
]);

async function main() {
  if (!existsSync(join(root, 'dist/index.js')) || !existsSync(join(root, 'dist/habil.udf.js'))) {
    console.error('dist/ is missing: building first (npm run build)');
    execFileSync(npm, ['run', 'build'], { cwd: root, stdio: 'inherit' });
  }
  const pack = packReport();
  const core = await bundleCore();
  const coreLight = await bundleCore({ withoutHolidays: true });
  const udf = {};
  for (const file of ['habil.udf.js', 'habil.udf.lite.js'])
    udf[file] = sizes(readFileSync(join(root, 'dist', file), 'utf8'));
  const holidayShare = core.byPackage
    .filter(([name]) => HOLIDAY_PACKAGES.has(name))
    .reduce((sum, [, bytes]) => sum + bytes, 0);

  if (process.argv.includes('--json')) {
    console.log(
      JSON.stringify(
        {
          pack: { size: pack.size, unpackedSize: pack.unpackedSize, files: pack.files.length },
          core,
          coreWithoutDateHolidays: coreLight,
          udf,
        },
        null,
        2,
      ),
    );
    return;
  }
  const row = (label, s) =>
    `  ${label.padEnd(44)} ${kib(s.bytes).padStart(10)} minified  ${kib(s.gzip).padStart(10)} gzipped`;
  console.log(`npm tarball: ${kib(pack.size)} packed, ${kib(pack.unpackedSize)} unpacked, ${pack.files.length} files`);
  console.log('Core entry bundled for a browser (esbuild --bundle --minify):');
  console.log(row('habil + dependencies', core));
  console.log(row('habil + dependencies, without date-holidays', coreLight));
  console.log(`  date-holidays and what it pulls in: ${kib(holidayShare)} of the minified bundle`);
  console.log(`  by package: ${core.byPackage.map(([name, bytes]) => `${name} ${kib(bytes)}`).join(', ')}`);
  console.log('Warehouse scripts:');
  for (const [file, s] of Object.entries(udf)) console.log(row(`dist/${file}`, s));
}

main().catch((error) => {
  console.error(error.errors?.length ? error.errors.map((e) => e.text).join('\n') : error);
  process.exit(1);
});
