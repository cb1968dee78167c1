// The report's three charts, each with the table that carries the same numbers: compliance by
// priority, compliance by month of report, and support hours consumed per month. Each returns
// a <figure> holding the SVG, a caption, and the data table in a <details> fallback.

import type { AuditReport } from '../sla/report';
import type { TargetKind } from '../sla/types';
import { barChart, type BarSeries } from './bar-chart';
import { el, raw, table, type Column } from './html';
import { OKABE_ITO, patternDefs, patternId } from './palette';
import type { Formats } from './report-format';
import type { ReportWords } from './report-words';

/** What the charts need besides the report. */
export interface ChartContext {
  w: ReportWords;
  f: Formats;
  /** A priority's display name, e.g. 'Prioridad Urgente'. */
  priorityName: (plan: string, priority: string) => string;
  multiPlan: boolean;
}

const KINDS = ['response', 'resolution'] as const;
const COMPLIANCE_TICKS = [0, 0.25, 0.5, 0.75, 1];

function seriesFill(prefix: string, kind: (typeof KINDS)[number]): string {
  return `url(#${patternId(prefix, kind)})`;
}

/**
 * Compliance (met ÷ decided) per plan and priority, response and resolution side by side.
 *
 * @example
 * priorityChart(report, context); // '<figure id="fig-priority">…</figure>', or '' with no targets
 */
export function priorityChart(report: AuditReport, c: ChartContext): string {
  const keys = [...new Map(report.targets.map((t) => [`${t.plan}\u0000${t.priority}`, t])).values()];
  if (keys.length === 0) return '';
  const label = (plan: string, priority: string) =>
    c.multiPlan ? `${plan} · ${c.priorityName(plan, priority)}` : c.priorityName(plan, priority);
  const categories = keys.map((k) => label(k.plan, k.priority));
  const stat = (plan: string, priority: string, kind: TargetKind) =>
    report.targets.find((t) => t.plan === plan && t.priority === priority && t.target === kind);
  const series: BarSeries[] = KINDS.map((kind) => ({
    label: c.w.target[kind],
    fill: seriesFill('fig-priority', kind),
    values: keys.map((k) => stat(k.plan, k.priority, kind)?.compliance ?? null),
  }));
  const points = keys.flatMap((_k, i) =>
    KINDS.flatMap((kind, j) =>
      series[j]!.values[i] == null
        ? []
        : [{ name: `${categories[i]} · ${c.w.target[kind]}`, v: series[j]!.values[i]! }],
    ),
  );
  const { best, worst } = extremes(points, c.f.percent);
  const svg = barChart({
    id: 'fig-priority',
    title: c.w.chartPriority.title,
    desc: c.w.chartPriority.desc(best, worst),
    categories,
    series,
    orientation: 'horizontal',
    max: 1,
    ticks: COMPLIANCE_TICKS,
    format: c.f.percent,
    tickFormat: c.f.wholePercent,
    defs: patternDefs('fig-priority', ['response', 'resolution']),
  });
  const rows = keys.map((k) => ({ k, label: label(k.plan, k.priority) }));
  const columns: Column<(typeof rows)[number]>[] = [
    { header: c.w.col.priority, cell: (r) => r.label },
    ...KINDS.flatMap((kind): Column<(typeof rows)[number]>[] => [
      {
        header: `${c.w.target[kind]}: ${c.w.col.met}`,
        cell: (r) => c.f.count(stat(r.k.plan, r.k.priority, kind)?.met ?? 0),
        numeric: true,
      },
      {
        header: `${c.w.target[kind]}: ${c.w.col.breached}`,
        cell: (r) => c.f.count(stat(r.k.plan, r.k.priority, kind)?.breached ?? 0),
        numeric: true,
      },
      {
        header: `${c.w.target[kind]}: ${c.w.col.compliance}`,
        cell: (r) => c.f.percent(stat(r.k.plan, r.k.priority, kind)?.compliance ?? null),
        numeric: true,
      },
    ]),
  ];
  return figure(
    'fig-priority',
    svg,
    c.w.chartPriority.title,
    c.w.complianceNote,
    table(undefined, columns, rows),
    c.w.chartData,
  );
}

/**
 * Compliance per month of report, every plan and priority together.
 *
 * @example
 * monthChart(report, context);
 */
