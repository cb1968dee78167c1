// Reading the texts of a calendar spec: windows ('HH:MM-HH:MM', running past midnight when the
// end is before the start) and dates ('YYYY-MM-DD'). Problems are collected as issues at their
// paths, so one SpecError lists them all.

import { type Issue, issueAt } from '../errors';
import { MS_PER_DAY, parseLocalDate, parseWallTime, type LocalDate, type WallTime } from '../time/civil';

/** A span of local time owned by a date: [start, end) in ms from its midnight; end may pass 24:00. */
export interface Span {
  start: WallTime;
  end: number;
}

/** A span closed by a named holiday or closure. */
export interface NamedSpan extends Span {
  name?: string | undefined;
}

const SPAN_RE = /^\s*([0-9:.]+)\s*-\s*([0-9:.]+)\s*$/;

/** Reads 'HH:MM-HH:MM'; an end before the start runs past midnight. A string is what was expected instead. */
export function parseSpan(text: string): Span | string {
  const m = SPAN_RE.exec(text);
  const start = m ? parseWallTime(m[1]!) : undefined;
  const end = m ? parseWallTime(m[2]!) : undefined;
  if (start === undefined || end === undefined)
    return "is not a window: expected 'HH:MM-HH:MM' (seconds and '24:00' allowed)";
  if (start === MS_PER_DAY) return "starts at 24:00: a window starts before midnight (write '00:00' on the next day)";
  if (start === end) return 'is empty: start and end are the same time';
  return { start, end: end < start ? end + MS_PER_DAY : end };
}

/**
 * Sorted spans with overlapping or touching ones merged.
 *
 * @example
 * mergeSpans([{ start: 0, end: 10 }, { start: 5, end: 20 }]); //=> [{ start: 0, end: 20 }]
 */
export function mergeSpans(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else out.push({ ...span });
  }
  return out;
}

/**
 * A local date, or an issue at `path`.
 *
 * @example
 * readDate('2024-02-30', 'holidays[0]', issues); //=> undefined, with an issue
 */
export function readDate(text: string, path: string, issues: Issue[]): LocalDate | undefined {
  const date = parseLocalDate(text);
  if (date === undefined) {
    const shaped = /^\d{4}-\d{2}-\d{2}$/.test(text);
    issues.push(issueAt(path, text, shaped ? 'is a date that does not exist' : "is not a date: expected 'YYYY-MM-DD'"));
  }
  return date;
}

/**
 * The windows that read; an issue for each that does not.
 *
 * @example
 * readSpans(['09:00-13:00'], 'openings[0].hours', issues);
 */
export function readSpans(texts: string[], path: string, issues: Issue[]): Span[] {
  const spans: Span[] = [];
  texts.forEach((text, i) => {
    const span = parseSpan(text);
    if (typeof span === 'string') issues.push(issueAt(`${path}[${i}]`, text, span));
    else spans.push(span);
  });
  return spans;
}

/**
 * Adds spans to a date's list.
 *
 * @example
 * addSpans(plan.openings, date, spans);
 */
export function addSpans<S extends Span>(map: Map<LocalDate, S[]>, date: LocalDate, spans: S[]): void {
  map.set(date, [...(map.get(date) ?? []), ...spans]);
}
