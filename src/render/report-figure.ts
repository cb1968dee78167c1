// A chart of the report in its <figure>: the SVG, a caption with its note, and the chart's data
// as a table folded under it (the same numbers for people and tools that cannot read the SVG).

import { el, raw } from './html';

/**
 * The figure's HTML.
 *
 * @example
 * figure('fig-month', svg, 'Share met, by month', 'Met % = …', table(...), 'Chart data as a table');
 */
export function figure(id: string, svg: string, caption: string, note: string, data: string, summary: string): string {
  return el(
    'figure',
    { id, class: 'chart' },
    raw(svg),
    raw(el('figcaption', {}, raw(`${el('strong', {}, caption)} `), note)),
    raw(el('details', { class: 'chart-data' }, raw(el('summary', {}, summary)), raw(data))),
  );
}

/**
 * The highest and lowest points, named, for a chart's text description.
 *
 * @example
 * extremes([{ name: 'Jan', v: 0.9 }, { name: 'Feb', v: 0.5 }], String); //=> { best: 'Jan 0.9', worst: 'Feb 0.5' }
 */
export function extremes(
  points: { name: string; v: number }[],
  format: (v: number) => string,
): { best: string; worst: string } {
  if (points.length === 0) return { best: '—', worst: '—' };
  const sorted = [...points].sort((a, b) => b.v - a.v);
  const show = (p: { name: string; v: number }) => `${p.name} ${format(p.v)}`;
  return { best: show(sorted[0]!), worst: show(sorted[sorted.length - 1]!) };
}
