// bench/run.mjs — `npm run bench`: habil against moment-business-time, dayjs-business-time and a
// naive minute loop on the ICG calendar (Mon–Fri 07:00–12:30, 13:30–17:30, America/Bogota,
// Colombian public holidays). Needs a build: it imports habil from ../dist/index.js.
//
// Prints, from one run:
//   1. ops/s per library and operation (add 4 bh, add 16 bh, add 2,000 bh, between two instants
//      three months apart) and the ratio habil / peer;
//   2. how many answers of each peer differ from habil's, and one example per peer and operation
//      with its diagnosis (bench/diagnose.mjs names the known peer bugs); then the same check,
//      untimed, on inputs with seconds (help-desk exports carry them; the timed workload does not);
//   3. habil's own scaling: add 2,000 bh vs add 4 bh, between over a year vs over a day;
//   4. weight (bench/weight.mjs): cold start (import + Calendar.from(ICG) + first add in a fresh
//      process), `habil --version`, a browser bundle of Calendar + policies.icg + evaluate;
//   5. one PASS/FAIL line per goal of the issue.
// Ratios matter more than absolute numbers: the machines are shared and noisy.
//
// Options: --quick (about a third of the time budgets, for trying the harness), --json FILE
// (also write every figure as JSON; default bench/data/last-run.json, which git ignores).
// Set BENCH_STRICT=1 to exit with status 1 when a goal fails.
//
// Files: workload.mjs (seeded instants, ICG config, holiday list), peers.mjs (one adapter per
// library), measure.mjs (timing loop), diagnose.mjs (peer bug models).

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';

import { habilPeer, peers as makePeers } from './peers.mjs';
import { measure, complete, fmtOps, fmtRatio } from './measure.mjs';
import { diagnose } from './diagnose.mjs';
import { browserBundle, coldStart, versionTime } from './weight.mjs';
import {
  INSTANTS,
  PAIRS_3M,
  INSTANTS_S,
  PAIRS_3M_S,
  PAIRS_1D,
  PAIRS_1Y,
  N_INSTANTS,
  HOLIDAYS,
  fmt,
  fmtDur,
} from './workload.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
const QUICK = argv.includes('--quick');
const jsonIdx = argv.indexOf('--json');
const JSON_OUT = jsonIdx >= 0 ? resolve(argv[jsonIdx + 1]) : resolve(here, 'data/last-run.json');
const S = QUICK ? 0.33 : 1; // time-budget scale

const wallStart = process.hrtime.bigint();
const log = (...a) => console.log(...a);
const elapsedS = () => (Number(process.hrtime.bigint() - wallStart) / 1e9).toFixed(0);

// ------------------------------------------------------------------ libraries
let habil = null;
try {
  habil = await habilPeer();
} catch (err) {
  log(`! habil could not be loaded from dist/ (${err.message.split('\n')[0]}).`);
  log('! Run `npm run build` first. Continuing with the peers only; no goals are checked.\n');
}
const [moment, dayjs, naive] = makePeers();
const LIBS = [habil, moment, dayjs, naive].filter(Boolean);
const LIB_PEERS = [moment, dayjs]; // the libraries; the naive loop is reported beside them

/** Time budgets (ms) per kind of library: fast ones get longer runs, slow peers are capped. */
function budget(lib) {
  if (lib === habil) return { warmupMs: 300 * S, minMs: 1200 * S, minIters: 1000, maxMs: 2500 * S, checkMs: Infinity };
  if (lib === naive)
    return { warmupMs: 100 * S, warmupIters: 20, minMs: 700 * S, minIters: 5, maxMs: 2000 * S, checkMs: 4000 * S };
  return { warmupMs: 200 * S, warmupIters: 2, minMs: 1000 * S, minIters: 3, maxMs: 3000 * S, checkMs: 8000 * S };
}

