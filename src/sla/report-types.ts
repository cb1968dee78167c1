// The audit's results as data: the rows it yields, the report it returns, and the plain-data
// state an accumulator ships between worker threads.

import type { HabilError } from '../errors';
import type { BillingCount } from './billing';
import type { BillingSummary } from './billing-report';
import type { InstantInput } from '../time/instant';
import type { TicketFacts } from './facts';
import type { TallyCounts, TallyState, WorstBreach } from './tally';
import type { TargetKind, Ticket, TicketSla } from './types';

/** One input row after the audit: evaluated, or rejected with where and why. */
export type AuditRow =
  | {
      kind: 'evaluated';
      line: number;
      ticket: Ticket;
      sla: TicketSla;
      facts: TicketFacts;
      /** Cells of the file passed through as they are (readers' `keep`), by column. */
      kept?: Readonly<Record<string, string>>;
    }
  | {
      kind: 'error';
      line: number;
      /** 'events': `line` is a line of the event log (an event row no ticket could take). */
      source?: 'events';
      /** The line of the event log at fault, when a ticket's events could not be used. */
      eventLine?: number;
      ticketId?: string;
      /** The ticket field at fault ('reportedAt', 'pauses[1].to'), when one is. */
      field?: string;
      /** The file column that field came from, when the row came from a file. */
      column?: string;
      value?: unknown;
      kept?: Readonly<Record<string, string>>;
      error: HabilError;
    };

/** A target's counts for one plan and priority. */
export interface TargetStats extends TallyCounts {
  plan: string;
  priority: string;
  target: TargetKind;
  /** The worst breaches, furthest past target first. */
  worst: WorstBreach[];
}

/** A target's counts for one month of reports (reportedAt in the plan's zone). */
export interface MonthStats extends TallyCounts {
  /** 'YYYY-MM'. */
  month: string;
  plan: string;
  priority: string;
  target: TargetKind;
}

/**
 * Support hours consumed in a month: business time from report to resolution (and from each
 * reopening to its resolution), pauses removed.
 */
export interface HoursStats {
  month: string;
  plan: string;
  /** Tickets reported that month and resolved by `now`. */
  resolved: number;
  /** Business ms consumed by them. */
  consumed: number;
  /** Effort logged on them (their `worked`), in ms: 0 when the export has none. */
  worked: number;
  /** How many of them carried a `worked` value. */
  withWorked: number;
}

/**
 * Support hours consumed by one customer in a month of report (the charters' "consumo de horas
 * de soporte" per client). Tickets naming no customer are counted under ''.
 */
export interface CustomerStats extends Omit<HoursStats, 'plan'> {
  customer: string;
  /** Tickets reported that month, resolved or not. */
  tickets: number;
}

/** Time outside a plan's coverage (ISYS bills it per event), per month of report. */
export interface CoverageStats {
  month: string;
  plan: string;
  /** Tickets reported that month and resolved by `now`. */
  resolved: number;
  /** Those with any time outside coverage between report and resolution. */
  events: number;
  /** Their ms outside coverage, pauses removed. */
  outside: number;
}

/** A rejected row, as the report keeps it. */
export interface AuditErrorSample {
  line: number;
  /** 'events': `line` is a line of the event log (an event row no ticket could take). */
  source?: 'events';
  /** The line of the event log at fault, when a ticket's events could not be used. */
  eventLine?: number;
  ticketId?: string;
  field?: string;
  column?: string;
  value?: unknown;
  code: string;
  message: string;
}

/**
 * What an audit found. `rows` = `evaluated` + `errors`. Target counts are of judged cycles: a
 * ticket's response once, each resolution cycle (a reopening under 'restart' starts another) and
 * each awaited update once each; `tickets` says how many tickets they came from.
 */
export interface AuditReport {
  /** The id of the policy (ids, comma-separated, for versions that differ). */
  policy: string;
  /**
   * The instant of the audit; events after it were not known. An offset-less `now` is read in
   * the zone of the policy (its first plan's business calendar's; see TermsSource.zone).
   */
  now: Date;
  rows: number;
  evaluated: number;
  errors: number;
  /** The first rejected rows by line, as many as `worst`. */
  firstErrors: AuditErrorSample[];
  targets: TargetStats[];
  months: MonthStats[];
  hours: HoursStats[];
  /** Hours consumed per customer and month of report, customers by name. */
  customers: CustomerStats[];
  /** Only for plans with a coverage calendar. */
  coverage: CoverageStats[];
  /** What the tickets bill (plan prices, billable events) per customer and period, and in total. */
  billing: BillingSummary;
}

export interface AccumulatorOptions {
  now: InstantInput;
  /** How many worst breaches per target and first errors the report keeps. Default 10. */
  worst?: number | undefined;
}

/** The plain-data form of an accumulator, for shipping between worker threads. */
export interface AuditState {
  rows: number;
  evaluated: number;
  errors: number;
  now: number;
  policies: string[];
  firstErrors: AuditErrorSample[];
  targets: [string, TallyState][];
  months: [string, TallyState][];
  hours: [string, Omit<HoursStats, 'month' | 'plan'>][];
  customers: [string, Omit<CustomerStats, 'customer' | 'month'>][];
  coverage: [string, Omit<CoverageStats, 'month' | 'plan'>][];
  /** Billing counts by line key (./billing). */
  billing: [string, BillingCount][];
}
