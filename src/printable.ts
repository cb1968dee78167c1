// Values made safe to print in messages and on terminals: control characters escaped, long
// values cut saying how much was left out. Every message habil builds quotes values through
// `show`, so no ticket id can rewrite a screen or carry a megabyte into a log.

/** Values longer than this (in UTF-16 units) are cut in messages, saying how much was left out. */
export const MAX_QUOTED = 80;

/**
 * Renders a value for an error message: strings quoted, objects as compact JSON, both through
 * `printable` (controls escaped, cut after MAX_QUOTED characters).
 *
 * @example
 * show('x'.repeat(100)); //=> "'xxxx…x… (20 more)'" (80 x's)
 */
export function show(value: unknown): string {
  if (typeof value === 'string') return `'${printable(value, MAX_QUOTED)}'`;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined)
    return String(value);
  if (typeof value === 'bigint') return `${value}n`;
  try {
    return printable(JSON.stringify(value) ?? String(value), MAX_QUOTED);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

// C0 and C1 controls, DEL, and the Unicode controls that reorder or hide text on a screen: the
// Arabic letter mark, LRM/RLM, bidi embeddings, overrides and isolates, line and paragraph
// separators, the zero-width no-break space.
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069\ufeff]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Text safe to print in a message or on a terminal: every control character (ESC, C0, C1, DEL,
 * bidi overrides) written as an escape (`\x1b`, `\u202e`), and text longer than `max` cut there,
 * saying how many characters were left out. Terminal escape sequences in a ticket id thus show
 * as text instead of recolouring or rewriting the screen.
 *
 * @example
 * printable('\u001b[2Jid\u202e'); //=> '\\x1b[2Jid\\u202e'
 * printable('a'.repeat(100), 80); //=> 'aaaa…a… (20 more)' (80 a's)
 */
export function printable(text: string, max = Number.POSITIVE_INFINITY): string {
  let cut = text.length > max ? max : text.length;
  if (cut < text.length && /[\ud800-\udbff]/.test(text[cut - 1] ?? '')) cut--; // never half a surrogate pair
  const escaped = text.slice(0, cut).replace(CONTROLS, (c) => NAMED[c] ?? escapeCode(c.charCodeAt(0)));
  return cut < text.length ? `${escaped}… (${text.length - cut} more)` : escaped;
}

/**
 * Multi-line text for a terminal: each line through `printable`, line breaks kept.
 *
 * @example
 * terminalText('id \u001b[31m\nnext'); //=> 'id \\x1b[31m\nnext'
 */
export function terminalText(text: string): string {
  return text
    .split('\n')
    .map((line) => printable(line))
    .join('\n');
}

function escapeCode(code: number): string {
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
