// Sets of instants as sorted, disjoint, non-touching half-open intervals, stored flat
// ([s0, e0, s1, e1, ...] in epoch ms). Every calendar, however composed, reduces to these.

/** A flat list of [start, end) pairs; in normal form sorted, disjoint and non-touching. */
export type IntervalList = number[];

/** Sorts and merges overlapping or touching intervals; drops empty ones. */
export function normalize(list: IntervalList): IntervalList {
  // Lists mostly come in order (a ticket's pauses): sorting is only paid when they do not.
  const sorted = startsInOrder(list) ? list : sortByStart(list);
  const out: IntervalList = [];
  for (let i = 0; i < sorted.length; i += 2) {
    const s = sorted[i]!;
    const e = sorted[i + 1]!;
    if (e <= s) continue;
    const last = out.length - 1;
    if (last > 0 && s <= out[last]!) {
      if (e > out[last]!) out[last] = e;
    } else {
      out.push(s, e);
    }
  }
  return out;
}

function startsInOrder(list: IntervalList): boolean {
  for (let i = 2; i < list.length; i += 2) if (list[i]! < list[i - 2]!) return false;
  return true;
}

function sortByStart(list: IntervalList): IntervalList {
  const pairs: [number, number][] = [];
  for (let i = 0; i < list.length; i += 2) pairs.push([list[i]!, list[i + 1]!]);
  pairs.sort((a, b) => a[0] - b[0]);
  return pairs.flat();
}

/** The union of two normalized lists. */
export function union(a: IntervalList, b: IntervalList): IntervalList {
  return normalize(a.concat(b));
}

/** The intersection of two normalized lists. */
export function intersect(a: IntervalList, b: IntervalList): IntervalList {
  const out: IntervalList = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const s = Math.max(a[i]!, b[j]!);
    const e = Math.min(a[i + 1]!, b[j + 1]!);
    if (e > s) out.push(s, e);
    if (a[i + 1]! < b[j + 1]!) i += 2;
    else j += 2;
  }
  return out;
}

/** `a` minus `b`, both normalized. */
export function subtract(a: IntervalList, b: IntervalList): IntervalList {
  const out: IntervalList = [];
  let j = 0;
  for (let i = 0; i < a.length; i += 2) {
    let s = a[i]!;
    const e = a[i + 1]!;
    while (j < b.length && b[j + 1]! <= s) j += 2;
    let k = j;
    while (k < b.length && b[k]! < e) {
      if (b[k]! > s) out.push(s, b[k]!);
      s = Math.max(s, b[k + 1]!);
      if (s >= e) break;
      k += 2;
    }
    if (s < e) out.push(s, e);
  }
  return out;
}

/** The part of a normalized list inside [from, to). */
export function clip(list: IntervalList, from: number, to: number): IntervalList {
  return intersect(list, [from, to]);
}