// ------------------------------------------------------------------ operations
const OPS = [
  {
    id: 'add4',
    label: 'add 4 bh',
    kind: 'add',
    n: N_INSTANTS,
    input: (i) => [INSTANTS[i]],
    call: (lib) => (i) => lib.add(INSTANTS[i], 4),
  },
  {
    id: 'add16',
    label: 'add 16 bh',
    kind: 'add',
    n: N_INSTANTS,
    input: (i) => [INSTANTS[i]],
    call: (lib) => (i) => lib.add(INSTANTS[i], 16),
  },
  {
    id: 'add2000',
    label: 'add 2,000 bh',
    kind: 'add',
    n: N_INSTANTS,
    input: (i) => [INSTANTS[i]],
    call: (lib) => (i) => lib.add(INSTANTS[i], 2000),
  },
  {
    id: 'between3m',
    label: 'between, 3 months apart',
    kind: 'between',
    n: N_INSTANTS,
    input: (i) => PAIRS_3M[i],
    call: (lib) => (i) => lib.between(PAIRS_3M[i][0], PAIRS_3M[i][1]),
  },
];
const HABIL_ONLY = [
  {
    id: 'between1d',
    label: 'between, 1 day apart',
    kind: 'between',
    n: N_INSTANTS,
    input: (i) => PAIRS_1D[i],
    call: (lib) => (i) => lib.between(PAIRS_1D[i][0], PAIRS_1D[i][1]),
  },
  {
    id: 'between1y',
    label: 'between, 1 year apart',
    kind: 'between',
    n: N_INSTANTS,
    input: (i) => PAIRS_1Y[i],
    call: (lib) => (i) => lib.between(PAIRS_1Y[i][0], PAIRS_1Y[i][1]),
  },
];

log(
  `habil benchmark — ICG calendar (Mon–Fri 07:00–12:30, 13:30–17:30, America/Bogota, ` +
    `${HOLIDAYS.length} Colombian public holidays ${HOLIDAYS[0].slice(0, 4)}–${HOLIDAYS.at(-1).slice(0, 4)})`,
);
log(
  `node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model?.trim() ?? 'cpu'}, ` +
    `${N_INSTANTS} seeded start instants${QUICK ? ', --quick budgets' : ''}\n`,
);

// ------------------------------------------------------------------ timing + answers
const timings = {}; // timings[op][lib] = measure() result without results
const answers = {}; // answers[op][lib] = results array
for (const op of [...OPS, ...(habil ? HABIL_ONLY : [])]) {
  timings[op.id] = {};
  answers[op.id] = {};
  const libs = HABIL_ONLY.includes(op) ? [habil] : LIBS;
  for (const lib of libs) {
    const b = budget(lib);
    const fn = op.call(lib);
    const r = measure(fn, op.n, b);
    const have = complete(fn, op.n, r.results, b.checkMs);
    const { results, ...t } = r;
    timings[op.id][lib.name] = { ...t, checked: have };
    answers[op.id][lib.name] = results;
    log(
      `  [${elapsedS()}s] ${op.label.padEnd(24)} ${lib.name.padEnd(21)} ${fmtOps(r.opsPerSec).padStart(7)} ops/s` +
        `  (${r.iters} timed calls, ${r.seconds.toFixed(2)} s; ${have}/${op.n} answers)`,
    );
  }
}

// ------------------------------------------------------------------ weight (bench/weight.mjs)
let cold = null;
let version = null;
let bundle = null;
if (habil) {
  try {
    cold = coldStart(QUICK ? 3 : 7);
    version = versionTime(QUICK ? 3 : 7);
    bundle = await browserBundle();
  } catch (err) {
    log(`! weight measurement failed: ${err.message.split('\n')[0]}`);
  }
}

// ------------------------------------------------------------------ report: speed
const ops = (op, lib) => timings[op]?.[lib.name]?.opsPerSec;
const fastest = (op, libs) => libs.reduce((best, l) => (ops(op, l) > (best ? ops(op, best) : -1) ? l : best), null);

