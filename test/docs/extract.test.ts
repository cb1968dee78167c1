import { describe, expect, it } from 'vitest';
import { chainOf, extractBlocks, moduleSource, unassertedResults } from './extract';

const page = [
  '# Title', //                      1
  '', //                             2
  '```ts', //                        3
  'const a = 1;', //                 4
  '```', //                          5
  '```ts no-run', //                 6
  'type T = { a: number };', //      7
  '```', //                          8
  '```sh', //                        9
  'npm test', //                    10
  '```', //                         11
  '- a list item:', //              12
  '  ```ts continued', //           13
  '  const b = a + 1;', //          14
  '  ```', //                       15
  '````typescript', //              16
  '```ts', //                       17
  '````', //                        18
  'Inline ```ts not a fence```.', //19
].join('\n');

describe('extractBlocks', () => {
  const blocks = extractBlocks(page, 'docs/x.md');

  it('keeps ts and typescript blocks, skips no-run and other languages', () => {
    expect(blocks.map((b) => [b.index, b.line, b.code, b.continued])).toEqual([
      [1, 4, 'const a = 1;', false],
      [2, 14, 'const b = a + 1;', true],
      [3, 17, '```ts', false],
    ]);
  });

  it('runs a continued block after the ones it continues, each line at its Markdown line', () => {
    const chain = chainOf(blocks, blocks[1]!);
    expect(chain).toEqual([blocks[0], blocks[1]]);
    const lines = moduleSource(chain).split('\n');
    expect(lines[0]).toMatch(/^\/\/ @ts-nocheck -- generated from docs\/x\.md#2 \(line 14\)/);
    expect(lines[4 - 1]).toBe('const a = 1;');
    expect(lines[14 - 1]).toBe('const b = a + 1;');
  });

  it('refuses a continued block with nothing before it', () => {
    const [only] = extractBlocks('```ts continued\nx;\n```', 'docs/y.md');
    expect(() => chainOf([only!], only!)).toThrow(/docs\/y\.md#1 \(line 2\) is marked 'continued'/);
  });
});

describe('unassertedResults', () => {
  it('finds instants shown in // => comments that no statement mentions', () => {
    const code = [
      "const due = cal.add(x, 'PT4H'); // => 2024-03-04T14:30:00.000Z (Monday 09:30)",
      "assert.equal(due.toISOString(), '2024-03-04T14:30:00.000Z');",
      'cal.nextOpen(x); // => 2024-03-05T12:00:00.000Z',
      "// assert.equal(x, '2024-03-05T12:00:00.000Z') in a comment does not count",
    ].join('\n');
    expect(unassertedResults(code)).toEqual(['2024-03-05T12:00:00.000Z']);
  });
});
