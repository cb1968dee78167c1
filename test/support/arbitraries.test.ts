// The generators must produce only valid specs (DESIGN.md: no overlapping windows on a day, no
// overnight window running into the next day's windows) and must cover the interesting shapes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAYS, ZONES, instantQuery, resolveInstant, specArb } from './arbitraries';
import { DAY, ReferenceCalendar, parseSpan } from './reference';

const specs = fc.sample(specArb(), { numRuns: 400, seed: 42 });

describe('specArb', () => {
  it('generates weekly hours without overlaps, overnight windows never overlapping the next day', () => {
    for (const spec of specs) {
      if (spec.hours === '24/7') continue;
      const hours = spec.hours;
      DAYS.forEach((day, i) => {
        const spans = (hours[day] ?? []).map(parseSpan).sort((a, b) => a[0] - b[0]);
        for (let k = 1; k < spans.length; k++)
          expect(spans[k]![0], JSON.stringify(spec)).toBeGreaterThanOrEqual(spans[k - 1]![1]);
        const last = spans[spans.length - 1];
        if (last && last[1] > DAY) {
          const next = (hours[DAYS[(i + 1) % 7]!] ?? []).map(parseSpan);
          const firstNext = Math.min(DAY, ...next.map((s) => s[0]));
          expect(last[1] - DAY, JSON.stringify(spec)).toBeLessThanOrEqual(firstNext);
        }
      });
    }
  });

  it('covers overnight windows, 24:00 ends, seconds, milliseconds, every holiday form, openings, 24/7 and every zone', () => {
    const all = JSON.stringify(specs);
    const count = (pred: (s: (typeof specs)[number]) => boolean) => specs.filter(pred).length;
    const windows = (s: (typeof specs)[number]) => (s.hours === '24/7' ? [] : Object.values(s.hours).flat());
    expect(count((s) => windows(s).some((w) => parseSpan(w)[1] > DAY))).toBeGreaterThan(40);
    expect(count((s) => windows(s).some((w) => w.endsWith('-24:00')))).toBeGreaterThan(20);
    expect(count((s) => windows(s).some((w) => /:\d\d:\d\d/.test(w)))).toBeGreaterThan(20);
    expect(count((s) => windows(s).some((w) => /\.\d{3}/.test(w)))).toBeGreaterThan(20);
    expect(count((s) => s.hours === '24/7')).toBeGreaterThan(20);
    expect(count((s) => (s.holidays ?? []).some((h) => typeof h === 'object' && 'hours' in h))).toBeGreaterThan(40);
    expect(count((s) => (s.holidays ?? []).some((h) => typeof h === 'object' && 'from' in h))).toBeGreaterThan(20);
    expect(count((s) => (s.holidays ?? []).some((h) => typeof h === 'object' && 'country' in h))).toBeGreaterThan(20);
    expect(count((s) => (s.openings ?? []).length > 0)).toBeGreaterThan(40);
    for (const z of ZONES) expect(all).toContain(`"zone":"${z}"`);
  });

  it('resolves instant queries to integers near the 2024-2026 range', () => {
    const qs = fc.sample(instantQuery, { numRuns: 200, seed: 7 });
    for (const spec of specs.slice(0, 20)) {
      const ref = new ReferenceCalendar(spec);
      for (const q of qs) {
        const t = resolveInstant(ref, q);
        expect(Number.isInteger(t)).toBe(true);
        expect(t).toBeGreaterThan(Date.UTC(2023, 11, 1));
        expect(t).toBeLessThan(Date.UTC(2027, 1, 1));
      }
    }
  });
});
