// Where a timeline's parts go: the gutter for lane titles, the time scale, the rows of the
// header, the events lane, the lanes and the axis, and how labels write times. Computed once
// from the model, read by every part that draws.

import { localIsoDate, formatWall } from '../time/format';
import { timeTicks, type AxisTicks } from '../time/axis';
import { slug } from './escape';
import { textWidth } from './labels';
import { laneTitle } from './timeline-lane-title';
import type { TimelineModel } from './timeline-model';
import type { TimelineWords } from './timeline-words';

export const LABEL_ROW = 13;
export const BAR_H = 24;
export const LANE_H = 2 * LABEL_ROW + 6 + BAR_H + 16;
export const EVENT_ROWS = 3;
export const EVENT_ROW = 16;

/** The measurements of one timeline. */
export interface TimelineLayout {
  prefix: string;
  width: number;
  /** Left edge of the time scale (the lane titles sit left of it). */
  gutter: number;
  /** Right edge of the time scale. */
  right: number;
  /** Instant (ms) to x. */
  x: (t: number) => number;
  /** An instant as a label writes it. */
  short: (t: number) => string;
  subtitle: string[];
  /** Rows of the events lane: three, more when a history brings many events. */
  eventRows: number;
  markersY: number;
  lanesTop: number;
  axisY: number;
  ticks: AxisTicks;
}

/**
 * The layout of `model` at `width` px, its element ids prefixed by `id` (default from the ticket).
 *
 * @example
 * const layout = timelineLayout(model, timelineWords('es'), { width: 720 });
 */
export function timelineLayout(
  model: TimelineModel,
  w: TimelineWords,
  options: { width?: number | undefined; id?: string | undefined },
): TimelineLayout {
  const prefix = options.id === undefined ? `habil-tl-${slug(model.ticketId ?? 'ticket')}` : slug(options.id);
  const width = Math.max(480, Math.round(options.width ?? 960));
  const gutterTexts = model.lanes.flatMap((lane) => laneTitle(lane, w));
  const gutter = Math.min(280, Math.max(150, ...gutterTexts.map((t) => textWidth(t, 11) + 36)));
  const right = width - 16;
  const x = (t: number) => gutter + ((t - model.from) / (model.to - model.from)) * (right - gutter);
  const subtitle = wrap(
    [w.subtitle(model.policy, model.plan, model.priority, model.zone), ...(model.deferred ? [w.deferred] : [])],
    12,
    width - 24,
  );
  const header = 34 + subtitle.length * 16;
  const eventRows = Math.min(5, Math.max(EVENT_ROWS, Math.ceil(model.events.length / 2)));
  const markersY = header + eventRows * EVENT_ROW + 2;
  const lanesTop = markersY + 10;
  const axisY = lanesTop + model.lanes.length * LANE_H - 8;
  const ticks = timeTicks(model.from, model.to, model.zone, model.lang, Math.max(2, Math.floor((right - gutter) / 70)));
  return {
    prefix,
    width,
    gutter,
    right,
    x,
    short: shortFormat(model),
    subtitle,
    eventRows,
    markersY,
    lanesTop,
    axisY,
    ticks,
  };
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

/** Labels' time format: the hour alone when the whole axis is one local day. */
function shortFormat(model: TimelineModel): (t: number) => string {
  const oneDay = localIsoDate(model.from, model.zone) === localIsoDate(model.to, model.zone);
  return (t) => formatWall(t, model.zone, oneDay ? 'HH:mm' : 'ccc d, HH:mm', model.lang);
}
