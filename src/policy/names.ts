// How a name written on a ticket is compared with the names a policy declares: help-desk exports
// write "URGENTE", "Crítica " or "critica" for the same level, so case, accents and surrounding
// or repeated spaces do not count. Duplicate checks use the same key, so no two names a policy
// accepts can ever collide at lookup time.

/**
 * The comparison key of a name: accents stripped, trimmed, inner spaces collapsed, lower case.
 *
 * @example
 * nameKey('  Prioridad  URGENTE '); //=> 'prioridad urgente'
 * nameKey('Crítica'); //=> 'critica'
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/**
 * Lists names for an error message: `a, b, c`.
 *
 * @example
 * listNames(['business', '24/7']); //=> 'business, 24/7'
 */
export function listNames(names: Iterable<string>): string {
  return [...names].join(', ');
}
