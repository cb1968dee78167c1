// A CSV file's header line: where it ends, which separator it uses, and the reader of the rows
// under it (a header lacking a required ticket column is refused before any row).

import { missingAt, InputError, problemAt } from '../errors';
import { assignColumns, REQUIRED_FIELDS } from './columns';
import type { CsvOptions } from './csv';
import { RowReader } from './rows';

const CANDIDATES = [',', ';', '\t', '|'];

/**
 * The separator a header line uses most, outside quotes; `,` when it uses none.
 *
 * @example
 * detectDelimiter('caso;prioridad;fecha_creacion'); //=> ';'
 */
export function detectDelimiter(headerLine: string): string {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const c of headerLine) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && CANDIDATES.includes(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best = ',';
  for (const c of CANDIDATES) if ((counts.get(c) ?? 0) > (counts.get(best) ?? 0)) best = c;
  return best;
}

/** Text holding the whole header line: empty lines (and a BOM) before it, then its line break. */
export const HEADER_ENDED = /^\uFEFF?[\r\n]*[^\r\n]+[\r\n]/;

/** The header line: the first non-empty one, as csv-parse (skip_empty_lines) takes it. */
export function headerLine(text: string): string {
  return /^\uFEFF?[\r\n]*([^\r\n]*)/.exec(text)![1]!;
}

/**
 * The reader of rows under a header; throws a HabilError when the header lacks a required column.
 *
 * @example
 * rowReader(['caso', 'prioridad', 'fecha_creacion'], {}).read(['1', 'Alta', '2024-03-04 09:00'], 2);
 */
export function rowReader(header: readonly string[], options: CsvOptions): RowReader {
  const assignment = assignColumns(header, options.map);
  const missing = REQUIRED_FIELDS.filter((field) => !assignment.has(field));
  if (missing.length > 0) {
    throw new InputError(
      missing.map((field) =>
        missingAt(
          field,
          `no column holds the ticket's ${field}: name it with map (--map 'your column=${field}'); columns: ${header.join(', ')}`,
        ),
      ),
    );
  }
  const kept = (options.keep ?? []).map((column) => {
    const index = header.indexOf(column);
    if (index < 0)
      throw new InputError([problemAt('keep', `no column '${column}' to keep; columns: ${header.join(', ')}`)]);
    return { column, index };
  });
  return new RowReader(assignment, options, kept);
}
