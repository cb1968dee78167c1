// A slow, deliberately naive reference model of a habil calendar (DESIGN.md, "Semantics (normative)").
//
// It shares no code with src/: zone offsets come from Intl.DateTimeFormat (not luxon), wall times
// are mapped to instants with a literal transcription of Temporal's 'compatible' disambiguation,
// and the open time is materialised as an explicit sorted list of disjoint [start, end) instants,
// one calendar year (of UTC instants) at a time, built by testing the midpoint of every
// elementary segment between boundary instants:
//
//   open(x) = (x in a weekly window of a date not closed whole-day  &&  x not in a closure span)
//             || x in an opening span
//
// Every query (isOpen, nextOpen, nextClose, windows, between, add) is a direct walk over that list.
// It is slow on purpose; correctness is meant to be checkable by reading.

import Holidays from 'date-holidays';

export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
export const WEEKDAYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat']; // index = getUTCDay()

export type RefHoliday =
  | string
  | { date: string; name?: string; hours?: string[] }
  | { from: string; to: string; name?: string }
  | { every: string; name?: string; hours?: string[] }
  | { country: string; state?: string; region?: string; types?: string[] };

export interface RefSpec {
  zone: string;
  hours: '24/7' | Partial<Record<Weekday, string[]>>;
  holidays?: RefHoliday[];
  openings?: Array<{ date: string; hours: string[]; name?: string }>;
  horizonYears?: number;
}

/** Thrown when a query needs open time outside the years the reference is allowed to load. */
export class ReferenceRangeError extends Error {
  override name = 'ReferenceRangeError';
}

// ---------------------------------------------------------------------------------------------
// Zone offsets, from Intl only.

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** Offset (wall - UTC, in ms) of `zone` at instant `t`, computed directly by Intl. */
export function rawOffset(zone: string, t: number): number {
  const seconds = Math.floor(t / 1000) * 1000;
  const parts: Record<string, number> = {};
  for (const p of formatter(zone).formatToParts(new Date(seconds))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return wall - seconds;
}

const hourCache = new Map<string, Map<number, number>>();

function offsetAtHour(zone: string, hourIndex: number): number {
  let m = hourCache.get(zone);
  if (!m) {
    m = new Map();
    hourCache.set(zone, m);
  }
  let o = m.get(hourIndex);
  if (o === undefined) {
    o = rawOffset(zone, hourIndex * HOUR);
    m.set(hourIndex, o);
  }
  return o;
}

/**
 * Offset of `zone` at instant `t`. Cached per UTC hour: when the offsets at both ends of the hour
 * holding `t` agree, that is the offset (no zone changes offset twice within an hour); otherwise
 * ask Intl for `t` itself.
 */
export function offsetAt(zone: string, t: number): number {
  const h = Math.floor(t / HOUR);
  const a = offsetAtHour(zone, h);
  const b = offsetAtHour(zone, h + 1);
  return a === b ? a : rawOffset(zone, t);
}

/** Local wall time of `t` in `zone`, as epoch-ms of the same wall reading in UTC. */
export function instantToWall(zone: string, t: number): number {
  return t + offsetAt(zone, t);
}

// ---------------------------------------------------------------------------------------------
// Wall time -> instant: Temporal's 'compatible' disambiguation, transcribed naively.
// `wall` is the wall reading expressed as epoch ms "as if UTC".

/** Every instant whose wall reading in `zone` is `wall`, earliest first (0, 1 or 2 of them). */
export function possibleInstants(zone: string, wall: number): number[] {
  const candidates = new Set<number>([offsetAt(zone, wall - DAY), offsetAt(zone, wall), offsetAt(zone, wall + DAY)]);
  const out: number[] = [];
  for (const o of candidates) {
    const t = wall - o;
    if (offsetAt(zone, t) === o) out.push(t);
  }
  return [...new Set(out)].sort((x, y) => x - y);
}

/**
 * 'compatible': a unique wall time maps to its instant; an ambiguous one to the EARLIER instant;
 * a nonexistent one is pushed forward by the gap's length (offset after - offset before) and then
 * takes the later instant (Temporal DisambiguatePossibleEpochNanoseconds, 'compatible' = 'later' in a gap).
 */
export function wallToInstant(zone: string, wall: number): number {
  const possible = possibleInstants(zone, wall);
  if (possible.length > 0) return possible[0]!;
  const before = offsetAt(zone, wall - DAY);
  const after = offsetAt(zone, wall + DAY);
  const gap = after - before;
  if (gap <= 0) throw new Error(`reference: no instant for wall ${new Date(wall).toISOString()} in ${zone} and no gap`);
  const shifted = possibleInstants(zone, wall + gap);
  if (shifted.length === 0) throw new Error(`reference: shifted wall time still missing in ${zone}`);
  return shifted[shifted.length - 1]!;
}

// ---------------------------------------------------------------------------------------------
// Local dates as day numbers (days since 1970-01-01), wall times of day as ms.

export function dayNumber(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new Error(`reference: bad date ${date}`);
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const back = new Date(ms);
  if (back.getUTCMonth() !== Number(m[2]) - 1 || back.getUTCDate() !== Number(m[3]))
    throw new Error(`reference: impossible date ${date}`);
  return ms / DAY;
}

export function dateString(dn: number): string {
  return new Date(dn * DAY).toISOString().slice(0, 10);
}

export function weekdayOf(dn: number): Weekday {
  return WEEKDAYS[new Date(dn * DAY).getUTCDay()]!;
}

/** 'HH:MM', 'HH:MM:SS' or 'HH:MM:SS.mmm' -> ms since midnight; '24:00' (any precision) -> DAY. */
export function parseTime(s: string): number {
  const m = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{3}))?)?$/.exec(s);
  if (!m) throw new Error(`reference: bad time ${s}`);
  const h = Number(m[1]);
  const mi = Number(m[2]);
  const sec = Number(m[3] ?? 0);
  const ms = Number(m[4] ?? 0);
  if (mi > 59 || sec > 59) throw new Error(`reference: bad time ${s}`);
  if (h === 24 && mi === 0 && sec === 0 && ms === 0) return DAY;
  if (h > 23) throw new Error(`reference: bad time ${s}`);
  return ((h * 60 + mi) * 60 + sec) * 1000 + ms;
}

