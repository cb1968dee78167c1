// A lane's title in a timeline's gutter: the target's name (and cycle), its clock and bound, and its status
// (met in, remaining, over by). The layout measures these lines; the lane draws them.

import { formatDuration } from '../time/format';
import type { Lane } from './timeline-model';
import type { TimelineWords } from './timeline-words';

/**
 * The lane's title lines: name, clock and bound, status.
 *
 * @example
 * laneTitle(lane, timelineWords('en')); //=> ['Resolution', 'Clock business · within 8 h', 'Met in 3 h']
 */
export function laneTitle(lane: Lane, w: TimelineWords): string[] {
  const r = lane.result;
  if (!r) return [w.lane[lane.kind], w.clock(lane.clock)];
  const name = lane.cycle ? w.cycle(w.lane[lane.kind], lane.cycle.index, lane.cycle.of) : w.lane[lane.kind];
  const state =
    r.status === 'met'
      ? w.metIn(formatDuration(r.elapsed))
      : r.remaining >= 0
        ? `${w.status[r.status]} · ${w.remaining(formatDuration(r.remaining))}`
        : `${w.status[r.status]} · ${w.over(formatDuration(-r.remaining))}`;
  return [name, `${w.clock(lane.clock)} · ${w.bound[r.bound]} ${formatDuration(r.target)}`, state];
}
