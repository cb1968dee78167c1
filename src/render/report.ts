// renderHtmlReport: an audit as one self-contained HTML page. Summary figures and tables,
// compliance by priority and by month and support hours per month as inline SVG charts (each
// with a text description and its data as a table), the breach list linked to the timelines of
// the worst breached tickets, the rejected rows, and the policy applied quoted from its charter.
// No scripts, no fonts, no images, nothing fetched: a Content-Security-Policy of default-src
// 'none' says so to the browser. Pure: AuditReport + breaches in, string out. The sections are
// listed in ./report-sections; the page around them is ./report-page.

import { requireObject, requirePolicy } from '../arguments';
import type { TermsSource } from '../policy/source';
import type { AuditReport, AuditRow } from '../sla/report';
import type { BreachCollector } from './breaches';
import { el, raw } from './html';
import { collectorOf, priorityNames, type ReportContext } from './report-context';
import { formats } from './report-format';
import { reportPage } from './report-page';
import { REPORT_SECTIONS } from './report-sections';
import { reportWords } from './report-words';
import type { RenderLang } from './timeline-words';

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
  const collector = collectorOf(options.breaches, options.listed);
  const c: ReportContext = {
    report,
    policy,
    lang,
    zone,
    w: reportWords(lang),
    f: formats(lang, zone),
    priorityName: priorityNames(policy),
    multiPlan: new Set(report.targets.map((t) => t.plan)).size > 1,
    collector,
    drawn: collector ? collector.entries().slice(0, Math.max(0, options.timelines ?? 50)) : [],
  };
  const sections = REPORT_SECTIONS.map((s) => ({ id: s.id, heading: s.heading(c), content: s.render(c) })).filter(
    (s) => s.content !== '',
  );
  const policyName = policy.policies.length === 1 ? policy.policies[0]!.name : report.policy;
  const title = c.w.title(policyName);
  const lead = c.w.auditAt(c.f.instant(report.now), zone);
  return reportPage({ lang, title, lead, warning: rejectedWarning(c), w: c.w, sections });
}

/** When rows were rejected, a warning above everything: the figures cover only the rest. */
function rejectedWarning({ report, w, f }: ReportContext): string | undefined {
  if (report.errors === 0) return undefined;
  const text = w.rejectedWarning(f.count(report.errors), f.count(report.rows), f.count(report.evaluated));
  return el(
    'p',
    { class: 'warning', role: 'note' },
    raw(el('strong', {}, `⚠ ${text}`)),
    ' ',
    raw(el('a', { href: '#errors' }, w.section.errors)),
  );
}
