// Recognises the common calendar specs by plain type checks, so Calendar.from never loads zod
// for them (../peers): weekly hours or '24/7' in a zone, dates, ranges, dated hours, yearly
// dates, countries, openings. It returns a copy shaped as the zod schema (./spec) would return it, or undefined
// for anything else, valid or not; zod then reads it and says what is wrong.

import type { HolidaySpec, OpeningSpec, WeeklyCalendarSpec, WeeklyHours } from './spec';

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const TYPES = new Set(['public', 'bank', 'school', 'optional', 'observance']);
const SPEC_KEYS = new Set(['zone', 'hours', 'holidays', 'openings', 'horizonYears']);

type Plain = Record<string, unknown>;

/**
 * A copy of `input` when it is a weekly calendar spec of the common forms, else undefined.
 *
 * @example
 * readWeeklyShape({ zone: 'UTC', hours: '24/7' }); //=> { zone: 'UTC', hours: '24/7' }
 * readWeeklyShape({ zone: 'UTC', hours: 7 }); //=> undefined (zod explains)
 */
export function readWeeklyShape(input: unknown): WeeklyCalendarSpec | undefined {
  if (!isPlain(input, SPEC_KEYS) || typeof input.zone !== 'string') return undefined;
  const hours = input.hours === '24/7' ? '24/7' : weeklyHours(input.hours);
  if (hours === undefined) return undefined;
  const spec: WeeklyCalendarSpec = { zone: input.zone, hours };
  if ('holidays' in input) {
    const holidays = listOf(input.holidays, holiday);
    if (!holidays) return undefined;
    spec.holidays = holidays;
  }
  if ('openings' in input) {
    const openings = listOf(input.openings, opening);
    if (!openings) return undefined;
    spec.openings = openings;
  }
  if ('horizonYears' in input) {
    const years = input.horizonYears;
    if (typeof years !== 'number' || !Number.isInteger(years) || years < 1 || years > 1000) return undefined;
    spec.horizonYears = years;
  }
  return spec;
}

/** A plain object (literal, JSON or null-prototype) whose keys are all in `keys`, values all defined. */
function isPlain(value: unknown, keys: ReadonlySet<string>): value is Plain {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  return Object.entries(value).every(([key, v]) => keys.has(key) && v !== undefined);
}

function weeklyHours(value: unknown): WeeklyHours | undefined {
  if (!isPlain(value, new Set(DAYS))) return undefined;
  const hours: WeeklyHours = {};
  for (const day of DAYS) {
    if (!(day in value)) continue;
    const windows = strings(value[day]);
    if (!windows) return undefined;
    hours[day] = windows;
  }
  return hours;
}

function strings(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? [...value] : undefined;
}

function listOf<T>(value: unknown, read: (item: unknown) => T | undefined): T[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const out: T[] = [];
  for (const item of value) {
    const read_ = read(item);
    if (read_ === undefined) return undefined;
    out.push(read_);
  }
  return out;
}

const DATED = new Set(['date', 'name', 'hours']);
const RANGE = new Set(['from', 'to', 'name']);
const EVERY = new Set(['every', 'name', 'hours']);
const COUNTRY = new Set(['country', 'state', 'region', 'types']);

function holiday(value: unknown): HolidaySpec | undefined {
  if (typeof value === 'string') return value;
  if (isPlain(value, DATED) && typeof value.date === 'string')
    return nameAndHours<{ date: string }>(value, { date: value.date });
  if (isPlain(value, RANGE) && typeof value.from === 'string' && typeof value.to === 'string') {
    const out: { from: string; to: string; name?: string } = { from: value.from, to: value.to };
    return optionalString(value, 'name', out) ? out : undefined;
  }
  if (isPlain(value, EVERY) && typeof value.every === 'string')
    return nameAndHours<{ every: string }>(value, { every: value.every });
  if (isPlain(value, COUNTRY) && typeof value.country === 'string') {
    const out: Extract<HolidaySpec, { country: string }> = { country: value.country };
    if (!optionalString(value, 'state', out) || !optionalString(value, 'region', out)) return undefined;
    if ('types' in value) {
      const types = strings(value.types);
      if (!types?.every((t) => TYPES.has(t))) return undefined;
      out.types = types as NonNullable<typeof out.types>;
    }
    return out;
  }
  return undefined;
}

/** A dated or yearly closure: `out` with the optional name and hours of `value`, or undefined when either is malformed. */
function nameAndHours<T extends object>(value: Plain, base: T): (T & { name?: string; hours?: string[] }) | undefined {
  const out: T & { name?: string; hours?: string[] } = base;
  if (!optionalString(value, 'name', out)) return undefined;
  if ('hours' in value) {
    const hours = strings(value.hours);
    if (!hours) return undefined;
    out.hours = hours;
  }
  return out;
}

function opening(value: unknown): OpeningSpec | undefined {
  if (!isPlain(value, DATED) || typeof value.date !== 'string') return undefined;
  const hours = strings(value.hours);
  if (!hours) return undefined;
  const out: { date: string; hours: string[]; name?: string } = { date: value.date, hours };
  return optionalString(value, 'name', out) ? out : undefined;
}

/** Copies `value[key]` into `out` when it is a string; false when present and not a string. */
function optionalString(value: Plain, key: string, out: Record<string, unknown>): boolean {
  if (!(key in value)) return true;
  if (typeof value[key] !== 'string') return false;
  out[key] = value[key];
  return true;
}
