// Auditing historical tickets: every ticket evaluated at one `now`, streaming from any Iterable
// or AsyncIterable, each row out as soon as it is judged (evaluated, or an error naming its line,
// field, value and reason), and a report counted on the way in memory that does not grow with the
// number of tickets. A bad row never stops the run.

import { requireIterable } from '../arguments';
import { HabilError, TicketError, issueAt } from '../errors';
import type { TermsSource } from '../policy/source';
import { toEpochMs, type InstantInput } from '../time/instant';
import type { Zone } from '../time/zone';
import { assess } from './evaluate';
import { ticketFacts } from './facts';
import { idOf } from './ticket';
import { AuditAccumulator, type AccumulatorOptions, type AuditReport, type AuditRow } from './report';
import type { Ticket } from './types';

/** A row as file readers produce it: a ticket with its line, or a row that could not be read. */
export type TicketRecord =
  | {
      line: number;
      ticket: Ticket;
      /** Ticket field ('reportedAt', 'pauses.to') -> the file column it came from, for error rows. */
      columns?: Readonly<Record<string, string>>;
      /** Where `ticket.events[offset + i]` came from in an event log: its line and columns. */
      eventLog?: EventLogOrigin;
      /** Cells of the file passed through as they are (readers' `keep`), by column. */
      kept?: Readonly<Record<string, string>>;
    }
  /** A row that could not be read: the audit's error row, before the audit sees it. */
  | Omit<Extract<AuditRow, { kind: 'error' }>, 'kind'>;

/** The event log lines a ticket's events were joined from (those before `offset` were nested in the ticket). */
export interface EventLogOrigin {
  offset: number;
  lines: readonly number[];
  /** Event field ('at', 'value') -> the event log's column. */
  columns: Readonly<Record<string, string>>;
}

/** What audit accepts: plain tickets (line = 1-based position) or records from a reader. */
export type AuditInput = Ticket | TicketRecord;

export type AuditRowsOptions = AccumulatorOptions;

export interface AuditOptions extends AuditRowsOptions {
  /** Called with every row, in input order, as soon as it is judged. */
  onRow?: (row: AuditRow) => void;
}

/**
 * Audits tickets at `now`, one row at a time: yields each ticket's row, then returns the report.
 * For consumers that write rows out as they come (CSV, NDJSON) without holding them.
 *
 * @example
 * const rows = auditRows(policies.icg, readTickets('tickets.csv'), { now: '2024-12-31 23:59' });
 * for (let next = await rows.next(); !next.done; next = await rows.next()) {
 *   if (next.value.kind === 'error') console.error(`line ${next.value.line}: ${next.value.error.message}`);
 * }
 */
export async function* auditRows(
  policy: TermsSource,
  tickets: Iterable<AuditInput> | AsyncIterable<AuditInput>,
  options: AuditRowsOptions,
): AsyncGenerator<AuditRow, AuditReport, undefined> {
  requireIterable(tickets, 'tickets', 'tickets');
  const accumulator = new AuditAccumulator(policy, options);
  const auditor = new RowAuditor(policy, options);
  let index = 0;
  for await (const item of tickets) {
    const row = auditor.row(item, ++index);
    accumulator.add(row);
    yield row;
  }
  return accumulator.toReport();
}

/**
 * Audits tickets at `now` and returns the report: per plan × priority × target and per month,
 * the counts, compliance, median and p90 business time to respond and to resolve, the worst
 * breaches; support hours consumed per month; time outside coverage where a plan has one.
 *
 * @example
 * const report = await audit(policies.icg, [
 *   { id: 'T-1', priority: 'Urgente', reportedAt: '2024-03-01 16:00', respondedAt: '2024-03-01 16:40', resolvedAt: '2024-03-04 09:00' },
 *   { id: 'T-2', priority: 'Normal', reportedAt: '2024-03-04 08:00', resolvedAt: '2024-03-06 16:00' },
 * ], { now: '2024-12-31 23:59' });
 * report.rows; //=> 2
 * report.targets.find((t) => t.priority === 'normal' && t.target === 'resolution')?.breached; //=> 1
 */
