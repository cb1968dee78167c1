// The periods an explanation lists for one cycle of a target: the open periods counted and the
// pauses that stopped it, with the open time each removed, as dates.

import type { TargetClock } from './clock';
import type { HistoryPause } from './history';
import type { TargetExplanation } from './types';

/**
 * The open periods a cycle's clock counted until `until`, pauses cut out.
 *
 * @example
 * countedPeriods(clock, until); //=> [{ start, end, ms }]
 */
export function countedPeriods(clock: TargetClock, until: number): TargetExplanation['counted'] {
  return clock.counted(until).map((p) => ({ start: new Date(p.start), end: new Date(p.end), ms: p.end - p.start }));
}

/**
 * The pauses that stop a cycle's target, each with the open time it removed until `until`; an
 * open pause lasts until `until`.
 *
 * @example
 * removedPauses(clock, applying, until); //=> [{ from, to, reason: 'customer', status: 'Esperando cliente', removed: 3600000 }]
 */
export function removedPauses(
  clock: TargetClock,
  pauses: readonly HistoryPause[],
  until: number,
): TargetExplanation['pauses'] {
  return pauses.map((p) => {
    const to = p.to ?? until;
    return {
      from: new Date(p.from),
      to: new Date(to),
      ...(p.reason === undefined ? {} : { reason: p.reason }),
      ...(p.status === undefined ? {} : { status: p.status }),
      removed: clock.removedBy(p.from, to, until),
    };
  });
}
