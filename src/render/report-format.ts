// How the HTML report writes values for people, in Spanish or English: counts, shares, business
// durations, hours, months and instants.

import { formatDuration, formatInstant, formatMonth } from '../time/format';
import type { RenderLang } from './timeline-words';

/** Formatters for one language and zone. */
export interface Formats {
  count: (n: number) => string;
  percent: (share: number | null) => string;
  /** A share as a whole percentage, for axes: '75%'. */
  wholePercent: (share: number) => string;
  /** Business ms as '4 h 30 min', to the minute; '—' for none. */
  duration: (ms: number | null) => string;
  /** Business ms as hours with one decimal: '12.5 h' / '12,5 h'. */
  hours: (ms: number) => string;
  /** Business ms as whole hours, for axes: '1,500 h'. */
  wholeHours: (ms: number) => string;
  /** 'YYYY-MM' as 'Mar 2024' / 'mar 2024'. */
  month: (month: string) => string;
  /** An instant as '2024-03-04 09:30' in the zone. */
  instant: (at: Date) => string;
}

/**
 * Formatters for `lang` and `zone`.
 *
 * @example
 * formats('es', 'America/Bogota').percent(0.959); //=> '95,9%'
 */
export function formats(lang: RenderLang, zone: string): Formats {
  const locale = lang === 'es' ? 'es-CO' : 'en-US';
  const count = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const whole = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const oneDecimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return {
    count: (n) => count.format(n),
    percent: (share) => (share === null ? '—' : percent.format(share).replace(/\u00A0/g, ' ')),
    duration: (ms) => (ms === null ? '—' : formatDuration(Math.round(ms / 60_000) * 60_000)),
    wholePercent: (share) => whole.format(share).replace(/\u00A0/g, ' '),
    hours: (ms) => `${oneDecimal.format(ms / 3_600_000)} h`,
    wholeHours: (ms) => `${count.format(Math.round(ms / 3_600_000))} h`,
    month: (month) => formatMonth(month, lang),
    instant: (at) => formatInstant(at.getTime(), zone),
  };
}