log(`\n## Speed (ops/s; ratio = habil ops/s ÷ peer ops/s, same run)\n`);
const peerCols = [moment, dayjs, naive];
log(`| operation | habil | ${peerCols.map((p) => p.name).join(' | ')} |`);
log(`|---|---:|${peerCols.map(() => '---:').join('|')}|`);
for (const op of OPS) {
  const h = habil ? ops(op.id, habil) : NaN;
  const cells = peerCols.map((p) => {
    const x = ops(op.id, p);
    return habil ? `${fmtOps(x)} (${fmtRatio(h / x)})` : fmtOps(x);
  });
  log(`| ${op.label} | ${habil ? fmtOps(h) : '—'} | ${cells.join(' | ')} |`);
}
if (habil) {
  for (const op of HABIL_ONLY) log(`| ${op.label} | ${fmtOps(ops(op.id, habil))} | — | — | — |`);
}

// ------------------------------------------------------------------ report: correctness
/**
 * Compare every peer's answers with habil's, diagnose each difference, print a table and one
 * example per peer and operation. answersOf(op, lib) -> array; exactOf(op) -> naive answers or null.
 */
function compare(opList, cols, answersOf, exactOf) {
  const out = {};
  log(`| operation | ${cols.map((p) => p.name).join(' | ')} |`);
  log(`|---|${cols.map(() => '---:').join('|')}|`);
  for (const op of opList) {
    out[op.id] = {};
    const ref = answersOf(op, habil);
    const exact = exactOf(op);
    const cells = [];
    for (const p of cols) {
      const got = answersOf(op, p);
      const d = { checked: 0, n: 0, explained: 0, byBug: {}, example: null };
      for (let i = 0; i < op.n; i++) {
        if (got[i] === undefined || ref[i] === undefined) continue;
        d.checked++;
        if (got[i] === ref[i]) continue;
        d.n++;
        const why = diagnose(p.name, op.kind, op.input(i), ref[i], got[i], exact?.[i]);
        d.byBug[why.bug] = (d.byBug[why.bug] ?? 0) + 1;
        if (why.explained) d.explained++;
        // prefer an unexplained example: it is the one that needs a human
        if (!d.example || (d.example.why.explained && !why.explained)) d.example = { i, why };
      }
      out[op.id][p.name] = d;
      cells.push(`${d.n} / ${d.checked}${d.n ? ` (${d.explained} explained)` : ''}`);
    }
    log(`| ${op.label} | ${cells.join(' | ')} |`);
  }

  log('');
  let any = false;
  for (const op of opList) {
    for (const p of cols) {
      const d = out[op.id][p.name];
      if (!d.example) continue;
      any = true;
      const { i, why } = d.example;
      const inp = op.input(i);
      const show = (v) => (op.kind === 'add' ? fmt(v) : fmtDur(v));
      const what =
        op.kind === 'add' ? `add(${fmt(inp[0])}, ${op.label.slice(4)})` : `between(${fmt(inp[0])}, ${fmt(inp[1])})`;
      log(
        `- ${p.name}, ${op.label}: ${what} → habil ${show(answersOf(op, habil)[i])}, ` +
          `${p.name} ${show(answersOf(op, p)[i])}${exactOf(op) ? `, naive loop ${show(exactOf(op)[i])}` : ''}.`,
      );
      log(
        `  ${why.bug}: ${why.text}. [${Object.entries(d.byBug)
          .map(([k, v]) => `${k}: ${v}`)
          .join(', ')}]`,
      );
    }
  }
  if (!any) log('- none: every peer agreed with habil on every input checked.');
  return out;
}

