// Pulls the runnable TypeScript examples out of Markdown so the docs can be executed as tests.
//
// A fenced block runs when its info string starts with `ts` or `typescript`. Flags after the
// language change that:
//   ```ts no-run      shown, never run (type signatures, sketches)
//   ```ts continued   runs after the previous runnable block of the same file, as one module,
//                     so a page can build a calendar once and query it in the blocks after it

/** One runnable block of a Markdown file. */
export interface DocBlock {
  /** Path of the Markdown file, relative to the repository root ('docs/calendars.md'). */
  file: string;
  /** 1-based position among the file's runnable blocks: the test is named `${file}#${index}`. */
  index: number;
  /** 1-based line of the block's first code line in the Markdown file. */
  line: number;
  code: string;
  /** Runs after the previous runnable block of the same file. */
  continued: boolean;
}

const RUNNABLE = new Set(['ts', 'typescript']);
const OPEN_RE = /^( {0,3})(`{3,}|~{3,})\s*(.*)$/;

/** The runnable blocks of a Markdown text, in order. */
export function extractBlocks(markdown: string, file: string): DocBlock[] {
  const lines = markdown.split(/\r?\n/);
  const blocks: DocBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = OPEN_RE.exec(lines[i]!);
    if (!open) continue;
    const [, indent = '', fence = '', info = ''] = open;
    if (fence[0] === '`' && info.includes('`')) continue; // an inline code span, not a fence
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(lines[j]!);
      if (close && close[1]![0] === fence[0] && close[1]!.length >= fence.length) break;
      body.push(dedent(lines[j]!, indent.length));
    }
    const [language = '', ...flags] = info.trim().split(/\s+/);
    if (RUNNABLE.has(language.toLowerCase()) && !flags.includes('no-run')) {
      blocks.push({
        file,
        index: blocks.length + 1,
        line: i + 2,
        code: body.join('\n'),
        continued: flags.includes('continued'),
      });
    }
    i = j;
  }
  return blocks;
}

function dedent(line: string, width: number): string {
  let n = 0;
  while (n < width && line[n] === ' ') n++;
  return line.slice(n);
}

/** The blocks a block runs as: itself, preceded by the blocks it continues. */
export function chainOf(blocks: readonly DocBlock[], block: DocBlock): DocBlock[] {
  const chain = [block];
  let k = blocks.indexOf(block);
  while (chain[0]!.continued) {
    k -= 1;
    const previous = blocks[k];
    if (!previous)
      throw new Error(
        `${block.file}#${block.index} (line ${block.line}) is marked 'continued' but no runnable block comes before it`,
      );
    chain.unshift(previous);
  }
  return chain;
}

/**
 * The module a chain of blocks runs as. Every code line keeps its Markdown line number, so a
 * failing assertion's stack trace points at the line to fix in the .md file.
 */
export function moduleSource(chain: readonly DocBlock[]): string {
  const last = chain[chain.length - 1]!;
  const out = [
    `// @ts-nocheck -- generated from ${last.file}#${last.index} (line ${last.line}) by test/docs/docs.test.ts; edit the Markdown, not this file.`,
  ];
  for (const block of chain) {
    while (out.length < block.line - 1) out.push('');
    out.push(...block.code.split('\n'));
  }
  out.push('', 'export {};', '');
  return out.join('\n');
}

/** ISO instants ('2024-03-04T14:30:00.000Z') shown in `// =>` comments but never written in the code. */
export function unassertedResults(code: string): string[] {
  const ISO = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z/g;
  const shown = new Set<string>();
  const written: string[] = [];
  for (const line of code.split('\n')) {
    const arrow = line.indexOf('// =>');
    if (arrow >= 0) for (const m of line.slice(arrow).matchAll(ISO)) shown.add(m[0]);
    written.push(line.replace(/(^|\s)\/\/.*$/, ''));
  }
  const statements = written.join('\n');
  return [...shown].filter((iso) => !statements.includes(iso));
}
