// Keeping the first k items of a stream in an order (the worst breaches, the first rejected
// rows): a sorted list capped at k, insertion by binary search, so memory stays flat and shards
// counted apart merge into the same list.

/**
 * Inserts `item` into `list`, sorted so that `before(a, b)` puts a first, and trims it to `keep`
 * items. An item equal to others goes after them, so the earlier arrival stays first.
 *
 * @example
 * const firstLines: number[] = [];
 * for (const line of [9, 3, 7, 1]) keepFirst(firstLines, line, 2, (a, b) => a < b);
 * firstLines; //=> [1, 3]
 */
export function keepFirst<T>(list: T[], item: T, keep: number, before: (a: T, b: T) => boolean): void {
  const last = list[list.length - 1];
  if (list.length >= keep && (last === undefined || !before(item, last))) return;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(item, list[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  list.splice(lo, 0, item);
  if (list.length > keep) list.length = keep;
}