const diffs = {}; // diffs[op][peer] = { checked, n, explained, byBug, example }
const probe = {};
if (habil) {
  log(`\n## Answers that differ from habil's (disagreements / inputs checked; explained by a known bug model)\n`);
  Object.assign(
    diffs,
    compare(
      OPS,
      peerCols,
      (op, lib) => answers[op.id][lib.name],
      (op) => answers[op.id][naive.name],
    ),
  );

  // Second-precision probe: same starts and pairs moved by 1–59.999 s; not timed.
  const PROBE = [
    {
      id: 'add4s',
      label: 'add 4 bh',
      kind: 'add',
      n: N_INSTANTS,
      input: (i) => [INSTANTS_S[i]],
      call: (lib) => (i) => lib.add(INSTANTS_S[i], 4),
    },
    {
      id: 'add16s',
      label: 'add 16 bh',
      kind: 'add',
      n: N_INSTANTS,
      input: (i) => [INSTANTS_S[i]],
      call: (lib) => (i) => lib.add(INSTANTS_S[i], 16),
    },
    {
      id: 'between3ms',
      label: 'between, 3 months apart',
      kind: 'between',
      n: N_INSTANTS,
      input: (i) => PAIRS_3M_S[i],
      call: (lib) => (i) => lib.between(PAIRS_3M_S[i][0], PAIRS_3M_S[i][1]),
    },
  ];
  const probeAnswers = {};
  for (const op of PROBE) {
    probeAnswers[op.id] = {};
    for (const lib of [habil, ...LIB_PEERS]) {
      const res = new Array(op.n);
      complete(op.call(lib), op.n, res, lib === habil ? Infinity : 6000 * S);
      probeAnswers[op.id][lib.name] = res;
    }
  }
  log(
    `\n### Second-precision probe (not timed): the same inputs moved by 1–59.999 s, as ticket exports carry seconds\n`,
  );
  Object.assign(
    probe,
    compare(
      PROBE,
      LIB_PEERS,
      (op, lib) => probeAnswers[op.id][lib.name],
      () => null,
    ),
  );
}

