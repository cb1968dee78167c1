// How `habil udf` reads and writes one row: TSV as ClickHouse writes it (tab-separated,
// backslash escapes, `\N` for NULL) or JSON lines (one object per line, keyed by column name).
// A row that cannot be read becomes a TicketError, so it still gets its answer row. Rows pass
// by the hundred thousand a second: each is read in one scan and written as one string, with
// what depends only on the columns (key texts, key order) worked out once.

import { TicketError, problemAt } from '../errors';
import type { FieldValue } from '../sla/fields';
import { jsonWriter } from '../sla/fields-json';

/** A row's input values in `--input` order; `null` is SQL NULL. */
export type RowValues = unknown[];

export interface RowCodec {
  /** The values of one input line (without its newline), or a TicketError saying why not. */
  read(line: string): RowValues;
  /** One output line (without its newline). */
  write(values: readonly FieldValue[]): string;
}

/**
 * TSV: columns in `--input` order, escapes as ClickHouse's TabSeparated format writes them.
 * Strings in `plain` output columns (see isPlainField) hold nothing to escape.
 */
export function tsvCodec(input: readonly string[], plain: readonly boolean[] = []): RowCodec {
  const cell = (values: readonly FieldValue[], i: number): string => {
    const value = values[i] ?? null;
    return plain[i] === true && typeof value === 'string' ? value : escapeTsv(value);
  };
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
      let line = cell(values, 0);
      for (let i = 1; i < values.length; i++) line += `\t${cell(values, i)}`;
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
export function jsonlCodec(
  input: readonly string[],
  output: readonly string[],
  wrap?: string,
  plain: readonly boolean[] = [],
): RowCodec {
  const write = jsonWriter(output, plain);
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
