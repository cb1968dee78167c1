import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { yearOf, yearStart } from '../../src/engine/table';

describe('year lookup', () => {
  it('agrees with Date for any instant, including the first and last millisecond of years', () => {
    const edges = fc
      .integer({ min: 1850, max: 2250 })
      .chain((y) => fc.constantFrom(Date.UTC(y, 0, 1) - 1, Date.UTC(y, 0, 1), Date.UTC(y, 11, 31, 23, 59, 59, 999)));
    const any = fc.integer({ min: Date.UTC(-5000, 0, 1), max: Date.UTC(9000, 0, 1) });
    fc.assert(
      fc.property(fc.oneof(edges, any), (t) => {
        expect(yearOf(t)).toBe(new Date(t).getUTCFullYear());
        const start = yearStart(yearOf(t));
        expect(start).toBeLessThanOrEqual(t);
        const d = new Date(start);
        expect([
          d.getUTCFullYear(),
          d.getUTCMonth(),
          d.getUTCDate(),
          d.getUTCHours(),
          d.getUTCMinutes(),
          d.getUTCMilliseconds(),
        ]).toEqual([yearOf(t), 0, 1, 0, 0, 0]);
        expect(yearStart(yearOf(t) + 1)).toBeGreaterThan(t);
      }),
      { numRuns: 2000 },
    );
  });
});
