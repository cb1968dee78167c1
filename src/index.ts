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
  type HabilErrorCode,
  type Issue,
} from './errors';
export type { InstantInput } from './time/instant';
export type { DurationInput, BusinessDuration } from './time/duration';
export type { LocalDate, WallTime } from './time/civil';
