// Recurring closures: `{ every: 'MM-DD', name?, hours? }` closes that month and day every year
// ("closed every 24 December"), whole or for the given hours. '02-29' closes only in leap years.

import { type Issue, issueAt } from '../errors';
import { daysFromCivil, daysInMonth, dateParts, type LocalDate } from '../time/civil';
import type { Span } from './read';

/** A recurring closure, read and checked. */
export interface RecurringClosure {
  month: number;
  day: number;
  name?: string | undefined;
  /** Closed spans of the day; undefined closes the whole day. */
  spans?: Span[] | undefined;
}

const MONTH_DAY = /^(\d{2})-(\d{2})$/;

/** Reads 'MM-DD'; pushes an issue at `path` and returns undefined when it names no day of the year. */
export function readMonthDay(text: string, path: string, issues: Issue[]): { month: number; day: number } | undefined {
  const m = MONTH_DAY.exec(text);
  const month = Number(m?.[1]);
  const day = Number(m?.[2]);
  // 2000 is a leap year, so '02-29' passes and closes only in leap years.
  if (m && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(2000, month)) return { month, day };
  issues.push(
    issueAt(
      path,
      text,
      m ? 'is a month and day that never occurs' : "is not a month and day: expected 'MM-DD' such as '12-24'",
    ),
  );
  return undefined;
}

/** The dates in first..last (local dates) on which each recurring closure falls. */
export function* recurringDates(
  closures: readonly RecurringClosure[],
  first: LocalDate,
  last: LocalDate,
): Generator<{ date: LocalDate; closure: RecurringClosure }> {
  if (closures.length === 0) return;
  for (let year = dateParts(first).year; year <= dateParts(last).year; year++) {
    for (const closure of closures) {
      if (closure.day > daysInMonth(year, closure.month)) continue;
      const date = daysFromCivil(year, closure.month, closure.day);
      if (date >= first && date <= last) yield { date, closure };
    }
  }
}
