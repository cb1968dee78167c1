// Why a target stands where it does: the periods counted, the holidays and closures skipped,
// the pauses removed and how `due` was reached, as data and as text in Spanish and English.

import type { Clock } from '../policy/source';
import { formatLevel, isEscalation } from '../policy/warnings';
import { formatDuration, formatInstant } from '../time/format';
import type { Zone } from '../time/zone';
import type { TargetClock } from './clock';
import { clockPhrase } from './clock-names';
import { closureList, storyLines, storyWords, type HistoryStory, type StoryWords } from './explain-history';
import { countedPeriods, removedPauses } from './explain-periods';
import type { HistoryPause } from './history';
import type { TargetExplanation, TargetKind, TargetResult, TargetStatus } from './types';

export function explainTarget(
  kind: TargetKind,
  result: TargetResult,
  clock: TargetClock,
  pauses: readonly HistoryPause[],
  countedUntil: number,
  target: Clock,
  businessZone: Zone,
  story: HistoryStory = {},
): TargetExplanation {
  const zone = businessZone.name;
  const due = result.due.getTime();
  const counted = countedPeriods(clock, countedUntil);
  const skipped = target.timeline.closures(clock.start, Math.max(due, countedUntil));
  const removed = removedPauses(clock, pauses, countedUntil);
  const facts: Facts = {
    kind,
    result,
    zone,
    start: clock.start,
    countedUntil,
    counted: counted.length,
    skipped,
    pauses: removed,
    story,
  };
  return {
    clockStartsAt: new Date(clock.start),
    countedUntil: new Date(countedUntil),
    counted,
    skipped,
    pauses: removed,
    ...story,
    text: { es: render(facts, ES), en: render(facts, EN) },
  };
}

interface Facts {
  kind: TargetKind;
  result: TargetResult;
  zone: string;
  start: number;
  countedUntil: number;
  counted: number;
  skipped: TargetExplanation['skipped'];
  pauses: TargetExplanation['pauses'];
  story: HistoryStory;
}

interface Words {
  kind: Record<TargetKind, string>;
  status: Record<TargetStatus, string>;
  bound: Record<'inclusive' | 'strict', string>;
  target: (d: string, clock: string, bound: string) => string;
  started: (at: string, zone: string) => string;
  counted: (n: number, until: string, elapsed: string) => string;
  skipped: string;
  noneSkipped: string;
  pauses: string;
  due: (at: string, target: string) => string;
  expected: (at: string) => string;
  remaining: (d: string) => string;
  over: (d: string) => string;
  /** The warning and escalation levels: 'Warning levels: 75 % at …, reached; escalation +2 h at …, not reached.' */
  levels: string;
  escalation: string;
  reached: (yes: boolean) => string;
  /** Cycles, status-driven pauses, reopenings and priority changes (./explain-history). */
  story: StoryWords;
}

const EN: Words = {
  kind: { response: 'Response', update: 'Update', resolution: 'Resolution' },
  status: { met: 'met', breached: 'breached', running: 'running', 'at-risk': 'at risk', paused: 'paused' },
  bound: { inclusive: 'up to', strict: 'less than' },
  target: (d, clock, bound) => `target ${bound} ${d} ${clockPhrase(clock, 'en')}.`,
  started: (at, zone) => `The clock started ${at} (${zone}).`,
  counted: (n, until, elapsed) => `${n} open period${n === 1 ? '' : 's'} counted until ${until}: ${elapsed} elapsed.`,
  skipped: 'Skipped',
  noneSkipped: 'No holidays or closures on the way.',
  pauses: 'Pauses removed',
  due: (at, target) => `Due ${at}, when ${target} of open time have been counted.`,
  expected: (at) => `Expected by ${at} (the range's lower bound).`,
  remaining: (d) => `${d} remaining.`,
  over: (d) => `${d} over the target.`,
  levels: 'Warning levels',
  escalation: 'escalation',
  reached: (yes) => (yes ? 'reached' : 'not reached'),
  story: storyWords('en'),
};

const ES: Words = {
  kind: { response: 'Respuesta', update: 'Actualización', resolution: 'Solución' },
  status: { met: 'cumplido', breached: 'incumplido', running: 'en curso', 'at-risk': 'en riesgo', paused: 'en pausa' },
  bound: { inclusive: 'hasta', strict: 'menos de' },
  target: (d, clock, bound) => `objetivo ${bound} ${d} ${clockPhrase(clock, 'es')}.`,
  started: (at, zone) => `El reloj inició ${at} (${zone}).`,
  counted: (n, until, elapsed) =>
    `${n} periodo${n === 1 ? '' : 's'} hábil${n === 1 ? '' : 'es'} contado${n === 1 ? '' : 's'} hasta ${until}: ${elapsed} transcurrido.`,
  skipped: 'Omitidos',
  noneSkipped: 'Sin festivos ni cierres en el camino.',
  pauses: 'Pausas descontadas',
  due: (at, target) => `Vence ${at}, cuando se cuentan ${target} de tiempo hábil.`,
  expected: (at) => `Esperado para ${at} (límite inferior del rango).`,
  remaining: (d) => `Quedan ${d}.`,
  over: (d) => `${d} por encima del objetivo.`,
  levels: 'Niveles de alerta',
  escalation: 'escalamiento',
  reached: (yes) => (yes ? 'alcanzado' : 'no alcanzado'),
  story: storyWords('es'),
};

function render(f: Facts, w: Words): string {
  const at = (ms: number) => formatInstant(ms, f.zone);
  const { result } = f;
  const history = storyLines(f.story, w.story, at);
  const lines = [
    `${w.kind[f.kind]} (${w.status[result.status]}): ${w.target(formatDuration(result.target), result.clock, w.bound[result.bound])}`,
    ...history.cycles,
    w.started(at(f.start), f.zone),
    w.counted(f.counted, at(f.countedUntil), formatDuration(result.elapsed)),
    f.skipped.length === 0 ? w.noneSkipped : `${w.skipped}: ${closureList(f.skipped)}.`,
  ];
  if (f.pauses.length > 0) {
    lines.push(
      `${w.pauses}: ${f.pauses
        .map(
          (p) =>
            `${at(p.from.getTime())} – ${at(p.to.getTime())}${paren(w.story.pause(p))}, ${formatDuration(p.removed)}`,
        )
        .join('; ')}.`,
    );
  }
  lines.push(...history.events);
  if (result.expectedBy) lines.push(w.expected(at(result.expectedBy.getTime())));
  lines.push(w.due(at(result.due.getTime()), formatDuration(result.target)));
  if (result.warnings.length > 0) lines.push(levelsLine(result, w, at));
  lines.push(
    result.remaining >= 0 ? w.remaining(formatDuration(result.remaining)) : w.over(formatDuration(-result.remaining)),
  );
  return lines.join('\n');
}

function paren(s: string): string {
  return s === '' ? '' : ` (${s})`;
}

/** Each warning or escalation level with its exact instant and whether it was reached by `now`. */
function levelsLine(result: TargetResult, w: Words, at: (ms: number) => string): string {
  const levels = result.warnings.map(
    (p) =>
      `${isEscalation(p.level) ? `${w.escalation} ` : ''}${formatLevel(p.level)} ${at(p.at.getTime())}, ${w.reached(p.reached)}`,
  );
  return `${w.levels}: ${levels.join('; ')}.`;
}
