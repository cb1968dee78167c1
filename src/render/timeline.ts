// renderTimeline: one ticket's life on its clocks as an SVG string. A top lane with the ticket's
// events (reported, clock start, responded, resolved, reopened, priority changed, now); a lane
// per target (per cycle of a target judged over several) with its clock's
// open hours shaded, holidays and closures cross-hatched, pauses hatched, the time counted as a
// bar (vermillion and back-hatched past due), and expected-by, warning and due markers; a time
// axis in the calendar's zone and a legend. Pure string building: no DOM, no Node built-ins, so
// it runs in notebooks, browsers and servers alike.

import { requireNumberIn, requireObject } from '../arguments';
import { formatInstant } from '../time/format';
import { attrs, escapeXml } from './escape';
import { INK, patternDefs } from './palette';
import { text } from './svg-marks';
import { drawAxis, drawGrid } from './timeline-axis';
import { drawEvents } from './timeline-events';
import { drawLane } from './timeline-lane';
import { LANE_H, timelineLayout } from './timeline-layout';
import { drawLegend } from './timeline-legend';
import { assessTimeline, timelineModel, type TimelineInput, type TimelineModel } from './timeline-model';
import { timelineWords, type RenderLang, type TimelineWords } from './timeline-words';

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

/**
 * One ticket's timeline as a standalone SVG string: its events, and per target the clock's open
 * hours, holidays and closures, pauses, the time counted, expected-by, warning and due markers,
 * met or breached, in the calendar's zone, with a legend. A target judged over several cycles
 * (resolution after a reopening, each update awaited) gets a lane per cycle; pauses opened by a
 * help desk status are labelled with it; reopenings and priority changes are marked on the
 * events lane. Evaluates the ticket itself (with
 * `explain: true`) unless `sla` is given; an `sla` without explanations throws a HabilError.
 * The SVG has role="img", a `<title>` and a `<desc>` holding the explanation text.
 *
 * @example
 * const svg = renderTimeline(
 *   { policy: policies.icg, ticket: { id: 'T-1', priority: 'Urgente', reportedAt: '2024-03-01 16:00', resolvedAt: '2024-03-04 11:00' }, now: '2024-03-05 00:00' },
 *   { lang: 'en' },
 * );
 * // in a notebook: display(svg) as HTML; in a browser: element.innerHTML = svg
 *
 * // A reopened ticket: one lane per resolution cycle, "Resolution · cycle 2 of 2".
 * renderTimeline({ policy: policies.icg, now: '2024-03-05 08:00', ticket: { id: 'R-2', priority: 'urgent', reportedAt: '2024-03-04 08:00',
 *   events: [{ at: '2024-03-04 11:00', status: 'Resuelto' }, { at: '2024-03-04 14:00', status: 'Reabierto' }, { at: '2024-03-04 16:00', status: 'Resuelto' }] } });
 */
export function renderTimeline(input: TimelineInput, options: TimelineOptions = {}): string {
  requireObject(input, 'input', '{ policy, ticket, now } (or { sla } from evaluate)');
  requireObject(options, 'options', '{ lang, width, zone, id }');
  requireNumberIn(options.width, 'options.width', 0, 20_000); // under 480 is drawn at 480
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
  const l = timelineLayout(model, w, options);
  const { prefix, width } = l;
  const body =
    drawGrid(l, model.from) +
    drawEvents(model, l, w) +
    model.lanes.map((lane, i) => drawLane(lane, l.lanesTop + i * LANE_H, l, w, model.zone)).join('') +
    drawAxis(l);
  const { svg: legendSvg, height: legendH } = drawLegend(model, l, w);
  const height = Math.ceil(l.axisY + 44 + legendH + 6);
  const title = w.title(model.ticketId);
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
    `<desc id="${escapeXml(prefix)}-desc">${escapeXml(description(model, w))}</desc>` +
    `<defs>${patternDefs(escapeXml(prefix))}</defs>` +
    `<rect width="${width}" height="${height}" fill="${INK.background}"/>` +
    text(title, 12, 20, { size: 15, weight: 'bold' }) +
    l.subtitle.map((line, i) => text(line, 12, 38 + i * 16, { size: 12, fill: INK.muted })).join('') +
    body +
    legendSvg +
    `</svg>`
  );
}

/** The SVG's text alternative: what it shows, then each lane's explanation. */
function description(model: TimelineModel, w: TimelineWords): string {
  return [
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
}
