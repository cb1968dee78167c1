// habil's public API: re-exports only.

export { Calendar, type OpenPeriod, type IntervalInput } from './calendar/calendar';
export type {
  CalendarSpec,
  WeeklyCalendarSpec,
  WeeklyHours,
  HolidaySpec,
  OpeningSpec,
  IntersectionSpec,
  UnionSpec,
  WithoutSpec,
} from './calendar/spec';
export {
  HabilError,
  SpecError,
  InvalidInstantError,
  InvalidDurationError,
  CalendarExhaustedError,
  PolicyError,
  TicketError,
  IcsError,
  MissingPeerError,
  InputError,
  type HabilErrorCode,
  type Issue,
} from './errors';
export { usePeers, type Peers } from './peers';
export type { InstantInput } from './time/instant';
export type { DurationInput, BusinessDuration, ClockDurationObject } from './time/duration';
export type { LocalDate, WallTime } from './time/civil';
export {
  Policy,
  policies,
  type Policies,
  type ItacContract,
  type ContractPriority,
  type IsysContract,
  type ContractTargets,
  type PolicySpec,
  type PlanSpec,
  type PrioritySpec,
  type TargetSpec,
  type FixedTargetSpec,
  type RangeTargetSpec,
  type TargetsSpec,
  type ChannelSpec,
  type PriceSpec,
  type MoneySpec,
  type BillingSpec,
  type IsysRates,
  type IsysPrices,
  type BillingTerms,
  type Money,
  type Price,
  type PauseSpec,
  type ExclusionSpec,
  type SourceSpec,
  type PolicyCalendarSpec,
  type DurationSpec,
  type WarningLevel,
  type Bound,
  type TicketType,
  type PolicyLang,
  type ResolvedTerms,
  type ResolvedTarget,
  type TermsQuery,
  type StatusSpec,
  type TermsSource,
  type TermsInForce,
  type Clock,
  type PlanOutline,
  type PriorityOutline,
} from './policy/index';
export type { HistoryRules, StatusRule } from './policy/statuses';
export { PolicyVersions, type PolicyVersionInput, type PolicyVersionsOptions } from './policy/versions';
export { evaluate } from './sla/evaluate';
export type {
  Ticket,
  TicketPause,
  TicketSla,
  TargetResult,
  TargetFacts,
  MetTargetResult,
  BreachedTargetResult,
  OpenTargetResult,
  TargetStatus,
  TargetKind,
  Intake,
  WarningPoint,
  TicketEvent,
  CycleResult,
  CycleCause,
  CycleExplanation,
  PriorityChangeExplanation,
  TargetExplanation,
  EvaluateOptions,
} from './sla/types';
export {
  audit,
  auditRows,
  type AuditInput,
  type AuditOptions,
  type AuditRowsOptions,
  type EventLogOrigin,
  type TicketRecord,
} from './sla/audit';
export {
  AuditAccumulator,
  type AccumulatorOptions,
  type AuditErrorSample,
  type AuditReport,
  type AuditRow,
  type AuditState,
  type CoverageStats,
  type CustomerStats,
  type HoursStats,
  type MonthStats,
  type TargetStats,
} from './sla/report';
export type { TallyCounts, WorstBreach } from './sla/tally';
export type { TicketFacts } from './sla/facts';
export type { BillingCount, BillingItem, TicketBilling } from './sla/billing';
export type { BillingLine, BillingSummary } from './sla/billing-report';
export { DurationHistogram, EXACT_MINUTES, type HistogramState } from './sla/histogram';
export {
  renderTimeline,
  renderHtmlReport,
  BreachCollector,
  type TimelineInput,
  type TimelineOptions,
  type HtmlReportOptions,
  type BreachEntry,
  type BreachedTarget,
  type RenderLang,
} from './render/index';
