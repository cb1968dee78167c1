// A timeline's legend: an entry for each kind of mark this timeline actually shows, in a fixed
// order, flowed under the axis.

import { legend } from './legend';
import type { TimelineLayout } from './timeline-layout';
import type { TimelineModel } from './timeline-model';
import { timelineSwatch } from './legend';
import type { LegendKey, TimelineWords } from './timeline-words';

/**
 * The legend's SVG under the axis, and its height.
 *
 * @example
 * const { svg, height } = drawLegend(model, layout, timelineWords('en'));
 */
export function drawLegend(model: TimelineModel, l: TimelineLayout, w: TimelineWords): { svg: string; height: number } {
  const keys = legendKeys(model);
  return legend(
    keys.map((k) => ({ swatch: timelineSwatch(k, l.prefix), label: w.legend[k] })),
    12,
    l.axisY + 44,
    l.width - 24,
  );
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
  if (lanes.some((l) => l.cycle)) keys.push('cycleStart');
  for (const e of model.events) if (!keys.includes(e.kind)) keys.push(e.kind);
  return keys;
}
