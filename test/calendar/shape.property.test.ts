// readWeeklyShape recognises the common calendar specs without zod; these properties hold that
// fast path to the schema: whatever it recognises, the schema accepts and reads identically
// (same JSON, same key order), and every valid spec of the common forms is recognised.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readWeeklyShape } from '../../src/calendar/shape';
import { calendarSchemas } from '../../src/calendar/spec';
import { parseWith } from '../../src/validate';
import { specArb } from '../support/arbitraries';

const anyValue = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.string({ maxLength: 5 }),
  fc.constantFrom('24/7', 'mon', 'public', 'bank', 'weekly', '2024-01-01', '09:00-17:00'),
  fc.integer({ min: -2, max: 1002 }),
  fc.double(),
  fc.boolean(),
  fc.constant([]),
  fc.constant({}),
  fc.array(fc.string({ maxLength: 3 }), { maxLength: 2 }),
);
const key = fc.constantFrom(
  'date',
  'name',
  'hours',
  'from',
  'to',
  'every',
  'country',
  'state',
  'region',
  'types',
  'extra',
);
const item = fc.oneof(anyValue, fc.dictionary(key, anyValue, { maxKeys: 4 }));
const specLike = fc.record(
  {
    zone: fc.oneof(fc.constantFrom('UTC', 'America/Bogota'), anyValue),
    hours: fc.oneof(
      anyValue,
      fc.dictionary(fc.constantFrom('mon', 'tue', 'sun', 'Mon', 'x'), fc.oneof(anyValue, fc.constant(['09:00-17:00']))),
    ),
    holidays: fc.oneof(anyValue, fc.array(item, { maxLength: 3 })),
    openings: fc.oneof(anyValue, fc.array(item, { maxLength: 2 })),
    horizonYears: anyValue,
    extra: anyValue,
  },
  { requiredKeys: [] },
);

/** A valid spec with one part replaced or dropped: the inputs nearest the fast path's edge. */
const nearlyValid = fc
  .tuple(specArb(), fc.constantFrom('zone', 'hours', 'holidays', 'openings', 'horizonYears', 'extra'), item)
  .map(([spec, field, value]) => ({ ...spec, [field]: value }));

const bySchema = (value: unknown) => parseWith(calendarSchemas().weeklyCalendarSpecSchema, value);

describe('readWeeklyShape', () => {
  it('recognises only specs the schema accepts, and reads them as the schema does', () => {
    fc.assert(
      fc.property(fc.oneof(specLike, nearlyValid, anyValue, specArb()), (value) => {
        const fast = readWeeklyShape(value);
        if (fast === undefined) return;
        const parsed = bySchema(value);
        expect(parsed.ok).toBe(true);
        if (parsed.ok) expect(JSON.stringify(fast)).toBe(JSON.stringify(parsed.value));
      }),
      { numRuns: 4000 },
    );
  });

  it('recognises every valid spec of the common forms, as a copy', () => {
    fc.assert(
      fc.property(specArb(), fc.option(fc.integer({ min: 1, max: 1000 }), { nil: undefined }), (spec, horizon) => {
        const input = horizon === undefined ? spec : { ...spec, horizonYears: horizon };
        const fast = readWeeklyShape(input);
        expect(fast).toEqual(input);
        expect(fast).not.toBe(input);
      }),
      { numRuns: 500 },
    );
  });

  it('leaves odd but valid forms to zod: undefined values, class instances', () => {
    expect(readWeeklyShape({ zone: 'UTC', hours: '24/7', holidays: undefined })).toBeUndefined();
    expect(bySchema({ zone: 'UTC', hours: '24/7', holidays: undefined }).ok).toBe(true);
    expect(
      readWeeklyShape(
        new (class {
          zone = 'UTC';
          hours = '24/7';
        })(),
      ),
    ).toBeUndefined();
  });
});
