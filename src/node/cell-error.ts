// The signal a reader throws when one cell cannot be read: it never leaves node/, where the row
// that holds the cell becomes an error row naming its line, column, value and reason.

import type { HabilErrorCode } from '../errors';
import type { TicketField } from './columns';

/** A cell that cannot be read: the row becomes an error naming its column, value and reason. */
export class CellError extends Error {
  constructor(
    readonly field: TicketField,
    readonly value: unknown,
    readonly reason: string,
    readonly code: HabilErrorCode = 'INVALID_INPUT',
  ) {
    super(reason);
  }
}
