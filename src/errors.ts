// Every error habil throws. A stable machine `code` for programs; each problem as data (`path`
// where the bad value sits, the `value` itself, what was `expected`), and a message for people
// built from them.

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
  | 'INVALID_INPUT'
  | 'MISSING_PEER';

/**
 * One problem found in an input: where it is, what it was, what was expected (as zod's issues
 * carry `path`, `input` and `expected`). The message is built from them for people.
 */
export interface Issue {
  /** Dotted path into the input, e.g. `hours.tue[1]`; empty for the input itself. */
  path: string;
  /**
   * The offending value as given, when the problem is one value; with the key present and the
   * value `undefined`, the value is missing. Absent when the problem is not one value (two
   * windows overlapping are told by the later one, which is the value).
   */
  value?: unknown;
  /** What was expected, as the message says it after the value: `is not a date: expected 'YYYY-MM-DD'`. */
  expected?: string;
  /** The human explanation, already including the offending value. */
  message: string;
  /** A more precise code than the error's default, when the problem has one (e.g. UNKNOWN_ZONE). */
  code?: HabilErrorCode;
}

/**
 * The issue of a value at `path`: the message shows the value, then what was expected.
 *
 * @example
 * issueAt('hours.mon[0]', '9-17', "is not a window: expected 'HH:MM-HH:MM'");
 * //=> { path: 'hours.mon[0]', value: '9-17', expected: "is not a window: ...", message: "'9-17' is not a window: ..." }
 */
export function issueAt(path: string, value: unknown, expected: string, code?: HabilErrorCode): Issue {
  const issue: Issue = { path, value, expected, message: `${show(value)} ${expected}` };
  if (code !== undefined) issue.code = code;
  return issue;
}

/**
 * The issue of a value missing at `path` (`value` present and undefined): the message is what was expected.
 *
 * @example
 * missingAt('reportedAt', 'is missing: expected the instant the ticket was reported');
 */
export function missingAt(path: string, expected: string, code?: HabilErrorCode): Issue {
  const issue: Issue = { path, value: undefined, expected, message: expected };
  if (code !== undefined) issue.code = code;
  return issue;
}

/**
 * The issue of something that is not one value at `path` (a whole file, a combination): only what was expected.
 *
 * @example
 * problemAt('', 'row has 3 fields where the header has 4');
 */
export function problemAt(path: string, expected: string, code?: HabilErrorCode): Issue {
  const issue: Issue = { path, expected, message: expected };
  if (code !== undefined) issue.code = code;
  return issue;
}

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
  override name = 'HabilError';
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
    return value instanceof Error && typeof (value as { code?: unknown }).code === 'string' && 'issues' in value;
  }
}

/**
 * A calendar spec that does not describe a calendar (bad window, overlap, backwards range...).
 *
 * @example
 * Calendar.from({ zone: 'Mars/Olympus', hours: '24/7' }); // throws SpecError, code 'UNKNOWN_ZONE'
 */
export class SpecError extends HabilError {
  override name = 'SpecError';
  constructor(issues: readonly Issue[], code: HabilErrorCode = 'INVALID_SPEC') {
    super(code, issues);
  }
}

/**
 * An instant that cannot be read: NaN, Invalid Date, an unparseable or impossible string.
 *
 * @example
 * cal.add('2024-02-30 10:00', 'PT1H'); // throws: at: '2024-02-30 10:00' names a date that does not exist
 */
export class InvalidInstantError extends HabilError {
  override name = 'InvalidInstantError';
  constructor(path: string, value: unknown, expected: string) {
    super('INVALID_INSTANT', [issueAt(path, value, expected)]);
  }
}

/**
 * A duration that is not a business duration (NaN, calendar units, unknown keys...).
 *
 * @example
 * cal.add('2024-03-01 16:00', 'P1D'); // throws: duration: 'P1D' uses days: business durations are measured in hours, ...
 */
export class InvalidDurationError extends HabilError {
  override name = 'InvalidDurationError';
  constructor(path: string, value: unknown, expected: string) {
    super('INVALID_DURATION', [issueAt(path, value, expected)]);
  }
}

/**
 * A calendar with no open time left within its search horizon.
 *
 * @example
 * Calendar.from({ zone: 'UTC', hours: {} }).nextOpen('2024-01-01'); // throws after 10 empty years
 */
export class CalendarExhaustedError extends HabilError {
  override name = 'CalendarExhaustedError';
  constructor(message: string) {
    super('CALENDAR_EXHAUSTED', [problemAt('', message)]);
  }
}

