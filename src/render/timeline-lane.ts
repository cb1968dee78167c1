// One target's lane in a timeline: its title in the gutter, then the bar: the clock's open hours
// shaded, holidays and closures cross-hatched and named, pauses hatched, the time counted as a
// bar, vermillion and back-hatched past due; the markers are drawn on top (./timeline-marks).

import { formatInstant } from '../time/format';
import { attrs, escapeXml } from './escape';
import { textWidth } from './labels';
import { INK, patternId } from './palette';
import { rect, symbol, text } from './svg-marks';
import { laneTitle } from './timeline-lane-title';
import { BAR_H, LABEL_ROW, type TimelineLayout } from './timeline-layout';
import { drawMarks } from './timeline-marks';
import type { Lane, Span } from './timeline-model';
import type { TimelineWords } from './timeline-words';

/**
 * The lane's SVG group, its top at `top`.
 *
 * @example
 * drawLane(model.lanes[0], layout.lanesTop, layout, timelineWords('en'), model.zone);
 */
export function drawLane(lane: Lane, top: number, l: TimelineLayout, w: TimelineWords, zone: string): string {
  const barTop = top + 2 * LABEL_ROW + 6;
  const group = lane.cycle
    ? `<g class="lane lane-${lane.kind} lane-cycle" data-cycle="${lane.cycle.index}">`
    : `<g class="lane lane-${lane.kind}">`;
  const out: string[] = [group, title(lane, top, w), bar(lane, barTop, l, w, zone)];
  if (lane.result) out.push(drawMarks(lane.result, barTop, l, w, zone));
  if (lane.cycle) out.push(cycleStart(lane.cycle, barTop, l, w, zone));
  return `${out.join('')}</g>`;
}

/** Where a cycle starts on its lane: a clock-start symbol on the bar, what started it in its tooltip. */
function cycleStart(
  cycle: NonNullable<Lane['cycle']>,
  barTop: number,
  l: TimelineLayout,
  w: TimelineWords,
  zone: string,
) {
  const tooltip = `${w.cycleStarts(cycle.index, cycle.startedBy)} · ${formatInstant(cycle.start, zone)}`;
  return `<g class="cycle-start"><title>${escapeXml(tooltip)}</title>${symbol('clockStart', l.x(cycle.start), barTop + BAR_H / 2, 5)}</g>`;
}

function title(lane: Lane, top: number, w: TimelineWords): string {
  const [name, ...rest] = laneTitle(lane, w);
  const breached = lane.result?.status === 'breached';
  return (
    text(name!, 12, top + 14, { size: 13, weight: 'bold' }) +
    rest
      .map((t, i) => text(t, 12, top + 30 + i * 14, { size: 11, fill: i === 1 && breached ? INK.over : INK.muted }))
      .join('')
  );
}

function bar(lane: Lane, barTop: number, l: TimelineLayout, w: TimelineWords, zone: string): string {
  const { x, prefix } = l;
  const mid = barTop + BAR_H / 2;
  const out: string[] = [
    `<rect${attrs({ x: l.gutter, y: barTop, width: l.right - l.gutter, height: BAR_H, fill: INK.background, stroke: INK.grid, 'stroke-width': 1 })}/>`,
  ];
  for (const s of mergeSpans(lane.open, x))
    out.push(rect(x(s.start), x(s.end), barTop, BAR_H, { fill: INK.open, class: 'open' }));
  for (const s of lane.closures) {
    const tooltip = [s.date, s.label].filter(Boolean).join(' ');
    const fill = `url(#${patternId(prefix, 'closure')})`;
    out.push(rect(x(s.start), x(s.end), barTop, BAR_H, { fill, tooltip, min: 2, class: 'closure' }));
    const label = s.label ?? s.date;
    if (textWidth(label, 10, true) + 8 < x(s.end) - x(s.start))
      out.push(
        text(label, (x(s.start) + x(s.end)) / 2, mid + 4, { size: 10, anchor: 'middle', weight: 'bold', halo: true }),
      );
  }
  for (const s of lane.pauses) {
    const why = [s.status === undefined ? undefined : w.quoted(s.status), s.reason].filter(Boolean);
    const tooltip = `${w.legend.pause}${why.length > 0 ? `: ${why.join(', ')}` : ''} · ${formatInstant(s.start, zone)} – ${formatInstant(s.end, zone)}`;
    const fill = `url(#${patternId(prefix, 'pause')})`;
    out.push(rect(x(s.start), x(s.end), barTop, BAR_H, { fill, stroke: INK.pause, tooltip, min: 2, class: 'pause' }));
    // A status-driven pause is labelled with the status, as the help desk called it, where it fits.
    if (s.status !== undefined && textWidth(s.status, 10, true) + 8 < x(s.end) - x(s.start))
      out.push(
        text(s.status, (x(s.start) + x(s.end)) / 2, mid + 4, {
          size: 10,
          anchor: 'middle',
          weight: 'bold',
          halo: true,
        }),
      );
  }
  for (const s of mergeSpans(lane.counted, x))
    out.push(rect(x(s.start), x(s.end), barTop + 7, BAR_H - 14, { fill: INK.counted, min: 1, class: 'counted' }));
  const over = `url(#${patternId(prefix, 'over')})`;
  for (const s of mergeSpans(lane.over, x))
    out.push(
      rect(x(s.start), x(s.end), barTop + 5, BAR_H - 10, { fill: over, stroke: INK.over, min: 1, class: 'over' }),
    );
  return out.join('');
}

/** Spans closer than half a pixel merged, so months of windows do not become thousands of slivers. */
function mergeSpans(spans: readonly Span[], x: (t: number) => number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && x(s.start) - x(last.end) < 0.5) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}
