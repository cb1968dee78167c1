// Where `habil audit` writes: `table`, the report for people; `json`, the report as data;
// `csv`, one line per input row (evaluated or rejected) for a spreadsheet; `ndjson`, one JSON
// object per row, then the report; `html`, one self-contained page with charts and timelines.
// Row formats stream: nothing is held but the report (html keeps the worst breaches).

import { terminalText } from '../errors';
import { formatIsoIn } from '../time/format';
import type { AuditReport, AuditRow } from '../sla/report';
import { formatMoney, moneyOf } from '../policy/money';
import type { TicketBilling } from '../sla/billing';
import type { TargetResult } from '../sla/types';
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

const CSV_HEADER = [
  'line',
  'report_time',
  'ticket',
  'customer',
  'plan',
  'priority',
  'intake',
  'response_status',
  'response_due',
  'response_elapsed_min',
  'resolution_status',
  'resolution_due',
  'resolution_elapsed_min',
  'consumed_min',
  'billed_event',
  'event_price',
  'error_column',
  'error_value',
  'error',
];

function csvRow(row: AuditRow, zone: string, reportTime: string): string[] {
  if (row.kind === 'error') {
    const value = row.value === undefined ? '' : typeof row.value === 'string' ? row.value : JSON.stringify(row.value);
    return [
      String(row.line),
      reportTime,
      row.ticketId ?? '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      row.column ?? row.field ?? '',
      value,
      row.error.message,
    ];
  }
  const { sla, facts } = row;
  const minutes = (ms: number) => String(Math.round(ms / 60) / 1000);
  const target = (result: TargetResult | undefined) =>
    result ? [result.status, formatIsoIn(result.due.getTime(), zone), minutes(result.elapsed)] : ['', '', ''];
  return [
    String(row.line),
    reportTime,
    sla.ticketId ?? '',
    row.ticket.customer ?? '',
    sla.plan,
    sla.priority,
    sla.intake.status,
    ...target(sla.targets.response),
    ...target(sla.targets.resolution),
    facts.consumed === undefined ? '' : minutes(facts.consumed),
    facts.billing?.event?.item ?? '',
    eventPrice(facts.billing),
    '',
    '',
    '',
  ];
}

/** The price of the ticket's billable event ('COP 180,000.00 + IVA'); empty when none or unpriced. */
function eventPrice(billing: TicketBilling | undefined): string {
  const price = billing?.event?.price;
  return price ? formatMoney(moneyOf(price, 1n), 'en') : '';
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
