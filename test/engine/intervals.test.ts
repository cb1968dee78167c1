// normalize(): whatever the order, overlaps, touching and empty pairs, the result is sorted,
// disjoint, not touching, free of empty pairs, and covers exactly the points the input covers
// (checked point by point on a small grid against a slow set of covered points).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/engine/intervals';

const SEED = Number(process.env.HABIL_SEED ?? 20241124);

function covered(list: readonly number[], grid: number): Set<number> {
  const points = new Set<number>();
  for (let i = 0; i < list.length; i += 2) for (let t = list[i]!; t < list[i + 1]!; t++) if (t < grid) points.add(t);
  return points;
}

const pair = fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: -5, max: 20 }));

describe('normalize', () => {
  it('sorts, merges overlapping and touching pairs, drops empty ones, in or out of order', () => {
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 12 }), fc.boolean(), (pairs, inOrder) => {
        const ordered = inOrder ? [...pairs].sort((a, b) => a[0] - b[0]) : pairs;
        const list = ordered.flatMap(([start, length]) => [start, start + length]);
        const out = normalize(list);
        for (let i = 0; i < out.length; i += 2) {
          expect(out[i + 1]!).toBeGreaterThan(out[i]!);
          if (i > 0) expect(out[i]!).toBeGreaterThan(out[i - 1]!);
        }
        expect(covered(out, 100)).toEqual(covered(list, 100));
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('leaves its input as it was', () => {
    const list = [5, 9, 1, 3, 2, 2];
    expect(normalize(list)).toEqual([1, 3, 5, 9]);
    expect(list).toEqual([5, 9, 1, 3, 2, 2]);
  });
});
