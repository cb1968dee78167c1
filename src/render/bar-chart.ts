// A small grouped bar chart as an SVG string, horizontal (long category names: priorities) or
// vertical (a run of months). Hand-written rather than a chart library: two chart shapes do
// not earn a runtime, a DOM or hundreds of kilobytes inlined into every report. Series are
// told apart by fill pattern as well as colour, bars carry their values as text where they
// fit, and the SVG has role="img", a <title> and a <desc>.

import { attrs, escapeXml, px } from './escape';
import { textWidth } from './labels';
import { legend } from './legend';
import { INK } from './palette';
import { text } from './svg-marks';

/** One series: a value per category (null: nothing to show). */
export interface BarSeries {
  label: string;
  /** A colour or `url(#pattern)` defined in `defs`. */
  fill: string;
  values: readonly (number | null)[];
}

export interface BarChartSpec {
  /** Prefix of the ids inside the SVG, unique on the page. */
  id: string;
  title: string;
  /** What the chart shows and its main facts, for people who cannot see it. */
  desc: string;
  categories: readonly string[];
  series: readonly BarSeries[];
  orientation: 'horizontal' | 'vertical';
  /** The value at the end of the axis. */
  max: number;
  /** Values at which to draw grid lines. */
  ticks: readonly number[];
  /** A value as text: '95.5%', '120.5 h'. */
  format: (value: number) => string;
  /** A grid value as text; default `format`. */
  tickFormat?: (value: number) => string;
  /** The text for a null value. */
  missing?: string;
  /** Pattern definitions the fills refer to. */
  defs?: string;
  width?: number;
}

const FONT = 11;

/**
 * A grouped bar chart.
 *
 * @example
 * barChart({
 *   id: 'c1', title: 'Met by priority', desc: 'Urgent 90 %, normal 70 %.', orientation: 'horizontal',
 *   categories: ['Urgent', 'Normal'], series: [{ label: 'Response', fill: '#0072B2', values: [0.9, 0.7] }],
 *   max: 1, ticks: [0, 0.5, 1], format: (v) => `${Math.round(v * 100)} %`,
 * });
 */
