// bench/weight.mjs — what habil costs before it computes anything, the three figures of issue 14:
//
//   1. cold start: a fresh `node` process importing dist/index.js, Calendar.from(ICG) and the
//      first deadline (median of N runs; node's own boot is reported apart and not counted);
//   2. `habil --version`: wall time of `node dist/cli.js --version`, boot included (median), with
//      `node -e ''` timed in turn beside it;
//   3. a browser bundle of Calendar + policies.icg + evaluate: esbuild --bundle --minify of a
//      page that uses exactly those three, every dependency included, Node built-ins refused;
//      gzip level 9.
//
// `npm run bench` prints them beside the speed figures; `node bench/weight.mjs [--quick]` prints
// only these (needs a build). Shared machines are noisy: read medians, not single runs.

import { execFileSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { dedupeMoment, noNodeBuiltins, sizes } from '../scripts/lib/bundle.mjs';
import { ICG_SPEC, INSTANTS } from './workload.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dist = (file) =>
  resolve(process.env.HABIL_DIST ? dirname(process.env.HABIL_DIST) : resolve(here, '../dist'), file);

const median = (values) => values.slice().sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** import + Calendar.from(ICG) + first add in a fresh process, median of `runs`. */
export function coldStart(runs = 5) {
  const url = pathToFileURL(dist('index.js')).href;
  const code = `
    const t0 = performance.now();
    import(${JSON.stringify(url)}).then(({ Calendar }) => {
      const t1 = performance.now();
      const cal = Calendar.from(${JSON.stringify(ICG_SPEC)});
      const t2 = performance.now();
      const due = cal.add(${INSTANTS[0]}, 4 * 3600000);
      const t3 = performance.now();
      console.log(JSON.stringify({ boot: t0, import: t1 - t0, from: t2 - t1, add: t3 - t2,
        total: t3 - t0, due: due.toISOString() }));
    });`;
  const rows = [];
  for (let k = 0; k < runs; k++) {
    const out = execFileSync(process.execPath, ['-e', code], { encoding: 'utf8' });
    rows.push(JSON.parse(out.trim().split('\n').at(-1)));
  }
  const med = (key) => median(rows.map((r) => r[key]));
  return {
    runs,
    import: med('import'),
    from: med('from'),
    add: med('add'),
    total: med('total'),
    boot: med('boot'),
    due: rows[0].due,
  };
}

/**
 * Wall time of `habil --version` (node boot included), median of `runs`, and beside it, taken in
 * turn with it, the wall time of `node -e ''`: node's own boot, which the goal includes and
 * habil cannot shorten (on a loaded machine it is most of the figure).
 */
export function versionTime(runs = 5) {
  const times = [];
  const boots = [];
  let version = '';
  for (let k = 0; k < runs; k++) {
    let t0 = performance.now();
    version = execFileSync(process.execPath, [dist('cli.js'), '--version'], { encoding: 'utf8' }).trim();
    times.push(performance.now() - t0);
    t0 = performance.now();
    execFileSync(process.execPath, ['-e', '']);
    boots.push(performance.now() - t0);
  }
  return { runs, ms: median(times), bootMs: median(boots), version };
}

/** Minified and gzipped bytes of a browser page using Calendar, policies.icg and evaluate. */
export async function browserBundle() {
  const page = `import { Calendar, policies, evaluate } from ${JSON.stringify(dist('index.js'))};
globalThis.habil = { Calendar, icg: policies.icg, evaluate };`;
  const result = await build({
    stdin: { contents: page, resolveDir: here, loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    minify: true,
    write: false,
    logLevel: 'silent',
    plugins: [noNodeBuiltins(), dedupeMoment()],
  });
  return sizes(result.outputFiles[0].text);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const quick = process.argv.includes('--quick');
  const cold = coldStart(quick ? 3 : 7);
  const version = versionTime(quick ? 3 : 7);
  const bundle = await browserBundle();
  console.log(
    `cold start: ${cold.total.toFixed(1)} ms (import ${cold.import.toFixed(1)}, Calendar.from ${cold.from.toFixed(1)}, first add ${cold.add.toFixed(1)}; node boot ${cold.boot.toFixed(0)})`,
  );
  console.log(
    `habil --version: ${version.ms.toFixed(0)} ms (${version.version}; node -e '' alone ${version.bootMs.toFixed(0)} ms)`,
  );
  console.log(
    `browser bundle (Calendar + policies.icg + evaluate): ${(bundle.bytes / 1024).toFixed(1)} KiB minified, ${(bundle.gzip / 1024).toFixed(1)} KiB gzipped`,
  );
}
