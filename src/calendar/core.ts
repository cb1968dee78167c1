// The engine-level view behind each Calendar: its timeline and zone, for habil's own policy
// layer (epoch-ms arithmetic without re-reading inputs). Kept beside the public class, not on
// it, so the Calendar API shows nothing of the engine.

import type { Timeline } from '../engine/timeline';
import type { Zone } from '../time/zone';
import type { Calendar } from './calendar';

/** The engine-level view of a calendar. */
export interface CalendarCore {
  timeline: Timeline;
  zone: Zone;
}

const cores = new WeakMap<Calendar, CalendarCore>();

/** Records the core of a calendar being constructed; only Calendar's constructor calls it. */
export function registerCore(calendar: Calendar, core: CalendarCore): void {
  cores.set(calendar, core);
}

/**
 * The timeline and zone behind a calendar.
 *
 * @example
 * coreOf(Calendar.from({ zone: 'UTC', hours: '24/7' })).zone.name; //=> 'UTC'
 */
export function coreOf(calendar: Calendar): CalendarCore {
  return cores.get(calendar)!;
}
