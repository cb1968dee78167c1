// A clock's open periods and its holidays and closures within a timeline's axis: the shaded
// and cross-hatched ground of every lane drawn on that clock.

import { periodsFrom } from '../engine/periods';
import type { Clock } from '../policy/source';
import { MS_PER_DAY, parseLocalDate, parseWallTime } from '../time/civil';
import { wallToInstant } from '../time/zone';
import type { Lane } from './timeline-model';

/**
 * A clock's open periods and closures within [from, to).
 *
 * @example
 * clockSpans(terms.clocks.resolution, from, to).open; //=> [{ start, end }, ...]
 */
export function clockSpans({ timeline, zone }: Clock, from: number, to: number): Pick<Lane, 'open' | 'closures'> {
  const open = [...periodsFrom(timeline, from, to)].map((p) => ({
    start: Math.max(p.start, from),
    end: Math.min(p.end, to),
  }));
  const closures: Lane['closures'] = [];
  for (const note of timeline.closures(from, to)) {
    const date = parseLocalDate(note.date);
    if (date === undefined) continue;
    const [a, b] = note.hours?.split('-').map(parseWallTime) ?? [0, MS_PER_DAY];
    if (a === undefined || b === undefined) continue;
    const start = Math.max(wallToInstant(zone, date, a), from);
    const end = Math.min(wallToInstant(zone, b > a ? date : date + 1, b), to);
    if (end <= start) continue;
    closures.push({ start, end, date: note.date, ...(note.name === undefined ? {} : { label: note.name }) });
  }
  return { open, closures };
}
