// A bounded memo for pure functions of values read from input (labels, days): audits meet the
// same few values millions of times, but input decides how many there are, so the memo forgets
// everything when full rather than growing without bound.

/**
 * `compute`, remembering up to `max` answers.
 *
 * @example
 * const key = memoize((name: string) => name.normalize('NFD'), 4096);
 * key('Crítica') === key('Crítica'); //=> true, computed once
 */
export function memoize<K, V>(compute: (key: K) => V, max: number): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined && !known.has(key)) {
      value = compute(key);
      if (known.size >= max) known.clear();
      known.set(key, value);
    }
    return value as V;
  };
}
