// A compliance chart of the report: share of targets met (met ÷ decided) per category, response,
// update (when the policy has one) and resolution side by side, with its table of met, breached
// (and open) counts. The charts by priority and by month are both this, over different categories.

import type { TargetKind } from '../sla/types';
import { barChart, type BarSeries } from './bar-chart';
import { table, type Column } from './html';
import { patternDefs, patternId } from './palette';
import type { ReportContext } from './report-context';
import { extremes, figure } from './report-figure';

const KINDS = ['response', 'update', 'resolution'] as const;
type Kind = (typeof KINDS)[number];

/** Counts of one category and target. */
export interface ComplianceStats {
  met: number;
  breached: number;
  running: number;
  compliance: number | null;
}

/** A compliance chart over rows of type R. */
export interface ComplianceSpec<R> {
  id: 'fig-priority' | 'fig-month';
  title: string;
  /** The SVG's text description from the highest and lowest points. */
  desc: (series: string, best: string, worst: string) => string;
  rows: readonly R[];
  /** Each row's category name, in the chart and the table's first column. */
  label: (row: R) => string;
  stats: (row: R, kind: TargetKind) => ComplianceStats | undefined;
  orientation: 'horizontal' | 'vertical';
  /** The table's first header. */
  header: string;
  /** Whether the table has an open (running) column per target. */
  running: boolean;
}

/**
 * The compliance chart's figure.
 *
 * @example
 * complianceFigure(context, { id: 'fig-month', title, desc, rows: months, label: f.month, stats, orientation: 'vertical', header: 'Month', running: true });
 */
export function complianceFigure<R>(c: ReportContext, spec: ComplianceSpec<R>): string {
  const { w, f } = c;
  // Only the targets the policy sets: hosting promises no resolution, so it gets no such bars;
  // most policies set no update target.
  const kinds: Kind[] = KINDS.filter((kind) => c.report.targets.some((t) => t.target === kind));
  const categories = spec.rows.map(spec.label);
  const series: BarSeries[] = kinds.map((kind) => ({
    label: w.target[kind],
    fill: `url(#${patternId(spec.id, kind)})`,
    values: spec.rows.map((r) => spec.stats(r, kind)?.compliance ?? null),
  }));
  const points = spec.rows.flatMap((_r, i) =>
    kinds.flatMap((kind, j) => {
      const v = series[j]!.values[i];
      return v == null ? [] : [{ name: `${categories[i]} · ${w.target[kind]}`, v }];
    }),
  );
  const { best, worst } = extremes(points, f.percent);
  const svg = barChart({
    id: spec.id,
    title: spec.title,
    desc: spec.desc(series.map((s) => s.label.toLowerCase()).join(', '), best, worst),
    categories,
    series,
    orientation: spec.orientation,
    max: 1,
    ticks: [0, 0.25, 0.5, 0.75, 1],
    format: f.percent,
    tickFormat: f.wholePercent,
    defs: patternDefs(spec.id, kinds),
  });
  const count = (field: 'met' | 'breached' | 'running', header: string, kind: TargetKind): Column<R> => ({
    header: `${w.target[kind]}: ${header}`,
    cell: (r) => f.count(spec.stats(r, kind)?.[field] ?? 0),
    numeric: true,
  });
  const columns: Column<R>[] = [
    { header: spec.header, cell: spec.label },
    ...kinds.flatMap((kind): Column<R>[] => [
      count('met', w.col.met, kind),
      count('breached', w.col.breached, kind),
      ...(spec.running ? [count('running', w.col.running, kind)] : []),
      {
        header: `${w.target[kind]}: ${w.col.compliance}`,
        cell: (r) => f.percent(spec.stats(r, kind)?.compliance ?? null),
        numeric: true,
      },
    ]),
  ];
  return figure(spec.id, svg, spec.title, w.shareNote, table(undefined, columns, spec.rows), w.chartData);
}
