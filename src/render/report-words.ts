// The words of the HTML audit report, in Spanish and English: headings, column names, notes,
// and the sentences that describe each chart to people who cannot see it.

import type { TargetKind } from '../sla/types';
import type { RenderLang } from './timeline-words';

export type SectionKey =
  | 'summary'
  | 'byPriority'
  | 'byMonth'
  | 'hours'
  | 'coverage'
  | 'breaches'
  | 'timelines'
  | 'errors'
  | 'policy';

export interface ReportWords {
  title: (policy: string) => string;
  auditAt: (now: string, zone: string) => string;
  contents: string;
  section: Record<SectionKey, string>;
  figure: { rows: string; evaluated: string; rejected: string; breached: string; compliance: string };
  col: {
    plan: string;
    priority: string;
    target: string;
    tickets: string;
    met: string;
    breached: string;
    running: string;
    compliance: string;
    median: string;
    p90: string;
    month: string;
    resolved: string;
    hours: string;
    events: string;
    outside: string;
    ticket: string;
    line: string;
    due: string;
    over: string;
    state: string;
    field: string;
    column: string;
    value: string;
    error: string;
    response: string;
    resolution: string;
    clock: string;
  };
  target: Record<TargetKind, string>;
  open: string;
  closed: string;
  na: string;
  complianceNote: string;
  timesNote: string;
  hoursNote: string;
  coverageNote: string;
  chartData: string;
  chartPriority: { title: string; desc: (best: string, worst: string) => string };
  chartMonth: { title: string; desc: (first: string, last: string, best: string, worst: string) => string };
  chartHours: { title: string; desc: (first: string, last: string, total: string, top: string) => string };
  breachCap: (listed: number, total: number, drawn: number) => string;
  noBreaches: string;
  noTimelines: string;
  back: string;
  explanation: string;
  errorsNote: (shown: number, total: number) => string;
  source: (file: string) => string;
  quoted: string;
  noSource: string;
  versions: string;
  footer: string;
}

const EN: ReportWords = {
  title: (policy) => `SLA audit — ${policy}`,
  auditAt: (now, zone) => `Audit at ${now} (${zone}): events after that instant were not known.`,
  contents: 'Contents',
  section: {
    summary: 'Summary',
    byPriority: 'Compliance by priority',
    byMonth: 'Compliance by month',
    hours: 'Support hours consumed',
    coverage: 'Time outside coverage',
    breaches: 'Breaches',
    timelines: 'Timelines of breached tickets',
    errors: 'Rejected rows',
    policy: 'Policy applied',
  },
  figure: {
    rows: 'Rows read',
    evaluated: 'Evaluated',
    rejected: 'Rejected',
    breached: 'Targets breached',
    compliance: 'Targets met',
  },
  col: {
    plan: 'Plan',
    priority: 'Priority',
    target: 'Target',
    tickets: 'Tickets',
    met: 'Met',
    breached: 'Breached',
    running: 'Open',
    compliance: 'Met %',
    median: 'Median',
    p90: 'p90',
    month: 'Month',
    resolved: 'Resolved',
    hours: 'Business hours',
    events: 'Events',
    outside: 'Outside coverage',
    ticket: 'Ticket',
    line: 'Line',
    due: 'Due',
    over: 'Over target',
    state: 'State',
    field: 'Field',
    column: 'Column',
    value: 'Value',
    error: 'Error',
    response: 'Response',
    resolution: 'Resolution',
    clock: 'clock',
  },
  target: { response: 'Response', update: 'Update', resolution: 'Resolution' },
  open: 'still open',
  closed: 'closed',
  na: '—',
  complianceNote:
    'Met % = met ÷ (met + breached): targets still open are not counted. Median and p90: business time to respond or to resolve, over completed targets.',
  timesNote: 'Times are business time on each target’s clock, pauses removed.',
  hoursNote:
    'Business time from report to resolution of the tickets reported each month and resolved by the audit, pauses removed.',
  coverageNote: 'Time between report and resolution outside the plan’s coverage (billed per event), pauses removed.',
  chartData: 'Chart data as a table',
  chartPriority: {
    title: 'Share of targets met, by priority',
    desc: (best, worst) =>
      `Horizontal bar chart, one pair of bars (response, resolution) per priority, 0 to 100 %. Highest: ${best}. Lowest: ${worst}.`,
  },
  chartMonth: {
    title: 'Share of targets met, by month of report',
    desc: (first, last, best, worst) =>
      `Bar chart, one pair of bars (response, resolution) per month from ${first} to ${last}, 0 to 100 %. Highest: ${best}. Lowest: ${worst}.`,
  },
  chartHours: {
    title: 'Support hours consumed, by month of report',
    desc: (first, last, total, top) =>
      `Bar chart of business hours consumed per month from ${first} to ${last}; ${total} in all. Busiest month: ${top}.`,
  },
  breachCap: (listed, total, drawn) =>
    `${total} ticket${total === 1 ? '' : 's'} breached at least one target. ` +
    (listed < total
      ? `The ${listed} furthest past target are listed, worst first. `
      : 'All are listed, worst first. ') +
    (drawn > 0 ? `Timelines are drawn for the ${drawn} worst; follow a ticket’s link to see it.` : ''),
  noBreaches: 'No target was breached.',
  noTimelines:
    'Tickets further down the list have no timeline in this file: run evaluate() with explain: true on them, or renderTimeline().',
  back: 'Back to the breach list',
  explanation: 'Explanation',
  errorsNote: (shown, total) =>
    shown < total
      ? `The first ${shown} of ${total} rejected rows, by line.`
      : `${total} rejected row${total === 1 ? '' : 's'}, by line.`,
  source: (file) => `Charter: ${file}`,
  quoted: 'The lines of the charter this policy encodes, word for word:',
  noSource: 'This policy names no charter.',
  versions: 'Tickets were judged by several policy versions, each by the version in force when it was reported.',
  footer:
    'Generated by habil. This file is self-contained: it loads nothing from the network, and prints in black and white without losing meaning.',
};

