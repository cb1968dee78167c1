// fast-check arbitraries for habil calendars: random valid specs (overnight windows, '24:00' ends,
// seconds and milliseconds, holidays, closures with hours, ranges, a country, openings), query
// instants biased towards every kind of boundary, and business durations from 1 ms to 2,000 h.
import fc from 'fast-check';
import {
  DAY,
  HOUR,
  MINUTE,
  type RefHoliday,
  type RefSpec,
  type ReferenceCalendar,
  type Weekday,
  dateString,
  transitions,
  wallToInstant,
} from './reference';

/** Zones exercised: DST north and south, half-hour DST (Lord Howe), DST at midnight (Santiago, Havana),
 *  45-minute offsets (Chatham, Kathmandu), no DST (Bogota, Tokyo, UTC). */
export const ZONES = [
  'America/New_York',
  'Europe/Berlin',
  'Australia/Lord_Howe',
  'America/Bogota',
  'Asia/Tokyo',
  'UTC',
  'America/Santiago',
  'Europe/London',
  'America/Havana',
  'Pacific/Chatham',
  'Asia/Kathmandu',
] as const;

export const DAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Query instants live in [RANGE_FROM, RANGE_TO): 2024-01-01 .. 2026-12-31 (UTC). */
export const RANGE_FROM = Date.UTC(2024, 0, 1);
export const RANGE_TO = Date.UTC(2027, 0, 1);

/** ms since midnight -> 'HH:MM', 'HH:MM:SS' or 'HH:MM:SS.mmm' (DAY -> '24:00'); `precision` forces
 *  at least seconds (1) or milliseconds (2), e.g. '08:00:00.000' and '24:00:00'. */
export function formatTime(ms: number, precision: 0 | 1 | 2 = 0): string {
  const h = Math.floor(ms / HOUR);
  const m = Math.floor((ms % HOUR) / MINUTE);
  const s = Math.floor((ms % MINUTE) / 1000);
  const milli = ms % 1000;
  const p2 = (n: number) => String(n).padStart(2, '0');
  let out = `${p2(h)}:${p2(m)}`;
  if (s !== 0 || milli !== 0 || precision > 0) out += `:${p2(s)}`;
  if (milli !== 0 || precision > 1) out += `.${String(milli).padStart(3, '0')}`;
  return out;
}

// --- times and spans ---------------------------------------------------------------------------

/** A positive length: mostly half hours, sometimes minutes, seconds or raw milliseconds. */
const length = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 16 }).map((k) => k * 30 * MINUTE) },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 600 }).map((k) => k * MINUTE) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 4 * 3600 }).map((k) => k * 1000) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 4 * HOUR }) },
);
const gapLength = fc.oneof({ weight: 2, arbitrary: fc.constant(0) }, { weight: 5, arbitrary: length });

/** First start of a day: the interesting hours (midnight, DST hours, business hours, late evening) or anything. */
const firstStart = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(0, 1, 1.5, 2, 2.5, 3, 6, 7, 8, 9, 13, 20, 22, 23, 23.5).map((h) => h * HOUR),
  },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 24 * 60 - 1 }).map((k) => k * MINUTE) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: DAY - 1 }) },
);

/** How a day's spans are laid out: a first start, then (length, gap) pairs, and maybe an overnight last span. */
export interface DayPlan {
  first: number;
  segments: Array<[number, number]>;
  /** When set, the last span ends the next day at fraction overnight/1000 of the room it has there. */
  overnight: number | null;
  /** Spell times with at least seconds (1) or milliseconds (2). */
  precision: 0 | 1 | 2;
}

export const dayPlan: fc.Arbitrary<DayPlan> = fc.record({
  first: firstStart,
  segments: fc.array(fc.tuple(length, gapLength), { minLength: 1, maxLength: 3 }),
  overnight: fc.option(fc.integer({ min: 0, max: 1000 }), { freq: 3 }),
  precision: fc.oneof(
    { weight: 8, arbitrary: fc.constant(0 as const) },
    { weight: 1, arbitrary: fc.constantFrom(1 as const, 2 as const) },
  ),
});