/**
 * 'A-B' -> [startMs, endMs] relative to the start day's midnight (wall). End earlier than start
 * crosses midnight (endMs = DAY + B); '24:00' ends at DAY.
 */
export function parseSpan(s: string): [number, number] {
  const parts = s.split('-');
  if (parts.length !== 2) throw new Error(`reference: bad span ${s}`);
  const a = parseTime(parts[0]!);
  const b = parseTime(parts[1]!);
  if (a === DAY) throw new Error(`reference: span starts at 24:00: ${s}`);
  if (a === b) throw new Error(`reference: empty span ${s}`);
  return b > a ? [a, b] : [a, DAY + b];
}

/** The instants of span `s` on local date `dn`, or null when its mapped ends do not enclose any time. */
export function spanInstants(zone: string, dn: number, s: string): [number, number] | null {
  const [a, b] = parseSpan(s);
  const start = wallToInstant(zone, dn * DAY + a);
  const end = wallToInstant(zone, dn * DAY + b);
  return end > start ? [start, end] : null;
}

/** Instant of a local wall time 'YYYY-MM-DDTHH:MM[:SS[.mmm]]' (or with a space) in `zone`. */
export function wall(zone: string, s: string): number {
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{3})?)?)$/.exec(s);
  if (!m) throw new Error(`reference: bad wall time ${s}`);
  return wallToInstant(zone, dayNumber(m[1]!) * DAY + parseTime(m[2]!));
}

