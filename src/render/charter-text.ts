// A charter's quoted lines as HTML: the little markdown the charters were written in (bold,
// italics, code, `- ` bullets, backslash escapes) rendered, tab-separated lines as table rows,
// and everything else escaped. Markers left unpaired by the source are dropped, not shown.

import { escapeXml } from './escape';
import { el, raw } from './html';

/**
 * Inline markdown of one line as HTML: `**bold**`, `*em*`/`_em_`, `` `code` ``, `\*` a literal.
 *
 * @example
 * inlineMarkdown('En **horario NO hábil** <a>'); //=> 'En <strong>horario NO hábil</strong> &lt;a&gt;'
 */
export function inlineMarkdown(text: string): string {
  // Escapes first become placeholders, so their characters are not read as markers.
  const literals: string[] = [];
  const held = text.replace(/\\([\\*_`])/g, (_m, c: string) => `\uE000${literals.push(c) - 1}\uE000`);
  let html = escapeXml(held)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*(?=\S)(.+?)(?<=\S)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[^*\w])\*(?=\S)([^*]+?)(?<=\S)\*(?![*\w])/g, '$1<em>$2</em>')
    .replace(/(^|[^\w])_(?=\S)([^_]+?)(?<=\S)_(?!\w)/g, '$1<em>$2</em>');
  html = html.replace(/\*\*/g, ''); // unpaired bold markers
  return html.replace(/\uE000(\d+)\uE000/g, (_m, i: string) => escapeXml(literals[Number(i)]!));
}

/**
 * The charter's lines as HTML blocks: bullets as a list, tab-separated runs as a table, the rest
 * as paragraphs.
 *
 * @example
 * charterHtml(['- **Urgente:** punto de venta parado', 'Urgente\t1 Hora\t4 Horas']);
 */
export function charterHtml(lines: readonly string[]): string {
  const out: string[] = [];
  let run: { kind: 'ul' | 'table'; items: string[] } | undefined;
  const flush = () => {
    if (run?.kind === 'ul') out.push(el('ul', {}, raw(run.items.join(''))));
    if (run?.kind === 'table') out.push(el('table', {}, raw(el('tbody', {}, raw(run.items.join(''))))));
    run = undefined;
  };
  for (const line of lines) {
    const bullet = /^\s*[-*•]\s+(.*)$/.exec(line);
    const kind = bullet ? 'ul' : line.includes('\t') ? 'table' : undefined;
    if (kind !== run?.kind) flush();
    if (kind === undefined) {
      out.push(el('p', {}, raw(inlineMarkdown(line))));
      continue;
    }
    run ??= { kind, items: [] };
    run.items.push(
      kind === 'ul'
        ? el('li', {}, raw(inlineMarkdown(bullet![1]!)))
        : el(
            'tr',
            {},
            raw(
              line
                .split('\t')
                .map((cell) => el('td', {}, raw(inlineMarkdown(cell.trim()))))
                .join(''),
            ),
          ),
    );
  }
  flush();
  return out.join('');
}
