// The row codecs of `habil udf` against the plain ways of doing the same: a TSV line's fields
// against split + unescape, a JSON line against JSON.stringify of the answer (wrapped), on
// seeded random lines and column names (escapes, \N, empty fields, odd keys).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonlCodec, tsvCodec, tsvFields, unescapeTsv } from '../../src/cli/udf-codec';
import { TicketError } from '../../src/errors';
import { answerObject, columnName, fieldValue } from '../support/field-values';

/** Text made of the characters TSV cares about, and a few others. */
const tsvText = fc
  .array(fc.constantFrom('\t', '\\', 'N', 'n', 't', '0', 'r', 'b', 'x', ' ', 'é', '2024-03-01 16:00', '\r'), {
    maxLength: 40,
  })
  .map((parts) => parts.join(''));

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

describe('jsonlCodec', () => {
  it('writes what JSON.stringify writes of the answer, wrapped or not', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(columnName, fieldValue), { minLength: 1, maxLength: 8 }),
        fc.option(fc.oneof(fc.string({ maxLength: 4 }), fc.constant('__proto__')), { nil: undefined }),
        (columns, wrap) => {
          const output = columns.map(([name]) => name);
          const values = columns.map(([, v]) => v);
          const answer = answerObject(output, values);
          const line = jsonlCodec([], output, wrap).write(values);
          expect(line).toBe(JSON.stringify(wrap === undefined ? answer : { [wrap]: answer }));
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
