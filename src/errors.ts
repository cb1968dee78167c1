// Every error habil throws: a stable machine `code` for programs, and each problem as data
// (./issues: `path`, the `value`, what was `expected`) with a message for people built from them.

import { formatIssues, type HabilErrorCode, type Issue, issueAt, problemAt } from './issues';
import { show } from './printable';

export { type HabilErrorCode, type Issue, issueAt, missingAt, problemAt } from './issues';
export { MAX_QUOTED, printable, show, terminalText } from './printable';

/**
 * Base class of every error thrown by habil: `instanceof HabilError` catches them all.
 *
 * @example
 * try {
 *   Calendar.from({ zone: 'UTC', hours: { tue: ['07:00-12:30', '12:00-17:00'] } });
 * } catch (error) {
 *   if (error instanceof HabilError) console.log(error.code, error.path, error.message);
 *   //=> INVALID_SPEC hours.tue[1] hours.tue[1]: '12:00-17:00' overlaps '07:00-12:30'
 * }
 */
export class HabilError extends Error {
  // Every error class sets its name in its constructor, not as a class field: the CommonJS build
  // (tsup's sucrase pass) turns field initializers into a `_class` wrapper, and the class would
  // print as `_class` (test/package/names.test.ts).
  readonly code: HabilErrorCode;
  /** The first issue's path. */
  readonly path: string;
  /** The first issue's value (undefined when it has none: see `Issue.value`). */
  readonly value: unknown;
  /** The first issue's `expected`, or its message when it says none. */
  readonly expected: string;
  readonly issues: readonly Issue[];

  constructor(code: HabilErrorCode, issues: readonly Issue[], options?: { cause?: unknown }) {
    super(formatIssues(issues), options);
    this.name = 'HabilError';
    const first = issues[0];
    this.code = first?.code ?? code;
    this.issues = issues;
    this.path = first?.path ?? '';
    this.value = first?.value;
    this.expected = first?.expected ?? first?.message ?? '';
  }

  /**
   * A type guard that also works across realms and duplicated installs.
   *
   * @example
   * if (HabilError.is(error)) report(error.issues);
   */
  static is(value: unknown): value is HabilError {
    return value instanceof Error && 'code' in value && typeof value.code === 'string' && 'issues' in value;
  }
}

/**
 * A calendar spec that does not describe a calendar (bad window, overlap, backwards range...).
 *
 * @example
 * Calendar.from({ zone: 'Mars/Olympus', hours: '24/7' }); // throws SpecError, code 'UNKNOWN_ZONE'
 */
export class SpecError extends HabilError {
  constructor(issues: readonly Issue[], code: HabilErrorCode = 'INVALID_SPEC') {
    super(code, issues);
    this.name = 'SpecError';
  }
}

/**
 * An instant that cannot be read: NaN, Invalid Date, an unparseable or impossible string.
 *
 * @example
 * cal.add('2024-02-30 10:00', 'PT1H'); // throws: at: '2024-02-30 10:00' names a date that does not exist
 */
export class InvalidInstantError extends HabilError {
  constructor(path: string, value: unknown, expected: string) {
    super('INVALID_INSTANT', [issueAt(path, value, expected)]);
    this.name = 'InvalidInstantError';
  }
}

/**
 * A duration that is not a business duration (NaN, calendar units, unknown keys...).
 *
 * @example
 * cal.add('2024-03-01 16:00', 'P1D'); // throws: duration: 'P1D' uses days: business durations are measured in hours, ...
 */
export class InvalidDurationError extends HabilError {
  constructor(path: string, value: unknown, expected: string) {
    super('INVALID_DURATION', [issueAt(path, value, expected)]);
    this.name = 'InvalidDurationError';
  }
}

/**
 * A calendar with no open time left within its search horizon.
 *
 * @example
 * Calendar.from({ zone: 'UTC', hours: {} }).nextOpen('2024-01-01'); // throws after 10 empty years
 */
