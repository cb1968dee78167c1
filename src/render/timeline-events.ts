// A timeline's events lane: each event (reported, clock start, responded, resolved, reopened,
// priority changed, now) as a
// symbol leading its label, in the row the label was placed in, so events close in time stack
// instead of hiding each other; a guide drops from each to the axis.

import { formatInstant } from '../time/format';
import { placeLabels, textWidth } from './labels';
import { line, symbol, text } from './svg-marks';
import { EVENT_ROW, type TimelineLayout } from './timeline-layout';
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
  // The detail: a status other than the event's own word ('Resuelto' needs no «Resuelto»), a priority.
  const named = model.events.map((e) =>
    e.detail === undefined || e.detail.toLowerCase() === w.event[e.kind].toLowerCase()
      ? w.event[e.kind]
      : `${w.event[e.kind]} ${w.detail(e.kind, e.detail)}`,
  );
  // Labels that crowd lose their time, then their detail, then their text (the tooltip keeps all).
  const variants = [
    named.map((n, i) => `${n} ${l.short(model.events[i]!.at)}`),
    named,
    model.events.map((e) => w.event[e.kind]),
    model.events.map(() => ''),
  ];
  let labels = variants[0]!;
  let placed = place(labels);
  for (const variant of variants.slice(1)) {
    if (!placed.some((p) => p.crowded)) break;
    labels = variant;
    placed = place(labels);
  }
  model.events.forEach((e, i) => {
    const ex = x(e.at);
    const { row, anchor } = placed[i]!;
    const ly = markersY - row * EVENT_ROW;
    const tooltip = `${named[i]} · ${formatInstant(e.at, model.zone)} (${model.zone})`;
    if (labels[i] !== '') out.push(text(labels[i]!, anchor === 'start' ? ex + 9 : ex - 9, ly, { anchor, tooltip }));
    if (e.kind === 'now') out.push(line('now', ex, ly - 10, ex, axisY));
    else out.push(line('guide', ex, ly + 1, ex, axisY), symbol(e.kind, ex, ly - 4, 5));
  });
  return out.join('');

  function place(texts: readonly string[]) {
    const boxes = model.events.map((e, i) => ({
      x: x(e.at) - 6,
      width: texts[i] === '' ? 12 : textWidth(texts[i]!, 11) + 16,
    }));
    return placeLabels(boxes, l.eventRows, l.right);
  }
}
