// Instants and durations as people read them: wall time in a zone, in Spanish or English, and
// the date patterns help desk exports write. Every display of a time above this layer (explain,
// CLI, renderers, readers) goes through here, so luxon stays inside time/.

import { DateTime } from 'luxon';

/** The languages habil writes in. */
export type FormatLang = 'es' | 'en';

/**
 * '2024-03-04 09:30' in the zone; seconds and milliseconds only when present.
 *
 * @example
 * formatInstant(Date.parse('2024-03-04T14:30:00Z'), 'America/Bogota'); //=> '2024-03-04 09:30'
 */
export function formatInstant(ms: number, zone: string): string {
  const dt = DateTime.fromMillis(ms, { zone });
  return dt.toFormat(
    dt.millisecond ? 'yyyy-MM-dd HH:mm:ss.SSS' : dt.second ? 'yyyy-MM-dd HH:mm:ss' : 'yyyy-MM-dd HH:mm',
  );
}

/**
 * An instant as wall time in the zone, written by a pattern (luxon's tokens: 'ccc d LLL, HH:mm')
 * with month and day names in `lang`.
 *
 * @example
 * formatWall(Date.parse('2024-03-04T14:30:00Z'), 'America/Bogota', 'ccc d LLL', 'es'); //=> 'lun 4 mar'
 */
export function formatWall(ms: number, zone: string, pattern: string, lang: FormatLang = 'en'): string {
  return DateTime.fromMillis(ms, { zone }).setLocale(lang).toFormat(pattern);
}

/**
 * ISO 8601 with the zone's offset, milliseconds only when present.
 *
 * @example
 * formatIsoIn(Date.parse('2024-03-04T14:30:00Z'), 'America/Bogota'); //=> '2024-03-04T09:30:00-05:00'
 */
export function formatIsoIn(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).toISO({ suppressMilliseconds: true }) ?? '';
}

/**
 * The local date of an instant in the zone, 'YYYY-MM-DD'.
 *
 * @example
 * localIsoDate(Date.parse('2024-03-05T02:00:00Z'), 'America/Bogota'); //=> '2024-03-04'
 */
export function localIsoDate(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).toISODate() ?? '';
}

/**
 * 'YYYY-MM' as 'Mar 2024' / 'mar 2024'; anything else as given.
 *
 * @example
 * formatMonth('2024-03', 'es'); //=> 'mar 2024'
 */
export function formatMonth(month: string, lang: FormatLang): string {
  const dt = DateTime.fromISO(`${month}-01`, { zone: 'UTC' }).setLocale(lang);
  return dt.isValid ? dt.toFormat('LLL yyyy') : month;
}

/**
 * Business milliseconds as '4 h 30 min', '45 s', '1 ms'.
 *
 * @example
 * formatDuration(16_200_000); //=> '4 h 30 min'
 */
export function formatDuration(ms: number): string {
  if (ms === 0) return '0 min';
  const parts: string[] = [];
  const h = Math.floor(ms / 3_600_000);
  const min = Math.floor((ms % 3_600_000) / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  const rest = ms % 1000;
  if (h) parts.push(`${h} h`);
  if (min) parts.push(`${min} min`);
  if (s) parts.push(`${s} s`);
  if (rest) parts.push(`${rest} ms`);
  return parts.join(' ');
}

/** What a pattern reader answers: the text as ISO 8601, or why it does not match. */
export type PatternReading = { iso: string } | { error: string };

/**
 * A reader of dates written in a pattern ('dd/MM/yyyy HH:mm', luxon's tokens), answering ISO
 * 8601: with the offset when the pattern has one, else a wall time to be read in the plan's zone.
 *
 * @example
 * patternReader('dd/MM/yyyy HH:mm')('04/03/2024 09:30'); //=> { iso: '2024-03-04T09:30:00.000' }
 */
export function patternReader(pattern: string): (text: string) => PatternReading {
  const parser = DateTime.buildFormatParser(pattern);
  const withOffset = /[Zz]/.test(pattern.replace(/'[^']*'/g, ''));
  return (text) => {
    const parsed = DateTime.fromFormatParser(text, parser, { zone: 'UTC', setZone: true });
    if (!parsed.isValid) return { error: parsed.invalidExplanation ?? parsed.invalidReason ?? 'invalid' };
    return { iso: (withOffset ? parsed.toISO() : parsed.toISO({ includeOffset: false })) ?? '' };
  };
}