/** Same-day spans [start, end] (end <= DAY) of a plan, non-overlapping, possibly touching. */
export function sameDaySpans(plan: DayPlan): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let cursor = plan.first;
  for (const [len, gap] of plan.segments) {
    if (cursor >= DAY) break;
    const end = Math.min(cursor + len, DAY);
    out.push([cursor, end]);
    cursor = end + gap;
  }
  return out;
}

/**
 * Spans of a plan as strings. `room` is how far into the next day an overnight last span may run
 * (the next day's first start, so it never overlaps it; it may touch it).
 */
export function planToStrings(plan: DayPlan, room: number): string[] {
  const spans = sameDaySpans(plan);
  const out = spans.map(([s, e]) => `${formatTime(s, plan.precision)}-${formatTime(e, plan.precision)}`);
  const last = spans[spans.length - 1];
  if (plan.overnight !== null && last) {
    const bound = Math.min(last[0] - 1, room);
    if (bound >= 0) {
      const end = Math.floor(((plan.overnight / 1000) * bound) / MINUTE) * MINUTE;
      out[out.length - 1] = `${formatTime(last[0], plan.precision)}-${formatTime(end, plan.precision)}`; // end < start: crosses midnight
    }
  }
  return out;
}

/** A week of windows: each day either absent, empty, or a plan; overnight spans never overlap the next day. */
export const weeklyHours: fc.Arbitrary<Partial<Record<Weekday, string[]>>> = fc
  .array(
    fc.oneof(
      { weight: 1, arbitrary: fc.constant(null) },
      { weight: 1, arbitrary: fc.constant('empty' as const) },
      { weight: 5, arbitrary: dayPlan },
    ),
    {
      minLength: 7,
      maxLength: 7,
    },
  )
  .map((plans) => {
    const hours: Partial<Record<Weekday, string[]>> = {};
    plans.forEach((plan, i) => {
      if (plan === null) return;
      const day = DAYS[i]!;
      if (plan === 'empty') {
        hours[day] = [];
        return;
      }
      const next = plans[(i + 1) % 7];
      const nextSpans = next && next !== 'empty' ? sameDaySpans(next) : [];
      const room = nextSpans[0]?.[0] ?? DAY;
      hours[day] = planToStrings(plan, room);
    });
    return hours;
  });

// --- dates ---------------------------------------------------------------------------------------

const FIRST_DN = Date.UTC(2023, 11, 20) / DAY;
const LAST_DN = Date.UTC(2027, 0, 10) / DAY;

/** Local dates on which `zone` changes offset in 2024-2026, and their neighbours. */
export function dstDates(zone: string): number[] {
  const out = new Set<number>();
  for (const t of transitions(zone, RANGE_FROM, RANGE_TO)) {
    const local = Math.floor(t / DAY); // close enough: the neighbours are included too
    for (const d of [-1, 0, 1]) out.add(local + d);
  }
  return [...out].sort((a, b) => a - b);
}

export function dateArb(zone: string): fc.Arbitrary<string> {
  const dst = dstDates(zone);
  const random = fc.integer({ min: FIRST_DN, max: LAST_DN });
  const arb =
    dst.length === 0
      ? random
      : fc.oneof({ weight: 2, arbitrary: random }, { weight: 1, arbitrary: fc.constantFrom(...dst) });
  return arb.map(dateString);
}

// --- holidays, openings, specs -------------------------------------------------------------------

export const COUNTRIES: RefHoliday[] = [
  { country: 'CO' },
  { country: 'US' },
  { country: 'DE', state: 'BY' },
  { country: 'CL' },
  { country: 'JP' },
];

