// A target lane's markers: due, expected-by and reached warning levels as vertical lines with
// labels in the two rows above the bar (with their times; when they crowd, without; when they
// still crowd, warnings unlabelled), and the met or breached symbol on the bar.

import { formatLevel, isEscalation } from '../policy/warnings';
import type { TargetResult } from '../sla/types';
import { formatInstant } from '../time/format';
import { placeLabels, textWidth } from './labels';
import { line, symbol, text } from './svg-marks';
import { BAR_H, LABEL_ROW, type TimelineLayout } from './timeline-layout';
import type { TimelineWords } from './timeline-words';

interface Mark {
  kind: 'expected' | 'warning' | 'due';
  at: number;
  label: string;
  short: string;
}

/**
 * The markers of a lane whose bar starts at `barTop`.
 *
 * @example
 * drawMarks(lane.result, barTop, layout, timelineWords('es'), 'America/Bogota');
 */
export function drawMarks(r: TargetResult, barTop: number, l: TimelineLayout, w: TimelineWords, zone: string): string {
  const { x } = l;
  const marks = marksOf(r, l, w);
  const place = () =>
    placeLabels(
      marks.map((m) => ({ x: x(m.at) - 3, width: m.label === '' ? 0 : textWidth(m.label, 11) })),
      2,
      l.right,
    );
  let placed = place();
  if (placed.some((p) => p.crowded)) {
    for (const m of marks) m.label = m.short;
    placed = place();
  }
  if (placed.some((p) => p.crowded)) {
    for (const m of marks) if (m.kind === 'warning') m.label = '';
    placed = place();
  }
  const out: string[] = [];
  marks.forEach((m, i) => {
    const mx = x(m.at);
    const { row, anchor } = placed[i]!;
    const ly = barTop - 5 - row * LABEL_ROW;
    out.push(line(m.kind, mx, ly + 2, mx, barTop + BAR_H + 3));
    if (m.label !== '')
      out.push(
        text(m.label, anchor === 'start' ? mx + 3 : mx - 3, ly, {
          anchor,
          weight: m.kind === 'due' ? 'bold' : undefined,
          tooltip: `${formatInstant(m.at, zone)} (${zone})`,
        }),
      );
  });
  const mid = barTop + BAR_H / 2;
  if (r.metAt) out.push(symbol('met', x(r.metAt.getTime()), mid, 6));
  if (r.breachedAt) out.push(symbol('breached', x(r.breachedAt.getTime()), mid, 6));
  return out.join('');
}

/** Due first, then expected-by, then the warning levels reached. */
function marksOf(r: TargetResult, l: TimelineLayout, w: TimelineWords): Mark[] {
  const marks: Mark[] = [
    { kind: 'due', at: r.due.getTime(), label: `${w.due} ${l.short(r.due.getTime())}`, short: w.due },
  ];
  if (r.expectedBy) {
    const at = r.expectedBy.getTime();
    marks.push({ kind: 'expected', at, label: `${w.expected} ${l.short(at)}`, short: w.expected });
  }
  for (const warning of r.warnings) {
    const level = formatLevel(warning.level);
    const label = isEscalation(warning.level) ? w.escalation(level) : w.warning(level);
    if (warning.reached) marks.push({ kind: 'warning', at: warning.at.getTime(), label, short: level });
  }
  return marks;
}
