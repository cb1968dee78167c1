// Deno's Jupyter kernel, emulated for a run without Jupyter: a notebook's code cells in order as
// one module (the kernel runs them in one scope), each cell's last expression shown as the kernel
// shows it: an object's Symbol.for('Jupyter.display') MIME bundle, any other value except
// undefined as Deno.inspect text. Each display is printed as one marked JSON line on stdout.

import ts from 'typescript';

/** An nbformat 4 notebook, as far as the emulation reads it. */
export interface Notebook {
  nbformat: number;
  metadata: { kernelspec?: { name?: string; language?: string }; language_info?: { name?: string } };
  cells: { cell_type: string; source: string | string[]; outputs?: unknown[]; execution_count?: number | null }[];
}

/** What a cell showed: its index among the notebook's cells, and the MIME bundle. */
export interface Display {
  cell: number;
  bundle: Record<string, unknown>;
}

const MARK = '\u0001jupyter-display ';

const PRELUDE = `const __jupyterDisplay = Symbol.for("Jupyter.display");
async function __display(cell: number, value: unknown): Promise<void> {
  if (value === undefined) return;
  const show = (value as Record<symbol, unknown> | null)?.[__jupyterDisplay];
  const bundle = typeof show === "function" ? await show.call(value) : { "text/plain": Deno.inspect(value) };
  console.log(${JSON.stringify(MARK)} + JSON.stringify({ cell, bundle }));
}
`;

/** A cell's source as one string (nbformat allows a string or a list of lines). */
export const cellText = (cell: Notebook['cells'][number]): string =>
  Array.isArray(cell.source) ? cell.source.join('') : cell.source;

/**
 * The module the kernel would run: the code cells in order, each one's last expression statement
 * handed to `__display`, then `epilogue` (code of the test's own, shown as cell -1 when it ends
 * in an expression).
 */
export function kernelScript(notebook: Notebook, epilogue: string): string {
  const cells = notebook.cells.flatMap((cell, index) =>
    cell.cell_type === 'code' ? [{ index, text: cellText(cell) }] : [],
  );
  const parts = [...cells, { index: -1, text: epilogue }].map(
    ({ index, text }) => `// cell ${index}\n${displayLast(text, index)}\n`,
  );
  return PRELUDE + parts.join('');
}

function displayLast(text: string, cell: number): string {
  const source = ts.createSourceFile(`cell-${cell}.ts`, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const last = source.statements.at(-1);
  if (last === undefined || !ts.isExpressionStatement(last)) return text;
  const shown = `await __display(${cell}, (${last.expression.getText(source)}));`;
  return text.slice(0, last.getStart(source)) + shown + text.slice(last.end);
}

/** The displays a run of kernelScript printed, in order. */
export const displays = (stdout: string): Display[] =>
  stdout
    .split('\n')
    .filter((line) => line.startsWith(MARK))
    .map((line) => JSON.parse(line.slice(MARK.length)) as Display);
