// Date cells of an export: read with the export's format into offset-less ISO strings, or, without
// a format, passed through after refusing the slashed dates (22/03/2024) ISO 8601 cannot mean.

import { show } from '../errors';
import { patternReader } from '../time/format';
import { CellError } from './cell-error';
import type { TicketField } from './columns';

const SLASHED = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/;

/**
 * Date cells: read with the format into offset-less ISO (or with the offset the format reads),
 * or passed through; a cell that cannot be read throws a CellError.
 *
 * @example
 * dateReader('dd/MM/yyyy HH:mm')('22/03/2024 16:00', 'reportedAt'); //=> '2024-03-22T16:00:00.000'
 */
export function dateReader(format: string | undefined): (text: string, field: TicketField) => string {
  if (format === undefined) {
    return (text, field) => {
      if (mayBeSlashed(text) && SLASHED.test(text)) {
        throw new CellError(
          field,
          text,
          "is not an ISO 8601 date: pass the export's format, e.g. dateFormat 'dd/MM/yyyy HH:mm' (--date-format)",
          'INVALID_INSTANT',
        );
      }
      return text;
    };
  }
  const read = patternReader(format);
  return (text, field) => {
    const reading = read(text);
    if ('error' in reading)
      throw new CellError(
        field,
        text,
        `does not match dateFormat ${show(format)}: ${reading.error}`,
        'INVALID_INSTANT',
      );
    return reading.iso;
  };
}

/**
 * Whether SLASHED could match: it needs a separator at index 1 or 2, so a text with digits
 * there (every ISO 8601 date: '2024-...') is passed without running the regex.
 */
function mayBeSlashed(text: string): boolean {
  return !(isDigit(text.charCodeAt(1)) && isDigit(text.charCodeAt(2)));
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
