// jsonWriter against JSON.stringify of the answer object it stands for, on seeded random
// column names (repeated, integer-like, `__proto__`) and values.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonWriter } from '../../src/sla/fields-json';
import { answerObject, columnName, fieldValue } from '../support/field-values';

describe('jsonWriter', () => {
  it('writes what JSON.stringify writes of the answer object', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(columnName, fieldValue), { minLength: 0, maxLength: 8 }), (columns) => {
        const output = columns.map(([name]) => name);
        const values = columns.map(([, v]) => v);
        expect(jsonWriter(output)(values)).toBe(JSON.stringify(answerObject(output, values)));
      }),
      { numRuns: 5_000 },
    );
  });
});