export class CalendarExhaustedError extends HabilError {
  constructor(message: string) {
    super('CALENDAR_EXHAUSTED', [problemAt('', message)]);
    this.name = 'CalendarExhaustedError';
  }
}

/**
 * A policy spec or policy lookup that cannot be honoured.
 *
 * @example
 * policies.hosting.resolve({ plan: 'gold', priority: 'high' }); // throws, code 'UNKNOWN_PLAN', listing level-1, level-2, level-3
 */
export class PolicyError extends HabilError {
  constructor(issues: readonly Issue[], code: HabilErrorCode = 'INVALID_POLICY') {
    super(code, issues);
    this.name = 'PolicyError';
  }
}

/**
 * A ticket that cannot be evaluated: bad instants, resolved before reported, unknown priority...
 *
 * @example
 * evaluate(policies.icg, { id: 'T-9', priority: 'urgent', reportedAt: '2024-03-04 10:00', resolvedAt: '2024-03-04 09:00' }, { now });
 * // throws: ticket 'T-9': resolvedAt: '2024-03-04 09:00' is before reportedAt '2024-03-04 10:00'
 */
export class TicketError extends HabilError {
  readonly ticketId: string | undefined;
  constructor(ticketId: string | undefined, issues: readonly Issue[], code: HabilErrorCode = 'INVALID_TICKET') {
    super(code, issues);
    this.name = 'TicketError';
    this.ticketId = ticketId;
    if (ticketId !== undefined) this.message = `ticket ${show(ticketId)}: ${this.message}`;
  }
}

/**
 * An argument, file, row or CSV header habil cannot read: a bad option, a column missing, a
 * row of the wrong width, a warehouse call's unreadable argument.
 *
 * @example
 * auditFile('tickets.csv', { policy: policies.icg, now, delimiter: '"' }); // throws InputError, code 'INVALID_INPUT'
 */
export class InputError extends HabilError {
  constructor(issues: readonly Issue[], code: HabilErrorCode = 'INVALID_INPUT') {
    super(code, issues);
    this.name = 'InputError';
  }
}

/**
 * An iCalendar file habil cannot read as holidays; the message and `line` point at the line.
 *
 * @example
 * await readIcsHolidays('holidays.ics'); // throws: holidays.ics:7: 'DTSTART:2024-12-25' is not an iCalendar date
 */
export class IcsError extends HabilError {
  /** 1-based line of the file where the problem is (0 for the file as a whole). */
  readonly line: number;
  constructor(source: string, line: number, message: string) {
    super('INVALID_INPUT', [problemAt(line > 0 ? `${source}:${line}` : source, message)]);
    this.name = 'IcsError';
    this.line = line;
  }
}

/**
 * A dependency habil loads on first need (zod, date-holidays) that this runtime cannot load by
 * itself: a browser bundle. Hand it over once with `usePeers`.
 *
 * @example
 * Calendar.from({ zone: 'Europe/Berlin', hours: '24/7', holidays: [{ country: 'DE' }] });
 * // in a browser without usePeers({ Holidays }): throws MissingPeerError, code 'MISSING_PEER'
 */
export class MissingPeerError extends HabilError {
  constructor(path: string, message: string) {
    super('MISSING_PEER', [problemAt(path, message)]);
    this.name = 'MissingPeerError';
  }
}

/**
 * A `habil` command line that cannot run: a bad option value, a missing file, a policy or plan
 * that does not fit the file. `path` is the flag or argument the user typed (`--at`, `<file>`),
 * which a string message names itself; the CLI prints it after `habil: ` and exits 2.
 *
 * @example
 * throw new UsageError("--workers '0': expected a whole number from 1", '--workers');
 */
export class UsageError extends HabilError {
  constructor(message: string | readonly Issue[], path = '') {
    super('INVALID_INPUT', typeof message === 'string' ? [problemAt(path, message)] : message);
    this.name = 'UsageError';
    if (typeof message === 'string') this.message = message;
  }
}