export function holidayArb(zone: string): fc.Arbitrary<RefHoliday> {
  const date = dateArb(zone);
  return fc.oneof(
    { weight: 3, arbitrary: date },
    { weight: 1, arbitrary: fc.record({ date, name: fc.constantFrom('Cierre', 'Día libre') }) },
    {
      weight: 3,
      arbitrary: fc
        .record({ date, plan: dayPlan })
        .map(({ date: d, plan }) => ({ date: d, hours: planToStrings(plan, DAY) })),
    },
    {
      weight: 1,
      arbitrary: fc
        .record({ date, plan: fc.option(dayPlan, { freq: 2 }) })
        .map(({ date: d, plan }) =>
          plan === null
            ? { every: d.slice(5), name: 'Cada año' }
            : { every: d.slice(5), hours: planToStrings(plan, DAY) },
        ),
    },
    {
      weight: 1,
      arbitrary: fc.record({ date, len: fc.integer({ min: 0, max: 10 }) }).map(({ date: d, len }) => ({
        from: d,
        to: dateString(Date.parse(`${d}T00:00:00Z`) / DAY + len),
        name: 'Cierre',
      })),
    },
  );
}

export function openingArb(zone: string): fc.Arbitrary<{ date: string; hours: string[]; name?: string }> {
  return fc
    .record({ date: dateArb(zone), plan: dayPlan })
    .map(({ date, plan }) => ({ date, hours: planToStrings(plan, DAY), name: 'Apertura' }));
}

export interface SpecOptions {
  zones?: readonly string[];
  /** Probability weight of '24/7' hours against weekly windows (default 1 : 8). */
  weight247?: number;
  withCountry?: boolean;
}

export function specArb(options: SpecOptions = {}): fc.Arbitrary<RefSpec> {
  const zones = options.zones ?? ZONES;
  return fc.constantFrom(...zones).chain((zone) =>
    fc
      .record({
        hours: fc.oneof(
          { weight: options.weight247 ?? 1, arbitrary: fc.constant('24/7' as const) },
          { weight: 8, arbitrary: weeklyHours },
        ),
        holidays: fc.array(holidayArb(zone), { maxLength: 6 }),
        country:
          options.withCountry === false ? fc.constant(null) : fc.option(fc.constantFrom(...COUNTRIES), { freq: 3 }),
        openings: fc.array(openingArb(zone), { maxLength: 3 }),
      })
      .map(({ hours, holidays, country, openings }) => {
        const spec: RefSpec = { zone, hours };
        const hs = country ? [...holidays, country] : holidays;
        if (hs.length > 0) spec.holidays = hs;
        if (openings.length > 0) spec.openings = openings;
        return spec;
      }),
  );
}

// --- instants and durations ----------------------------------------------------------------------

export type InstantKind = 'boundary' | 'dstBoundary' | 'midnight' | 'dst' | 'special' | 'random';

/** A query instant, described abstractly and resolved against a calendar by `resolveInstant`. */
export interface InstantQuery {
  kind: InstantKind;
  /** Which candidate (a fraction in millionths). */
  pick: number;
  /** Offset from the candidate, in ms. */
  delta: number;
}

const delta = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(0, -1, 1) },
  { weight: 1, arbitrary: fc.integer({ min: -1000, max: 1000 }) },
  { weight: 2, arbitrary: fc.integer({ min: -2 * HOUR, max: 2 * HOUR }) },
);

export const instantQuery: fc.Arbitrary<InstantQuery> = fc.record({
  kind: fc.oneof(
    { weight: 5, arbitrary: fc.constant('boundary' as const) },
    { weight: 3, arbitrary: fc.constant('dstBoundary' as const) },
    { weight: 2, arbitrary: fc.constant('midnight' as const) },
    { weight: 2, arbitrary: fc.constant('dst' as const) },
    { weight: 2, arbitrary: fc.constant('special' as const) },
    { weight: 2, arbitrary: fc.constant('random' as const) },
  ),
  pick: fc.integer({ min: 0, max: 999_999 }),
  delta,
});

