// One problem as data: where it is (`path`), the value found there, what was expected, and the
// message built from them for people (as zod's issues carry path, input and expected). Every
// habil error carries a list of these (./errors).

import { printable, show } from './printable';

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

/** An issue's message is cut past this: no message carries a whole megabyte. */
const MAX_MESSAGE = 2000;

/** The message of an error: its issue, or how many and each on its own line. */
export function formatIssues(issues: readonly Issue[]): string {
  const lines = issues.map((i) => printable(i.path ? `${i.path}: ${i.message}` : i.message, MAX_MESSAGE));
  return lines.length <= 1 ? (lines[0] ?? 'invalid input') : `${lines.length} problems:\n- ${lines.join('\n- ')}`;
}