export function monthChart(report: AuditReport, c: ChartContext): string {
  const months = [...new Set(report.months.map((m) => m.month))].sort();
  if (months.length === 0) return '';
  const sums = (month: string, kind: TargetKind) => {
    let met = 0;
    let breached = 0;
    let running = 0;
    for (const m of report.months) {
      if (m.month !== month || m.target !== kind) continue;
      met += m.met;
      breached += m.breached;
      running += m.running;
    }
    return { met, breached, running, compliance: met + breached === 0 ? null : met / (met + breached) };
  };
  const categories = months.map(c.f.month);
  const series: BarSeries[] = KINDS.map((kind) => ({
    label: c.w.target[kind],
    fill: seriesFill('fig-month', kind),
    values: months.map((m) => sums(m, kind).compliance),
  }));
  const points = months.flatMap((_m, i) =>
    KINDS.flatMap((kind, j) =>
      series[j]!.values[i] == null
        ? []
        : [{ name: `${categories[i]} · ${c.w.target[kind]}`, v: series[j]!.values[i]! }],
    ),
  );
  const { best, worst } = extremes(points, c.f.percent);
  const svg = barChart({
    id: 'fig-month',
    title: c.w.chartMonth.title,
    desc: c.w.chartMonth.desc(categories[0]!, categories[categories.length - 1]!, best, worst),
    categories,
    series,
    orientation: 'vertical',
    max: 1,
    ticks: COMPLIANCE_TICKS,
    format: c.f.percent,
    tickFormat: c.f.wholePercent,
    defs: patternDefs('fig-month', ['response', 'resolution']),
  });
  const columns: Column<string>[] = [
    { header: c.w.col.month, cell: (m) => c.f.month(m) },
    ...KINDS.flatMap((kind): Column<string>[] => [
      { header: `${c.w.target[kind]}: ${c.w.col.met}`, cell: (m) => c.f.count(sums(m, kind).met), numeric: true },
      {
        header: `${c.w.target[kind]}: ${c.w.col.breached}`,
        cell: (m) => c.f.count(sums(m, kind).breached),
        numeric: true,
      },
      {
        header: `${c.w.target[kind]}: ${c.w.col.running}`,
        cell: (m) => c.f.count(sums(m, kind).running),
        numeric: true,
      },
      {
        header: `${c.w.target[kind]}: ${c.w.col.compliance}`,
        cell: (m) => c.f.percent(sums(m, kind).compliance),
        numeric: true,
      },
    ]),
  ];
  return figure(
    'fig-month',
    svg,
    c.w.chartMonth.title,
    c.w.complianceNote,
    table(undefined, columns, months),
    c.w.chartData,
  );
}

/**
 * Business hours consumed per month of report (one series per plan when there are several).
 *
 * @example
 * hoursChart(report, context);
 */
export function hoursChart(report: AuditReport, c: ChartContext): string {
  const months = [...new Set(report.hours.map((h) => h.month))].sort();
  if (months.length === 0) return '';
  const plans = [...new Set(report.hours.map((h) => h.plan))];
  const fills = [seriesFillHours(), OKABE_ITO.blue, OKABE_ITO.green, OKABE_ITO.purple, OKABE_ITO.vermillion];
  const get = (month: string, plan?: string) =>
    report.hours
      .filter((h) => h.month === month && (plan === undefined || h.plan === plan))
      .reduce((s, h) => ({ resolved: s.resolved + h.resolved, consumed: s.consumed + h.consumed }), {
        resolved: 0,
        consumed: 0,
      });
  const series: BarSeries[] = (plans.length > 1 ? plans : [undefined]).map((plan, i) => ({
    label: plan === undefined ? c.w.col.hours : `${c.w.col.plan} ${plan}`,
    fill: fills[i % fills.length]!,
    values: months.map((m) => get(m, plan).consumed),
  }));
  const max = Math.max(...series.flatMap((s) => s.values.map((v) => v ?? 0)), 1);
  const ticks = niceTicks(max);
  const categories = months.map(c.f.month);
  const totals = months.map((m) => get(m).consumed);
  const total = totals.reduce((a, b) => a + b, 0);
  const top = totals.indexOf(Math.max(...totals));
  const svg = barChart({
    id: 'fig-hours',
    title: c.w.chartHours.title,
    desc: c.w.chartHours.desc(
      categories[0]!,
      categories[categories.length - 1]!,
      c.f.hours(total),
      `${categories[top]} (${c.f.hours(totals[top]!)})`,
    ),
    categories,
    series,
    orientation: 'vertical',
    max: ticks[ticks.length - 1]!,
    ticks,
    format: c.f.hours,
    tickFormat: c.f.wholeHours,
    defs: patternDefs('fig-hours', ['hours']),
  });
  // One row per month, then the total ('' stands for every month).
  const sum = (month: string, plan?: string) =>
    month === ''
      ? months
          .map((m) => get(m, plan))
          .reduce((a, b) => ({ resolved: a.resolved + b.resolved, consumed: a.consumed + b.consumed }))
      : get(month, plan);
  const columns: Column<string>[] = [
    { header: c.w.col.month, cell: (m) => (m === '' ? 'Total' : c.f.month(m)) },
    ...(plans.length > 1
      ? plans.map(
          (plan): Column<string> => ({
            header: `${c.w.col.plan} ${plan}`,
            cell: (m) => c.f.hours(sum(m, plan).consumed),
            numeric: true,
          }),
        )
      : []),
    { header: c.w.col.resolved, cell: (m) => c.f.count(sum(m).resolved), numeric: true },
    { header: c.w.col.hours, cell: (m) => c.f.hours(sum(m).consumed), numeric: true },
  ];
  return figure(
    'fig-hours',
    svg,
    c.w.chartHours.title,
    c.w.hoursNote,
    table(undefined, columns, [...months, '']),
    c.w.chartData,
  );
}

function seriesFillHours(): string {
  return `url(#${patternId('fig-hours', 'hours')})`;
}

/** A chart in a figure: SVG, caption with a note, and its data as a table inside <details>. */
function figure(id: string, svg: string, caption: string, note: string, data: string, summary: string): string {
  return el(
    'figure',
    { id, class: 'chart' },
    raw(svg),
    raw(el('figcaption', {}, raw(`${el('strong', {}, caption)} `), note)),
    raw(el('details', { class: 'chart-data' }, raw(el('summary', {}, summary)), raw(data))),
  );
}

/** The highest and lowest points, named. */
function extremes(
  points: { name: string; v: number }[],
  format: (v: number) => string,
): { best: string; worst: string } {
  if (points.length === 0) return { best: '—', worst: '—' };
  const sorted = [...points].sort((a, b) => b.v - a.v);
  const show = (p: { name: string; v: number }) => `${p.name} ${format(p.v)}`;
  return { best: show(sorted[0]!), worst: show(sorted[sorted.length - 1]!) };
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
