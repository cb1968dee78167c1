// The sections of the HTML report, in page order. To add a section, write a module with a
// `(c: ReportContext) => string` (returning '' when it has nothing to show) and add an entry
// here; its heading goes in the table of contents too.

import { hoursChart } from './report-chart-hours';
import { monthChart } from './report-chart-month';
import { priorityChart } from './report-chart-priority';
import { BILLING_SECTION } from './report-billing';
import { breachSection } from './report-breaches';
import type { ReportContext, ReportSection } from './report-context';
import { coverageSection } from './report-coverage';
import { CUSTOMERS_SECTION } from './report-customers';
import { errorsSection } from './report-errors';
import { policySection } from './report-policy';
import { summarySection } from './report-summary';
import { timelinesSection } from './report-timelines';
import type { SectionKey } from './report-words';

/** A section whose heading is one of the report's own words. */
function section(id: SectionKey, render: (c: ReportContext) => string): ReportSection {
  return { id, heading: (c) => c.w.section[id], render };
}

/** Every section of the report, in page order. */
export const REPORT_SECTIONS: readonly ReportSection[] = [
  /* @__PURE__ */ section('summary', summarySection),
  /* @__PURE__ */ section('byPriority', priorityChart),
  /* @__PURE__ */ section('byMonth', monthChart),
  /* @__PURE__ */ section('hours', hoursChart),
  CUSTOMERS_SECTION,
  /* @__PURE__ */ section('coverage', coverageSection),
  BILLING_SECTION,
  /* @__PURE__ */ section('breaches', breachSection),
  /* @__PURE__ */ section('timelines', timelinesSection),
  /* @__PURE__ */ section('errors', errorsSection),
  /* @__PURE__ */ section('policy', policySection),
];
