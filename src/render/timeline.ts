// renderTimeline: one ticket's life on its clocks as an SVG string. A top lane with the ticket's
// events (reported, clock start, responded, resolved, now); a lane per target with its clock's
// open hours shaded, holidays and closures cross-hatched, pauses hatched, the time counted as a
// bar (vermillion and back-hatched past due), and expected-by, warning and due markers; a time
// axis in the calendar's zone and a legend. Pure string building: no DOM, no Node built-ins, so
// it runs in notebooks, browsers and servers alike.

import { requireObject } from '../arguments';
import { formatLevel } from '../policy/warnings';
import { formatDuration, formatInstant, formatWall, localIsoDate } from '../time/format';
import { attrs, escapeXml, slug } from './escape';
import { placeLabels, textWidth } from './labels';
import { legend, timelineSwatch } from './legend';
import { INK, patternDefs, patternId } from './palette';
import { line, rect, symbol, text } from './svg-marks';
import { timeTicks } from '../time/axis';
import { assessTimeline, timelineModel, type Lane, type TimelineInput, type TimelineModel } from './timeline-model';
import { timelineWords, type LegendKey, type RenderLang, type TimelineWords } from './timeline-words';

export type { TimelineInput } from './timeline-model';

/** How to draw a timeline. */
export interface TimelineOptions {
  /** Language of labels and text alternative; default the policy's `lang`. */
  lang?: RenderLang | undefined;
  /** Width in px (the SVG scales with its container; this sets the layout). Default 960, at least 480. */
  width?: number | undefined;
  /** IANA zone the axis and labels are read in; default the zone of the plan's business calendar. */
  zone?: string | undefined;
  /** Prefix of the element ids inside the SVG, unique per page; default from the ticket id. */
  id?: string | undefined;
}

const LABEL_ROW = 13;
const BAR_H = 24;
const LANE_H = 2 * LABEL_ROW + 6 + BAR_H + 16;
const EVENT_ROWS = 3;
const EVENT_ROW = 16;

/**
 * One ticket's timeline as a standalone SVG string: its events, and per target the clock's open
 * hours, holidays and closures, pauses, the time counted, expected-by, warning and due markers,
 * met or breached, in the calendar's zone, with a legend. Evaluates the ticket itself (with
 * `explain: true`) unless `sla` is given; an `sla` without explanations throws a HabilError.
 * The SVG has role="img", a `<title>` and a `<desc>` holding the explanation text.
 *
 * @example
 * const svg = renderTimeline(
 *   { policy: policies.icg, ticket: { id: 'T-1', priority: 'Urgente', reportedAt: '2024-03-01 16:00', resolvedAt: '2024-03-04 11:00' }, now: '2024-03-05 00:00' },
 *   { lang: 'en' },
 * );
 * // in a notebook: display(svg) as HTML; in a browser: element.innerHTML = svg
 */
export function renderTimeline(input: TimelineInput, options: TimelineOptions = {}): string {
  requireObject(input, 'input', '{ policy, ticket, now } (or { sla } from evaluate)');
  return drawTimeline(timelineModel(assessTimeline(input), options), options);
}

/**
 * Draws a timeline model (see ./timeline-model) as SVG.
 *
 * @example
 * drawTimeline(timelineModel(assessTimeline(input), {}), { width: 720 });
 */
