// The words of a ticket timeline, in Spanish and English: lane titles, event and marker labels,
// the legend, and the sentences of its text alternative.

import { clockLabel } from '../sla/clock-names';
import { storyWords } from '../sla/explain-history';
import type { CycleCause, TargetKind, TargetStatus } from '../sla/types';

/** The languages habil renders in. */
export type RenderLang = 'es' | 'en';

/** A lane of a timeline: one per target, plus the business hours when no target runs on them. */
export type LaneKind = TargetKind | 'hours';

/** Events on a ticket's life, drawn on the top lane. */
export type EventKind = 'reported' | 'clockStart' | 'responded' | 'resolved' | 'reopened' | 'priority' | 'now';

/** Legend entries. */
export type LegendKey =
  | 'open'
  | 'counted'
  | 'over'
  | 'pause'
  | 'closure'
  | 'expected'
  | 'warning'
  | 'due'
  | 'met'
  | 'breached'
  | 'cycleStart'
  | EventKind;

export interface TimelineWords {
  title: (ticket: string | undefined) => string;
  /** `plan` undefined: the policy has one plan, not worth naming. */
  subtitle: (policy: string, plan: string | undefined, priority: string, zone: string) => string;
  events: string;
  lane: Record<LaneKind, string>;
  /** A lane showing one cycle of a target judged over several: 'Resolution · cycle 2 of 3'. */
  cycle: (lane: string, index: number, of: number) => string;
  /** The tooltip of a cycle's start mark: what started it. */
  cycleStarts: (index: number, cause: CycleCause) => string;
  /** A help desk status name, quoted as the language quotes. */
  quoted: (status: string) => string;
  /** An event's detail in its label: a status name, or the priority changed to. */
  detail: (kind: EventKind, detail: string) => string;
  clock: (name: string) => string;
  bound: Record<'inclusive' | 'strict', string>;
  status: Record<TargetStatus, string>;
  event: Record<EventKind, string>;
  due: string;
  expected: string;
  warning: (level: string) => string;
  /** A reached escalation level past due ({ after: 'PT2H' }), as its line is labelled. */
  escalation: (level: string) => string;
  legend: Record<LegendKey, string>;
  deferred: string;
  remaining: (d: string) => string;
  metIn: (d: string) => string;
  over: (d: string) => string;
  summary: (
    ticket: string,
    policy: string,
    plan: string | undefined,
    priority: string,
    zone: string,
    from: string,
    to: string,
  ) => string;
}

const EN: TimelineWords = {
  title: (ticket) => (ticket === undefined ? 'Ticket timeline' : `Ticket ${ticket}`),
  subtitle: (policy, plan, priority, zone) =>
    `${policy}${plan === undefined ? '' : ` · plan ${plan}`} · ${priority} · times in ${zone}`,
  events: 'Events',
  lane: { response: 'Response', update: 'Update', resolution: 'Resolution', hours: 'Business hours' },
  cycle: (lane, index, of) => `${lane} · cycle ${index} of ${of}`,
  cycleStarts: (index, cause) => `Cycle ${index} starts: ${storyWords('en').cause(cause)}`,
  quoted: (status) => `"${status}"`,
  detail: (kind, detail) => (kind === 'priority' ? `→ ${detail}` : EN.quoted(detail)),
  clock: (name) => clockLabel(name, 'en'),
  bound: { inclusive: 'up to', strict: 'less than' },
  status: { met: 'met', breached: 'breached', running: 'running', 'at-risk': 'at risk', paused: 'paused' },
  event: {
    reported: 'Reported',
    clockStart: 'Clock starts',
    responded: 'Responded',
    resolved: 'Resolved',
    reopened: 'Reopened',
    priority: 'Priority',
    now: 'Now',
  },
  due: 'Due',
  expected: 'Expected by',
  warning: (level) => `Warning ${level}`,
  escalation: (level) => `Escalation ${level}`,
  legend: {
    open: 'Open hours of the clock',
    counted: 'Time counted',
    over: 'Counted past due',
    pause: 'Pause (clock stopped)',
    closure: 'Holiday or closure',
    expected: 'Expected by (range lower bound)',
    warning: 'Warning level reached',
    due: 'Due',
    met: 'Met',
    breached: 'Breached',
    cycleStart: 'Cycle starts',
    reported: 'Reported',
    clockStart: 'Clock starts (deferred intake)',
    responded: 'Responded',
    resolved: 'Resolved',
    reopened: 'Reopened (a new cycle, or the clock resumes)',
    priority: 'Priority changed',
    now: 'Now (time of evaluation)',
  },
  deferred: 'reported outside business hours: the clocks start at the next opening',
  remaining: (d) => `${d} left`,
  metIn: (d) => `met in ${d}`,
  over: (d) => `${d} over`,
  summary: (ticket, policy, plan, priority, zone, from, to) =>
    `Timeline of ticket ${ticket} under ${policy}${plan === undefined ? '' : `, plan ${plan}`}, ${priority}, from ${from} to ${to} (${zone}).`,
};

