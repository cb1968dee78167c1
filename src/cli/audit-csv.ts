// The cells of `habil audit --format csv`: one line per input row, evaluated or rejected. Each
// target has `<target>_status`, `_due` and `_elapsed_min` (of its latest cycle); the targets
// judged over cycles (update, resolution) also say how many cycles were judged and how many
// breached, so a reopened ticket or an awaited reply shows in a spreadsheet as in the report.

import { formatIsoIn } from '../time/format';
import type { AuditRow } from '../sla/report';
import { formatMoney, moneyOf } from '../policy/money';
import type { TicketBilling } from '../sla/billing';
import type { TargetResult } from '../sla/types';

const TARGET = ['status', 'due', 'elapsed_min'];
const CYCLES = ['cycles', 'breached_cycles'];

/** The header of the rows `csvRow` writes. */
export const CSV_HEADER: readonly string[] = [
  'line',
  'report_time',
  'ticket',
  'customer',
  'plan',
  'priority',
  'intake',
  ...TARGET.map((c) => `response_${c}`),
  ...[...TARGET, ...CYCLES].map((c) => `update_${c}`),
  ...[...TARGET, ...CYCLES].map((c) => `resolution_${c}`),
  'next_due',
  'consumed_min',
  'worked_min',
  'billed_event',
  'event_price',
  'error_column',
  'error_value',
  'error',
];

const ERROR_CELLS = 3;
const EMPTY_TICKET: readonly string[] = Array(CSV_HEADER.length - 3 - ERROR_CELLS).fill('');

/**
 * The cells of one row, in `CSV_HEADER` order; times with the plan's offset, durations in
 * business minutes.
 *
 * @example
 * csvRow(row, 'America/Bogota', '2024-12-31T23:59:59-05:00')[2]; //=> 'ICG-24-0001'
 */
export function csvRow(row: AuditRow, zone: string, reportTime: string): string[] {
  if (row.kind === 'error') {
    const value = row.value === undefined ? '' : typeof row.value === 'string' ? row.value : JSON.stringify(row.value);
    return [
      String(row.line),
      reportTime,
      row.ticketId ?? '',
      ...EMPTY_TICKET,
      row.column ?? row.field ?? '',
      value,
      row.error.message,
    ];
  }
  const { sla, facts } = row;
  const time = (date: Date | undefined) => (date ? formatIsoIn(date.getTime(), zone) : '');
  const target = (result: TargetResult | undefined) =>
    result ? [result.status, time(result.due), minutes(result.elapsed)] : ['', '', ''];
  return [
    String(row.line),
    reportTime,
    sla.ticketId ?? '',
    row.ticket.customer ?? '',
    sla.plan,
    sla.priority,
    sla.intake.status,
    ...target(sla.targets.response),
    ...target(sla.targets.update),
    ...cycles(sla.targets.update),
    ...target(sla.targets.resolution),
    ...cycles(sla.targets.resolution),
    time(sla.nextDue),
    facts.consumed === undefined ? '' : minutes(facts.consumed),
    facts.worked === undefined ? '' : minutes(facts.worked),
    facts.billing?.event?.item ?? '',
    eventPrice(facts.billing),
    '',
    '',
    '',
  ];
}

const minutes = (ms: number) => String(Math.round(ms / 60) / 1000);

/** Cycles judged and breached; a target judged once is one cycle. */
function cycles(result: TargetResult | undefined): string[] {
  if (!result) return ['', ''];
  if (result.cycles) return [String(result.cycles.length), String(result.breachedCycles ?? 0)];
  return ['1', result.status === 'breached' ? '1' : '0'];
}

/** The price of the ticket's billable event ('COP 180,000.00 + IVA'); empty when none or unpriced. */
function eventPrice(billing: TicketBilling | undefined): string {
  const price = billing?.event?.price;
  return price ? formatMoney(moneyOf(price, 1n), 'en') : '';
}