export function drawTimeline(model: TimelineModel, options: Pick<TimelineOptions, 'width' | 'id'> = {}): string {
  const w = timelineWords(model.lang);
  const prefix = options.id === undefined ? `habil-tl-${slug(model.ticketId ?? 'ticket')}` : slug(options.id);
  const width = Math.max(480, Math.round(options.width ?? 960));
  const gutterTexts = model.lanes.flatMap((lane) => laneTitle(lane, w));
  const gutter = Math.min(280, Math.max(150, ...gutterTexts.map((t) => textWidth(t, 11) + 36)));
  const right = width - 16;
  const x = (t: number) => gutter + ((t - model.from) / (model.to - model.from)) * (right - gutter);
  const short = shortFormat(model);

  const title = w.title(model.ticketId);
  const subtitle = wrap(
    [w.subtitle(model.policy, model.plan, model.priority, model.zone), ...(model.deferred ? [w.deferred] : [])],
    12,
    width - 24,
  );
  const header = 34 + subtitle.length * 16;
  const markersY = header + EVENT_ROWS * EVENT_ROW + 2;
  const lanesTop = markersY + 10;
  const axisY = lanesTop + model.lanes.length * LANE_H - 8;
  const ticks = timeTicks(model.from, model.to, model.zone, model.lang, Math.max(2, Math.floor((right - gutter) / 70)));

  const body: string[] = [];
  // Grid: the larger unit's boundaries (days, months) through every lane.
  for (const s of ticks.spans)
    if (s.at > model.from)
      body.push(
        `<line${attrs({ x1: x(s.at), y1: lanesTop, x2: x(s.at), y2: axisY, stroke: INK.grid, 'stroke-width': 1 })}/>`,
      );

  // Events lane: each event's symbol leads its label, in the row the label was placed in, so
  // events close in time stack instead of hiding each other; a guide drops to the axis.
  body.push(text(w.events, 12, markersY - EVENT_ROW, { size: 12, weight: 'bold' }));
  const eventLabels = model.events.map((e) => `${w.event[e.kind]} ${short(e.at)}`);
  const placed = placeLabels(
    model.events.map((e, i) => ({ x: x(e.at) - 6, width: textWidth(eventLabels[i]!, 11) + 16 })),
    EVENT_ROWS,
    right,
  );
  model.events.forEach((e, i) => {
    const ex = x(e.at);
    const { row, anchor } = placed[i]!;
    const ly = markersY - row * EVENT_ROW;
    const tooltip = `${formatInstant(e.at, model.zone)} (${model.zone})`;
    body.push(text(eventLabels[i]!, anchor === 'start' ? ex + 9 : ex - 9, ly, { anchor, tooltip }));
    if (e.kind === 'now') body.push(line('now', ex, ly - 10, ex, axisY));
    else body.push(line('guide', ex, ly + 1, ex, axisY), symbol(e.kind, ex, ly - 4, 5));
  });

  model.lanes.forEach((lane, i) => {
    body.push(drawLane(lane, lanesTop + i * LANE_H, { x, left: gutter, right, prefix, w, short, zone: model.zone }));
  });

  // Axis.
  body.push(`<line${attrs({ x1: gutter, y1: axisY, x2: right, y2: axisY, stroke: INK.text, 'stroke-width': 1 })}/>`);
  let lastEnd = -Infinity;
  for (const t of ticks.ticks) {
    const tx = x(t.at);
    body.push(`<line${attrs({ x1: tx, y1: axisY, x2: tx, y2: axisY + 4, stroke: INK.text, 'stroke-width': 1 })}/>`);
    const lx = x(t.labelAt ?? t.at);
    const half = textWidth(t.label, 10) / 2;
    if (lx - half < Math.max(lastEnd + 4, gutter - 20) || lx + half > width) continue;
    body.push(text(t.label, lx, axisY + 15, { size: 10, anchor: 'middle', fill: INK.muted }));
    lastEnd = lx + half;
  }
  lastEnd = -Infinity;
  for (const s of ticks.spans) {
    const sx = x(s.at);
    const labelW = textWidth(s.label, 11, true);
    if (sx < lastEnd + 6) continue;
    body.push(`<line${attrs({ x1: sx, y1: axisY, x2: sx, y2: axisY + 20, stroke: INK.text, 'stroke-width': 1 })}/>`);
    // A label that would run off the right edge ends at the tick instead.
    const fits = sx + 3 + labelW <= width - 4;
    if (fits || sx - 3 - labelW > lastEnd + 6)
      body.push(
        text(s.label, fits ? sx + 3 : sx - 3, axisY + 29, { size: 11, weight: 'bold', anchor: fits ? 'start' : 'end' }),
      );
    lastEnd = sx + 3 + (fits ? labelW : 0);
  }

  const keys = legendKeys(model);
  const { svg: legendSvg, height: legendH } = legend(
    keys.map((k) => ({ swatch: timelineSwatch(k, prefix), label: w.legend[k] })),
    12,
    axisY + 44,
    width - 24,
  );
  const height = Math.ceil(axisY + 44 + legendH + 6);

  const desc = [
    w.summary(
      model.ticketId ?? '',
      model.policy,
      model.plan,
      model.priority,
      model.zone,
      formatInstant(model.from, model.zone),
      formatInstant(model.to, model.zone),
    ),
    ...(model.deferred ? [w.deferred] : []),
    ...model.lanes.flatMap((lane) => (lane.text ? [lane.text] : [])),
  ].join('\n');

  return (
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs({
      class: 'habil-timeline',
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      role: 'img',
      'aria-labelledby': `${prefix}-title ${prefix}-desc`,
      'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    })}>` +
    `<title id="${escapeXml(prefix)}-title">${escapeXml(`${title} — ${w.subtitle(model.policy, model.plan, model.priority, model.zone)}`)}</title>` +
    `<desc id="${escapeXml(prefix)}-desc">${escapeXml(desc)}</desc>` +
    `<defs>${patternDefs(escapeXml(prefix))}</defs>` +
    `<rect width="${width}" height="${height}" fill="${INK.background}"/>` +
    text(title, 12, 20, { size: 15, weight: 'bold' }) +
    subtitle.map((line, i) => text(line, 12, 38 + i * 16, { size: 12, fill: INK.muted })).join('') +
    body.join('') +
    legendSvg +
    `</svg>`
  );
}

interface LaneContext {
  x: (t: number) => number;
  left: number;
  right: number;
  prefix: string;
  w: TimelineWords;
  short: (t: number) => string;
  zone: string;
}

/** The lane's title lines in the gutter: name, clock and bound, status. */
function laneTitle(lane: Lane, w: TimelineWords): string[] {
  const r = lane.result;
  if (!r) return [w.lane[lane.kind], w.clock(lane.clock)];
  const state =
    r.status === 'met'
      ? w.metIn(formatDuration(r.elapsed))
      : r.remaining >= 0
        ? `${w.status[r.status]} · ${w.remaining(formatDuration(r.remaining))}`
        : `${w.status[r.status]} · ${w.over(formatDuration(-r.remaining))}`;
  return [w.lane[lane.kind], `${w.clock(lane.clock)} · ${w.bound[r.bound]} ${formatDuration(r.target)}`, state];
}

function drawLane(lane: Lane, top: number, c: LaneContext): string {
  const { x, w, prefix } = c;
  const barTop = top + 2 * LABEL_ROW + 6;
  const mid = barTop + BAR_H / 2;
  const out: string[] = [`<g class="lane lane-${lane.kind}">`];
  const [name, ...rest] = laneTitle(lane, w);
  out.push(text(name!, 12, top + 14, { size: 13, weight: 'bold' }));
  rest.forEach((t, i) => {
    out.push(
      text(t, 12, top + 30 + i * 14, {
        size: 11,
        fill: i === 1 && lane.result?.status === 'breached' ? INK.over : INK.muted,
      }),
    );
  });

  out.push(
    `<rect${attrs({ x: c.left, y: barTop, width: c.right - c.left, height: BAR_H, fill: INK.background, stroke: INK.grid, 'stroke-width': 1 })}/>`,
  );
  for (const s of mergeSpans(lane.open, x))
    out.push(rect(x(s.start), x(s.end), barTop, BAR_H, { fill: INK.open, class: 'open' }));
  for (const s of lane.closures) {
    const tip = [s.date, s.label].filter(Boolean).join(' ');
    out.push(
      rect(x(s.start), x(s.end), barTop, BAR_H, {
        fill: `url(#${patternId(prefix, 'closure')})`,
        tooltip: tip,
        min: 2,
        class: 'closure',
      }),
    );
    const label = s.label ?? s.date;
    if (textWidth(label, 10, true) + 8 < x(s.end) - x(s.start))
      out.push(
        text(label, (x(s.start) + x(s.end)) / 2, mid + 4, { size: 10, anchor: 'middle', weight: 'bold', halo: true }),
      );
  }
  for (const s of lane.pauses) {
    const tip = `${w.legend.pause}${s.reason ? `: ${s.reason}` : ''} · ${formatInstant(s.start, c.zone)} – ${formatInstant(s.end, c.zone)}`;
    out.push(
      rect(x(s.start), x(s.end), barTop, BAR_H, {
        fill: `url(#${patternId(prefix, 'pause')})`,
        stroke: INK.pause,
        tooltip: tip,
        min: 2,
        class: 'pause',
      }),
    );
  }
  for (const s of mergeSpans(lane.counted, x))
    out.push(rect(x(s.start), x(s.end), barTop + 7, BAR_H - 14, { fill: INK.counted, min: 1, class: 'counted' }));
  for (const s of mergeSpans(lane.over, x))
    out.push(
      rect(x(s.start), x(s.end), barTop + 5, BAR_H - 10, {
        fill: `url(#${patternId(prefix, 'over')})`,
        stroke: INK.over,
        min: 1,
        class: 'over',
      }),
    );

  const r = lane.result;
  if (!r) return `${out.join('')}</g>`;
  // Markers, labels placed in the two rows above the bar.
  // Labels with their times; when they crowd, without; when they still crowd, warnings unlabelled.
  const marks: { kind: 'expected' | 'warning' | 'due'; at: number; label: string; short: string }[] = [
    { kind: 'due', at: r.due.getTime(), label: `${w.due} ${c.short(r.due.getTime())}`, short: w.due },
  ];
  if (r.expectedBy)
    marks.push({
      kind: 'expected',
      at: r.expectedBy.getTime(),
      label: `${w.expected} ${c.short(r.expectedBy.getTime())}`,
      short: w.expected,
    });
  for (const warning of r.warnings) {
    const level = formatLevel(warning.level);
    if (warning.reached)
      marks.push({ kind: 'warning', at: warning.at.getTime(), label: w.warning(level), short: level });
  }
  const place = () =>
    placeLabels(
      marks.map((m) => ({ x: x(m.at) - 3, width: m.label === '' ? 0 : textWidth(m.label, 11) })),
      2,
      c.right,
    );
  let placed = place();
  if (placed.some((p) => p.crowded)) {
    for (const m of marks) m.label = m.short;
    placed = place();
  }
  if (placed.some((p) => p.crowded)) {
    for (const m of marks) if (m.kind === 'warning') m.label = '';
    placed = place();
  }
  marks.forEach((m, i) => {
    const mx = x(m.at);
    const { row, anchor } = placed[i]!;
    const ly = barTop - 5 - row * LABEL_ROW;
    out.push(line(m.kind, mx, ly + 2, mx, barTop + BAR_H + 3));
    if (m.label !== '')
      out.push(
        text(m.label, anchor === 'start' ? mx + 3 : mx - 3, ly, {
          anchor,
          weight: m.kind === 'due' ? 'bold' : undefined,
          tooltip: `${formatInstant(m.at, c.zone)} (${c.zone})`,
        }),
      );
  });
  if (r.metAt) out.push(symbol('met', x(r.metAt.getTime()), mid, 6));
  if (r.breachedAt) out.push(symbol('breached', x(r.breachedAt.getTime()), mid, 6));
  return `${out.join('')}</g>`;
}

/** Lines of text, split at ' · ' and then at spaces, each at most `max` px wide (estimated). */
function wrap(paragraphs: readonly string[], size: number, max: number): string[] {
  const lines: string[] = [];
  for (const paragraph of paragraphs) {
    let line = '';
    for (const piece of paragraph.split(/(?<= · )|(?<= )/)) {
      if (line !== '' && textWidth(line + piece, size) > max) {
        lines.push(line.trimEnd());
        line = '';
      }
      line += piece;
    }
    if (line !== '') lines.push(line.trimEnd());
  }
  return lines;
}

/** Spans closer than half a pixel merged, so months of windows do not become thousands of slivers. */
function mergeSpans(
  spans: readonly { start: number; end: number }[],
  x: (t: number) => number,
): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && x(s.start) - x(last.end) < 0.5) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** Labels' time format: the hour alone when the whole axis is one local day. */
function shortFormat(model: TimelineModel): (t: number) => string {
  const oneDay = localIsoDate(model.from, model.zone) === localIsoDate(model.to, model.zone);
  return (t) => formatWall(t, model.zone, oneDay ? 'HH:mm' : 'ccc d, HH:mm', model.lang);
}

/** The legend's entries: what this timeline shows. */
function legendKeys(model: TimelineModel): LegendKey[] {
  const keys: LegendKey[] = ['open', 'counted'];
  const lanes = model.lanes;
  if (lanes.some((l) => l.over.length > 0)) keys.push('over');
  if (lanes.some((l) => l.pauses.length > 0)) keys.push('pause');
  if (lanes.some((l) => l.closures.length > 0)) keys.push('closure');
  if (lanes.some((l) => l.result?.expectedBy)) keys.push('expected');
  if (lanes.some((l) => l.result?.warnings.some((wp) => wp.reached))) keys.push('warning');
  keys.push('due');
  if (lanes.some((l) => l.result?.metAt)) keys.push('met');
  if (lanes.some((l) => l.result?.breachedAt)) keys.push('breached');
  for (const e of model.events) if (!keys.includes(e.kind)) keys.push(e.kind);
  return keys;
}
