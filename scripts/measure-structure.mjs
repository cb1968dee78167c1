#!/usr/bin/env node
// `node scripts/measure-structure.mjs [dir]`: the structural figures issue 11's closing note gives,
// so they can be re-run on any commit with the same definitions.
//
// Definitions (every .ts file under src/, lines = newline count, as `wc -l`):
// - module size: median and largest line count; files over 200 and over 250 lines;
// - `as` casts: `x as T` and `<T>x` expressions in the TypeScript syntax tree, not `as const`
//   (so neither renames like `import * as x` nor the word "as" in strings and comments count);
// - luxon import sites outside src/time/: files outside src/time/ importing 'luxon';
// - coreOf calls: `coreOf(` not preceded by `function `;
// - `Policy | PolicyVersions` signatures: that union, either order;
// - instanceof checks: `instanceof` expressions in the syntax tree;
// - plain `new HabilError(` outside src/errors.ts.
// `--json` prints the figures as JSON.

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const args = process.argv.slice(2);
const json = args.includes('--json');
const root = args.find((a) => !a.startsWith('--')) ?? process.cwd();
const src = join(root, 'src');

function tsFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const isComment = (line) => /^\s*(\/\/|\*|\/\*)/.test(line);
const count = (text, re) => (text.match(re) ?? []).length;

const files = tsFiles(src).map((path) => {
  const text = readFileSync(path, 'utf8');
  const code = text
    .split('\n')
    .filter((line) => !isComment(line))
    .join('\n');
  const tree = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  let casts = 0;
  let instanceOf = 0;
  const visit = (node) => {
    const isConst = (type) => ts.isTypeReferenceNode(type) && type.typeName.getText(tree) === 'const';
    if ((ts.isAsExpression(node) || ts.isTypeAssertionExpression(node)) && !isConst(node.type)) casts++;
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.InstanceOfKeyword) instanceOf++;
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return {
    path: relative(root, path),
    lines: count(text, /\n/g),
    casts,
    luxon: /from 'luxon'|import\('luxon'\)/.test(code),
    coreOf: count(code, /(?<!function )\bcoreOf\(/g),
    unions: count(code, /\bPolicy \| PolicyVersions\b|\bPolicyVersions \| Policy\b/g),
    instanceOf,
    plainHabilError: count(code, /new HabilError\(/g),
  };
});

const sizes = files.map((f) => f.lines).sort((a, b) => a - b);
const middle = Math.floor(sizes.length / 2);
const median = sizes.length % 2 ? sizes[middle] : (sizes[middle - 1] + sizes[middle]) / 2;
const largest = files.reduce((a, b) => (b.lines > a.lines ? b : a));
const sum = (key) => files.reduce((n, f) => n + Number(f[key]), 0);

const figures = {
  modules: files.length,
  medianLines: median,
  largest: `${largest.path} (${largest.lines})`,
  over200: files.filter((f) => f.lines > 200).length,
  over250: files.filter((f) => f.lines > 250).length,
  asCasts: sum('casts'),
  luxonOutsideTime: files.filter((f) => f.luxon && !f.path.startsWith(join('src', 'time'))).length,
  coreOfCalls: sum('coreOf'),
  policyUnionSignatures: sum('unions'),
  instanceofChecks: sum('instanceOf'),
  plainHabilErrorOutsideErrors: files
    .filter((f) => f.path !== join('src', 'errors.ts'))
    .reduce((n, f) => n + f.plainHabilError, 0),
};

if (json) console.log(JSON.stringify(figures, null, 2));
else for (const [key, value] of Object.entries(figures)) console.log(`${key.padEnd(30)} ${value}`);
