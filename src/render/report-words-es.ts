// The HTML audit report's words in Spanish (the ReportWords of ./report-words).

import type { ReportWords } from './report-words';

const FIELDS: Record<string, string> = {
  reportedAt: 'la fecha de creación',
  respondedAt: 'la fecha de respuesta',
  resolvedAt: 'la fecha de solución',
  pauses: 'las pausas',
  priority: 'la prioridad',
  plan: 'el plan',
  type: 'el tipo',
  channel: 'el canal',
  id: 'el caso',
};

/** Why a row was rejected, in Spanish; undefined when the code says too little (then the message shows). */
function esReason(code: string, field: string | undefined, missing: boolean): string | undefined {
  const what = (field && FIELDS[field]) ?? 'un campo';
  if (missing) return `Falta ${what}.`;
  switch (code) {
    case 'INVALID_INSTANT':
      return `No se puede leer ${what} como fecha y hora (se espera p. ej. 2024-03-01 16:00, o el formato indicado con --date-format).`;
    case 'UNKNOWN_PLAN':
      return 'El plan no es uno de los de la política.';
    case 'UNKNOWN_PRIORITY':
      return 'La prioridad no es una de las de la política (ni por nombre ni por alias).';
    case 'INVALID_TICKET':
      return `El caso no es coherente en ${what} (p. ej. una fecha anterior a la de creación, o pausas que se cruzan).`;
    case 'INVALID_INPUT':
      return field
        ? `Valor no válido en ${what}.`
        : 'La fila no se puede leer (columnas de más o de menos, o comillas sin cerrar).';
    default:
      return undefined;
  }
}

export const ES: ReportWords = {
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
  shareNote: '% cumplido = cumplidos ÷ (cumplidos + incumplidos): los objetivos en curso no cuentan.',
  timesNote: 'Los tiempos son tiempo hábil en el reloj de cada objetivo, sin las pausas.',
  hoursNote:
    'Tiempo hábil desde el reporte hasta la solución de los casos reportados cada mes y resueltos a la fecha de la auditoría, sin las pausas.',
  coverageNote:
    'Tiempo entre el reporte y la solución fuera de la cobertura del plan (se factura por evento), sin las pausas.',
  chartData: 'Datos del gráfico en tabla',
  chartPriority: {
    title: 'Porcentaje de objetivos cumplidos, por prioridad',
    desc: (series, best, worst) =>
      `Gráfico de barras horizontales, barras (${series}) por prioridad, de 0 a 100 %. Más alto: ${best}. Más bajo: ${worst}.`,
  },
  chartMonth: {
    title: 'Porcentaje de objetivos cumplidos, por mes de reporte',
    desc: (series, first, last, best, worst) =>
      `Gráfico de barras, barras (${series}) por mes de ${first} a ${last}, de 0 a 100 %. Más alto: ${best}. Más bajo: ${worst}.`,
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
  noTimelines: 'Los casos más abajo en la lista no tienen línea de tiempo en este archivo.',
  back: 'Volver a la lista de incumplimientos',
  explanation: 'Explicación',
  errorsNote: (shown, total) =>
    shown < total
      ? `Las primeras ${shown} de ${total} filas rechazadas, por línea.`
      : `${total} fila${total === 1 ? '' : 's'} rechazada${total === 1 ? '' : 's'}, por línea.`,
  charter: (name) => `Carta de servicio de ${name}`,
  rejectedWarning: (rejected, rows, evaluated) =>
    `Se rechazaron ${rejected} de ${rows} filas: todas las cifras de este informe cuentan solo las ${evaluated} filas evaluadas.`,
  reason: (code, field, message, missing) => esReason(code, field, missing) ?? message,
  quoted: 'Las líneas de la carta que esta política codifica, textuales:',
  noSource: 'Esta política no cita una carta de servicio.',
  versions: 'Los casos se juzgaron con varias versiones de la política, cada uno con la vigente cuando se reportó.',
  footer:
    'Generado por habil. Este archivo es autónomo: no carga nada de la red, y se imprime en blanco y negro sin perder información.',
};
