// The zone boundary: the only module that asks luxon about UTC offsets. It maps local wall
// times to instants with Temporal's 'compatible' disambiguation and instants back to local time.
// The zones of the built-in policies answer from offsets baked at build time (./zone-data) over
// the years they cover, so a process that stays inside them never starts the platform's Intl
// (~25 ms the first time, the largest part of a cold start); elsewhere they ask the platform.

import { FixedOffsetZone, IANAZone, type Zone as LuxonZone } from 'luxon';
import { MS_PER_DAY, type LocalDate, type WallTime } from './civil';
import { cachedOffsets, lastStart, offsetIn } from './offsets';
import { ZONE_DATA } from './zone-data';

/** The last instant a Date can hold, in epoch ms (year 275760); the first is its negative. */
export const MAX_INSTANT_MS = 8.64e15;

/** A time zone as the engine sees it: a name and the UTC offset in force at any instant. */
export interface Zone {
  readonly name: string;
  /** True when the offset never changes (UTC, 'UTC+5'): no lookups needed. */
  readonly fixed: boolean;
  /** Offset from UTC in milliseconds at an instant (local = utc + offset). */
  offsetAt(epochMs: number): number;
  /**
   * The offset in force throughout [from, to] when it is known without asking the platform
   * (fixed and baked zones); undefined when it changes there or would take asking.
   */
  constantOffset(from: number, to: number): number | undefined;
}

const cache = new Map<string, Zone>();

/**
 * 'UTC', 'UTC+5', 'UTC-05:00': offsets on Earth run from -12:00 to +14:00, so anything past
 * 14:00 or with 60 minutes or more ('UTC+99:99', 'UTC-24') is a typo, not a zone. IANA names
 * are Area/Location or 'UTC': the database's legacy abbreviations and links ('EST', 'MST7MDT',
 * 'Japan') are refused, as the docs promise, because 'EST' never observes daylight time and
 * people who write it rarely mean that.
 */
const FIXED_OFFSET = /^UTC(?:[+-](\d{1,2})(?::(\d{2}))?)?$/i;

/** The zone for an IANA name or a fixed offset such as 'UTC' or 'UTC+05:30'; undefined when unknown or refused. */
export function findZone(name: string): Zone | undefined {
  const hit = cache.get(name);
  if (hit) return hit;
  const zone = bakedZone(name) ?? platformZone(name);
  if (zone) cache.set(name, zone);
  return zone;
}

/**
 * A baked zone: the table inside its years, the platform outside them (asked on first need; a
 * platform that does not know the zone gets the table's nearest offset).
 */
function bakedZone(name: string): Zone | undefined {
  if (!Object.hasOwn(ZONE_DATA, name)) return undefined;
  const table = ZONE_DATA[name]!;
  let outside: ((t: number) => number) | undefined;
  const beyond = (t: number) => offsetIn(table, Math.min(Math.max(t, table.from), table.to - 1));
  return {
    name,
    fixed: false,
    constantOffset: (from, to) => {
      if (!(from >= table.from && to < table.to)) return undefined;
      const run = lastStart(table.starts, from);
      return run === lastStart(table.starts, to) ? table.offsets[run] : undefined;
    },
    offsetAt: (t) => {
      if (t >= table.from && t < table.to) return offsetIn(table, t);
      outside ??= platformZone(name)?.offsetAt ?? beyond;
      return outside(t);
    },
  };
}

/** The zone as the platform (Intl, through luxon) answers it, baked table or not. */
export function platformZone(name: string): Zone | undefined {
  const offset = FIXED_OFFSET.exec(name);
  const luxonZone: LuxonZone | null = offset
    ? Number(offset[1] ?? 0) * 60 + Number(offset[2] ?? 0) <= 14 * 60 && Number(offset[2] ?? 0) < 60
      ? FixedOffsetZone.parseSpecifier(name)
      : null
    : IANAZone.isValidZone(name) && (name.includes('/') || name === 'UTC')
      ? IANAZone.create(name)
      : null;
  if (!luxonZone?.isValid) return undefined;
  const fixed = luxonZone.isUniversal;
  const constant = fixed ? luxonZone.offset(0) * 60_000 : 0;
  return {
    name,
    fixed,
    constantOffset: () => (fixed ? constant : undefined),
    // Past the ends of a Date's range the platform knows no offset (NaN, slowly): the offset at
    // the end holds, so wall times of the last day and the year tables around it stay finite.
    offsetAt: fixed
      ? () => constant
      : cachedOffsets((t) => luxonZone.offset(Math.min(MAX_INSTANT_MS, Math.max(-MAX_INSTANT_MS, t))) * 60_000),
  };
}

/**
 * The instant of a wall time on a local date. A wall time skipped by a forward shift moves
 * forward by the gap's length; one repeated by a backward shift takes the earlier instant.
 * `time` may be 86,400,000 ('24:00'), which is midnight of the next date.
 */
export function wallToInstant(zone: Zone, date: LocalDate, time: WallTime): number {
  const local = date * MS_PER_DAY + time;
  if (zone.fixed) return local - zone.offsetAt(0);
  const before = zone.offsetAt(local - MS_PER_DAY);
  const after = zone.offsetAt(local + MS_PER_DAY);
  const t1 = local - before;
  if (before === after && zone.offsetAt(t1) === before) return t1;
  const t2 = local - after;
  const valid1 = zone.offsetAt(t1) === before;
  const valid2 = zone.offsetAt(t2) === after;
  if (valid1 && valid2) return Math.min(t1, t2);
  if (valid2) return t2;
  // Valid with the earlier offset, or in a gap: reading the wall time with the offset in
  // force before the shift lands exactly one gap-length later, as 'compatible' requires.
  return t1;
}

/** The local date and wall time of an instant. */
export function instantToLocal(zone: Zone, epochMs: number): { date: LocalDate; time: WallTime } {
  const local = epochMs + zone.offsetAt(epochMs);
  const date = Math.floor(local / MS_PER_DAY);
  return { date, time: local - date * MS_PER_DAY };
}
