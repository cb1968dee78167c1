// Executes the documentation. Every ```ts block of README.md and docs/*.md (not docs/policies/**,
// not blocks marked ```ts no-run) is written to test/docs/.generated/ and imported as a module,
// one test per block, named `<file>#<n>`. Blocks import 'habil' and 'habil/node', which
// vitest.config.ts aliases to the sources, and check their own claims with node:assert, so a
// wrong claim in the docs fails here. See extract.ts for the `continued` flag.

import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { chainOf, extractBlocks, moduleSource, unassertedResults, type DocBlock } from './extract';

const root = fileURLToPath(new URL('../..', import.meta.url));
const generated = join(root, 'test/docs/.generated');

/** Pages whose examples must exist and must assert every instant their `// =>` comments show. */
const CHECKED = ['README.md', 'docs/getting-started.md', 'docs/calendars.md', 'docs/dst.md', 'docs/errors.md'];

function pages(): string[] {
  const dir = join(root, 'docs');
  const others = existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
        .map((entry) => `docs/${entry.name}`)
        .filter((file) => !CHECKED.includes(file))
        .sort()
    : [];
  return [...CHECKED, ...others];
}

function moduleName(block: DocBlock): string {
  return `${block.file.replace(/\.md$/, '').replace(/[^A-Za-z0-9]+/g, '_')}_${block.index}.ts`;
}

/** Each page with its runnable blocks, or undefined when the page is missing. */
const pagesWithBlocks = pages().map((file) => {
  const path = join(root, file);
  return { file, blocks: existsSync(path) ? extractBlocks(readFileSync(path, 'utf8'), file) : undefined };
});

// Keep .generated/ to the current blocks: delete modules of blocks that no longer exist.
mkdirSync(generated, { recursive: true });
const current = new Set(pagesWithBlocks.flatMap(({ blocks }) => (blocks ?? []).map(moduleName)));
for (const name of readdirSync(generated))
  if (!current.has(name)) rmSync(join(generated, name), { recursive: true, force: true });

/** Writes a block's module, only when its text changed so that `vitest --watch` does not loop. */
function writeModule(blocks: DocBlock[], block: DocBlock): string {
  const target = join(generated, moduleName(block));
  const source = moduleSource(chainOf(blocks, block));
  if (!existsSync(target) || readFileSync(target, 'utf8') !== source) writeFileSync(target, source);
  return target;
}

const tz = process.env.TZ;
afterEach(() => {
  // A block may set process.env.TZ to show that answers do not depend on it; put it back.
  if (tz === undefined) delete process.env.TZ;
  else process.env.TZ = tz;
});

describe('documentation examples', () => {
  for (const { file, blocks } of pagesWithBlocks) {
    if (!blocks) {
      it(`${file} exists`, () => {
        expect.fail(`${file} is missing`);
      });
      continue;
    }
    if (CHECKED.includes(file) && blocks.length === 0) {
      it(`${file} has examples`, () => {
        expect.fail(`${file} has no runnable \`\`\`ts block`);
      });
    }
    for (const block of blocks) {
      it(`${file}#${block.index}`, async () => {
        if (CHECKED.includes(file)) {
          expect(
            unassertedResults(block.code),
            `${file}#${block.index} (line ${block.line}) shows results in '// =>' comments that no assertion checks`,
          ).toEqual([]);
        }
        await import(/* @vite-ignore */ writeModule(blocks, block));
      });
    }
  }
});
