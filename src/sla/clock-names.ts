// How texts for people name a target's clock: the built-ins' calendar ids ('business', '24/7',
// 'coverage') as words ("business hours", "horario hábil"); a policy's own calendar by its id,
// quoted, since that id is the user's own word.

export type ClockLang = 'es' | 'en';

const NAMES: Record<ClockLang, Record<string, { label: string; phrase: string }>> = {
  en: {
    business: { label: 'business hours', phrase: 'in business hours' },
    '24/7': { label: '24/7', phrase: 'around the clock (24/7)' },
    coverage: { label: 'coverage hours', phrase: 'in coverage hours' },
  },
  es: {
    business: { label: 'horario hábil', phrase: 'en horario hábil' },
    '24/7': { label: '24/7', phrase: 'en tiempo corrido (24/7)' },
    coverage: { label: 'horario de cobertura', phrase: 'en horario de cobertura' },
  },
};

/**
 * A clock as a label: 'horario hábil', '24/7', or `reloj 'nights'` for a policy's own calendar.
 *
 * @example
 * clockLabel('business', 'es'); //=> 'horario hábil'
 */
export function clockLabel(id: string, lang: ClockLang): string {
  return NAMES[lang][id]?.label ?? (lang === 'es' ? `reloj '${id}'` : `'${id}' clock`);
}

/**
 * A clock as the end of a sentence: 'in business hours', `on the 'nights' clock`.
 *
 * @example
 * clockPhrase('24/7', 'en'); //=> 'around the clock (24/7)'
 */
export function clockPhrase(id: string, lang: ClockLang): string {
  return NAMES[lang][id]?.phrase ?? (lang === 'es' ? `en el reloj '${id}'` : `on the '${id}' clock`);
}
