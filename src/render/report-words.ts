// The words of the HTML audit report, in Spanish and English: headings, column names, notes,
// and the sentences that describe each chart to people who cannot see it.

import type { TargetKind } from '../sla/types';
import { EN } from './report-words-en';
import { ES } from './report-words-es';
import type { RenderLang } from './timeline-words';

export type SectionKey =
  | 'summary'
  | 'byPriority'
  | 'byMonth'
  | 'hours'
  | 'coverage'
  | 'breaches'
  | 'timelines'
  | 'errors'
  | 'policy';

export interface ReportWords {
  title: (policy: string) => string;
  auditAt: (now: string, zone: string) => string;
  contents: string;
  section: Record<SectionKey, string>;
  figure: { rows: string; evaluated: string; rejected: string; breached: string; compliance: string };
  col: {
    plan: string;
    priority: string;
    target: string;
    tickets: string;
    met: string;
    breached: string;
    running: string;
    compliance: string;
    median: string;
    p90: string;
    month: string;
    resolved: string;
    hours: string;
    events: string;
    outside: string;
    ticket: string;
    line: string;
    due: string;
    over: string;
    state: string;
    field: string;
    column: string;
    value: string;
    error: string;
    response: string;
    resolution: string;
    clock: string;
  };
  target: Record<TargetKind, string>;
  open: string;
  closed: string;
  na: string;
  complianceNote: string;
  /** A compliance chart's note: what its bars are (no median: the chart draws none). */
  shareNote: string;
  timesNote: string;
  hoursNote: string;
  coverageNote: string;
  chartData: string;
  chartPriority: { title: string; desc: (series: string, best: string, worst: string) => string };
  chartMonth: {
    title: string;
    desc: (series: string, first: string, last: string, best: string, worst: string) => string;
  };
  chartHours: { title: string; desc: (first: string, last: string, total: string, top: string) => string };
  breachCap: (listed: number, total: number, drawn: number) => string;
  noBreaches: string;
  noTimelines: string;
  back: string;
  explanation: string;
  errorsNote: (shown: number, total: number) => string;
  /** The charter, named by the policy's name (its provider and service). */
  charter: (name: string) => string;
  /** The warning above everything when rows were rejected. */
  rejectedWarning: (rejected: string, rows: string, evaluated: string) => string;
  /** A rejected row's reason, in the report's language, from its error code and field. */
  reason: (code: string, field: string | undefined, message: string, missing: boolean) => string;
  quoted: string;
  noSource: string;
  versions: string;
  footer: string;
}

/**
 * The report's words in a language.
 *
 * @example
 * reportWords('es').section.breaches; //=> 'Incumplimientos'
 */
export function reportWords(lang: RenderLang): ReportWords {
  return lang === 'es' ? ES : EN;
}