const ES: TimelineWords = {
  title: (ticket) => (ticket === undefined ? 'Línea de tiempo del caso' : `Caso ${ticket}`),
  subtitle: (policy, plan, priority, zone) =>
    `${policy}${plan === undefined ? '' : ` · plan ${plan}`} · ${priority} · horas en ${zone}`,
  events: 'Eventos',
  lane: { response: 'Respuesta', update: 'Actualización', resolution: 'Solución', hours: 'Horario hábil' },
  cycle: (lane, index, of) => `${lane} · ciclo ${index} de ${of}`,
  cycleStarts: (index, cause) => `Inicia el ciclo ${index}: ${storyWords('es').cause(cause)}`,
  quoted: (status) => `«${status}»`,
  detail: (kind, detail) => (kind === 'priority' ? `→ ${detail}` : ES.quoted(detail)),
  clock: (name) => clockLabel(name, 'es'),
  bound: { inclusive: 'hasta', strict: 'menos de' },
  status: { met: 'cumplido', breached: 'incumplido', running: 'en curso', 'at-risk': 'en riesgo', paused: 'en pausa' },
  event: {
    reported: 'Reportado',
    clockStart: 'Inicia el reloj',
    responded: 'Respondido',
    resolved: 'Resuelto',
    reopened: 'Reabierto',
    priority: 'Prioridad',
    now: 'Ahora',
  },
  due: 'Vence',
  expected: 'Esperado',
  warning: (level) => `Alerta ${level}`,
  escalation: (level) => `Escalamiento ${level}`,
  legend: {
    open: 'Horario del reloj',
    counted: 'Tiempo contado',
    over: 'Contado tras el vencimiento',
    pause: 'Pausa (reloj detenido)',
    closure: 'Festivo o cierre',
    expected: 'Esperado (límite inferior del rango)',
    warning: 'Nivel de alerta alcanzado',
    due: 'Vencimiento',
    met: 'Cumplido',
    breached: 'Incumplido',
    cycleStart: 'Inicia un ciclo',
    reported: 'Reportado',
    clockStart: 'Inicia el reloj (recepción diferida)',
    responded: 'Respondido',
    resolved: 'Resuelto',
    reopened: 'Reabierto (nuevo ciclo, o el reloj continúa)',
    priority: 'Cambio de prioridad',
    now: 'Ahora (momento de la evaluación)',
  },
  deferred: 'reportado fuera del horario hábil: los relojes inician en la siguiente apertura',
  remaining: (d) => `quedan ${d}`,
  metIn: (d) => `cumplido en ${d}`,
  over: (d) => `${d} de más`,
  summary: (ticket, policy, plan, priority, zone, from, to) =>
    `Línea de tiempo del caso ${ticket} según ${policy}${plan === undefined ? '' : `, plan ${plan}`}, ${priority}, de ${from} a ${to} (${zone}).`,
};

/**
 * The timeline's words in a language.
 *
 * @example
 * timelineWords('es').lane.resolution; //=> 'Solución'
 */
export function timelineWords(lang: RenderLang): TimelineWords {
  return lang === 'es' ? ES : EN;
}
