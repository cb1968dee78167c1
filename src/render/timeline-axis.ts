// A timeline's time axis and grid: the larger unit's boundaries (days, months) drawn through
// every lane, small ticks with their labels, and the spans' bold labels below, each skipped
// rather than overlapping its neighbour.

import { attrs } from './escape';
import { textWidth } from './labels';
import { INK } from './palette';
import { text } from './svg-marks';
import type { TimelineLayout } from './timeline-layout';

/**
 * The grid lines behind the lanes.
 *
 * @example
 * drawGrid(layout, model.from);
 */
export function drawGrid(l: TimelineLayout, from: number): string {
  let out = '';
  for (const s of l.ticks.spans)
    if (s.at > from)
      out += `<line${attrs({ x1: l.x(s.at), y1: l.lanesTop, x2: l.x(s.at), y2: l.axisY, stroke: INK.grid, 'stroke-width': 1 })}/>`;
  return out;
}

/**
 * The axis line, its ticks and labels.
 *
 * @example
 * drawAxis(layout);
 */
export function drawAxis(l: TimelineLayout): string {
  const { x, axisY, gutter, right, width } = l;
  const tick = (at: number, length: number) =>
    `<line${attrs({ x1: at, y1: axisY, x2: at, y2: axisY + length, stroke: INK.text, 'stroke-width': 1 })}/>`;
  const out: string[] = [
    `<line${attrs({ x1: gutter, y1: axisY, x2: right, y2: axisY, stroke: INK.text, 'stroke-width': 1 })}/>`,
  ];
  let lastEnd = -Infinity;
  for (const t of l.ticks.ticks) {
    out.push(tick(x(t.at), 4));
    const lx = x(t.labelAt ?? t.at);
    const half = textWidth(t.label, 10) / 2;
    if (lx - half < Math.max(lastEnd + 4, gutter - 20) || lx + half > width) continue;
    out.push(text(t.label, lx, axisY + 15, { size: 10, anchor: 'middle', fill: INK.muted }));
    lastEnd = lx + half;
  }
  lastEnd = -Infinity;
  for (const s of l.ticks.spans) {
    const sx = x(s.at);
    const labelW = textWidth(s.label, 11, true);
    if (sx < lastEnd + 6) continue;
    out.push(tick(sx, 20));
    // A label that would run off the right edge ends at the tick instead.
    const fits = sx + 3 + labelW <= width - 4;
    if (fits || sx - 3 - labelW > lastEnd + 6)
      out.push(
        text(s.label, fits ? sx + 3 : sx - 3, axisY + 29, { size: 11, weight: 'bold', anchor: fits ? 'start' : 'end' }),
      );
    lastEnd = sx + 3 + (fits ? labelW : 0);
  }
  return out.join('');
}
