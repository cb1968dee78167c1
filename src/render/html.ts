// Small helpers for writing HTML as strings: elements with escaped attributes, and tables whose
// cells are escaped text unless a column says it gives markup.

import { attrs, escapeXml } from './escape';

/** Markup that is already safe, as opposed to text that still needs escaping. */
export interface Markup {
  html: string;
}

/**
 * Markup from a trusted string (one habil built, with its text escaped).
 *
 * @example
 * raw('<a href="#x">x</a>');
 */
export function raw(html: string): Markup {
  return { html };
}

/**
 * Text (escaped) or markup (as is), as markup.
 *
 * @example
 * toHtml('a < b'); //=> 'a &lt; b'
 */
export function toHtml(content: string | Markup): string {
  return typeof content === 'string' ? escapeXml(content) : content.html;
}

/**
 * An element: attributes escaped, children text (escaped) or markup.
 *
 * @example
 * el('p', { class: 'note' }, 'a < b'); //=> '<p class="note">a &lt; b</p>'
 */
export function el(
  tag: string,
  attributes: Record<string, string | number | boolean | undefined>,
  ...children: (string | Markup)[]
): string {
  return `<${tag}${attrs(attributes)}>${children.map(toHtml).join('')}</${tag}>`;
}

/** A table column: its header and each row's cell. */
export interface Column<T> {
  header: string;
  cell: (row: T) => string | Markup;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
  /** Never wrapped (ids, instants). */
  nowrap?: boolean;
}

/**
 * A table with a caption, header cells with scope="col", and the first column as row headers.
 *
 * @example
 * table('Targets', [{ header: 'Priority', cell: (r) => r.p }, { header: 'Met', cell: (r) => String(r.n), numeric: true }], rows);
 */
export function table<T>(
  caption: string | undefined,
  columns: readonly Column<T>[],
  rows: readonly T[],
  className?: string,
): string {
  const cellClass = (c: Column<T>) => (c.numeric ? 'num' : c.nowrap ? 'nowrap' : undefined);
  const head = `<thead><tr>${columns.map((c) => el('th', { scope: 'col', class: cellClass(c) }, c.header)).join('')}</tr></thead>`;
  const body = rows
    .map(
      (row) =>
        `<tr>${columns.map((c, i) => el(i === 0 ? 'th' : 'td', { scope: i === 0 ? 'row' : undefined, class: cellClass(c) }, c.cell(row))).join('')}</tr>`,
    )
    .join('');
  return `<table${attrs({ class: className })}>${caption === undefined ? '' : el('caption', {}, caption)}${head}<tbody>${body}</tbody></table>`;
}
