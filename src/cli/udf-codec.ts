// How `habil udf` reads and writes one row: TSV as ClickHouse writes it (tab-separated,
// backslash escapes, `\N` for NULL) or JSON lines (one object per line, keyed by column name).
// A row that cannot be read becomes a TicketError, so it still gets its answer row. Rows pass
// by the hundred thousand a second: each is read in one scan and written as one string, with
// what depends only on the columns (key texts, key order) worked out once.

import { TicketError, problemAt } from '../errors';
import type { FieldValue } from '../sla/fields';

/** A row's input values in `--input` order; `null` is SQL NULL. */
export type RowValues = unknown[];

export interface RowCodec {
  /** The values of one input line (without its newline), or a TicketError saying why not. */
  read(line: string): RowValues;
  /** One output line (without its newline). */
  write(values: readonly FieldValue[]): string;
}

/** TSV: columns in `--input` order, escapes as ClickHouse's TabSeparated format writes them. */
export function tsvCodec(input: readonly string[]): RowCodec {
  return {
    read(line) {
      const fields = tsvFields(line);
      if (fields.length !== input.length) {
        throw new TicketError(undefined, [
          problemAt('row', `has ${fields.length} columns, expected ${input.length} (${input.join(', ')})`),
        ]);
      }
      return fields;
    },
    write(values) {
      let line = escapeTsv(values[0] ?? null);
      for (let i = 1; i < values.length; i++) line += `\t${escapeTsv(values[i] ?? null)}`;
      return line;
    },
  };
}

/** A TSV line's fields, unescaped: `line.split('\t').map(unescapeTsv)` in one pass. */
export function tsvFields(line: string): (string | null)[] {
  const fields: (string | null)[] = [];
  let start = 0;
  for (let tab = line.indexOf('\t'); tab >= 0; tab = line.indexOf('\t', start)) {
    fields.push(unescapeTsv(line.slice(start, tab)));
    start = tab + 1;
  }
  fields.push(unescapeTsv(start === 0 ? line : line.slice(start)));
  return fields;
}

/** JSON lines: each input line an object; columns read by name, absent keys are NULL. */
export function jsonlCodec(input: readonly string[], output: readonly string[], wrap?: string): RowCodec {
  const write = jsonWriter(output);
  const open = wrap === undefined ? '' : `{${JSON.stringify(wrap)}:`;
  const close = wrap === undefined ? '' : '}';
  return {
    read(line) {
      let row: unknown;
      try {
        row = JSON.parse(line);
      } catch (error) {
        throw new TicketError(undefined, [problemAt('row', `is not valid JSON (${(error as Error).message})`)]);
      }
      if (row === null || typeof row !== 'object' || Array.isArray(row))
        throw new TicketError(undefined, [problemAt('row', 'is not a JSON object')]);
      const record = row as Record<string, unknown>;
      const values: unknown[] = [];
      for (const name of input) values.push(Object.hasOwn(record, name) ? record[name] : null);
      return values;
    },
    write: (values) => open + write(values) + close,
  };
}

/**
 * `JSON.stringify` of the object `{ [output[i]]: values[i] }`, without building the object: the
 * object's own key order (integer-like keys first, a repeated key where it first stood with its
 * last value) is read once off an object built the same way. A `__proto__` key is written the
 * plain way: assigning it sets the object's prototype or not, depending on the row's value.
 */
export function jsonWriter(output: readonly string[]): (values: readonly FieldValue[]) => string {
  if (output.includes('__proto__')) return (values) => JSON.stringify(answerObject(output, values));
  const last = answerObject(
    output,
    output.map((_, i) => i),
  );
  const keys = Object.keys(last);
  const prefixes = keys.map((key, k) => `${k === 0 ? '{' : ','}${JSON.stringify(key)}:`);
  const at = keys.map((key) => last[key] as number);
  if (keys.length === 0) return () => '{}';
  return (values) => {
    let text = '';
    for (let k = 0; k < at.length; k++) text += prefixes[k]! + JSON.stringify(values[at[k]!] ?? null);
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

const UNESCAPE: Record<string, string> = { b: '\b', f: '\f', r: '\r', n: '\n', t: '\t', '0': '\0' };

/** `\N` is NULL; `\t`, `\n`, `\\`... are the characters; a backslash before any other keeps it. */
export function unescapeTsv(field: string): string | null {
  if (field === '\\N') return null;
  if (!field.includes('\\')) return field;
  return field.replace(/\\(.?)/gs, (_, c: string) => UNESCAPE[c] ?? c);
}

const NEEDS_ESCAPE = /[\t\n\r\\]/;

/** NULL as `\N`, numbers as they print, strings with tab, newline, CR and backslash escaped. */
export function escapeTsv(value: FieldValue): string {
  if (value === null) return '\\N';
  if (typeof value === 'number') return String(value);
  return NEEDS_ESCAPE.test(value) ? value.replace(/[\t\n\r\\]/g, (c) => ESCAPE[c]!) : value;
}

const ESCAPE: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\r': '\\r', '\\': '\\\\' };
