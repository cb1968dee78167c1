// formatUtcInstant against Date.prototype.toISOString: the whole Date range, and instants
// clustered on days that share a cache slot (1024 days apart), whole minutes and not.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatUtcInstant } from '../../src/time/iso-format';

const DAY = 86_400_000;

describe('formatUtcInstant', () => {
  it('writes what Date.prototype.toISOString writes, over the whole Date range', () => {
    const edges = [0, -1, 1, -62167219200000, -62167219200001, 253402300799999, 253402300800000, 8.64e15, -8.64e15];
    for (const ms of edges) expect(formatUtcInstant(ms)).toBe(new Date(ms).toISOString());
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: -8.64e15, max: 8.64e15 }),
          fc.integer({ min: -62167219200000, max: 253402300799999 }),
        ),
        (ms) => formatUtcInstant(ms) === new Date(ms).toISOString(),
      ),
      { numRuns: 20_000 },
    );
  });

  it('keeps days apart that share a cache slot, and any millisecond of the day', () => {
    const base = Date.UTC(2024, 0, 1);
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            slotLap: fc.integer({ min: -3, max: 3 }),
            day: fc.integer({ min: 0, max: 3 }),
            minute: fc.integer({ min: 0, max: 1439 }),
            rest: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 59_999 })),
          }),
          { minLength: 1, maxLength: 20 },
        ),
        (instants) =>
          instants.every(({ slotLap, day, minute, rest }) => {
            const ms = base + (slotLap * 1024 + day) * DAY + minute * 60_000 + rest;
            return formatUtcInstant(ms) === new Date(ms).toISOString();
          }),
      ),
      { numRuns: 2_000 },
    );
  });

  it.each([Number.NaN, 1.5, Number.POSITIVE_INFINITY, 8.64e15 + 1])('%s: toISOString answers (or throws)', (ms) => {
    let expected: string | Error;
    try {
      expected = new Date(ms).toISOString();
    } catch (error) {
      expected = error as Error;
    }
    if (typeof expected === 'string') expect(formatUtcInstant(ms)).toBe(expected);
    else expect(() => formatUtcInstant(ms)).toThrow(RangeError);
  });
});
