// Where `habil audit` writes: `table`, the report for people; `json`, the report as data;
// `csv`, one line per input row (evaluated or rejected) for a spreadsheet; `ndjson`, one JSON
// object per row, then the report; `html`, one self-contained page with charts and timelines.
// Row formats stream: nothing is held but the report (html keeps the worst breaches).

import { terminalText } from '../errors';
import { formatIsoIn } from '../time/format';
import type { AuditReport, AuditRow } from '../sla/report';
import { CSV_HEADER, csvRow } from './audit-csv';
import { htmlWriter, type HtmlWriterContext } from './audit-html';
import { renderReport } from './audit-report';

export const FORMATS = ['table', 'csv', 'json', 'ndjson', 'html'] as const;
export type OutputFormat = (typeof FORMATS)[number];

/** Something text can be written to (a file stream, stdout). */
export interface Sink {
  write(text: string): unknown;
}

/** Takes rows as they come and the report at the end. */
export interface AuditWriter {
  row(row: AuditRow): void;
  end(report: AuditReport): void;
}

export interface WriterContext {
  zone: string;
  worst: number;
  /** For `html`: the policy, instant and language of the audit. */
  html?: Omit<HtmlWriterContext, 'zone'> | undefined;
  /** For `csv`: write cells a spreadsheet would run as formulas verbatim (default: neutralised). */
  rawCells?: boolean | undefined;
  /** For `csv`: the cell separator (default ','), a byte-order mark first, the audit instant. */
  csv?: { delimiter: string; bom: boolean; now: Date; keep: readonly string[] } | undefined;
}

/**
 * A writer for a format.
 *
 * @example
 * const writer = auditWriter('csv', process.stdout, { zone: 'America/Bogota', worst: 10 });
 */
export function auditWriter(format: OutputFormat, out: Sink, context: WriterContext): AuditWriter {
  switch (format) {
    case 'table':
      return { row: () => {}, end: (report) => out.write(terminalText(renderReport(report, context))) };
    case 'json':
      return { row: () => {}, end: (report) => out.write(`${JSON.stringify(report, null, 2)}\n`) };
    case 'ndjson':
      return {
        row: (row) => out.write(`${JSON.stringify(jsonRow(row))}\n`),
        end: (report) => out.write(`${JSON.stringify({ kind: 'report', ...report })}\n`),
      };
    case 'csv': {
      // Spanish Excel splits on ';' and reads UTF-8 only after a byte-order mark.
      const { delimiter = ',', bom = false, now, keep = [] } = context.csv ?? {};
      const reportTime = now === undefined ? '' : formatIsoIn(now.getTime(), context.zone);
      const line = (cells: string[]) => `${cells.map((c) => csvCell(c, delimiter)).join(delimiter)}\n`;
      out.write(`${bom ? '\uFEFF' : ''}${line([...CSV_HEADER, ...keep])}`);
      return {
        row: (row) => {
          const cells = [...csvRow(row, context.zone, reportTime), ...keep.map((c) => row.kept?.[c] ?? '')];
          out.write(line(context.rawCells ? cells : cells.map(neutralised)));
        },
        end: () => {},
      };
    }
    case 'html':
      if (!context.html) throw new Error('auditWriter: the html format needs context.html (policy and now)');
      return htmlWriter(out, { ...context.html, zone: context.zone });
  }
}

function jsonRow(row: AuditRow): object {
  if (row.kind === 'evaluated') return { kind: row.kind, line: row.line, sla: row.sla, facts: row.facts };
  const { error, ...where } = row;
  return { ...where, code: error.code, message: error.message };
}

/**
 * A cell a spreadsheet cannot run: text starting with `=`, `+`, `-`, `@`, a tab or a CR (OWASP's
 * CSV injection: `=HYPERLINK(...)` in a ticket id) gets a leading `'`, which spreadsheets show
 * as text. Numbers such as `-1.5` are left alone.
 *
 * @example
 * neutralised('=HYPERLINK("http://x")'); //=> '\'=HYPERLINK("http://x")'
 */
export function neutralised(value: string): string {
  return /^[=+\-@\t\r]/.test(value) && !/^[-+]?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
}

/** RFC 4180: quoted when it holds the delimiter, a quote or a line break; quotes doubled. */
function csvCell(value: string, delimiter: string): string {
  return value.includes(delimiter) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
