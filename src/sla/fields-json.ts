// The JSON text of a row of named fields, `{"resolution.due": "…", …}`, as the warehouse paths
// answer (`habil udf --format jsonl`, the UDF bundles' `fields`): written straight from the
// values, with the key texts and their order worked out once per list of names.

import type { FieldValue } from './fields';

/**
 * `JSON.stringify` of the object `{ [output[i]]: values[i] }`, without building the object: the
 * object's own key order (integer-like keys first, a repeated key where it first stood with its
 * last value) is read once off an object built the same way. A `__proto__` key is written the
 * plain way: assigning it sets the object's prototype or not, depending on the row's value.
 * A string in a `plain` column (see isPlainField) is written as it is, between quotes.
 */
export function jsonWriter(
  output: readonly string[],
  plain: readonly boolean[] = [],
): (values: readonly FieldValue[]) => string {
  if (output.includes('__proto__')) return (values) => JSON.stringify(answerObject(output, values));
  const last = answerObject(
    output,
    output.map((_, i) => i),
  );
  const keys = Object.keys(last);
  const prefixes = keys.map((key, k) => `${k === 0 ? '{' : ','}${JSON.stringify(key)}:`);
  const at = keys.map((key) => last[key] as number);
  const asIs = at.map((i) => plain[i] === true);
  if (keys.length === 0) return () => '{}';
  return (values) => {
    let text = '';
    for (let k = 0; k < at.length; k++) {
      const value = values[at[k]!] ?? null;
      text += prefixes[k]! + (asIs[k] && typeof value === 'string' ? `"${value}"` : JSON.stringify(value));
    }
    return `${text}}`;
  };
}

function answerObject(output: readonly string[], values: readonly FieldValue[]): Record<string, FieldValue> {
  const answer: Record<string, FieldValue> = {};
  output.forEach((name, i) => {
    answer[name] = values[i] ?? null;
  });
  return answer;
}
