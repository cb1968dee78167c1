// Ticks for a time axis in a time zone: a step chosen so labels do not crowd (1 h ... 3 months),
// aligned to local wall time, and a second row naming the day, month or year the ticks fall in.

import { DateTime } from 'luxon';
import type { FormatLang } from './format';

/** A tick: its instant and label. */
export interface AxisTick {
  at: number;
  label: string;
  /** Where the label goes when it names the span that starts at `at` (a day): its middle. */
  labelAt?: number;
}

/** The ticks of an axis: `ticks` at each step, `spans` at each start of the larger unit. */
export interface AxisTicks {
  ticks: AxisTick[];
  spans: AxisTick[];
}

interface Step {
  unit: 'hours' | 'days' | 'weeks' | 'months';
  n: number;
  ms: number;
  format: string;
  upper: 'day' | 'month' | 'year';
  upperFormat: string;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// Built by a call marked pure, so a bundle that draws no axis drops the table.
const STEPS: Step[] = /* @__PURE__ */ stepList();

function stepList(): Step[] {
  return [
    ...[1, 2, 3, 6, 12].map(
      (n): Step => ({ unit: 'hours', n, ms: n * HOUR, format: 'HH:mm', upper: 'day', upperFormat: 'ccc d LLL' }),
    ),
    ...[1, 2].map(
      (n): Step => ({ unit: 'days', n, ms: n * DAY, format: 'ccc d', upper: 'month', upperFormat: 'LLLL yyyy' }),
    ),
    { unit: 'weeks', n: 1, ms: 7 * DAY, format: 'd LLL', upper: 'month', upperFormat: 'LLLL yyyy' },
    { unit: 'weeks', n: 2, ms: 14 * DAY, format: 'd LLL', upper: 'year', upperFormat: 'yyyy' },
    ...[1, 3, 6, 12].map(
      (n): Step => ({ unit: 'months', n, ms: n * 30 * DAY, format: 'LLL', upper: 'year', upperFormat: 'yyyy' }),
    ),
  ];
}

/**
 * Ticks for [from, to) in `zone`, at most about `maxTicks` of them.
 *
 * @example
 * timeTicks(Date.parse('2024-03-01T12:00Z'), Date.parse('2024-03-02T12:00Z'), 'America/Bogota', 'en', 10).ticks[0].label; //=> '09:00'
 */
export function timeTicks(from: number, to: number, zone: string, lang: FormatLang, maxTicks: number): AxisTicks {
  const span = Math.max(to - from, 1);
  const step = STEPS.find((s) => span / s.ms <= maxTicks) ?? STEPS[STEPS.length - 1]!;
  const local = (ms: number) => DateTime.fromMillis(ms, { zone }).setLocale(lang);
  const ticks: AxisTick[] = [];
  for (let t = first(local(from), step); t.toMillis() < to; t = t.plus({ [step.unit]: step.n })) {
    if (t.toMillis() < from) continue;
    const centred = step.unit === 'days' && step.n === 1;
    ticks.push({
      at: t.toMillis(),
      label: t.toFormat(step.format),
      ...(centred ? { labelAt: t.plus({ days: 1 }).toMillis() / 2 + t.toMillis() / 2 } : {}),
    });
  }
  const spans: AxisTick[] = [];
  for (
    let t = local(from).startOf(step.upper);
    t.toMillis() < to;
    t = t.plus({ [`${step.upper}s`]: 1 }).startOf(step.upper)
  ) {
    spans.push({ at: Math.max(t.toMillis(), from), label: t.toFormat(step.upperFormat) });
  }
  return { ticks, spans };
}

/** The first tick at or before `dt`, aligned to the step in local time. */
function first(dt: DateTime, step: Step): DateTime {
  switch (step.unit) {
    case 'hours':
      return dt.startOf('hour').set({ hour: Math.floor(dt.hour / step.n) * step.n });
    case 'days':
      return dt.startOf('day');
    case 'weeks':
      return dt.startOf('week');
    case 'months': {
      const start = dt.startOf('month');
      return start.set({ month: Math.floor((start.month - 1) / step.n) * step.n + 1 });
    }
  }
}
