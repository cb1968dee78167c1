// How a name written on a ticket is compared with the names a policy declares: help-desk exports
// write "URGENTE", "Crítica " or "critica" for the same level, so case, accents and surrounding
// or repeated spaces do not count. Duplicate checks use the same key, so no two names a policy
// accepts can ever collide at lookup time.

import { memoize } from '../memo';

/**
 * The comparison key of a name: accents stripped, trimmed, inner spaces collapsed, lower case.
 * Memoised: an audit looks up the same few labels for every ticket, and Unicode normalisation
 * costs more than the rest of a lookup.
 *
 * @example
 * nameKey('  Prioridad  URGENTE '); //=> 'prioridad urgente'
 * nameKey('Crítica'); //=> 'critica'
 */
export const nameKey: (name: string) => string = /* @__PURE__ */ memoize(
  (name: string) =>
    name
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .trim()
      .replace(/\s+/g, ' ')
      .toLowerCase(),
  4096,
);

/**
 * Lists names for an error message: `a, b, c`.
 *
 * @example
 * listNames(['business', '24/7']); //=> 'business, 24/7'
 */
export function listNames(names: Iterable<string>): string {
  return [...names].join(', ');
}
