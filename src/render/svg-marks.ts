// The marks a timeline and its legend share: event symbols told apart by shape (not colour),
// vertical marker lines told apart by dash pattern and weight, and text with an optional tooltip.

import { attrs, escapeXml, px } from './escape';
import { INK } from './palette';

/** Point symbols: each has its own shape, so it reads in greyscale and without colour vision. */
export type SymbolKind =
  | 'reported'
  | 'clockStart'
  | 'responded'
  | 'resolved'
  | 'reopened'
  | 'priority'
  | 'met'
  | 'breached';

/**
 * A symbol centred on (x, y), `r` its half-size.
 *
 * @example
 * symbol('met', 10, 10); // a green disc with a white check mark
 */
export function symbol(kind: SymbolKind, x: number, y: number, r = 6): string {
  return `<g class="symbol-${kind}">${shape(kind, x, y, r)}</g>`;
}

function shape(kind: SymbolKind, x: number, y: number, r: number): string {
  const [X, Y, R] = [px(x), px(y), px(r)];
  const ink = `fill="${INK.text}" stroke="${INK.background}" stroke-width="1"`;
  switch (kind) {
    case 'reported': // triangle pointing down
      return `<path d="M${px(x - r)} ${px(y - r)}H${px(x + r)}L${X} ${px(y + r)}Z" ${ink}/>`;
    case 'clockStart': // triangle pointing right
      return `<path d="M${px(x - r)} ${px(y - r)}V${px(y + r)}L${px(x + r)} ${Y}Z" ${ink}/>`;
    case 'responded': // disc
      return `<circle cx="${X}" cy="${Y}" r="${R}" ${ink}/>`;
    case 'resolved': // square
      return `<rect x="${px(x - r)}" y="${px(y - r)}" width="${px(2 * r)}" height="${px(2 * r)}" ${ink}/>`;
    case 'reopened': // triangle pointing up, hollow: the ticket opens again
      return `<path d="M${px(x - r)} ${px(y + r)}H${px(x + r)}L${X} ${px(y - r)}Z" fill="${INK.background}" stroke="${INK.text}" stroke-width="2"/>`;
    case 'priority': // hollow diamond
      return `<path d="M${X} ${px(y - r)}L${px(x + r)} ${Y}L${X} ${px(y + r)}L${px(x - r)} ${Y}Z" fill="${INK.background}" stroke="${INK.text}" stroke-width="2"/>`;
    case 'met': // green disc, white check
      return (
        `<circle cx="${X}" cy="${Y}" r="${px(r + 1)}" fill="${INK.met}" stroke="${INK.text}" stroke-width="1"/>` +
        `<path d="M${px(x - r * 0.5)} ${Y}L${px(x - r * 0.1)} ${px(y + r * 0.45)}L${px(x + r * 0.55)} ${px(y - r * 0.45)}" fill="none" stroke="#FFFFFF" stroke-width="2"/>`
      );
    case 'breached': // vermillion diamond, white cross
      return (
        `<path d="M${X} ${px(y - r - 2)}L${px(x + r + 2)} ${Y}L${X} ${px(y + r + 2)}L${px(x - r - 2)} ${Y}Z" fill="${INK.over}" stroke="${INK.text}" stroke-width="1"/>` +
        `<path d="M${px(x - r * 0.4)} ${px(y - r * 0.4)}L${px(x + r * 0.4)} ${px(y + r * 0.4)}M${px(x + r * 0.4)} ${px(y - r * 0.4)}L${px(x - r * 0.4)} ${px(y + r * 0.4)}" stroke="#FFFFFF" stroke-width="2"/>`
      );
  }
}

/** Vertical marker lines, told apart by weight and dash. */
export type LineKind = 'due' | 'expected' | 'warning' | 'now' | 'guide';

// Built by a call marked pure (its reads of INK would otherwise keep it in pages that draw nothing).
const LINES = /* @__PURE__ */ lineStyles();

function lineStyles(): Record<LineKind, { stroke: string; width: number; dash?: string }> {
  return {
    due: { stroke: INK.text, width: 2.5 },
    expected: { stroke: INK.text, width: 1.5, dash: '6 3' },
    warning: { stroke: INK.warning, width: 2, dash: '2 2' },
    now: { stroke: INK.text, width: 1.5, dash: '1 3' },
    guide: { stroke: '#8C8C8C', width: 1, dash: '3 3' },
  };
}

/**
 * A marker line from (x1, y1) to (x2, y2) in the style of `kind`.
 *
 * @example
 * line('due', 100, 0, 100, 40);
 */
export function line(kind: LineKind, x1: number, y1: number, x2: number, y2: number): string {
  const style = LINES[kind];
  return `<line${attrs({ class: `mark-${kind}`, x1, y1, x2, y2, stroke: style.stroke, 'stroke-width': style.width, 'stroke-dasharray': style.dash })}/>`;
}

/**
 * Escaped text at (x, y), with an optional tooltip (`<title>`).
 *
 * @example
 * text('Vence lun 4, 09:30', 10, 20, { size: 11, anchor: 'start' });
 */
export function text(
  content: string,
  x: number,
  y: number,
  options: {
    size?: number;
    anchor?: 'start' | 'middle' | 'end';
    weight?: 'bold' | undefined;
    fill?: string;
    tooltip?: string;
    halo?: boolean;
  } = {},
): string {
  const a = attrs({
    x,
    y,
    'font-size': options.size ?? 11,
    'text-anchor': options.anchor === 'start' ? undefined : options.anchor,
    'font-weight': options.weight,
    fill: options.fill ?? INK.text,
    // A white outline behind the glyphs keeps text legible on hatching.
    stroke: options.halo ? INK.background : undefined,
    'stroke-width': options.halo ? 3 : undefined,
    'paint-order': options.halo ? 'stroke' : undefined,
  });
  const tip = options.tooltip === undefined ? '' : `<title>${escapeXml(options.tooltip)}</title>`;
  return `<text${a}>${tip}${escapeXml(content)}</text>`;
}

/**
 * A rectangle [x1, x2] × [y, y + h] with a fill and optional tooltip; nothing when empty.
 *
 * @example
 * rect(10, 50, 0, 20, { fill: 'url(#t-p-pause)' });
 */
export function rect(
  x1: number,
  x2: number,
  y: number,
  h: number,
  options: { fill: string; stroke?: string; tooltip?: string; min?: number; class?: string },
): string {
  const width = Math.max(x2 - x1, options.min ?? 0);
  if (width <= 0) return '';
  const a = attrs({
    class: options.class,
    x: x1,
    y,
    width,
    height: h,
    fill: options.fill,
    stroke: options.stroke,
    'stroke-width': options.stroke ? 1 : undefined,
  });
  return options.tooltip === undefined
    ? `<rect${a}/>`
    : `<rect${a}><title>${escapeXml(options.tooltip)}</title></rect>`;
}
