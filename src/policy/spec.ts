// The policy spec as data: the TypeScript shapes a user writes (in code, YAML or JSON) to say
// what a provider promised. Only shapes live here; the zod schemas are in ./schema and the
// checks that need the whole policy (references, duplicates, ranges) in ./check.

import type { CalendarSpec } from '../calendar/spec';

/**
 * A duration as written in a spec: an ISO 8601 string ('PT4H', 'PT1H30M'), milliseconds, or
 * whole business days ('P2D', { days: 2 }) counted on the target's clock from clock start.
 */
export type DurationSpec = string | number | { days: number };

/** 'inclusive': "hasta 1 hora" (met at exactly 1 h). 'strict': "menos de 1 hora" (breached at 1 h). */
export type Bound = 'inclusive' | 'strict';

/** A charter's targets: first attention, next reply (update) and solution. */
export type TargetKind = 'response' | 'update' | 'resolution';

/** ITAC's INCIDENCIA ('incident') and REQUERIMIENTO ('request'). Tickets without a type are incidents. */
export type TicketType = 'incident' | 'request';

/** The language the charter's labels are written in. Error messages are always English. */
export type PolicyLang = 'es' | 'en';

/** A single duration target: "4 Horas (hábil)" is `{ duration: 'PT4H', clock: 'business' }`. */
export interface FixedTargetSpec {
  duration: DurationSpec;
  /** The name of the calendar the target runs on: the plan's business hours, or '24/7'. */
  clock: string;
  /** Default 'inclusive'. */
  bound?: Bound | undefined;
}

/** A range target: "3 a 5 horas hábiles" is `{ min: 'PT3H', max: 'PT5H' }`, due at max, expected by min. */
export interface RangeTargetSpec {
  min: DurationSpec;
  max: DurationSpec;
  clock: string;
  bound?: Bound | undefined;
}

/**
 * A warning (or escalation) level: a fraction of the target in (0, 1), business time on the
 * target's clock before due (`{ before: 'PT1H' }`, as GLPI), or after it (`{ after: 'PT2H' }`:
 * an escalation level past due).
 */
export type WarningLevel = number | { before: string | number } | { after: string | number };

/** One target: a duration, or a range. */
export type TargetSpec = FixedTargetSpec | RangeTargetSpec;

/** A priority's targets; an absent target means the charter promises none. */
export interface TargetsSpec {
  response?: TargetSpec | undefined;
  /** Next reply: armed by each customer message, met by the next agent reply. */
  update?: TargetSpec | undefined;
  resolution?: TargetSpec | undefined;
}

/** A priority level as the charter names it, plus the names ticket exports use for it. */
export interface PrioritySpec {
  /** Stable machine id ('urgent', 'high'); what ResolvedTerms.priorityId reports. */
  id: string;
  /** The charter's own name: "Prioridad Urgente", "Alto impacto o prioridad". */
  label: string;
  /** Other names a ticket may carry: "Urgente", "Alta", "P1". Matched ignoring case and accents. */
  aliases?: string[] | undefined;
  /** The charter's definition of the level. */
  definition?: string | undefined;
  /** The charter's examples of cases at this level. */
  examples?: string[] | undefined;
  /** Targets for incidents (and for requests when the plan's targets apply to them). */
  targets?: TargetsSpec | undefined;
  /** Targets for tickets of type 'request' (ITAC REQUERIMIENTO); absent: the plan decides. */
  requestTargets?: TargetsSpec | undefined;
}

/** A contact channel of a plan and the calendar on which it is served. */
export interface ChannelSpec {
  id: string;
  label: string;
  /** Name of the calendar the channel is staffed on. */
  calendar: string;
  /** Other names ticket exports use for the channel ('correo', 'e-mail'). */
  aliases?: string[] | undefined;
  /** The charter's restriction on the channel, quoted or paraphrased. */
  note?: string | undefined;
}

/** An amount of money as a policy states it: decimal amount, ISO 4217 code, and what it leaves out. */
export interface MoneySpec {
  /** A decimal amount: 120900, '120900', '99.50'; never more decimals than the currency has. */
  amount: number | string;
  /** ISO 4217 code, e.g. 'COP', 'EUR'. */
  currency: string;
  /** What the amount excludes, as the charter says it: '+ IVA' (never added by habil). */
  note?: string | undefined;
}

/**
 * A plan's price as the charter states it: "$COP 120.900 +IVA x MES" is
 * `{ amount: 120900, currency: 'COP', period: 'month', note: '+ IVA' }`. Period 'event': each
 * ticket of the plan delivered (resolved) is one event billed at the amount.
 */
export interface PriceSpec extends MoneySpec {
  period: 'month' | 'year' | 'event';
}

