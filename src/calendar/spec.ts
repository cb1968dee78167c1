// The shape of a calendar spec (zod, built on first use: ../validate lazySchema), before its
// texts are read. Whether a window, date or zone makes sense is checked when the spec is
// compiled, where each problem gets its path. ./shape recognises the common specs without zod.

import type { z } from 'zod';
import { lazySchema } from '../validate';

/** A calendar spec: weekly hours in a zone, or a combination of other calendars. */
export type CalendarSpec = WeeklyCalendarSpec | IntersectionSpec | UnionSpec | WithoutSpec;

/** Windows per weekday: 'HH:MM-HH:MM' (seconds allowed, '24:00' as an end, end < start crosses midnight). */
export interface WeeklyHours {
  mon?: string[] | undefined;
  tue?: string[] | undefined;
  wed?: string[] | undefined;
  thu?: string[] | undefined;
  fri?: string[] | undefined;
  sat?: string[] | undefined;
  sun?: string[] | undefined;
}

/**
 * A closure: a whole date ('2025-12-24'), a date with hours ({ date, hours: ['12:00-24:00'] }),
 * an inclusive range ({ from, to }), a month and day every year ({ every: '12-24', hours? }), or a
 * country's holidays from date-holidays ({ country }).
 */
export type HolidaySpec =
  | string
  | { date: string; name?: string | undefined; hours?: string[] | undefined }
  | { from: string; to: string; name?: string | undefined }
  | { every: string; name?: string | undefined; hours?: string[] | undefined }
  | {
      country: string;
      state?: string | undefined;
      region?: string | undefined;
      /** date-holidays types that close; default ['public']. */
      types?: ('public' | 'bank' | 'school' | 'optional' | 'observance')[] | undefined;
    };

/** Extra open time on one date, e.g. a Saturday opening. */
export interface OpeningSpec {
  date: string;
  hours: string[];
  name?: string | undefined;
}

/** Weekly windows in a time zone, minus holidays and closures, plus openings. */
export interface WeeklyCalendarSpec {
  /** IANA zone ('America/Bogota') or a fixed offset ('UTC', 'UTC+05:30'). */
  zone: string;
  hours: '24/7' | WeeklyHours;
  holidays?: HolidaySpec[] | undefined;
  openings?: OpeningSpec[] | undefined;
  /** Consecutive years without open time a search crosses before giving up; default 10. */
  horizonYears?: number | undefined;
}
/** Open when every calendar is open. */
export interface IntersectionSpec {
  intersect: CalendarSpec[];
  horizonYears?: number | undefined;
}
/** Open when any calendar is open. */
export interface UnionSpec {
  union: CalendarSpec[];
  horizonYears?: number | undefined;
}
/** A calendar with absolute intervals taken out ('2025-06-02T08:00-05:00' to ...). */
export interface WithoutSpec {
  base: CalendarSpec;
  without: { start: string; end: string }[];
  horizonYears?: number | undefined;
}

/** The calendar schemas, built with zod on first call. */
export const calendarSchemas = lazySchema((z) => {
  const windowList = z.array(z.string(), {
    error: "expected a list of windows such as ['07:00-12:30', '13:30-17:30']",
  });

  const weeklyHoursSchema: z.ZodType<WeeklyHours> = z.strictObject({
    mon: windowList.optional(),
    tue: windowList.optional(),
    wed: windowList.optional(),
    thu: windowList.optional(),
    fri: windowList.optional(),
    sat: windowList.optional(),
    sun: windowList.optional(),
  });

  const holidaySpecSchema: z.ZodType<HolidaySpec> = z.union(
    [
      z.string(),
      z.strictObject({ date: z.string(), name: z.string().optional(), hours: z.array(z.string()).optional() }),
      z.strictObject({ from: z.string(), to: z.string(), name: z.string().optional() }),
      z.strictObject({ every: z.string(), name: z.string().optional(), hours: z.array(z.string()).optional() }),
      z.strictObject({
        country: z.string(),
        state: z.string().optional(),
        region: z.string().optional(),
        types: z.array(z.enum(['public', 'bank', 'school', 'optional', 'observance'])).optional(),
      }),
    ],
    {
      error:
        "expected 'YYYY-MM-DD', { date, hours? }, { from, to }, { every: 'MM-DD', hours? } or { country, state?, region?, types? }",
    },
  );

  const openingSpecSchema: z.ZodType<OpeningSpec> = z.strictObject({
    date: z.string(),
    hours: z.array(z.string()),
    name: z.string().optional(),
  });

  const horizonYears = z.number().int().min(1).max(1000).optional();

  const weeklyCalendarSpecSchema: z.ZodType<WeeklyCalendarSpec> = z.strictObject({
    zone: z.string({ error: "expected an IANA time zone name such as 'America/Bogota'" }),
    hours: z.union([z.literal('24/7'), weeklyHoursSchema], {
      error: "expected '24/7' or { mon: ['07:00-12:30', ...], ... }",
    }),
    holidays: z.array(holidaySpecSchema).optional(),
    openings: z.array(openingSpecSchema).optional(),
    horizonYears,
  });

  const absoluteIntervalSchema = z.strictObject({ start: z.string(), end: z.string() });

  const calendarSpecSchema: z.ZodType<CalendarSpec> = z.lazy(() =>
    z.union(
      [
        weeklyCalendarSpecSchema,
        z.strictObject({ intersect: z.array(calendarSpecSchema).min(1), horizonYears }),
        z.strictObject({ union: z.array(calendarSpecSchema).min(1), horizonYears }),
        z.strictObject({ base: calendarSpecSchema, without: z.array(absoluteIntervalSchema), horizonYears }),
      ],
      {
        error:
          'expected a calendar spec: { zone, hours, holidays?, openings? }, { intersect: [...] }, { union: [...] } or { base, without }',
      },
    ),
  );

  return {
    weeklyHoursSchema,
    holidaySpecSchema,
    openingSpecSchema,
    weeklyCalendarSpecSchema,
    absoluteIntervalSchema,
    calendarSpecSchema,
    horizonYears,
  };
});