function choose(xs: number[], pick: number): number | undefined {
  if (xs.length === 0) return undefined;
  return xs[Math.floor((pick / 1_000_000) * xs.length)];
}

const boundaryCache = new WeakMap<ReferenceCalendar, number[]>();

/** Resolve a query against a calendar: a boundary of its open set (anywhere, or near a DST
 *  transition), a local midnight, a DST transition,
 *  the midnight/noon of one of its holiday or opening dates, or a random instant; then add delta. */
export function resolveInstant(ref: ReferenceCalendar, q: InstantQuery): number {
  const zone = ref.zone;
  let base: number | undefined;
  switch (q.kind) {
    case 'boundary': {
      let bs = boundaryCache.get(ref);
      if (!bs) {
        bs = ref.boundaries(RANGE_FROM, RANGE_TO);
        boundaryCache.set(ref, bs);
      }
      base = choose(bs, q.pick);
      break;
    }
    case 'dstBoundary': {
      // boundaries of the open set within two days of a DST transition
      const near = transitions(zone, RANGE_FROM, RANGE_TO).flatMap((x) => ref.boundaries(x - 2 * DAY, x + 2 * DAY));
      base = choose(near, q.pick);
      break;
    }
    case 'midnight': {
      const dn = Math.floor(RANGE_FROM / DAY + (q.pick / 1_000_000) * ((RANGE_TO - RANGE_FROM) / DAY));
      base = wallToInstant(zone, dn * DAY);
      break;
    }
    case 'dst':
      base = choose(transitions(zone, RANGE_FROM, RANGE_TO), q.pick);
      break;
    case 'special': {
      const dates: string[] = [];
      for (const h of ref.spec.holidays ?? []) {
        if (typeof h === 'string') dates.push(h);
        else if ('every' in h) dates.push(`2024-${h.every}`);
        else if ('date' in h) dates.push(h.date);
        else if ('from' in h) dates.push(h.from, h.to);
      }
      for (const o of ref.spec.openings ?? []) dates.push(o.date);
      const walls = dates.flatMap((d) => {
        const dn = Date.parse(`${d}T00:00:00Z`) / DAY;
        return [dn * DAY, dn * DAY + 12 * HOUR, (dn + 1) * DAY];
      });
      const w = choose(walls, q.pick);
      base = w === undefined ? undefined : wallToInstant(zone, w);
      break;
    }
    case 'random':
      break;
  }
  if (base === undefined) base = RANGE_FROM + Math.floor((q.pick / 1_000_000) * (RANGE_TO - RANGE_FROM));
  return base + q.delta;
}

/** Positive business durations from 1 ms to 2,000 h. */
export const durationArb: fc.Arbitrary<number> = fc.oneof(
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 1000 }) },
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 600 }).map((k) => k * MINUTE) },
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 80 }).map((k) => k * 30 * MINUTE) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 2000 }).map((k) => k * HOUR) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 2000 * HOUR }) },
);

/** A query anywhere in 1971-2098: a boundary of the open set, a DST transition, or any instant of a year. */
export interface WideQuery {
  year: number;
  kind: 'boundary' | 'dst' | 'random';
  pick: number;
  delta: number;
}

export const wideQuery: fc.Arbitrary<WideQuery> = fc.record({
  year: fc.integer({ min: 1971, max: 2098 }),
  kind: fc.constantFrom('boundary' as const, 'dst' as const, 'random' as const),
  pick: fc.integer({ min: 0, max: 999_999 }),
  delta,
});

export function resolveWide(ref: ReferenceCalendar, q: WideQuery): number {
  const from = Date.UTC(q.year, 0, 1);
  const to = Date.UTC(q.year + 1, 0, 1);
  let base: number | undefined;
  if (q.kind === 'boundary') base = choose(ref.boundaries(from, to), q.pick);
  else if (q.kind === 'dst') base = choose(transitions(ref.zone, from, to), q.pick);
  if (base === undefined) base = from + Math.floor((q.pick / 1_000_000) * (to - from));
  return base + q.delta;
}