/**
 * Which tickets of a plan are billable events, and at what rate (docs/billing.md).
 * 'every-ticket': each ticket resolved (ISYS "genera cobro por cada servicio de soporte
 * entregado"); 'outside-coverage': each ticket served outside the plan's coverage calendar
 * (ISYS "soporte por evento en horario extra-laboral").
 */
export interface BillingSpec {
  events: 'every-ticket' | 'outside-coverage';
  /**
   * For 'outside-coverage': 'served' (default), the response, an agent reply or the resolution
   * fell outside coverage; 'reported', the ticket was reported outside it.
   */
  on?: 'served' | 'reported' | undefined;
  /** The price of one event; absent: events are counted and priced case by case ("según el caso"). */
  rate?: MoneySpec | undefined;
}

/** A plan (tier): its hours, channels, intake rule and priorities. */
export interface PlanSpec {
  id: string;
  /** The charter's name for the plan: "Soporte Nivel 1". */
  label?: string | undefined;
  description?: string | undefined;
  /** Name of the calendar of the plan's business hours: intake, and the zone of ticket wall times. */
  business: string;
  /** Name of the calendar of the plan's contracted coverage, when it differs in meaning (ISYS). */
  coverage?: string | undefined;
  channels?: ChannelSpec[] | undefined;
  price?: PriceSpec | undefined;
  /** Billable events beside the price: per ticket, or outside coverage (ISYS). */
  billing?: BillingSpec | undefined;
  /**
   * Which priority ids may be reported outside the business calendar ("en horario no hábil solo
   * prioridad urgente"): a list of priority ids, or 'all'. Default 'all'.
   */
  offHoursIntake?: 'all' | string[] | undefined;
  /** Warning levels (fractions of a target, or business time before or after due); default: the policy's. */
  warnings?: WarningLevel[] | undefined;
  /** The ticket types the priorities' `targets` apply to. Default both. ITAC: ['incident']. */
  targetsApplyTo?: TicketType[] | undefined;
  priorities: PrioritySpec[];
}

/** A reason a ticket's clock may be paused, and which targets such a pause stops. */
export interface PauseSpec {
  /** Machine id of the reason, e.g. 'manufacturer'. */
  reason: string;
  label?: string | undefined;
  /** Other names ticket exports use for the reason. Matched ignoring case and accents. */
  aliases?: string[] | undefined;
  /** Targets a pause for this reason stops. Default ['resolution']. */
  stops?: TargetKind[] | undefined;
}

/**
 * What a help desk status does to the clocks: `run`, `pause` (with a pause reason, scoped by the
 * reason's `stops` like any pause) or `stop` (completes the resolution, and the response when
 * none came before).
 */
export interface StatusSpec {
  /** Machine id, e.g. 'pending'. */
  id: string;
  label?: string | undefined;
  /** The names help desks export: "Esperando cliente", "Waiting on customer". Matched ignoring case and accents. */
  aliases?: string[] | undefined;
  clock: 'run' | 'pause' | 'stop';
  /** The pause reason of a `pause` status. */
  reason?: string | undefined;
}

/** A case the charter carves out of its targets ("puede implicar un tiempo mayor de solución"). */
export interface ExclusionSpec {
  id: string;
  /** The charter's words, quoted. */
  text: string;
  /** The pause reason that stops the clock while the exclusion applies. */
  pause?: string | undefined;
}

/** Where a policy comes from: the charter file and the lines it encodes, quoted. */
export interface SourceSpec {
  file: string;
  lines: string[];
  url?: string | undefined;
}

/** A named calendar of a policy: a calendar spec, or '24/7' for always open. */
export type PolicyCalendarSpec = CalendarSpec | '24/7';

/** A whole policy: what one provider promised. Plain data: JSON and YAML round-trip it. */
export interface PolicySpec {
  /** Stable machine id ('icg'); what TicketSla.policy reports. */
  id: string;
  name: string;
  lang: PolicyLang;
  description?: string | undefined;
  source?: SourceSpec | undefined;
  /**
   * Named calendars. The string '24/7' is an always-open calendar read in the zone of the first
   * calendar listed that has one (UTC when none has).
   */
  calendars: Record<string, PolicyCalendarSpec>;
  /** Default warning levels for every plan. Default [0.75]. */
  warnings?: WarningLevel[] | undefined;
  pauses?: PauseSpec[] | undefined;
  exclusions?: ExclusionSpec[] | undefined;
  /** What each help desk status does to the clocks; needed to read status events. */
  statuses?: StatusSpec[] | undefined;
  /** 'restart' (default): a run status after a stop starts a new resolution cycle; 'continue': the clock resumes. */
  reopen?: 'restart' | 'continue' | undefined;
  /** 'retroactive' (default): targets not completed judged from clock start against the new priority; 'restart': a new clock from the change. */
  priorityChange?: 'retroactive' | 'restart' | undefined;
  plans: PlanSpec[];
}