/**
 * A policy spec or policy lookup that cannot be honoured.
 *
 * @example
 * policies.hosting.resolve({ plan: 'gold', priority: 'high' }); // throws, code 'UNKNOWN_PLAN', listing level-1, level-2, level-3
 */
export class PolicyError extends HabilError {
  override name = 'PolicyError';
  constructor(issues: readonly Issue[], code: HabilErrorCode = 'INVALID_POLICY') {
    super(code, issues);
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
  override name = 'TicketError';
  readonly ticketId: string | undefined;
  constructor(ticketId: string | undefined, issues: readonly Issue[], code: HabilErrorCode = 'INVALID_TICKET') {
    super(code, issues);
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
  override name = 'InputError';
  constructor(issues: readonly Issue[], code: HabilErrorCode = 'INVALID_INPUT') {
    super(code, issues);
  }
}

/** Values longer than this (in UTF-16 units) are cut in messages, saying how much was left out. */
export const MAX_QUOTED = 80;

/** An issue's message is cut past this: no message carries a whole megabyte. */
const MAX_MESSAGE = 2000;

/**
 * Renders a value for an error message: strings quoted, objects as compact JSON, both through
 * `printable` (controls escaped, cut after MAX_QUOTED characters).
 *
 * @example
 * show('x'.repeat(100)); //=> "'xxxx…x… (20 more)'" (80 x's)
 */
export function show(value: unknown): string {
  if (typeof value === 'string') return `'${printable(value, MAX_QUOTED)}'`;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined)
    return String(value);
  if (typeof value === 'bigint') return `${value}n`;
  try {
    return printable(JSON.stringify(value) ?? String(value), MAX_QUOTED);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

// C0 and C1 controls, DEL, and the Unicode controls that reorder or hide text on a screen: the
// Arabic letter mark, LRM/RLM, bidi embeddings, overrides and isolates, line and paragraph
// separators, the zero-width no-break space.
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069\ufeff]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Text safe to print in a message or on a terminal: every control character (ESC, C0, C1, DEL,
 * bidi overrides) written as an escape (`\x1b`, `\u202e`), and text longer than `max` cut there,
 * saying how many characters were left out. Terminal escape sequences in a ticket id thus show
 * as text instead of recolouring or rewriting the screen.
 *
 * @example
 * printable('\u001b[2Jid\u202e'); //=> '\\x1b[2Jid\\u202e'
 * printable('a'.repeat(100), 80); //=> 'aaaa…a… (20 more)' (80 a's)
 */
export function printable(text: string, max = Number.POSITIVE_INFINITY): string {
  let cut = text.length > max ? max : text.length;
  if (cut < text.length && /[\ud800-\udbff]/.test(text[cut - 1] ?? '')) cut--; // never half a surrogate pair
  const escaped = text.slice(0, cut).replace(CONTROLS, (c) => NAMED[c] ?? escapeCode(c.charCodeAt(0)));
  return cut < text.length ? `${escaped}… (${text.length - cut} more)` : escaped;
}

/**
 * Multi-line text for a terminal: each line through `printable`, line breaks kept.
 *
 * @example
 * terminalText('id \u001b[31m\nnext'); //=> 'id \\x1b[31m\nnext'
 */
export function terminalText(text: string): string {
  return text
    .split('\n')
    .map((line) => printable(line))
    .join('\n');
}

function escapeCode(code: number): string {
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

function formatIssues(issues: readonly Issue[]): string {
  const lines = issues.map((i) => printable(i.path ? `${i.path}: ${i.message}` : i.message, MAX_MESSAGE));
  return lines.length <= 1 ? (lines[0] ?? 'invalid input') : `${lines.length} problems:\n- ${lines.join('\n- ')}`;
}

/**
 * An iCalendar file habil cannot read as holidays; the message and `line` point at the line.
 *
 * @example
 * await readIcsHolidays('holidays.ics'); // throws: holidays.ics:7: 'DTSTART:2024-12-25' is not an iCalendar date
 */
export class IcsError extends HabilError {
  override name = 'IcsError';
  /** 1-based line of the file where the problem is (0 for the file as a whole). */
  readonly line: number;
  constructor(source: string, line: number, message: string) {
    super('INVALID_INPUT', [problemAt(line > 0 ? `${source}:${line}` : source, message)]);
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
  override name = 'MissingPeerError';
  constructor(path: string, message: string) {
    super('MISSING_PEER', [problemAt(path, message)]);
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
  override name = 'UsageError';
  constructor(message: string | readonly Issue[], path = '') {
    super('INVALID_INPUT', typeof message === 'string' ? [problemAt(path, message)] : message);
    if (typeof message === 'string') this.message = message;
  }
}
