// The row codecs of `habil udf` against the plain ways of doing the same: a TSV line's fields
// against split + unescape, a JSON answer against JSON.stringify of the answer object, on
// seeded random lines and column names (escapes, \N, empty fields, odd keys).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonlCodec, jsonWriter, tsvCodec, tsvFields, unescapeTsv } from '../../src/cli/udf-codec';
import { TicketError } from '../../src/errors';
import type { FieldValue } from '../../src/sla/fields';

/** Text made of the characters TSV cares about, and a few others. */
const tsvText = fc
  .array(fc.constantFrom('\t', '\\', 'N', 'n', 't', '0', 'r', 'b', 'x', ' ', 'é', '2024-03-01 16:00', '\r'), {
    maxLength: 40,
  })
  .map((parts) => parts.join(''));

const value: fc.Arbitrary<FieldValue> = fc.oneof(
  fc.constant(null),
  fc.string(),
  fc.double(),
  fc.integer(),
  fc.constantFrom('2024-03-04T14:30:00.000Z', 'running', 'a "quoted"\n\\ line'),
);
const key = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('__proto__', '0', '1', '10', '-1', 'due', 'a.b'));

describe('tsvFields', () => {
  it('is split on tabs, then each field unescaped', () => {
    fc.assert(
      fc.property(tsvText, (line) => {
        expect(tsvFields(line)).toEqual(line.split('\t').map(unescapeTsv));
      }),
      { numRuns: 5_000 },
    );
  });

  it('reads a row only with as many columns as --input names', () => {
    const codec = tsvCodec(['priority', 'reportedAt']);
    expect(codec.read('urgent\t\\N')).toEqual(['urgent', null]);
    for (const line of ['urgent', 'urgent\tx\ty', '']) expect(() => codec.read(line)).toThrow(TicketError);
  });
});

describe('jsonWriter', () => {
  it('writes what JSON.stringify writes of the answer object', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(key, value), { minLength: 1, maxLength: 8 }),
        fc.option(fc.oneof(fc.string({ maxLength: 4 }), fc.constant('__proto__')), { nil: undefined }),
        (columns, wrap) => {
          const output = columns.map(([name]) => name);
          const values = columns.map(([, v]) => v);
          const answer: Record<string, FieldValue> = {};
          output.forEach((name, i) => {
            answer[name] = values[i] ?? null;
          });
          expect(jsonWriter(output)(values)).toBe(JSON.stringify(answer));
          const line = jsonlCodec([], output, wrap).write(values);
          expect(line).toBe(JSON.stringify(wrap === undefined ? answer : { [wrap]: answer }));
        },
      ),
      { numRuns: 5_000 },
    );
  });
});
