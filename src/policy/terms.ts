// What a policy says about one ticket once resolved: the plan, priority, clocks and targets in
// milliseconds, intake rule, warning levels and pause scope. Resolved by TermsIndex
// (./terms-index); read through the terms source (./source).

import type { Calendar } from '../calendar/calendar';
import type { HistoryRules } from './statuses';
import type { TargetKind, TicketType, WarningLevel } from './spec';

/** One target of one ticket, ready for arithmetic. */
export interface ResolvedTarget {
  /** The calendar name the target runs on ('business', '24/7'). */
  clock: string;
  calendar: Calendar;
  /** Business milliseconds promised; for a range, its max. */
  target: number;
  /** For a range ("3 a 5 horas"), the lower bound in ms: when the ticket is expected. */
  min?: number;
  bound: 'inclusive' | 'strict';
  /**
   * A target in business days ('P2D'): `target` (and `min`) are 0 until fixed at a clock start
   * by `atClockStart` (./day-targets), since a day has no fixed length.
   */
  days?: { max: number; min?: number };
}

/** Everything a policy says about one ticket. */
export interface ResolvedTerms {
  policyId: string;
  planId: string;
  priorityId: string;
  /** The plan's business calendar: intake, and the zone ticket wall times are read in. */
  business: Calendar;
  /** Its name, e.g. 'business'. */
  businessClock: string;
  /** The plan's coverage calendar (ISYS), when it names one. */
  coverage?: Calendar;
  /** May this priority be reported outside `business` hours? */
  offHoursIntake: boolean;
  /** Warning levels as written: fractions (ascending) first, then offsets before or after due. */
  warnings: readonly WarningLevel[];
  /** Absent targets: the policy promises none for this ticket. */
  targets: { response?: ResolvedTarget; update?: ResolvedTarget; resolution?: ResolvedTarget };
  /** The targets a pause for `reason` stops; ['resolution'] for no or an unknown reason. */
  pauseStops(reason: string | undefined): readonly TargetKind[];
  /** How the policy reads ticket histories: statuses, reopen and priority change rules. */
  history: HistoryRules;
}

/** What resolve reads from a ticket. */
export interface TermsQuery {
  plan?: string | undefined;
  priority: string;
  type?: TicketType | undefined;
  channel?: string | undefined;
}
