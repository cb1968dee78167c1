// The report's breach list: every breached ticket collected (or, without a collector, the worst
// breaches the AuditReport keeps), worst first, one line per target breached, the drawn ones
// linked to their timelines.

import type { TargetKind } from '../sla/types';
import { slug } from './escape';
import { el, raw, table, type Column } from './html';
import type { ReportContext } from './report-context';

interface ListRow {
  line: number;
  ticketId?: string;
  plan: string;
  priority: string;
  targets: { target: TargetKind; due: Date; over: number; open: boolean }[];
  drawn: boolean;
}

/**
 * The id of a drawn ticket's timeline.
 *
 * @example
 * anchorOf({ line: 12, ticketId: 'T 1' }); //=> 'ticket-12-t-1'
 */
export function anchorOf(entry: { line: number; ticketId?: string }): string {
  return `ticket-${entry.line}${entry.ticketId === undefined ? '' : `-${slug(entry.ticketId)}`}`;
}

/**
 * The breach list's content.
 *
 * @example
 * breachSection(context);
 */
export function breachSection(c: ReportContext): string {
  const { w, f, collector } = c;
  const drawn = c.drawn.length;
  const rows = listRows(c);
  const total = collector ? collector.total : rows.length;
  if (total === 0) return el('p', {}, w.noBreaches);
  const lines = (r: ListRow, cell: (t: ListRow['targets'][number]) => string) =>
    raw(r.targets.map((t) => el('span', {}, cell(t))).join('<br>'));
  const columns: Column<ListRow>[] = [
    {
      header: w.col.ticket,
      cell: (r) =>
        r.drawn ? raw(el('a', { href: `#${anchorOf(r)}` }, r.ticketId ?? `#${r.line}`)) : (r.ticketId ?? `#${r.line}`),
      nowrap: true,
    },
    { header: w.col.line, cell: (r) => f.count(r.line), numeric: true },
    ...(c.multiPlan ? [{ header: w.col.plan, cell: (r: ListRow) => r.plan }] : []),
    { header: w.col.priority, cell: (r) => c.priorityName(r.plan, r.priority) },
    { header: w.col.target, cell: (r) => lines(r, (t) => w.target[t.target]) },
    { header: w.col.due, cell: (r) => lines(r, (t) => f.instant(t.due)), nowrap: true },
    { header: w.col.over, cell: (r) => lines(r, (t) => `+${f.duration(t.over)}`), numeric: true },
    { header: w.col.state, cell: (r) => lines(r, (t) => (t.open ? w.open : w.closed)) },
  ];
  const note = collector
    ? w.breachCap(rows.length, total, drawn) + (rows.length > drawn && drawn > 0 ? ` ${w.noTimelines}` : '')
    : w.breachCap(rows.length, rows.length, 0);
  return el('p', {}, note) + el('div', { class: 'table-wrap' }, raw(table(undefined, columns, rows, 'breaches')));
}

/** The collected breaches, or without a collector the report's own worst breaches (per target). */
function listRows({ report, collector, drawn }: ReportContext): ListRow[] {
  if (collector) return collector.entries().map((e, i) => ({ ...e, drawn: i < drawn.length }));
  return report.targets
    .flatMap((t) => t.worst)
    .sort((a, b) => b.over - a.over || a.line - b.line)
    .map((b) => ({
      line: b.line,
      ...(b.ticketId === undefined ? {} : { ticketId: b.ticketId }),
      plan: b.plan,
      priority: b.priority,
      targets: [b],
      drawn: false,
    }));
}
