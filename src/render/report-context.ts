// What every section of the HTML report reads: the audit, the policy, the language, zone, words
// and formats, priority names, the breached tickets collected and those drawn as timelines; and
// the shape of a section, so adding one to the report is adding one entry to ./report-sections.

import type { TermsSource } from '../policy/source';
import type { AuditReport, AuditRow } from '../sla/report';
import { BreachCollector, type BreachEntry } from './breaches';
import type { Formats } from './report-format';
import type { ReportWords } from './report-words';
import type { RenderLang } from './timeline-words';

/** What a report section is drawn from. */
export interface ReportContext {
  report: AuditReport;
  policy: TermsSource;
  lang: RenderLang;
  zone: string;
  w: ReportWords;
  f: Formats;
  /** A priority's display name, e.g. 'Prioridad Urgente'. */
  priorityName: (plan: string, priority: string) => string;
  /** Whether the audit saw more than one plan (tables then name the plan). */
  multiPlan: boolean;
  /** The breached tickets collected, when the caller gave them. */
  collector: BreachCollector | undefined;
  /** The breached tickets that get a timeline, worst first. */
  drawn: readonly BreachEntry[];
}

/** One section of the report: an anchor id, a heading, and its content ('' leaves it out). */
export interface ReportSection {
  id: string;
  heading: (c: ReportContext) => string;
  render: (c: ReportContext) => string;
}

/**
 * A policy's priority names by plan and priority id.
 *
 * @example
 * priorityNames(policies.icg)('standard', 'Urgente'); //=> 'Prioridad Urgente'
 */
export function priorityNames(policy: TermsSource): (plan: string, priority: string) => string {
  const names = new Map<string, string>();
  for (const plan of policy.plans) for (const p of plan.priorities) names.set(`${plan.id}\u0000${p.id}`, p.label);
  return (plan, priority) => names.get(`${plan}\u0000${priority}`) ?? priority;
}

/**
 * The breaches option as a collector: given, built from rows (keeping `listed`), or none.
 *
 * @example
 * collectorOf(rows, 500)?.total;
 */
export function collectorOf(
  given: BreachCollector | Iterable<AuditRow> | undefined,
  listed: number | undefined,
): BreachCollector | undefined {
  if (given === undefined || given instanceof BreachCollector) return given;
  const collector = new BreachCollector({ limit: listed });
  for (const row of given) collector.add(row);
  return collector;
}
