// renderHtmlReport: an audit as one self-contained HTML page. Summary figures and tables,
// compliance by priority and by month and support hours per month as inline SVG charts (each
// with a text description and its data as a table), the breach list linked to the timelines of
// the worst breached tickets, the rejected rows, and the policy applied quoted from its charter.
// No scripts, no fonts, no images, nothing fetched: a Content-Security-Policy of default-src
// 'none' says so to the browser. Pure: AuditReport + breaches in, string out.

import { requireObject, requirePolicy } from '../arguments';
import { HabilError } from '../errors';
import type { TermsSource } from '../policy/source';
import type { AuditReport, AuditRow } from '../sla/report';
import type { TargetKind } from '../sla/types';
import { BreachCollector, type BreachEntry } from './breaches';
import { slug } from './escape';
import { el, raw, table, type Column } from './html';
import { hoursChart, monthChart, priorityChart, type ChartContext } from './report-charts';
import { REPORT_CSS } from './report-css';
import { formats, type Formats } from './report-format';
import { policySection } from './report-policy';
import { reportWords, type ReportWords, type SectionKey } from './report-words';
import { drawTimeline } from './timeline';
import { assessTimeline, timelineModel } from './timeline-model';
import { timelineWords, type RenderLang } from './timeline-words';

export interface HtmlReportOptions {
  /** The policy (or versions) the audit was run with: timelines are evaluated with it, and it is quoted. */
  policy: TermsSource;
  /**
   * The breached tickets to list: a BreachCollector fed the audit's rows (memory stays flat), or
   * the rows themselves. Without it, the report lists the worst breaches the AuditReport keeps,
   * without timelines.
   */
  breaches?: BreachCollector | Iterable<AuditRow> | undefined;
  /** Default: the policy's lang (TermsSource.lang). */
  lang?: RenderLang | undefined;
  /** Zone of wall times; default the policy's (TermsSource.zone: its first plan's business calendar's). */
  zone?: string | undefined;
  /** How many breached tickets get an embedded timeline. Default 50. */
  timelines?: number | undefined;
  /** How many breached tickets the list shows when given rows. Default 500. */
  listed?: number | undefined;
}

/**
 * The audit as a self-contained HTML page.
 *
 * @example
 * const now = '2024-12-31 23:59';
 * const breaches = new BreachCollector();
 * const report = await audit(policies.icg, tickets, { now, onRow: (row) => breaches.add(row) });
 * const html = renderHtmlReport(report, { policy: policies.icg, breaches, lang: 'es' });
 */
export function renderHtmlReport(report: AuditReport, options: HtmlReportOptions): string {
  requireObject(report, 'report', 'the AuditReport audit() resolves to');
  requireObject(options, 'options', '{ policy } (the policy the report audited), e.g. { policy: policies.icg }');
  requirePolicy(options.policy, 'options.policy');
  const { policy } = options;
  const lang = options.lang ?? policy.lang;
  const zone = options.zone ?? policy.zone;
  const w = reportWords(lang);
  const f = formats(lang, zone);
  const multiPlan = new Set(report.targets.map((t) => t.plan)).size > 1;
  const c: ChartContext = { w, f, priorityName: priorityNames(policy), multiPlan };
  const collector = collectorOf(options);
  const drawn = collector ? collector.entries().slice(0, Math.max(0, options.timelines ?? 50)) : [];

  const sections: [SectionKey, string][] = [['summary', summary(report, c)]];
  const byPriority = priorityChart(report, c);
  if (byPriority) sections.push(['byPriority', byPriority]);
  const byMonth = monthChart(report, c);
  if (byMonth) sections.push(['byMonth', byMonth]);
  const hours = hoursChart(report, c);
  if (hours) sections.push(['hours', hours]);
  if (report.coverage.length > 0) sections.push(['coverage', coverage(report, c)]);
  sections.push(['breaches', breachList(report, collector, drawn.length, c)]);
  if (drawn.length > 0) sections.push(['timelines', timelines(drawn, { policy, now: report.now, lang, zone, w, f })]);
  if (report.errors > 0) sections.push(['errors', errors(report, c)]);
  sections.push(['policy', policySection(policy, w, timelineWords(lang), multiPlan)]);

  const policyName = policy.policies.length === 1 ? policy.policies[0]!.name : report.policy;
  const title = w.title(policyName);
  const nav = el(
    'nav',
    { 'aria-label': w.contents },
    raw(el('strong', {}, w.contents)),
    raw(
      el(
        'ol',
        {},
        raw(sections.map(([key]) => el('li', {}, raw(el('a', { href: `#${key}` }, w.section[key])))).join('')),
      ),
    ),
  );
  const main = sections
    .map(([key, content]) =>
      el(
        'section',
        { id: key, 'aria-labelledby': `${key}-h` },
        raw(el('h2', { id: `${key}-h` }, w.section[key])),
        raw(content),
      ),
    )
    .join('');
  return (
    `<!DOCTYPE html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">\n` +
    `<meta name="generator" content="habil">\n` +
    `${el('title', {}, title)}\n<style>${REPORT_CSS}</style>\n</head>\n<body>\n` +
    el(
      'header',
      {},
      raw(el('h1', {}, title)),
      raw(el('p', { class: 'lead' }, w.auditAt(f.instant(report.now), zone))),
    ) +
    `\n${nav}\n<main>\n${main}\n</main>\n` +
    el('footer', {}, w.footer) +
    `\n</body>\n</html>\n`
  );
}

function priorityNames(policy: TermsSource): (plan: string, priority: string) => string {
  const names = new Map<string, string>();
  for (const plan of policy.plans) for (const p of plan.priorities) names.set(`${plan.id}\u0000${p.id}`, p.label);
  return (plan, priority) => names.get(`${plan}\u0000${priority}`) ?? priority;
}