const ES: ReportWords = {
  title: (policy) => `Auditoría de ANS — ${policy}`,
  auditAt: (now, zone) => `Auditoría al ${now} (${zone}): los eventos posteriores a ese instante no se conocían.`,
  contents: 'Contenido',
  section: {
    summary: 'Resumen',
    byPriority: 'Cumplimiento por prioridad',
    byMonth: 'Cumplimiento por mes',
    hours: 'Horas de soporte consumidas',
    coverage: 'Tiempo fuera de cobertura',
    breaches: 'Incumplimientos',
    timelines: 'Líneas de tiempo de los casos incumplidos',
    errors: 'Filas rechazadas',
    policy: 'Política aplicada',
  },
  figure: {
    rows: 'Filas leídas',
    evaluated: 'Evaluadas',
    rejected: 'Rechazadas',
    breached: 'Objetivos incumplidos',
    compliance: 'Objetivos cumplidos',
  },
  col: {
    plan: 'Plan',
    priority: 'Prioridad',
    target: 'Objetivo',
    tickets: 'Casos',
    met: 'Cumplidos',
    breached: 'Incumplidos',
    running: 'En curso',
    compliance: '% cumplido',
    median: 'Mediana',
    p90: 'p90',
    month: 'Mes',
    resolved: 'Resueltos',
    hours: 'Horas hábiles',
    events: 'Eventos',
    outside: 'Fuera de cobertura',
    ticket: 'Caso',
    line: 'Línea',
    due: 'Vencimiento',
    over: 'Exceso',
    state: 'Estado',
    field: 'Campo',
    column: 'Columna',
    value: 'Valor',
    error: 'Error',
    response: 'Respuesta',
    resolution: 'Solución',
    clock: 'reloj',
  },
  target: { response: 'Respuesta', update: 'Actualización', resolution: 'Solución' },
  open: 'abierto',
  closed: 'cerrado',
  na: '—',
  complianceNote:
    '% cumplido = cumplidos ÷ (cumplidos + incumplidos): los objetivos en curso no cuentan. Mediana y p90: tiempo hábil hasta responder o solucionar, de los objetivos completados.',
  timesNote: 'Los tiempos son tiempo hábil en el reloj de cada objetivo, sin las pausas.',
  hoursNote:
    'Tiempo hábil desde el reporte hasta la solución de los casos reportados cada mes y resueltos a la fecha de la auditoría, sin las pausas.',
  coverageNote:
    'Tiempo entre el reporte y la solución fuera de la cobertura del plan (se factura por evento), sin las pausas.',
  chartData: 'Datos del gráfico en tabla',
  chartPriority: {
    title: 'Porcentaje de objetivos cumplidos, por prioridad',
    desc: (best, worst) =>
      `Gráfico de barras horizontales, un par de barras (respuesta, solución) por prioridad, de 0 a 100 %. Más alto: ${best}. Más bajo: ${worst}.`,
  },
  chartMonth: {
    title: 'Porcentaje de objetivos cumplidos, por mes de reporte',
    desc: (first, last, best, worst) =>
      `Gráfico de barras, un par de barras (respuesta, solución) por mes de ${first} a ${last}, de 0 a 100 %. Más alto: ${best}. Más bajo: ${worst}.`,
  },
  chartHours: {
    title: 'Horas de soporte consumidas, por mes de reporte',
    desc: (first, last, total, top) =>
      `Gráfico de barras de las horas hábiles consumidas por mes de ${first} a ${last}; ${total} en total. Mes con más horas: ${top}.`,
  },
  breachCap: (listed, total, drawn) =>
    `${total} caso${total === 1 ? '' : 's'} incumpli${total === 1 ? 'ó' : 'eron'} al menos un objetivo. ` +
    (listed < total
      ? `Se listan los ${listed} que más excedieron su objetivo, del peor al menor. `
      : 'Se listan todos, del peor al menor. ') +
    (drawn > 0 ? `Se dibuja la línea de tiempo de los ${drawn} peores; siga el enlace de un caso para verla.` : ''),
  noBreaches: 'Ningún objetivo fue incumplido.',
  noTimelines:
    'Los casos más abajo en la lista no tienen línea de tiempo en este archivo: use evaluate() con explain: true, o renderTimeline().',
  back: 'Volver a la lista de incumplimientos',
  explanation: 'Explicación',
  errorsNote: (shown, total) =>
    shown < total
      ? `Las primeras ${shown} de ${total} filas rechazadas, por línea.`
      : `${total} fila${total === 1 ? '' : 's'} rechazada${total === 1 ? '' : 's'}, por línea.`,
  source: (file) => `Carta de servicio: ${file}`,
  quoted: 'Las líneas de la carta que esta política codifica, textuales:',
  noSource: 'Esta política no cita una carta de servicio.',
  versions: 'Los casos se juzgaron con varias versiones de la política, cada uno con la vigente cuando se reportó.',
  footer:
    'Generado por habil. Este archivo es autónomo: no carga nada de la red, y se imprime en blanco y negro sin perder información.',
};

/**
 * The report's words in a language.
 *
 * @example
 * reportWords('es').section.breaches; //=> 'Incumplimientos'
 */
export function reportWords(lang: RenderLang): ReportWords {
  return lang === 'es' ? ES : EN;
}