export async function audit(
  policy: TermsSource,
  tickets: Iterable<AuditInput> | AsyncIterable<AuditInput>,
  options: AuditOptions,
): Promise<AuditReport> {
  const rows = auditRows(policy, tickets, options);
  for (;;) {
    const next = await rows.next();
    if (next.done) return next.value;
    options.onRow?.(next.value);
  }
}

/**
 * Turns inputs into rows at one `now`: a reader's error passes through; a ticket is evaluated,
 * and a HabilError it throws becomes an error row (any other error is a bug, and propagates).
 * `now` is read once per zone, not once per ticket.
 *
 * @example
 * const auditor = new RowAuditor(policies.icg, { now: '2024-12-31 23:59' });
 * auditor.row({ line: 7, ticket: { priority: 'P9', reportedAt: '2024-03-04' } }, 1);
 * //=> { kind: 'error', line: 7, field: 'priority', value: 'P9', error: TicketError }
 */
export class RowAuditor {
  readonly #policy: TermsSource;
  readonly #now: InstantInput;
  #zone: Zone | undefined;
  #nowInZone = 0;

  constructor(policy: TermsSource, options: AuditRowsOptions) {
    this.#policy = policy;
    this.#now = options.now;
  }

  /** The row of one input; `index` is the line of a plain ticket. */
  row(item: AuditInput, index: number): AuditRow {
    const record: TicketRecord = isRecord(item) ? item : { line: index, ticket: item };
    if ('error' in record) return { kind: 'error', ...record };
    const { line, ticket } = record;
    try {
      const assessment = assess(this.#policy, ticket, this.#nowIn, false);
      if (assessment.times.reportedAt > assessment.now) throw notYetReported(ticket, assessment.now);
      return {
        kind: 'evaluated',
        line,
        ticket,
        sla: assessment.sla,
        facts: ticketFacts(assessment),
        ...(record.kept ? { kept: record.kept } : {}),
      };
    } catch (error) {
      if (!HabilError.is(error)) throw error;
      const field = error.path || undefined;
      const logged = field === undefined ? undefined : fromEventLog(record.eventLog, field);
      const column =
        logged?.column ?? (field === undefined ? undefined : record.columns?.[field.replace(/\[\d+\]/g, '')]);
      const ticketId = idOf(ticket);
      return {
        kind: 'error',
        line,
        ...(logged === undefined ? {} : { eventLine: logged.line }),
        ...(ticketId === undefined ? {} : { ticketId }),
        ...(field === undefined ? {} : { field, value: error.value }),
        ...(column === undefined ? {} : { column }),
        ...(record.kept ? { kept: record.kept } : {}),
        error,
      };
    }
  }

  readonly #nowIn = (zone: Zone): number => {
    if (zone !== this.#zone) {
      this.#nowInZone = toEpochMs(this.#now, zone, 'now');
      this.#zone = zone;
    }
    return this.#nowInZone;
  };
}

/** The event log line and column of a field such as 'events[3].at', when that event came from a log. */
function fromEventLog(log: EventLogOrigin | undefined, field: string): { line: number; column?: string } | undefined {
  const match = log && /^events\[(\d+)\](?:\.(\w+))?/.exec(field);
  if (!log || !match) return undefined;
  const line = log.lines[Number(match[1]) - log.offset];
  if (line === undefined) return undefined;
  const column = log.columns[match[2] === 'at' ? 'at' : match[2] === undefined ? '' : 'value'];
  return column === undefined ? { line } : { line, column };
}

/**
 * A ticket reported after the instant of the audit did not exist then: an error row, never a
 * running ticket counted in a month years ahead (an export's typo, '9999-12-01', made a 9999-12
 * month in reports).
 */
function notYetReported(ticket: Ticket, now: number): TicketError {
  return new TicketError(idOf(ticket), [
    issueAt(
      'reportedAt',
      ticket.reportedAt,
      `is after the instant of the audit (${new Date(now).toISOString()}): the ticket was not yet reported then`,
    ),
  ]);
}

function isRecord(item: AuditInput): item is TicketRecord {
  return (
    typeof item === 'object' &&
    item !== null &&
    typeof (item as { line?: unknown }).line === 'number' &&
    ('ticket' in item || 'error' in item)
  );
}
