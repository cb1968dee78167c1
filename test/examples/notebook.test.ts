// examples/notebook.ipynb runs: its code cells, in order, with the real deno binary (the `deno`
// devDependency: npm ci installs the binary of this platform from the npm registry), against the
// build in dist/, as Deno's Jupyter kernel would run them (./jupyter-kernel.ts). It audits what
// `npm run demo` audits (files, policy, now), and two paths give one answer: the report the
// notebook computed in Deno equals auditFile's in Node on the demo's arguments. The summary table
// has a row per target and the timeline is the worst breach's.
// No deno binary is a failure, not a skip: CI installs it with npm ci.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pkg, root, run, tmp, type RunResult } from '../package/helpers';
import { loadDist, type Dist } from '../support/dist';
import { cellText, type Display, displays, kernelScript, type Notebook } from './jupyter-kernel';

const examples = join(root, 'examples');
const notebook = JSON.parse(readFileSync(join(examples, 'notebook.ipynb'), 'utf8')) as Notebook;
const deno = join(root, 'node_modules', '.bin', 'deno');

/** The test's own last cell: what the notebook audited, and its report, as JSON. */
const EPILOGUE = `({ [Symbol.for("Jupyter.display")]: () => ({
  "application/json": { tickets, events: typeof events === "undefined" ? null : events, now, policy, report },
}) })`;

interface Audited {
  tickets: string;
  events: string | null;
  now: string;
  policy: unknown;
  report: {
    rows: number;
    evaluated: number;
    errors: number;
    targets: { worst: { ticketId?: string; over: number }[] }[];
  };
}

/** Plain data, as the report printed as JSON in Deno reads. */
const data = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

let dist: Dist;
let result: RunResult;
let shown: Display[];

beforeAll(async () => {
  dist = await loadDist(); // builds dist/ when missing or older than src/
  expect(existsSync(deno), `${deno}: the deno devDependency, installed by npm ci`).toBe(true);
  mkdirSync(tmp, { recursive: true });
  const script = join(tmp, `notebook-${process.pid}.ts`);
  writeFileSync(script, kernelScript(notebook, EPILOGUE));
  // From examples/, as the kernel runs a notebook from its folder, with examples/deno.json (npm:habil
  // mapped to dist/) and with every permission, as `deno jupyter` grants.
  result = await run(deno, ['run', '--allow-all', '--no-prompt', '--config', 'deno.json', script], {
    cwd: examples,
    env: { DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1' },
    timeoutMs: 120_000,
  });
  shown = displays(result.stdout);
}, 300_000);

/** The arguments of `npm run demo`'s `habil audit` command, paths from the repository root. */
function demoAudit(): { tickets: string; events: string | undefined; policy: string; now: string } {
  const { demo } = (pkg as unknown as { scripts: Record<string, string> }).scripts;
  const args = (demo ?? '').split(' audit ')[1]?.trim().split(/\s+/) ?? [];
  const flag = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const [tickets = '', ...rest] = args;
  expect(tickets, demo).not.toMatch(/^-/);
  const events = flag('--events');
  expect([rest.length % 2, flag('--policy'), flag('--now')], demo).toEqual([0, expect.any(String), expect.any(String)]);
  return {
    tickets: join(root, tickets),
    events: events && join(root, events),
    policy: `${flag('--policy')}`,
    now: `${flag('--now')}`,
  };
}

/** The demo's --policy: a built-in's id, or a policy file. */
async function demoPolicy(policy: string) {
  const builtin = Object.values(dist.index.policies).find((p) => p.id === policy);
  return builtin ?? (await dist.node.loadPolicy(join(root, policy)));
}

const display = (cell: number, mime: string): unknown => shown.find((d) => d.cell === cell)?.bundle[mime];
const codeCell = (pattern: RegExp): number =>
  notebook.cells.findIndex((cell) => cell.cell_type === 'code' && pattern.test(cellText(cell)));

describe('examples/notebook.ipynb', () => {
  it('is a clean nbformat 4 notebook for the Deno kernel, in TypeScript, importing habil from npm', () => {
    expect(notebook.nbformat).toBe(4);
    expect(notebook.metadata.kernelspec).toMatchObject({ name: 'deno', language: 'typescript' });
    expect(notebook.metadata.language_info?.name).toBe('typescript');
    const code = notebook.cells.filter((cell) => cell.cell_type === 'code');
    expect(code.length).toBeGreaterThan(2);
    for (const cell of code) expect([cell.outputs, cell.execution_count]).toEqual([[], null]);
    expect(cellText(code[0] ?? { cell_type: 'code', source: '' })).toMatch(/from "npm:habil"/);
  });

  it('runs every code cell in Deno without an error', () => {
    expect(result.stderr).toBe('');
    expect(result.code, result.stdout).toBe(0);
  });

  it('audits what `npm run demo` audits: its files, policy and now', async () => {
    const audited = display(-1, 'application/json') as Audited;
    const demo = demoAudit();
    expect(join(examples, audited.tickets)).toBe(demo.tickets);
    expect(audited.events === null ? undefined : join(examples, audited.events)).toBe(demo.events);
    expect(audited.now).toBe(demo.now);
    expect(audited.policy).toEqual(data(await demoPolicy(demo.policy)));
  });

  it('gives the report auditFile gives in Node on the same arguments', async () => {
    const audited = display(-1, 'application/json') as Audited;
    const demo = demoAudit();
    const node = await dist.node.auditFile(demo.tickets, await demoPolicy(demo.policy), {
      now: demo.now,
      events: demo.events,
    });
    expect(audited.report).toEqual(data(node));
    expect(node.rows).toBeGreaterThan(0);
    const { rows, evaluated, errors } = node;
    // Deno.inspect shows a string double-quoted, as JSON does
    expect(display(codeCell(/auditFile\(/), 'text/plain')).toBe(
      JSON.stringify(`${rows} rows: ${evaluated} tickets evaluated, ${errors} rejected`),
    );
  });

  it('shows the summary as an HTML table with a row per plan, priority and target', () => {
    const { report } = display(-1, 'application/json') as Audited;
    const html = display(codeCell(/<table>/), 'text/html');
    expect(html).toMatch(/^<table><thead><tr><th>plan<\/th>/);
    expect(String(html).match(/<tr>/g)).toHaveLength(report.targets.length + 1);
    expect(String(display(codeCell(/<table>/), 'text/plain')).split('\n')).toHaveLength(report.targets.length + 1);
  });

  it("shows the worst breach's timeline inline as SVG", () => {
    const { report } = display(-1, 'application/json') as Audited;
    const worst = report.targets.flatMap((t) => t.worst).sort((a, b) => b.over - a.over)[0];
    const svg = String(display(codeCell(/renderTimeline\(/), 'text/html'));
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain(`${worst?.ticketId}`);
    expect(svg).toContain('breached');
  });
});
