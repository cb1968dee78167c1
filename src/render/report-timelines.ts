// The report's timelines: for each of the worst breached tickets, a heading with its targets'
// excess, its timeline drawn with the audited policy at the audit instant, and the explanation
// text folded under it. A ticket that cannot be drawn says why instead.

import { HabilError } from '../errors';
import type { BreachEntry } from './breaches';
import { el, raw } from './html';
import { anchorOf } from './report-breaches';
import type { ReportContext } from './report-context';
import { drawTimeline } from './timeline';
import { assessTimeline, timelineModel } from './timeline-model';
import { timelineWords } from './timeline-words';

/**
 * The timelines' content, or '' when none is drawn.
 *
 * @example
 * timelinesSection(context);
 */
export function timelinesSection(c: ReportContext): string {
  return c.drawn.map((entry) => ticketTimeline(entry, c)).join('\n');
}

function ticketTimeline(entry: BreachEntry, { policy, report, lang, zone, w, f }: ReportContext): string {
  const id = anchorOf(entry);
  const excess = entry.targets.map((t) => `${w.target[t.target]} +${f.duration(t.over)}`).join(' · ');
  const heading = el(
    'h3',
    { id: `${id}-h` },
    timelineWords(lang).title(entry.ticketId ?? `#${entry.line}`),
    ' ',
    raw(el('small', {}, `${w.col.line} ${entry.line} · ${excess}`)),
  );
  let body: string;
  try {
    const model = timelineModel(assessTimeline({ policy, ticket: entry.ticket, now: report.now }), { lang, zone });
    body =
      drawTimeline(model, { id: `tl-${id}` }) +
      el(
        'details',
        {},
        raw(el('summary', {}, w.explanation)),
        raw(el('p', { class: 'explain' }, model.lanes.flatMap((l) => (l.text ? [l.text] : [])).join('\n\n'))),
      );
  } catch (error) {
    if (!HabilError.is(error)) throw error;
    body = el('p', { class: 'bad' }, error.message);
  }
  return el(
    'section',
    { id, class: 'timeline', 'aria-labelledby': `${id}-h` },
    raw(heading),
    raw(body),
    raw(el('p', { class: 'back' }, raw(el('a', { href: '#breaches' }, `↑ ${w.back}`)))),
  );
}