export function barChart(spec: BarChartSpec): string {
  const width = Math.max(360, spec.width ?? 960);
  const { svg: legendSvg, height: legendH } = legend(
    spec.series.map((s) => ({
      swatch: `<rect width="24" height="14" fill="${escapeXml(s.fill)}" stroke="${INK.text}" stroke-width="0.5"/>`,
      label: s.label,
    })),
    8,
    8,
    width - 16,
  );
  const top = 8 + legendH + 8;
  const { body, height } =
    spec.orientation === 'horizontal' ? horizontal(spec, width, top) : vertical(spec, width, top);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs({
      class: 'habil-chart',
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      role: 'img',
      'aria-labelledby': `${spec.id}-title ${spec.id}-desc`,
      'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    })}>` +
    `<title id="${escapeXml(spec.id)}-title">${escapeXml(spec.title)}</title>` +
    `<desc id="${escapeXml(spec.id)}-desc">${escapeXml(spec.desc)}</desc>` +
    (spec.defs ? `<defs>${spec.defs}</defs>` : '') +
    `<rect width="${width}" height="${height}" fill="${INK.background}"/>` +
    legendSvg +
    body +
    `</svg>`
  );
}

function horizontal(spec: BarChartSpec, width: number, top: number): { body: string; height: number } {
  const n = spec.series.length;
  const barH = 16;
  const groupH = n * barH + 12;
  const gutter = Math.min(280, Math.max(80, ...spec.categories.map((c) => textWidth(c, 12) + 16)));
  const fit = (label: string) => {
    if (textWidth(label, 12) <= gutter - 16) return label;
    let cut = label;
    while (cut.length > 1 && textWidth(`${cut}…`, 12) > gutter - 16) cut = cut.slice(0, -1);
    return `${cut.trimEnd()}…`;
  };
  const right = width - 64;
  const axisY = top + 16;
  const x = (v: number) => gutter + (Math.min(v, spec.max) / spec.max) * (right - gutter);
  const out: string[] = [];
  const bottom = axisY + 6 + spec.categories.length * groupH;
  for (const t of spec.ticks) {
    out.push(`<line${attrs({ x1: x(t), y1: axisY, x2: x(t), y2: bottom, stroke: INK.grid, 'stroke-width': 1 })}/>`);
    out.push(
      text((spec.tickFormat ?? spec.format)(t), x(t), axisY - 4, { size: 10, anchor: 'middle', fill: INK.muted }),
    );
  }
  spec.categories.forEach((category, i) => {
    const gy = axisY + 6 + i * groupH;
    out.push(text(fit(category), gutter - 8, gy + (n * barH) / 2 + 4, { size: 12, anchor: 'end', tooltip: category }));
    spec.series.forEach((s, j) => {
      const v = s.values[i] ?? null;
      const y = gy + j * barH;
      const tip = `${category} · ${s.label}: ${v === null ? (spec.missing ?? '—') : spec.format(v)}`;
      if (v !== null && v > 0) {
        out.push(
          `<rect${attrs({ class: 'bar', x: gutter, y: y + 1, width: x(v) - gutter, height: barH - 2, fill: s.fill, stroke: INK.text, 'stroke-width': 0.5 })}><title>${escapeXml(tip)}</title></rect>`,
        );
      }
      out.push(
        text(v === null ? (spec.missing ?? '—') : spec.format(v), (v === null ? gutter : x(v)) + 4, y + barH - 4, {
          size: FONT,
        }),
      );
    });
  });
  out.push(`<line${attrs({ x1: gutter, y1: axisY, x2: gutter, y2: bottom, stroke: INK.text, 'stroke-width': 1 })}/>`);
  return { body: out.join(''), height: Math.ceil(bottom + 8) };
}

function vertical(spec: BarChartSpec, width: number, top: number): { body: string; height: number } {
  const n = spec.series.length;
  const left = 8 + Math.max(...spec.ticks.map((t) => textWidth((spec.tickFormat ?? spec.format)(t), 10))) + 8;
  const right = width - 8;
  const groupW = (right - left) / Math.max(1, spec.categories.length);
  const barW = Math.max(2, Math.min(n === 1 ? 44 : 30, (groupW - 8) / n));
  const rotate = spec.categories.some((c) => textWidth(c, FONT) > groupW - 4);
  const plotTop = top + 16;
  const plotH = 220;
  const axisY = plotTop + plotH;
  const y = (v: number) => axisY - (Math.min(v, spec.max) / spec.max) * plotH;
  const out: string[] = [];
  for (const t of spec.ticks) {
    out.push(`<line${attrs({ x1: left, y1: y(t), x2: right, y2: y(t), stroke: INK.grid, 'stroke-width': 1 })}/>`);
    out.push(
      text((spec.tickFormat ?? spec.format)(t), left - 6, y(t) + 4, { size: 10, anchor: 'end', fill: INK.muted }),
    );
  }
  spec.categories.forEach((category, i) => {
    const gx = left + i * groupW + (groupW - n * barW) / 2;
    const cx = left + (i + 0.5) * groupW;
    spec.series.forEach((s, j) => {
      const v = s.values[i] ?? null;
      const bx = gx + j * barW;
      const tip = `${category} · ${s.label}: ${v === null ? (spec.missing ?? '—') : spec.format(v)}`;
      if (v !== null && v > 0) {
        out.push(
          `<rect${attrs({ class: 'bar', x: bx + 1, y: y(v), width: barW - 2, height: axisY - y(v), fill: s.fill, stroke: INK.text, 'stroke-width': 0.5 })}><title>${escapeXml(tip)}</title></rect>`,
        );
      }
      const label = v === null ? (spec.missing ?? '—') : spec.format(v);
      if (textWidth(label, 9) <= barW + 2)
        out.push(text(label, bx + barW / 2, (v === null ? axisY : y(v)) - 3, { size: 9, anchor: 'middle' }));
      else if (barW >= 10) {
        // Too narrow for the value across: write it upward, inside a tall bar, above a short one.
        const barTop = v === null ? axisY : y(v);
        const inside = axisY - barTop > textWidth(label, 9) + 8;
        const tx = px(bx + barW / 2 + 3);
        const ty = px(inside ? axisY - 4 : barTop - 4);
        out.push(
          `<text${attrs({ x: tx, y: ty, 'font-size': 9, transform: `rotate(-90 ${tx} ${ty})`, fill: INK.text, stroke: inside ? INK.background : undefined, 'stroke-width': inside ? 3 : undefined, 'paint-order': inside ? 'stroke' : undefined })}>${escapeXml(label)}</text>`,
        );
      }
    });
    if (rotate) {
      out.push(
        `<text${attrs({ x: cx, y: axisY + 12, 'font-size': FONT, 'text-anchor': 'end', transform: `rotate(-40 ${px(cx)} ${px(axisY + 12)})`, fill: INK.text })}>${escapeXml(category)}</text>`,
      );
    } else {
      out.push(text(category, cx, axisY + 15, { size: FONT, anchor: 'middle' }));
    }
  });
  out.push(`<line${attrs({ x1: left, y1: axisY, x2: right, y2: axisY, stroke: INK.text, 'stroke-width': 1 })}/>`);
  const labelsH = rotate ? Math.max(...spec.categories.map((c) => textWidth(c, FONT))) * 0.65 + 18 : 24;
  return { body: out.join(''), height: Math.ceil(axisY + labelsH) };
}
