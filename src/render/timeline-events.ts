// A timeline's events lane: each event (reported, clock start, responded, resolved, now) as a
// symbol leading its label, in the row the label was placed in, so events close in time stack
// instead of hiding each other; a guide drops from each to the axis.

import { formatInstant } from '../time/format';
import { placeLabels, textWidth } from './labels';
import { line, symbol, text } from './svg-marks';
import { EVENT_ROW, EVENT_ROWS, type TimelineLayout } from './timeline-layout';
import type { TimelineModel } from './timeline-model';
import type { TimelineWords } from './timeline-words';

/**
 * The events lane's SVG.
 *
 * @example
 * drawEvents(model, layout, timelineWords('es'));
 */
export function drawEvents(model: TimelineModel, l: TimelineLayout, w: TimelineWords): string {
  const { x, markersY, axisY } = l;
  const out: string[] = [text(w.events, 12, markersY - EVENT_ROW, { size: 12, weight: 'bold' })];
  const labels = model.events.map((e) => `${w.event[e.kind]} ${l.short(e.at)}`);
  const placed = placeLabels(
    model.events.map((e, i) => ({ x: x(e.at) - 6, width: textWidth(labels[i]!, 11) + 16 })),
    EVENT_ROWS,
    l.right,
  );
  model.events.forEach((e, i) => {
    const ex = x(e.at);
    const { row, anchor } = placed[i]!;
    const ly = markersY - row * EVENT_ROW;
    const tooltip = `${formatInstant(e.at, model.zone)} (${model.zone})`;
    out.push(text(labels[i]!, anchor === 'start' ? ex + 9 : ex - 9, ly, { anchor, tooltip }));
    if (e.kind === 'now') out.push(line('now', ex, ly - 10, ex, axisY));
    else out.push(line('guide', ex, ly + 1, ex, axisY), symbol(e.kind, ex, ly - 4, 5));
  });
  return out.join('');
}
