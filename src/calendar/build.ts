// From an unchecked spec to a timeline: dispatches on the spec's form (weekly hours, intersect,
// union, without), validates each level with its path, and composes the children's timelines.

import { HabilError, SpecError, type Issue, problemAt } from '../errors';
import type { Timeline } from '../engine/timeline';
import { toEpochMs } from '../time/instant';
import type { Zone } from '../time/zone';
import { joinPath, lazySchema, parseWith } from '../validate';
import { CombinedTimeline, WithoutTimeline } from './combine';
import { compileWeekly, DEFAULT_HORIZON_YEARS } from './compile';
import { WeeklyTimeline } from './weekly-timeline';
import { readWeeklyShape } from './shape';
import { calendarSchemas, type CalendarSpec, type WeeklyCalendarSpec } from './spec';

/** A validated spec with its timeline and the zone its offset-less instants are read in. */
export interface BuiltCalendar {
  spec: CalendarSpec;
  timeline: Timeline;
  zone: Zone;
}

const combinedSchema = lazySchema((z) => {
  const { horizonYears } = calendarSchemas();
  return z.union([
    z.strictObject({ intersect: z.array(z.unknown()).min(1), horizonYears }),
    z.strictObject({ union: z.array(z.unknown()).min(1), horizonYears }),
  ]);
});
const withoutSchema = lazySchema((z) => {
  const { absoluteIntervalSchema, horizonYears } = calendarSchemas();
  return z.strictObject({ base: z.unknown(), without: z.array(absoluteIntervalSchema), horizonYears });
});

/**
 * How many intersect/union/without levels a calendar may nest. Real calendars use two or three;
 * the limit keeps a hostile spec ({ intersect: [{ intersect: ... }] } thousands deep) a
 * SpecError instead of a stack overflow, and bounds the work of every query.
 */
export const MAX_CALENDAR_NESTING = 16;

export function buildCalendar(input: unknown, path: string, depth = 0): BuiltCalendar {
  if (input !== null && typeof input === 'object' && !Array.isArray(input)) {
    const nested = 'intersect' in input || 'union' in input || 'base' in input;
    if (nested && depth >= MAX_CALENDAR_NESTING) {
      throw new SpecError([
        problemAt(path, `nests calendars more than ${MAX_CALENDAR_NESTING} levels deep (intersect, union, without)`),
      ]);
    }
    if ('intersect' in input || 'union' in input) return combined(input, path, depth);
    if ('base' in input) return without(input, path, depth);
  }
  const spec = readWeeklyShape(input) ?? parseWeekly(input, path);
  const plan = compileWeekly(spec, path);
  return { spec, timeline: new WeeklyTimeline(plan), zone: plan.zone };
}

function parseWeekly(input: unknown, path: string): WeeklyCalendarSpec {
  const parsed = parseWith(calendarSchemas().weeklyCalendarSpecSchema, input, path);
  if (!parsed.ok) throw new SpecError(parsed.issues);
  return parsed.value;
}

function horizonOf(value: number | undefined): { horizon: number; field: { horizonYears?: number } } {
  return { horizon: value ?? DEFAULT_HORIZON_YEARS, field: value === undefined ? {} : { horizonYears: value } };
}

function combined(input: object, path: string, depth: number): BuiltCalendar {
  const parsed = parseWith(combinedSchema(), input, path);
  if (!parsed.ok) throw new SpecError(parsed.issues);
  const value = parsed.value;
  const mode = 'intersect' in value ? 'intersect' : 'union';
  const children = 'intersect' in value ? value.intersect : value.union;
  const parts = children.map((child, i) => buildCalendar(child, joinPath(path, [mode, i]), depth + 1));
  const { horizon, field } = horizonOf(value.horizonYears);
  const spec = { [mode]: parts.map((p) => p.spec), ...field } as CalendarSpec;
  const timeline = new CombinedTimeline(
    mode,
    parts.map((p) => p.timeline),
    horizon,
  );
  return { spec, timeline, zone: parts[0]!.zone };
}

function without(input: object, path: string, depth: number): BuiltCalendar {
  const parsed = parseWith(withoutSchema(), input, path);
  if (!parsed.ok) throw new SpecError(parsed.issues);
  const base = buildCalendar(parsed.value.base, joinPath(path, ['base']), depth + 1);
  const issues: Issue[] = [];
  const removed: number[] = [];
  parsed.value.without.forEach((interval, i) => {
    const here = joinPath(path, ['without', i]);
    try {
      const start = toEpochMs(interval.start, base.zone, `${here}.start`);
      const end = toEpochMs(interval.end, base.zone, `${here}.end`);
      if (end < start)
        issues.push(problemAt(here, `is backwards: end '${interval.end}' is before start '${interval.start}'`));
      removed.push(start, end);
    } catch (error) {
      if (!HabilError.is(error)) throw error;
      issues.push(...error.issues);
    }
  });
  if (issues.length > 0) throw new SpecError(issues);
  const { horizon, field } = horizonOf(parsed.value.horizonYears);
  const spec: CalendarSpec = { base: base.spec, without: parsed.value.without, ...field };
  return { spec, timeline: new WithoutTimeline(base.timeline, removed, horizon), zone: base.zone };
}
