// The loop of a long-lived row process: lines in, exactly one line out per line in, written as
// soon as each chunk of input is answered. A warehouse (ClickHouse's executable_pool) sends a
// block of rows and waits for as many answers before it sends more, so nothing may wait for
// the end of input; stdout's backpressure pauses reading.

import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';

/** Longer lines are answered (by `answer` with `tooLong` set) without being held in memory. */
export const MAX_LINE = 1 << 20;

/**
 * Answers every line of `input` (a trailing line without its newline too) on `output`, one
 * line each, in order; resolves to the number of lines answered.
 */
export async function answerLines(
  input: Readable,
  output: Writable,
  answer: (line: string, tooLong: boolean) => string,
): Promise<number> {
  let rest = '';
  let skipping = false;
  let count = 0;
  input.setEncoding('utf8');
  for await (const chunk of input as AsyncIterable<string>) {
    let out = '';
    let start = 0;
    let text = rest + chunk;
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      if (skipping) skipping = false;
      else {
        out += `${answer(lineAt(text, start, end), false)}\n`;
        count++;
      }
      start = end + 1;
    }
    text = text.slice(start);
    if (!skipping && text.length > MAX_LINE) {
      out += `${answer('', true)}\n`;
      count++;
      skipping = true;
    }
    rest = skipping ? '' : text;
    if (out !== '' && !output.write(out)) await once(output, 'drain');
  }
  if (rest !== '') {
    output.write(`${answer(lineAt(rest, 0, rest.length), false)}\n`);
    count++;
  }
  return count;
}

/** The line between two offsets, less a carriage return before its newline. */
function lineAt(text: string, start: number, end: number): string {
  return text.charCodeAt(end - 1) === 13 && end > start ? text.slice(start, end - 1) : text.slice(start, end);
}