function collectorOf(options: HtmlReportOptions): BreachCollector | undefined {
  const given = options.breaches;
  if (given === undefined || given instanceof BreachCollector) return given;
  const collector = new BreachCollector({ limit: options.listed });
  for (const row of given) collector.add(row);
  return collector;
}

/** Key figures and the per-target table. */
function summary(report: AuditReport, c: ChartContext): string {
  const { w, f } = c;
  const met = report.targets.reduce((s, t) => s + t.met, 0);
  const breached = report.targets.reduce((s, t) => s + t.breached, 0);
  const figures: [string, string][] = [
    [w.figure.rows, f.count(report.rows)],
    [w.figure.evaluated, f.count(report.evaluated)],
    [w.figure.rejected, f.count(report.errors)],
    [w.figure.breached, f.count(breached)],
    [w.figure.compliance, f.percent(met + breached === 0 ? null : met / (met + breached))],
  ];
  const list = el(
    'ul',
    { class: 'figures' },
    raw(figures.map(([label, value]) => el('li', {}, raw(el('b', {}, value)), label)).join('')),
  );
  type T = AuditReport['targets'][number];
  const columns: Column<T>[] = [
    ...(c.multiPlan ? [{ header: w.col.plan, cell: (t: T) => t.plan }] : []),
    { header: w.col.priority, cell: (t) => c.priorityName(t.plan, t.priority) },
    { header: w.col.target, cell: (t) => w.target[t.target] },
    { header: w.col.tickets, cell: (t) => f.count(t.count), numeric: true },
    { header: w.col.met, cell: (t) => f.count(t.met), numeric: true },
    { header: w.col.breached, cell: (t) => f.count(t.breached), numeric: true },
    { header: w.col.running, cell: (t) => f.count(t.running), numeric: true },
    { header: w.col.compliance, cell: (t) => f.percent(t.compliance), numeric: true },
    { header: w.col.median, cell: (t) => f.duration(t.median), numeric: true },
    { header: w.col.p90, cell: (t) => f.duration(t.p90), numeric: true },
  ];
  const targets =
    report.targets.length > 0 ? el('div', { class: 'table-wrap' }, raw(table(undefined, columns, report.targets))) : '';
  return list + targets + el('p', {}, `${w.complianceNote} ${w.timesNote}`);
}

function coverage(report: AuditReport, c: ChartContext): string {
  const { w, f } = c;
  type R = AuditReport['coverage'][number];
  const columns: Column<R>[] = [
    { header: w.col.month, cell: (r) => f.month(r.month) },
    { header: w.col.plan, cell: (r) => r.plan },
    { header: w.col.resolved, cell: (r) => f.count(r.resolved), numeric: true },
    { header: w.col.events, cell: (r) => f.count(r.events), numeric: true },
    { header: w.col.outside, cell: (r) => f.duration(r.outside), numeric: true },
  ];
  return (
    el('p', {}, w.coverageNote) + el('div', { class: 'table-wrap' }, raw(table(undefined, columns, report.coverage)))
  );
}

/** The id of a drawn ticket's timeline. */
function anchorOf(entry: { line: number; ticketId?: string }): string {
  return `ticket-${entry.line}${entry.ticketId === undefined ? '' : `-${slug(entry.ticketId)}`}`;
}

interface ListRow {
  line: number;
  ticketId?: string;
  plan: string;
  priority: string;
  targets: { target: TargetKind; due: Date; over: number; open: boolean }[];
  drawn: boolean;
}

function breachList(
  report: AuditReport,
  collector: BreachCollector | undefined,
  drawn: number,
  c: ChartContext,
): string {
  const { w, f } = c;
  // Without a collector, the report's own worst breaches (per target) stand in.
  const rows: ListRow[] = collector
    ? collector.entries().map((e, i) => ({ ...e, drawn: i < drawn }))
    : report.targets
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

interface TimelineContext {
  policy: TermsSource;
  now: Date;
  lang: RenderLang;
  zone: string;
  w: ReportWords;
  f: Formats;
}

function timelines(entries: readonly BreachEntry[], { policy, now, lang, zone, w, f }: TimelineContext): string {
  const tw = timelineWords(lang);
  return entries
    .map((entry) => {
      const id = anchorOf(entry);
      const heading = el(
        'h3',
        { id: `${id}-h` },
        tw.title(entry.ticketId ?? `#${entry.line}`),
        ' ',
        raw(
          el(
            'small',
            {},
            `${w.col.line} ${entry.line} · ${entry.targets.map((t) => `${w.target[t.target]} +${f.duration(t.over)}`).join(' · ')}`,
          ),
        ),
      );
      let body: string;
      try {
        const model = timelineModel(assessTimeline({ policy, ticket: entry.ticket, now }), { lang, zone });
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
    })
    .join('\n');
}

function errors(report: AuditReport, c: ChartContext): string {
  const { w, f } = c;
  type E = AuditReport['firstErrors'][number];
  const columns: Column<E>[] = [
    { header: w.col.line, cell: (e) => f.count(e.line), numeric: true },
    { header: w.col.ticket, cell: (e) => e.ticketId ?? '', nowrap: true },
    { header: w.col.column, cell: (e) => e.column ?? e.field ?? '' },
    {
      header: w.col.value,
      cell: (e) =>
        e.value === undefined ? '' : typeof e.value === 'string' ? e.value : (JSON.stringify(e.value) ?? ''),
    },
    { header: w.col.error, cell: (e) => e.message },
  ];
  return (
    el('p', {}, w.errorsNote(report.firstErrors.length, report.errors)) +
    el('div', { class: 'table-wrap' }, raw(table(undefined, columns, report.firstErrors)))
  );
}
