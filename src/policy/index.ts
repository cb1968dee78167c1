// The policy layer's public surface: the Policy class, the built-in policies, and the spec and
// terms types. Re-exports only.

export { Policy } from './policy';
export {
  policies,
  type Policies,
  type ItacContract,
  type IsysContract,
  type ContractTargets,
  type ContractPriority,
} from './builtin/index';
export type {
  PolicySpec,
  PlanSpec,
  PrioritySpec,
  TargetSpec,
  FixedTargetSpec,
  RangeTargetSpec,
  TargetsSpec,
  ChannelSpec,
  PriceSpec,
  MoneySpec,
  BillingSpec,
  PauseSpec,
  ExclusionSpec,
  SourceSpec,
  PolicyCalendarSpec,
  DurationSpec,
  WarningLevel,
  Bound,
  TargetKind,
  TicketType,
  PolicyLang,
  StatusSpec,
} from './spec';
export type { IsysPrices, IsysRates } from './builtin/isys-billing';
export type { BillingTerms } from './billing';
export type { Money, Price } from './money';
export type { ResolvedTerms, ResolvedTarget, TermsQuery } from './terms';
export type { TermsSource, TermsInForce, Clock, PlanOutline, PriorityOutline } from './source';
