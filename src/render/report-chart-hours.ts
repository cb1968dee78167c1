// The report's chart of support hours consumed per month of report (one series per plan when
// there are several), with its table of tickets resolved and hours per month and in total.

import { barChart, type BarSeries } from './bar-chart';
import { table, type Column } from './html';
import { OKABE_ITO, patternDefs, patternId } from './palette';
import type { ReportContext } from './report-context';
import { figure } from './report-figure';

interface Hours {
  resolved: number;
  consumed: number;
}

/**
 * Business hours consumed per month of report, or '' with no resolved tickets.
 *
 * @example
 * hoursChart(context);
 */
export function hoursChart(c: ReportContext): string {
  const { report, w, f } = c;
  const months = [...new Set(report.hours.map((h) => h.month))].sort();
  if (months.length === 0) return '';
  const plans = [...new Set(report.hours.map((h) => h.plan))];
  const add = (a: Hours, b: Hours): Hours => ({ resolved: a.resolved + b.resolved, consumed: a.consumed + b.consumed });
  const get = (month: string, plan?: string) =>
    report.hours
      .filter((h) => h.month === month && (plan === undefined || h.plan === plan))
      .reduce(add, { resolved: 0, consumed: 0 });
  const fills = [
    `url(#${patternId('fig-hours', 'hours')})`,
    OKABE_ITO.blue,
    OKABE_ITO.green,
    OKABE_ITO.purple,
    OKABE_ITO.vermillion,
  ];
  const series: BarSeries[] = (plans.length > 1 ? plans : [undefined]).map((plan, i) => ({
    label: plan === undefined ? w.col.hours : `${w.col.plan} ${plan}`,
    fill: fills[i % fills.length]!,
    values: months.map((m) => get(m, plan).consumed),
  }));
  const ticks = niceTicks(Math.max(...series.flatMap((s) => s.values.map((v) => v ?? 0)), 1));
  const categories = months.map(f.month);
  const totals = months.map((m) => get(m).consumed);
  const top = totals.indexOf(Math.max(...totals));
  const svg = barChart({
    id: 'fig-hours',
    title: w.chartHours.title,
    desc: w.chartHours.desc(
      categories[0]!,
      categories[categories.length - 1]!,
      f.hours(totals.reduce((a, b) => a + b, 0)),
      `${categories[top]} (${f.hours(totals[top]!)})`,
    ),
    categories,
    series,
    orientation: 'vertical',
    max: ticks[ticks.length - 1]!,
    ticks,
    format: f.hours,
    tickFormat: f.wholeHours,
    defs: patternDefs('fig-hours', ['hours']),
  });
  // One row per month, then the total ('' stands for every month).
  const sum = (month: string, plan?: string) =>
    month === '' ? months.map((m) => get(m, plan)).reduce(add) : get(month, plan);
  const columns: Column<string>[] = [
    { header: w.col.month, cell: (m) => (m === '' ? 'Total' : f.month(m)) },
    ...(plans.length > 1
      ? plans.map(
          (plan): Column<string> => ({
            header: `${w.col.plan} ${plan}`,
            cell: (m) => f.hours(sum(m, plan).consumed),
            numeric: true,
          }),
        )
      : []),
    { header: w.col.resolved, cell: (m) => f.count(sum(m).resolved), numeric: true },
    { header: w.col.hours, cell: (m) => f.hours(sum(m).consumed), numeric: true },
  ];
  const data = table(undefined, columns, [...months, '']);
  return figure('fig-hours', svg, w.chartHours.title, w.hoursNote, data, w.chartData);
}

/** Grid values from 0 to a round number at or above `max` ms, in whole hours. */
function niceTicks(max: number): number[] {
  const hours = max / 3_600_000;
  const raw = hours / 4;
  const magnitude = 10 ** Math.floor(Math.log10(Math.max(raw, 1e-9)));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * magnitude >= raw) ?? 10) * magnitude;
  const ticks: number[] = [];
  for (let v = 0; v < hours + step * 0.999; v += step) ticks.push(Math.round(v * 3_600_000));
  return ticks.length > 1 ? ticks : [0, Math.round(step * 3_600_000)];
}
