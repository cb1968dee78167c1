import fc from 'fast-check';
import { IANAZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { cachedOffsets } from '../../src/time/offsets';

const ZONES = [
  'America/New_York',
  'Europe/Berlin',
  'Australia/Lord_Howe',
  'America/Bogota',
  'Pacific/Chatham',
  'America/Santiago',
  'Asia/Tehran',
];

describe('cachedOffsets', () => {
  it('answers what the platform answers, at any instant and next to every transition', () => {
    for (const name of ZONES) {
      const zone = IANAZone.create(name);
      const raw = (t: number) => zone.offset(t) * 60_000;
      const cached = cachedOffsets(raw);
      fc.assert(
        fc.property(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }), (t) => {
          expect(cached(t)).toBe(raw(t));
        }),
        { numRuns: 300 },
      );
      // Every transition in 2024, found by the platform minute by minute, is exact to the ms.
      for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2025, 0, 1); t += 3_600_000) {
        if (raw(t) !== raw(t + 3_600_000)) {
          let lo = t;
          let hi = t + 3_600_000;
          while (hi - lo > 1) {
            const mid = Math.floor((lo + hi) / 2);
            if (raw(mid) === raw(t)) lo = mid;
            else hi = mid;
          }
          expect([cached(hi - 1), cached(hi)]).toEqual([raw(hi - 1), raw(hi)]);
        }
      }
    }
  });
});
