// What the warehouse functions read: SQL NULLs dropped from tickets (against the plain
// recursive copy, on random JSON values), and options read once per text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/errors';
import { optionsOf, withoutNulls } from '../src/udf-input';

/** The plain way: a copy of every array and object, object fields that are null left out. */
function copyWithoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copyWithoutNulls);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, field]) => field !== null)
      .map(([key, field]) => [key, copyWithoutNulls(field)]),
  );
}

describe('withoutNulls', () => {
  it('keeps a __proto__ key a field, with nulls to drop or without', () => {
    for (const text of ['{"__proto__":{"priority":"urgent"},"x":null}', '{"__proto__":{"priority":"urgent"}}']) {
      const ticket = withoutNulls(JSON.parse(text) as Record<string, unknown>);
      expect(ticket.priority).toBeUndefined();
      expect(Object.getPrototypeOf(ticket)).toBe(Object.prototype);
    }
  });

  it('answers the plain copy without nulls; a value with none, as it is', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.object({ withNullPrototype: false, withDate: true })), (value) => {
        const read = withoutNulls(value);
        expect(read).toEqual(copyWithoutNulls(value));
        if (JSON.stringify(read) === JSON.stringify(value)) expect(read).toBe(value);
      }),
      { numRuns: 3_000 },
    );
  });
});

describe('optionsOf', () => {
  it('reads fields once per text into readers and the JSON of their answer', () => {
    const options = optionsOf('{"fields":["resolution.status","resolution.due","resolution.status"]}');
    expect(options.fields?.readers).toHaveLength(3);
    expect(options.fields?.json(['met', '2024-03-04T14:30:00.000Z', 'breached'])).toBe(
      '{"resolution.status":"breached","resolution.due":"2024-03-04T14:30:00.000Z"}',
    );
    expect(optionsOf('{"fields":["resolution.status","resolution.due","resolution.status"]}')).toBe(options);
    expect(() => optionsOf('{"fields":["resolution.when"]}')).toThrow(InputError);
  });
});
