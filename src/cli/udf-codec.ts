// How `habil udf` reads and writes one row: TSV as ClickHouse writes it (tab-separated,
// backslash escapes, `\N` for NULL) or JSON lines (one object per line, keyed by column name).
// A row that cannot be read becomes a TicketError, so it still gets its answer row.

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
      const fields = line.split('\t');
      if (fields.length !== input.length) {
        throw new TicketError(undefined, [
          problemAt('row', `has ${fields.length} columns, expected ${input.length} (${input.join(', ')})`),
        ]);
      }
      return fields.map(unescapeTsv);
    },
    write: (values) => values.map(escapeTsv).join('\t'),
  };
}

/** JSON lines: each input line an object; columns read by name, absent keys are NULL. */
export function jsonlCodec(input: readonly string[], output: readonly string[], wrap?: string): RowCodec {
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
      return input.map((name) => (Object.hasOwn(record, name) ? record[name] : null));
    },
    write(values) {
      const answer: Record<string, FieldValue> = {};
      output.forEach((name, i) => {
        answer[name] = values[i] ?? null;
      });
      return JSON.stringify(wrap === undefined ? answer : { [wrap]: answer });
    },
  };
}

const UNESCAPE: Record<string, string> = { b: '\b', f: '\f', r: '\r', n: '\n', t: '\t', '0': '\0' };

/** `\N` is NULL; `\t`, `\n`, `\\`... are the characters; a backslash before any other keeps it. */
export function unescapeTsv(field: string): string | null {
  if (field === '\\N') return null;
  if (!field.includes('\\')) return field;
  return field.replace(/\\(.?)/gs, (_, c: string) => UNESCAPE[c] ?? c);
}

/** NULL as `\N`, numbers as they print, strings with tab, newline, CR and backslash escaped. */
export function escapeTsv(value: FieldValue): string {
  if (value === null) return '\\N';
  if (typeof value === 'number') return String(value);
  return /[\t\n\r\\]/.test(value) ? value.replace(/[\t\n\r\\]/g, (c) => ESCAPE[c]!) : value;
}

const ESCAPE: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\r': '\\r', '\\': '\\\\' };
