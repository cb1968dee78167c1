// The kernel stand-in the notebook test relies on (./jupyter-kernel.ts), run with the real deno on
// a small notebook: only a cell's last expression is shown, undefined is not, a Jupyter.display
// bundle is shown as returned and anything else as Deno.inspect text; cells share one scope and
// run in order. And the reason the notebook avoids Deno.jupyter: outside `deno jupyter` it throws.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { root, run, tmp } from '../package/helpers';
import { displays, kernelScript, type Notebook } from './jupyter-kernel';

const code = (source: string[]) => ({ cell_type: 'code', source, outputs: [], execution_count: null });
const notebook: Notebook = {
  nbformat: 4,
  metadata: {},
  cells: [
    code(['const a = 20;\n', 'a + 1;\n', 'a + 2 // shown\n']),
    { cell_type: 'markdown', source: ['# not code'] },
    code(['let threw = false;\n', 'try {\n', '  Deno.jupyter;\n', '} catch {\n', '  threw = true;\n', '}\n', 'threw']),
    code(['({ [Symbol.for("Jupyter.display")]: () => ({ "text/html": "<b>" + a + "</b>" }) })']),
    code(['undefined']),
    code(['function f() {\n', '  return 1;\n', '}']),
  ],
};

it('shows each code cell’s last expression as the Deno kernel would, cells in one scope, in order', async () => {
  mkdirSync(tmp, { recursive: true });
  const script = join(tmp, `kernel-${process.pid}.ts`);
  writeFileSync(script, kernelScript(notebook, '"epilogue"'));
  const result = await run(join(root, 'node_modules', '.bin', 'deno'), ['run', '--no-prompt', script], {
    env: { DENO_NO_UPDATE_CHECK: '1', NO_COLOR: '1' },
  });
  expect([result.code, result.stderr]).toEqual([0, '']);
  expect(displays(result.stdout)).toEqual([
    { cell: 0, bundle: { 'text/plain': '22' } },
    { cell: 2, bundle: { 'text/plain': 'true' } },
    { cell: 3, bundle: { 'text/html': '<b>20</b>' } },
    { cell: -1, bundle: { 'text/plain': '"epilogue"' } },
  ]);
});
