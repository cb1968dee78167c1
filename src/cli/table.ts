// A small text-table formatter for the terminal: columns padded to their widest cell, numbers
// right-aligned, two spaces between columns, an underlined header. Callers pick columns that
// fit 80 characters; cells are never wrapped or truncated, and their control characters are
// escaped. Also wraps prose to 78 columns.

import { printable } from '../errors';

/** A column: its header, and whether its cells align right (numbers) or left (text). */
export interface Column {
  header: string;
  align?: 'left' | 'right';
}

/**
 * Renders rows under headers, one line each, ending with a newline.
 *
 * @example
 * table([{ header: 'priority' }, { header: 'n', align: 'right' }], [['urgent', '12'], ['normal', '340']]);
 * //=> 'priority    n\n--------  ---\nurgent     12\nnormal    340\n'
 */
export function table(columns: readonly Column[], data: readonly (readonly string[])[]): string {
  const rows = data.map((cells) => cells.map((cell) => printable(cell))); // no terminal escapes from data
  const widths = columns.map((c, i) => Math.max(width(c.header), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: readonly string[]) =>
    columns
      .map((c, i) => {
        const cell = cells[i] ?? '';
        const pad = ' '.repeat(widths[i]! - width(cell));
        return c.align === 'right' ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd();
  return `${[line(columns.map((c) => c.header)), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n')}\n`;
}

/**
 * Wraps text at 78 columns after an indent, breaking at spaces.
 *
 * @example
 * wrap('a long reason ...', '    '); //=> '    a long reason ...' (one line per 78 columns)
 */
export function wrap(text: string, indent: string): string {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      if (line !== '' && indent.length + width(line) + 1 + width(word) > 78) {
        lines.push(line);
        line = word;
      } else {
        line = line === '' ? word : `${line} ${word}`;
      }
    }
    lines.push(line);
  }
  return lines.map((l) => indent + l).join('\n');
}

/** Display width: code points, so accented letters count once. */
function width(text: string): number {
  return [...text].length;
}