/** Human form of an instant in `zone`, e.g. '2024-03-04T09:30:00.000-05:00' (for messages). */
export function show(zone: string, t: number): string {
  const o = offsetAt(zone, t);
  const w = new Date(t + o).toISOString().slice(0, 23);
  const sign = o < 0 ? '-' : '+';
  const abs = Math.abs(o) / MINUTE;
  return `${w}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** The instants in [from, to) at which `zone` changes offset (daily scan, then bisection to the second). */
export function transitions(zone: string, from: number, to: number): number[] {
  const out: number[] = [];
  for (let h = Math.floor(from / HOUR); h * HOUR < to; h += 24) {
    if (offsetAtHour(zone, h) === offsetAtHour(zone, h + 24)) continue;
    let lo = h * HOUR; // offset(lo) = old
    let hi = (h + 24) * HOUR; // offset(hi) = new
    const old = rawOffset(zone, lo);
    while (hi - lo > 1000) {
      const mid = Math.floor((lo + hi) / 2000) * 1000;
      if (mid <= lo || mid >= hi) break;
      if (rawOffset(zone, mid) === old) lo = mid;
      else hi = mid;
    }
    if (hi >= from && hi < to) out.push(hi);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Interval helpers (sorted arrays of [start, end) pairs).

export type Interval = [number, number];

function mergeIntervals(xs: Interval[]): Interval[] {
  const sorted = xs.filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Interval[] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** Does the merged, sorted list contain x? (binary search) */
function contains(xs: Interval[], x: number): boolean {
  let lo = 0;
  let hi = xs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = xs[mid]!;
    if (x < s) hi = mid - 1;
    else if (x >= e) lo = mid + 1;
    else return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// The reference calendar.

export interface ReferenceOptions {
  /** First and last UTC year the reference may materialise (queries beyond throw ReferenceRangeError). */
  minYear?: number;
  maxYear?: number;
}

export class ReferenceCalendar {
  readonly spec: RefSpec;
  readonly zone: string;
  private readonly weekly: Record<Weekday, string[]>;
  private readonly wholeDays = new Set<number>();
  private readonly closureSpans = new Map<number, string[]>();
  private readonly openingSpans = new Map<number, string[]>();
  /** Recurring closures: 'MM-DD' -> whole day (null) or closed spans. */
  private readonly everyYear = new Map<string, string[] | null>();
  private readonly countries: Array<{ hd: Holidays; types: string[]; dropEaster: boolean }> = [];
  private readonly countryYears = new Map<number, Set<number>>();
  private readonly minYear: number;
  private readonly maxYear: number;

  /** Merged open intervals covering UTC years [yLo, yHi] (ends at the range edges may be artificial). */
  private intervals: Interval[] = [];
  private yLo = 0;
  private yHi = -1;

  constructor(spec: RefSpec, options: ReferenceOptions = {}) {
    this.spec = structuredClone(spec);
    this.zone = spec.zone;
    this.minYear = options.minYear ?? 1970;
    this.maxYear = options.maxYear ?? 2100;
    const all: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
    const weekly = {} as Record<Weekday, string[]>;
    for (const d of all) weekly[d] = spec.hours === '24/7' ? ['00:00-24:00'] : [...(spec.hours[d] ?? [])];
    this.weekly = weekly;
    for (const h of spec.holidays ?? []) {
      if (typeof h === 'string') this.wholeDays.add(dayNumber(h));
      else if ('country' in h) {
        const hd =
          h.state === undefined
            ? new Holidays(h.country)
            : h.region === undefined
              ? new Holidays(h.country, h.state)
              : new Holidays(h.country, h.state, h.region);
        this.countries.push({ hd, types: h.types ?? ['public'], dropEaster: h.country.toUpperCase() === 'CO' });
      } else if ('every' in h) {
        const before = this.everyYear.get(h.every);
        const whole = h.hours === undefined || before === null;
        this.everyYear.set(h.every, whole ? null : [...(before ?? []), ...h.hours!]);
      } else if ('from' in h) {
        for (let dn = dayNumber(h.from); dn <= dayNumber(h.to); dn++) this.wholeDays.add(dn);
      } else if (h.hours === undefined) this.wholeDays.add(dayNumber(h.date));
      else {
        const dn = dayNumber(h.date);
        this.closureSpans.set(dn, [...(this.closureSpans.get(dn) ?? []), ...h.hours]);
      }
    }
    for (const o of spec.openings ?? []) {
      const dn = dayNumber(o.date);
      this.openingSpans.set(dn, [...(this.openingSpans.get(dn) ?? []), ...o.hours]);
    }
  }

  // --- the definition ---------------------------------------------------------------------

  /** Country holidays of `year` as day numbers (date-holidays, filtered by type; CO without Easter Sunday). */
  private countryDays(year: number): Set<number> {
    let set = this.countryYears.get(year);
    if (set) return set;
    set = new Set();
    for (const c of this.countries) {
      for (const h of c.hd.getHolidays(year) || []) {
        if (!c.types.includes(h.type)) continue;
        if (c.dropEaster && h.rule === 'easter') continue;
        set.add(dayNumber(h.date.slice(0, 10)));
      }
    }
    this.countryYears.set(year, set);
    return set;
  }

  /** Is local date `dn` closed whole-day (string, {date}, range, or country holiday)? */
  isWholeDayClosed(dn: number): boolean {
    if (this.wholeDays.has(dn)) return true;
    if (this.everyYear.get(dateString(dn).slice(5)) === null) return true;
    if (this.countries.length === 0) return false;
    return this.countryDays(Number(dateString(dn).slice(0, 4))).has(dn);
  }

  /** Weekly windows owned by date `dn` (before closures), as instants. */
  weeklyWindows(dn: number): Interval[] {
    if (this.isWholeDayClosed(dn)) return [];
    const out: Interval[] = [];
    for (const s of this.weekly[weekdayOf(dn)]) {
      const iv = spanInstants(this.zone, dn, s);
      if (iv) out.push(iv);
    }
    return out;
  }

  private spansOn(map: Map<number, string[]>, dn: number): Interval[] {
    const out: Interval[] = [];
    const recurring = map === this.closureSpans ? (this.everyYear.get(dateString(dn).slice(5)) ?? []) : [];
    for (const s of [...(map.get(dn) ?? []), ...recurring]) {
      const iv = spanInstants(this.zone, dn, s);
      if (iv) out.push(iv);
    }
    return out;
  }

  /** The open intervals of instants [Date.UTC(year), Date.UTC(year + 1)), merged. */
  private computeYear(year: number): Interval[] {
    const lo = Date.UTC(year, 0, 1);
    const hi = Date.UTC(year + 1, 0, 1);
    // Any date whose contributions can reach [lo, hi): a contribution of date D lies within wall
    // [D 00:00, D+2 00:00], i.e. within a day or so of it in instants. A week of margin each side.
    const firstDn = lo / DAY - 7;
    const lastDn = hi / DAY + 7;
    const weekly: Interval[] = [];
    const closed: Interval[] = [];
    const opened: Interval[] = [];
    for (let dn = firstDn; dn <= lastDn; dn++) {
      weekly.push(...this.weeklyWindows(dn));
      closed.push(...this.spansOn(this.closureSpans, dn));
      opened.push(...this.spansOn(this.openingSpans, dn));
    }
    const W = mergeIntervals(weekly);
    const C = mergeIntervals(closed);
    const O = mergeIntervals(opened);
    const points = new Set<number>([lo, hi]);
    for (const xs of [W, C, O])
      for (const [s, e] of xs) {
        if (s > lo && s < hi) points.add(s);
        if (e > lo && e < hi) points.add(e);
      }
    const sorted = [...points].sort((a, b) => a - b);
    const out: Interval[] = [];
    for (let i = 0; i + 1 < sorted.length; i++) {
      const p = sorted[i]!;
      const q = sorted[i + 1]!;
      const mid = (p + q) / 2;
      const open = (contains(W, mid) && !contains(C, mid)) || contains(O, mid);
      if (!open) continue;
      const last = out[out.length - 1];
      if (last && last[1] === p) last[1] = q;
      else out.push([p, q]);
    }
    return out;
  }

  // --- lazy loading -----------------------------------------------------------------------

  private get lo(): number {
    return Date.UTC(this.yLo, 0, 1);
  }
  private get hi(): number {
    return Date.UTC(this.yHi + 1, 0, 1);
  }

  private loadYear(year: number): void {
    if (year < this.minYear || year > this.maxYear)
      throw new ReferenceRangeError(`reference: year ${year} outside ${this.minYear}..${this.maxYear}`);
    const block = this.computeYear(year);
    if (this.yHi < this.yLo) {
      this.intervals = block;
      this.yLo = this.yHi = year;
    } else if (year === this.yHi + 1) {
      const last = this.intervals[this.intervals.length - 1];
      const first = block[0];
      if (last && first && last[1] === first[0]) {
        last[1] = first[1];
        block.shift();
      }
      this.intervals.push(...block);
      this.yHi = year;
    } else if (year === this.yLo - 1) {
      const last = block[block.length - 1];
      const first = this.intervals[0];
      if (last && first && last[1] === first[0]) {
        first[0] = last[0];
        block.pop();
      }
      this.intervals.unshift(...block);
      this.yLo = year;
    } else throw new Error('reference: non-contiguous load');
  }

  /** Make sure instants [a, b] are materialised. */
  private ensure(a: number, b: number = a): void {
    const ya = new Date(Math.min(a, b)).getUTCFullYear();
    const yb = new Date(Math.max(a, b)).getUTCFullYear();
    if (this.yHi < this.yLo) this.loadYear(ya);
    while (this.yLo > ya) this.loadYear(this.yLo - 1);
    while (this.yHi < yb) this.loadYear(this.yHi + 1);
  }

  // --- queries ----------------------------------------------------------------------------

  isOpen(t: number): boolean {
    this.ensure(t);
    return this.intervals.some(([s, e]) => s <= t && t < e);
  }

  /** Is `t` the end of a maximal open period (so closed at t, open just before)? */
  isPeriodEnd(t: number): boolean {
    this.ensure(t - 1, t);
    return this.intervals.some(([, e]) => e === t);
  }

  nextOpen(t: number): number {
    this.ensure(t);
    for (;;) {
      for (const [s, e] of this.intervals) {
        if (s <= t && t < e) return t;
        if (s > t) return s;
      }
      this.loadYear(this.yHi + 1);
    }
  }

  nextClose(t: number): number {
    const start = this.nextOpen(t);
    for (;;) {
      const iv = this.intervals.find(([s, e]) => s <= start && start < e)!;
      if (iv[1] < this.hi) return iv[1];
      this.loadYear(this.yHi + 1); // the period reaches the loaded edge: it may go on
    }
  }

  /** Open periods clipped to [from, to), touching ones merged. */
  windows(from: number, to: number): Interval[] {
    if (to <= from) return [];
    this.ensure(from, to);
    const out: Interval[] = [];
    for (const [s, e] of this.intervals) {
      const a = Math.max(s, from);
      const b = Math.min(e, to);
      if (b > a) out.push([a, b]);
    }
    return out;
  }

  /** Open ms in [a, b); negative when b < a. */
  between(a: number, b: number): number {
    if (b < a) return -this.between(b, a);
    return this.windows(a, b).reduce((sum, [s, e]) => sum + (e - s), 0);
  }

  /** d > 0: earliest t with between(at, t) = d. d < 0: latest t with between(t, at) = -d. */
  add(at: number, d: number): number {
    if (d === 0) return at;
    this.ensure(at);
    let remaining = Math.abs(d);
    let cursor = at;
    if (d > 0) {
      for (;;) {
        const iv = this.intervals.find(([, e]) => e > cursor);
        if (!iv) {
          this.loadYear(this.yHi + 1);
          continue;
        }
        const s = Math.max(iv[0], cursor);
        const len = iv[1] - s;
        if (remaining <= len) return s + remaining;
        remaining -= len;
        cursor = iv[1];
      }
    }
    for (;;) {
      let iv: Interval | undefined;
      for (let i = this.intervals.length - 1; i >= 0; i--) {
        if (this.intervals[i]![0] < cursor) {
          iv = this.intervals[i];
          break;
        }
      }
      if (!iv) {
        this.loadYear(this.yLo - 1);
        continue;
      }
      const e = Math.min(iv[1], cursor);
      const len = e - iv[0];
      if (remaining <= len) return e - remaining;
      remaining -= len;
      cursor = iv[0];
    }
  }

  /** Every boundary of the open set in [from, to) (starts and ends of maximal periods). */
  boundaries(from: number, to: number): number[] {
    this.ensure(from, to);
    const out: number[] = [];
    for (const [s, e] of this.intervals) {
      if (s >= from && s < to && s !== this.lo) out.push(s);
      if (e >= from && e < to && e !== this.hi) out.push(e);
    }
    return out;
  }

  /**
   * The earliest w <= t with no open time in [w, t): t itself when open just before t, else the end
   * of the last open period before t. (This is where add(add(t, -d), d) lands.)
   */
  prevClose(t: number): number {
    this.ensure(t - 1, t);
    for (;;) {
      for (let i = this.intervals.length - 1; i >= 0; i--) {
        const [s, e] = this.intervals[i]!;
        if (s < t) return Math.min(e, t);
      }
      this.loadYear(this.yLo - 1);
    }
  }

  // --- backwards and business days (DESIGN "Ticket histories") ------------------------------

  /** The start of the maximal open period holding t, or of the latest one before t. */
  previousOpen(t: number): number {
    this.ensure(t - 1, t);
    for (;;) {
      let found: Interval | undefined;
      for (const iv of this.intervals) if (iv[0] <= t && (iv[0] < t || t < iv[1])) found = iv;
      // A period starting at the loaded edge may have begun earlier: load further back.
      if (found && found[0] !== this.lo) return found[0];
      this.loadYear(this.yLo - 1);
    }
  }

  /** Local date dn is a business day: a maximal open period starts on it, or runs through all of dn - 1 into it. */
  isBusinessDay(dn: number): boolean {
    const prev = wallToInstant(this.zone, (dn - 1) * DAY);
    const start = wallToInstant(this.zone, dn * DAY);
    const end = wallToInstant(this.zone, (dn + 1) * DAY);
    this.ensure(prev - DAY, end + DAY);
    return this.intervals.some(([s, e]) => (s >= start && s < end) || (s <= prev && e > start && start < end));
  }

  /** The n-th business date from dn (n = 0: dn when a business day, else the next). */
  private nthBusinessDate(dn: number, n: number): number {
    const step = n < 0 ? -1 : 1;
    if (n === 0 && this.isBusinessDay(dn)) return dn;
    let left = Math.max(1, Math.abs(n));
    for (let d = dn + step, walked = 0; ; d += step) {
      if (++walked > 5000) throw new ReferenceRangeError('reference: no business day within 5000 days');
      if (this.isBusinessDay(d) && --left === 0) return d;
    }
  }

  /** zendesk/biz day arithmetic, literally: same wall time on the n-th business date, then snapped. */
  addBusinessDays(t: number, n: number, endOfDay = false): number {
    const w = instantToWall(this.zone, t);
    const dn0 = Math.floor(w / DAY);
    const dn = this.nthBusinessDate(dn0, n);
    if (endOfDay) {
      const prev = wallToInstant(this.zone, (dn - 1) * DAY);
      const start = wallToInstant(this.zone, dn * DAY);
      const end = wallToInstant(this.zone, (dn + 1) * DAY);
      const owned = this.intervals.filter(([s, e]) => (s >= start && s < end) || (s <= prev && e > start));
      const last = owned[owned.length - 1]!;
      return this.nextClose(Math.max(last[0], start));
    }
    const landing = dn === dn0 ? t : wallToInstant(this.zone, dn * DAY + (w - dn0 * DAY));
    return n < 0 ? this.prevClose(landing) : this.nextOpen(landing);
  }

  /** The largest d >= 0 with addBusinessDays(a, d) <= b; mirrored (negative) when b < a. */
  businessDaysBetween(a: number, b: number): number {
    let d = 0;
    if (b >= a) {
      while (this.addBusinessDays(a, d + 1) <= b) d++;
      return d;
    }
    while (this.addBusinessDays(a, -(d + 1)) >= b) d++;
    return d === 0 ? 0 : -d;
  }
}
