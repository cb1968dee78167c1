// `habil audit --format html`: the audit as one self-contained HTML page (src/render/report).
// The worst breached tickets are kept as rows stream by, so memory stays flat; the page is
// rendered once the report is complete.

import type { Policy } from '../policy';
import { BreachCollector } from '../render/breaches';
import { renderHtmlReport } from '../render/report';
import type { RenderLang } from '../render/timeline-words';
import type { InstantInput } from '../time/instant';
import type { AuditWriter, Sink } from './audit-output';

/** What the HTML writer needs beyond the rows: the policy and instant of the audit. */
export interface HtmlWriterContext {
  policy: Policy;
  now: InstantInput;
  /** Default: the policy's language. */
  lang?: RenderLang | undefined;
  zone: string;
}

/**
 * A writer of the HTML report.
 *
 * @example
 * const writer = htmlWriter(createWriteStream('report.html'), { policy: policies.icg, now, zone: 'America/Bogota' });
 */
export function htmlWriter(out: Sink, context: HtmlWriterContext): AuditWriter {
  const breaches = new BreachCollector();
  return {
    row: (row) => breaches.add(row),
    end: (report) =>
      out.write(renderHtmlReport(report, { policy: context.policy, breaches, lang: context.lang, zone: context.zone })),
  };
}
