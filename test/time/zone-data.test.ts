// The offsets baked at build time (src/time/zone-data.ts) against the platform this test runs on:
// at every transition, at random instants over the covered years and through wall-time mapping,
// against both Intl read directly (test/support/reference) and habil's own platform path. A Node
// whose time zone database disagrees with the table fails here instead of answering differently.
import fc from 'fast-check';
import { IANAZone } from 'luxon';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Calendar } from '../../src/index';
import { MS_PER_DAY } from '../../src/time/civil';
import { ZONE_DATA, ZONE_TZDATA } from '../../src/time/zone-data';
import { findZone, instantToLocal, platformZone, wallToInstant } from '../../src/time/zone';
import {
  HOUR,
  ReferenceCalendar,
  rawOffset,
  transitions,
  wallToInstant as referenceWallToInstant,
} from '../support/reference';

const BAKED = Object.entries(ZONE_DATA);
const stale = `baked from tzdata ${ZONE_TZDATA}, this platform has ${process.versions.tz}: run node scripts/bake-zones.mjs`;

describe.each(BAKED)('baked zone %s', (name, table) => {
  const baked = findZone(name)!;
  const platform = platformZone(name)!;
  const inside = fc.integer({ min: table.from, max: table.to - 1 });

  it('has every transition the platform has, where it has it', () => {
    expect(table.starts[0]).toBe(table.from);
    expect(table.starts.slice(1), stale).toEqual(transitions(name, table.from, table.to));
    for (const [i, start] of table.starts.entries()) {
      expect(rawOffset(name, start), stale).toBe(table.offsets[i]);
      if (i > 0) expect(rawOffset(name, start - 1), stale).toBe(table.offsets[i - 1]);
      for (const t of [start - 1, start, start + 1]) expect(baked.offsetAt(t), stale).toBe(platform.offsetAt(t));
    }
  });

  it('answers what the platform answers at any instant it covers', () => {
    fc.assert(
      fc.property(inside, (t) => {
        expect(baked.offsetAt(t), stale).toBe(rawOffset(name, t));
        expect(baked.offsetAt(t), stale).toBe(platform.offsetAt(t));
      }),
      { numRuns: 3000 },
    );
  });

  it('asks the platform outside the years it covers', () => {
    const before = fc.integer({ min: -8.64e15, max: table.from - 1 });
    const after = fc.integer({ min: table.to, max: 8.64e15 });
    fc.assert(
      fc.property(fc.oneof(before, after), (t) => {
        expect(baked.offsetAt(t)).toBe(platform.offsetAt(t));
      }),
      { numRuns: 300 },
    );
  });

  it('maps wall times to instants and back as the platform path and the reference do', () => {
    // Wall times anywhere in the covered years, and within two days of each transition.
    const near = fc
      .tuple(fc.constantFrom(...table.starts), fc.integer({ min: -2 * MS_PER_DAY, max: 2 * MS_PER_DAY }))
      .map(([start, delta]) => start + delta);
    const local = fc.oneof(inside, near).filter((t) => t > table.from + MS_PER_DAY && t < table.to - MS_PER_DAY);
    fc.assert(
      fc.property(local, (wall) => {
        const date = Math.floor(wall / MS_PER_DAY);
        const time = wall - date * MS_PER_DAY;
        const instant = wallToInstant(baked, date, time);
        expect(instant).toBe(wallToInstant(platform, date, time));
        expect(instant).toBe(referenceWallToInstant(name, wall));
        expect(instantToLocal(baked, wall)).toEqual(instantToLocal(platform, wall));
      }),
      { numRuns: 2000 },
    );
  });

  it('knows a constant offset exactly where no transition falls', () => {
    const span = fc.integer({ min: 0, max: 800 * MS_PER_DAY });
    const near = fc
      .tuple(fc.constantFrom(...table.starts), fc.integer({ min: -400 * MS_PER_DAY, max: 400 * MS_PER_DAY }))
      .map(([start, delta]) => start + delta);
    const from = fc.oneof(inside, near, fc.integer({ min: -8.64e15, max: 8.64e15 - 800 * MS_PER_DAY }));
    fc.assert(
      fc.property(from, span, (a, length) => {
        const b = a + length;
        const offset = baked.constantOffset(a, b);
        const changes = table.starts.slice(1).some((start) => start > a && start <= b);
        const covered = a >= table.from && b < table.to;
        expect(offset === undefined).toBe(!covered || changes);
        if (offset !== undefined) expect([offset, offset]).toEqual([platform.offsetAt(a), platform.offsetAt(b)]);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives calendars the reference answers across its transitions and the years around them', () => {
    // One subtraction per wall time in years without a transition, wallToInstant in the others.
    const years = fc.integer({ min: 1, max: table.starts.length - 1 }).chain((i) => {
      const year = new Date(table.starts[i]!).getUTCFullYear();
      return fc.integer({ min: Math.max(1900, year - 1), max: year + 1 });
    });
    const spec = {
      zone: name,
      hours: { mon: ['07:00-12:30', '13:30-17:30'], sat: ['22:00-24:00'], sun: ['00:00-02:30'] },
    };
    const cal = Calendar.from(spec);
    const ref = new ReferenceCalendar(spec, { minYear: 1900, maxYear: 2149 });
    fc.assert(
      fc.property(
        years,
        fc.integer({ min: 0, max: 365 * MS_PER_DAY }),
        fc.integer({ min: 0, max: 100 * HOUR }),
        (year, at, d) => {
          const t = Date.UTC(year, 0, 1) + at;
          expect(cal.add(t, d).getTime()).toBe(ref.add(t, d));
          expect(cal.between(t, t + 30 * MS_PER_DAY)).toBe(ref.between(t, t + 30 * MS_PER_DAY));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('a calendar in a baked zone', () => {
  afterEach(() => vi.restoreAllMocks());

  it('computes deadlines inside the baked years without asking the platform for an offset', () => {
    const offset = vi.spyOn(IANAZone.prototype, 'offset');
    const valid = vi.spyOn(IANAZone, 'isValidZone');
    const day = ['07:00-12:30', '13:30-17:30'];
    const cal = Calendar.from({
      zone: 'America/Bogota',
      hours: { mon: day, tue: day, wed: day, thu: day, fri: day },
      holidays: [{ country: 'CO' }],
    });
    expect(cal.add('2024-12-20T16:00:00-05:00', 'PT4H').toISOString()).toBe('2024-12-23T14:30:00.000Z'); // 1.5 h on Friday, 2.5 h from Monday 07:00;
    expect(offset).not.toHaveBeenCalled();
    expect(valid).not.toHaveBeenCalled();
  });
});
