// The weekly hours of a calendar spec: each weekday's windows read, sorted and merged; a window
// overlapping another, or an overnight window running into the next day's first, is an issue.

import { type Issue, show, issueAt } from '../errors';
import { MS_PER_DAY, WEEKDAYS } from '../time/civil';
import { mergeSpans, parseSpan, type Span } from './read';
import type { WeeklyCalendarSpec } from './spec';

/**
 * Windows by ISO weekday (0 = Monday), sorted and merged.
 *
 * @example
 * readWeekly({ zone: 'UTC', hours: { mon: ['09:00-17:00'] } }, (s) => s, issues)[0]; //=> [{ start: 32400000, end: 61200000 }]
 */
export function readWeekly(spec: WeeklyCalendarSpec, at: (s: string) => string, issues: Issue[]): Span[][] {
  if (spec.hours === '24/7') return WEEKDAYS.map(() => [{ start: 0, end: MS_PER_DAY }]);
  const hours = spec.hours;
  const days = WEEKDAYS.map((day) => {
    const texts = hours[day] ?? [];
    const spans = texts.map((text, i) => ({ text, index: i, span: parseSpan(text) }));
    const valid: { text: string; index: number; span: Span }[] = [];
    for (const s of spans) {
      if (typeof s.span === 'string') issues.push(issueAt(at(`hours.${day}[${s.index}]`), s.text, s.span));
      else valid.push({ text: s.text, index: s.index, span: s.span });
    }
    valid.sort((a, b) => a.span.start - b.span.start);
    for (let i = 1; i < valid.length; i++) {
      const prev = valid[i - 1]!;
      const cur = valid[i]!;
      if (cur.span.start < prev.span.end) {
        const [later, earlier] = cur.index > prev.index ? [cur, prev] : [prev, cur];
        issues.push(issueAt(at(`hours.${day}[${later.index}]`), later.text, `overlaps ${show(earlier.text)}`));
      }
    }
    return valid;
  });
  // An overnight window must end before the next day's first window starts.
  days.forEach((today, d) => {
    const last = today[today.length - 1];
    const nextIndex = (d + 1) % 7;
    const next = days[nextIndex]![0];
    if (last && next && last.span.end > MS_PER_DAY + next.span.start) {
      issues.push(
        issueAt(
          at(`hours.${WEEKDAYS[nextIndex]}[${next.index}]`),
          next.text,
          `overlaps ${WEEKDAYS[d]} ${show(last.text)}, which runs past midnight`,
        ),
      );
    }
  });
  return days.map((day) => mergeSpans(day.map((d) => d.span)));
}