// ------------------------------------------------------------------ report: goals
const goals = [];
if (habil) {
  const best = (op) => fastest(op, LIB_PEERS);
  const vsBest = (op) => ops(op, habil) / ops(op, best(op));
  const vsNaive = (op) => ops(op, habil) / ops(op, naive);
  const goal = (text, value, limit, cmp, shown, unit = '×') =>
    goals.push({ text, value, limit, cmp, unit, pass: cmp === '>=' ? value >= limit : value <= limit, shown });

  goal(
    `add 4 bh: habil ≥ 300× the fastest peer (${best('add4').name})`,
    vsBest('add4'),
    300,
    '>=',
    fmtRatio(vsBest('add4')),
  );
  goal(
    `add 2,000 bh: habil ≥ 50,000× the fastest peer (${best('add2000').name})`,
    vsBest('add2000'),
    50000,
    '>=',
    fmtRatio(vsBest('add2000')),
  );
  const addScale = ops('add4', habil) / ops('add2000', habil);
  goal('add 2,000 bh costs ≤ 3× add 4 bh (habil)', addScale, 3, '<=', `${addScale.toFixed(2)}×`);
  goal(
    `between, 3 months apart: habil ≥ 2,000× the fastest peer (${best('between3m').name})`,
    vsBest('between3m'),
    2000,
    '>=',
    fmtRatio(vsBest('between3m')),
  );
  const btwScale = ops('between1d', habil) / ops('between1y', habil);
  goal('between over a year costs ≤ 3× between over a day (habil)', btwScale, 3, '<=', `${btwScale.toFixed(2)}×`);

  // Weight (issue 14): medians from fresh processes, and a browser bundle's gzipped bytes.
  if (cold)
    goal(
      'import + Calendar.from(ICG) + first deadline ≤ 60 ms after node boots',
      cold.total,
      60,
      '<=',
      `${cold.total.toFixed(1)} ms`,
      ' ms',
    );
  if (version) goal('`habil --version` ≤ 150 ms', version.ms, 150, '<=', `${version.ms.toFixed(0)} ms`, ' ms');
  if (bundle)
    goal(
      'browser bundle of Calendar + policies.icg + evaluate ≤ 60 KB gzipped',
      bundle.gzip / 1000,
      60,
      '<=',
      `${(bundle.gzip / 1000).toFixed(1)} KB`,
      ' KB',
    );

  log(`\n## Goals (from this run)\n`);
  for (const g of goals) {
    log(
      `${g.pass ? 'PASS' : 'FAIL'}  ${g.text}: ${g.shown} (goal ${g.cmp === '<=' ? '≤' : '≥'} ` +
        `${g.limit.toLocaleString('en-US')}${g.unit})`,
    );
  }
  log(`\nFor information, the same speed ratios against the naive minute loop (not a library):`);
  log(
    `  add 4 bh ${fmtRatio(vsNaive('add4'))}, add 16 bh ${fmtRatio(vsNaive('add16'))}, ` +
      `add 2,000 bh ${fmtRatio(vsNaive('add2000'))}, between 3 months ${fmtRatio(vsNaive('between3m'))}.`,
  );
  log(
    `\nCost per call (habil): add 4 bh ${(1e9 / ops('add4', habil)).toFixed(0)} ns, add 2,000 bh ` +
      `${(1e9 / ops('add2000', habil)).toFixed(0)} ns; between 1 day ${(1e9 / ops('between1d', habil)).toFixed(0)} ns, ` +
      `3 months ${(1e9 / ops('between3m', habil)).toFixed(0)} ns, 1 year ${(1e9 / ops('between1y', habil)).toFixed(0)} ns.`,
  );
  if (cold) {
    log(
      `\nCold start (fresh node process, median of ${cold.runs}): import dist + Calendar.from(ICG) + first ` +
        `add = ${cold.total.toFixed(1)} ms (import ${cold.import.toFixed(1)} ms, Calendar.from ${cold.from.toFixed(1)} ms, ` +
        `first add ${cold.add.toFixed(1)} ms; node's own boot before that ${cold.boot.toFixed(0)} ms).`,
    );
  }
  if (version)
    log(
      `habil --version (node boot included, median of ${version.runs}): ${version.ms.toFixed(0)} ms ` +
        `(node -e '' alone, same run: ${version.bootMs.toFixed(0)} ms).`,
    );
  if (bundle)
    log(
      `Browser bundle of Calendar + policies.icg + evaluate: ${(bundle.bytes / 1024).toFixed(1)} KiB minified, ` +
        `${(bundle.gzip / 1024).toFixed(1)} KiB gzipped.`,
    );
}

log(`\nTotal bench time ${elapsedS()} s. Shared, noisy machine: trust ratios from one run, not absolute figures.`);

// ------------------------------------------------------------------ JSON
try {
  mkdirSync(dirname(JSON_OUT), { recursive: true });
  const strip = (d) =>
    Object.fromEntries(
      Object.entries(d).map(([k, v]) => [
        k,
        { ...v, example: v.example ? { input: v.example.i, ...v.example.why } : null },
      ]),
    );
  writeFileSync(
    JSON_OUT,
    JSON.stringify(
      {
        date: new Date().toISOString(),
        node: process.version,
        cpus: os.cpus().length,
        quick: QUICK,
        timings,
        disagreements: Object.fromEntries(Object.entries(diffs).map(([k, v]) => [k, strip(v)])),
        secondPrecisionProbe: Object.fromEntries(Object.entries(probe).map(([k, v]) => [k, strip(v)])),
        goals,
        cold,
        version,
        bundle,
      },
      null,
      2,
    ),
  );
  log(`(figures written to ${JSON_OUT})`);
} catch (err) {
  log(`! could not write ${JSON_OUT}: ${err.message}`);
}

if (process.env.BENCH_STRICT === '1' && goals.some((g) => !g.pass)) process.exitCode = 1;
if (!habil) process.exitCode = 1;
