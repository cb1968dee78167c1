// Vocabulary every built-in policy shares, so no provider file repeats another's: the Colombian
// business calendar (America/Bogota, public holidays closed), the always-open '24/7' clock, the
// calendar names DESIGN.md fixes as API, and small builders for targets written in hours.

import type { WeeklyCalendarSpec, WeeklyHours } from '../../calendar/spec';
import type { ChannelSpec, FixedTargetSpec, PolicyCalendarSpec, RangeTargetSpec } from '../spec';

/** The name of every built-in's business calendar; TargetResult.clock reports it. */
export const BUSINESS = 'business';
/** The name (and spec) of every built-in's always-open calendar. */
export const ALWAYS = '24/7';

/** Where every charter's provider works: Colombia. */
export const BOGOTA = 'America/Bogota';

/**
 * The same windows Monday to Friday ("Lunes a Viernes"), nothing at weekends.
 *
 * @example
 * mondayToFriday(['08:00-12:00', '13:00-17:00']).wed; //=> ['08:00-12:00', '13:00-17:00']
 */
export function mondayToFriday(windows: readonly string[]): WeeklyHours {
  return { mon: [...windows], tue: [...windows], wed: [...windows], thu: [...windows], fri: [...windows] };
}

/**
 * A Colombian business calendar: windows Monday to Friday in Bogotá, Colombian public holidays
 * ("días festivos") closed.
 *
 * @example
 * colombianWeekdays(['07:00-17:30']); //=> { zone: 'America/Bogota', hours: { mon: [...], ... }, holidays: [{ country: 'CO' }] }
 */
export function colombianWeekdays(windows: readonly string[]): WeeklyCalendarSpec {
  return { zone: BOGOTA, hours: mondayToFriday(windows), holidays: [{ country: 'CO' }] };
}

/**
 * The two calendars every built-in names: `business` (Colombian weekdays) and `24/7`. The '24/7'
 * shorthand is read in the zone of `business`, listed first: Bogotá.
 *
 * @example
 * colombianCalendars(['08:00-18:00']); //=> { business: {...}, '24/7': '24/7' }
 */
export function colombianCalendars(windows: readonly string[]): Record<string, PolicyCalendarSpec> {
  return { [BUSINESS]: colombianWeekdays(windows), [ALWAYS]: ALWAYS };
}

/**
 * The email channel every charter lists, served on `calendar`, with the provider's address.
 *
 * @example
 * emailChannel('24/7', 'soporte@icg.com.co'); //=> { id: 'email', label: 'Correo electrónico', calendar: '24/7', ... }
 */
export function emailChannel(calendar: string, note?: string): ChannelSpec {
  return {
    id: 'email',
    label: 'Correo electrónico',
    calendar,
    aliases: ['correo', 'e-mail'],
    ...(note === undefined ? {} : { note }),
  };
}

/**
 * The phone channel every charter lists, served on `calendar`, with the provider's restriction.
 *
 * @example
 * phoneChannel('business', 'Help Desk, opción 1'); //=> { id: 'phone', label: 'Teléfono', calendar: 'business', ... }
 */
export function phoneChannel(calendar: string, note?: string): ChannelSpec {
  return { id: 'phone', label: 'Teléfono', calendar, aliases: ['llamada'], ...(note === undefined ? {} : { note }) };
}

/**
 * An ISO 8601 duration of whole hours: the charters state every target in hours.
 *
 * @example
 * hours(16); //=> 'PT16H'
 */
export function hours(n: number): string {
  return `PT${n}H`;
}

/**
 * "N Horas" on a clock; bound 'inclusive' ("hasta") is left implicit, 'strict' ("menos de") written.
 *
 * @example
 * within(4, 'business'); //=> { duration: 'PT4H', clock: 'business' }
 * within(1, '24/7', 'strict'); //=> { duration: 'PT1H', clock: '24/7', bound: 'strict' }
 */
export function within(n: number, clock: string, bound: 'inclusive' | 'strict' = 'inclusive'): FixedTargetSpec {
  return { duration: hours(n), clock, ...(bound === 'strict' ? { bound } : {}) };
}

/**
 * "min a max horas" on a clock: due at max, expected by min.
 *
 * @example
 * between(3, 5, 'business'); //=> { min: 'PT3H', max: 'PT5H', clock: 'business' }
 */
export function between(min: number, max: number, clock: string): RangeTargetSpec {
  return { min: hours(min), max: hours(max), clock };
}

/**
 * A whole number of milliseconds as an ISO 8601 duration, so contract numbers read back as
 * 'PT1H30M' in a policy's JSON rather than 5400000.
 *
 * @example
 * isoDuration(5_400_000); //=> 'PT1H30M'
 * isoDuration(1_500); //=> 'PT1.5S'
 */
export function isoDuration(ms: number): string {
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = (ms % 60_000) / 1000;
  const out = `${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s ? `${s}S` : ''}`;
  return `PT${out || '0S'}`;
}
