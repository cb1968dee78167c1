// keepFirst against the obvious reference: sort everything stably, take the first k.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keepFirst } from '../../src/sla/keep';

interface Item {
  over: number;
  line: number;
}
const worse = (a: Item, b: Item) => a.over > b.over || (a.over === b.over && a.line < b.line);
const items = fc.array(fc.record({ over: fc.integer({ min: -3, max: 3 }), line: fc.integer({ min: 1, max: 5 }) }), {
  maxLength: 40,
});

describe('keepFirst', () => {
  it('keeps what a stable sort would put first, whatever the arrival order', () => {
    fc.assert(
      fc.property(items, fc.nat(8), (all, k) => {
        const kept: Item[] = [];
        for (const item of all) keepFirst(kept, item, k, worse);
        const reference = [...all].sort((a, b) => (worse(a, b) ? -1 : worse(b, a) ? 1 : 0)).slice(0, k);
        expect(kept).toEqual(reference);
        expect(kept.length).toBeLessThanOrEqual(k);
      }),
    );
  });

  it('merging two kept lists keeps the first k of both streams', () => {
    fc.assert(
      fc.property(items, items, fc.nat(8), (a, b, k) => {
        const left: Item[] = [];
        const right: Item[] = [];
        const whole: Item[] = [];
        for (const item of a) keepFirst(left, item, k, worse);
        for (const item of b) keepFirst(right, item, k, worse);
        for (const item of [...a, ...b]) keepFirst(whole, item, k, worse);
        for (const item of right) keepFirst(left, item, k, worse);
        expect(left).toEqual(whole);
      }),
    );
  });
});
