// A legend for an SVG: swatches with labels, flowed into rows that fit a width. Timelines and
// charts both use it; a swatch is any SVG drawn in a 24 × 14 box at the origin.

import { escapeXml, px } from './escape';
import { textWidth } from './labels';
import { INK, patternId } from './palette';
import { line, symbol } from './svg-marks';
import type { LegendKey } from './timeline-words';

/** One legend entry: a swatch (SVG in a 24 × 14 box) and its label. */
export interface LegendItem {
  swatch: string;
  label: string;
}

const SWATCH_W = 24;
const ROW_H = 20;
const FONT = 11;

/**
 * The legend's SVG at (x, y), flowed into rows of at most `width`, and its height.
 *
 * @example
 * const { svg, height } = legend([{ swatch: '<rect width="24" height="14" fill="#0072B2"/>', label: 'Met' }], 10, 200, 600);
 */
export function legend(
  items: readonly LegendItem[],
  x: number,
  y: number,
  width: number,
): { svg: string; height: number } {
  const parts: string[] = [];
  let cx = x;
  let cy = y;
  for (const item of items) {
    const w = SWATCH_W + 6 + textWidth(item.label, FONT) + 18;
    if (cx > x && cx + w > x + width) {
      cx = x;
      cy += ROW_H;
    }
    parts.push(
      `<g transform="translate(${px(cx)} ${px(cy)})">${item.swatch}` +
        `<text x="${SWATCH_W + 6}" y="11" font-size="${FONT}" fill="${INK.text}">${escapeXml(item.label)}</text></g>`,
    );
    cx += w;
  }
  return { svg: `<g class="legend">${parts.join('')}</g>`, height: items.length === 0 ? 0 : cy - y + ROW_H };
}

/**
 * The swatch of a timeline legend entry, drawn with the same fills and marks as the timeline.
 *
 * @example
 * timelineSwatch('pause', 'tl-1'); // a hatched orange box
 */
export function timelineSwatch(key: LegendKey, prefix: string): string {
  const box = (fill: string, y = 0, h = 14) =>
    `<rect x="0" y="${y}" width="${SWATCH_W}" height="${h}" fill="${fill}" stroke="${INK.grid}" stroke-width="0.5"/>`;
  switch (key) {
    case 'open':
      return box(INK.open);
    case 'counted':
      return box(INK.counted, 3, 8);
    case 'over':
      return box(`url(#${patternId(prefix, 'over')})`, 3, 8);
    case 'pause':
      return box(`url(#${patternId(prefix, 'pause')})`);
    case 'closure':
      return box(`url(#${patternId(prefix, 'closure')})`);
    case 'expected':
    case 'warning':
    case 'due':
      return line(key, 12, 0, 12, 14);
    case 'now':
      return line('now', 12, 0, 12, 14);
    case 'met':
    case 'breached':
      return symbol(key, 12, 7, 5);
    case 'cycleStart':
      return symbol('clockStart', 12, 7, 5);
    case 'reported':
    case 'clockStart':
    case 'responded':
    case 'resolved':
    case 'reopened':
    case 'priority':
      return symbol(key, 12, 7, 5);
  }
}
