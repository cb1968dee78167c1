// How the CLI writes values for people: business durations as h:mm, instants as local wall
// time in the plan's zone, shares as percentages, counts with thousands separators.

import { formatWall } from '../time/format';

/**
 * A duration in ms as hours and minutes, rounded down to the minute: '16:00', '0:45', '-1:30'.
 *
 * @example
 * hm(5_400_000); //=> '1:30'
 */
export function hm(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return '-';
  const minutes = Math.floor(Math.abs(ms) / 60_000);
  return `${ms < 0 ? '-' : ''}${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * An instant as local wall time in a zone: '2024-03-04 09:30'.
 *
 * @example
 * local(new Date('2024-03-04T14:30:00Z'), 'America/Bogota'); //=> '2024-03-04 09:30'
 */
export function local(at: Date, zone: string, withWeekday = false): string {
  return formatWall(at.getTime(), zone, withWeekday ? 'yyyy-MM-dd HH:mm ccc' : 'yyyy-MM-dd HH:mm', 'en');
}

/**
 * A share in [0, 1] as a percentage with one decimal; '-' for none.
 *
 * @example
 * percent(0.9587); //=> '95.9%'
 */
export function percent(share: number | null): string {
  return share === null ? '-' : `${(share * 100).toFixed(1)}%`;
}

/**
 * A count with thousands separators.
 *
 * @example
 * count(1234567); //=> '1,234,567'
 */
export function count(n: number): string {
  return n.toLocaleString('en-US');
}
