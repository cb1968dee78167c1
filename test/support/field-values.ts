// Random answer rows for the warehouse paths' writers: field values (strings with quotes and
// escapes, numbers, NULL) under column names JSON objects treat specially (repeated,
// integer-like, `__proto__`), and the plain answer object they stand for.
import fc from 'fast-check';
import type { FieldValue } from '../../src/sla/fields';

export const fieldValue: fc.Arbitrary<FieldValue> = fc.oneof(
  fc.constant(null),
  fc.string(),
  fc.double(),
  fc.integer(),
  fc.constantFrom('2024-03-04T14:30:00.000Z', 'running', 'a "quoted"\n\\ line'),
);
export const columnName = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.constantFrom('__proto__', '0', '1', '10', '-1', 'due', 'a.b'),
);

/** The plain way: the answer object, as JSON. */
export function answerObject(output: readonly string[], values: readonly FieldValue[]): Record<string, FieldValue> {
  const answer: Record<string, FieldValue> = {};
  output.forEach((name, i) => {
    answer[name] = values[i] ?? null;
  });
  return answer;
}
