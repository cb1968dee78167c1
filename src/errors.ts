// Every error habil throws. A stable machine `code` for programs, and a message for people
// that names where the bad value sits (`path`), the value itself, and what was expected.

/** Stable machine-readable error codes. Never renamed once released. */
export type HabilErrorCode =
  | 'INVALID_SPEC'
  | 'INVALID_INSTANT'
  | 'INVALID_DURATION'
  | 'UNKNOWN_ZONE'
  | 'UNKNOWN_COUNTRY'
  | 'CALENDAR_EXHAUSTED'
  | 'INVALID_POLICY'
  | 'INVALID_TICKET'
  | 'UNKNOWN_PLAN'
  | 'UNKNOWN_PRIORITY'
  | 'INVALID_CONTRACT'
  | 'INVALID_INPUT';

/** One problem found while validating a spec: where it is, what it was, what was expected. */
export interface Issue {
  /** Dotted path into the input, e.g. `hours.tue[1]`; empty for the input itself. */
  path: string;
  /** The human explanation, already including the offending value. */
  message: string;
  /** A more precise code than the error's default, when the problem has one (e.g. UNKNOWN_ZONE). */
  code?: HabilErrorCode;
}

/** Base class of every error thrown by habil: `instanceof HabilError` catches them all. */
export class HabilError extends Error {
  override name = 'HabilError';
  readonly code: HabilErrorCode;
  readonly path: string;
  readonly issues: readonly Issue[];

  constructor(code: HabilErrorCode, issues: readonly Issue[], options?: { cause?: unknown }) {
    super(formatIssues(issues), options);
    this.code = issues[0]?.code ?? code;
    this.issues = issues;
    this.path = issues[0]?.path ?? '';
  }

  /** A type guard that also works across realms and duplicated installs. */
  static is(value: unknown): value is HabilError {
    return value instanceof Error && typeof (value as { code?: unknown }).code === 'string' && 'issues' in value;
  }
}

/** A calendar spec that does not describe a calendar (bad window, overlap, backwards range...). */
export class SpecError extends HabilError {
  override name = 'SpecError';
  constructor(issues: readonly Issue[], code: HabilErrorCode = 'INVALID_SPEC') {
    super(code, issues);
  }
}

/** An instant that cannot be read: NaN, Invalid Date, an unparseable or impossible string. */
export class InvalidInstantError extends HabilError {
  override name = 'InvalidInstantError';
  constructor(path: string, value: unknown, expected: string) {
    super('INVALID_INSTANT', [{ path, message: `${show(value)} ${expected}` }]);
  }
}

/** A duration that is not a business duration (NaN, calendar units, unknown keys...). */
export class InvalidDurationError extends HabilError {
  override name = 'InvalidDurationError';
  constructor(path: string, value: unknown, expected: string) {
    super('INVALID_DURATION', [{ path, message: `${show(value)} ${expected}` }]);
  }
}

/** A calendar with no open time left within its search horizon. */
export class CalendarExhaustedError extends HabilError {
  override name = 'CalendarExhaustedError';
  constructor(message: string) {
    super('CALENDAR_EXHAUSTED', [{ path: '', message }]);
  }
}

/** A policy spec or policy lookup that cannot be honoured. */
export class PolicyError extends HabilError {
  override name = 'PolicyError';
  constructor(issues: readonly Issue[], code: HabilErrorCode = 'INVALID_POLICY') {
    super(code, issues);
  }
}

/** A ticket that cannot be evaluated: bad instants, resolved before reported, unknown priority... */
export class TicketError extends HabilError {
  override name = 'TicketError';
  readonly ticketId: string | undefined;
  constructor(ticketId: string | undefined, issues: readonly Issue[], code: HabilErrorCode = 'INVALID_TICKET') {
    super(code, issues);
    this.ticketId = ticketId;
    if (ticketId !== undefined) this.message = `ticket ${show(ticketId)}: ${this.message}`;
  }
}

/** Renders a value for an error message: strings quoted, objects as compact JSON. */
export function show(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) return String(value);
  if (typeof value === 'bigint') return `${value}n`;
  try {
    const json = JSON.stringify(value);
    return json.length > 80 ? `${json.slice(0, 77)}...` : json;
  } catch {
    return Object.prototype.toString.call(value);
  }
}

function formatIssues(issues: readonly Issue[]): string {
  const lines = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message));
  return lines.length <= 1 ? (lines[0] ?? 'invalid input') : `${lines.length} problems:\n- ${lines.join('\n- ')}`;
}
