// What a target's explanation says of the ticket's history: each judged cycle with what started
// and ended it (a reopening status, a customer message, an agent reply, a stop status, a
// priority change under 'restart'), the reopenings and the priority changes known at `now`, as
// data and as lines of text in Spanish and English. ./explain places the lines in its text.

import type { HistoryRules } from '../policy/statuses';
import { formatDuration } from '../time/format';
import { countedPeriods, removedPauses } from './explain-periods';
import type { History } from './history';
import type { JudgedTarget, TermsSince } from './targets';
import type { CycleCause, CycleExplanation, TargetExplanation, TargetStatus } from './types';

/** The history part of a target's explanation. */
export type HistoryStory = Pick<TargetExplanation, 'cycles' | 'reopenings' | 'priorityChanges'>;

/** What the story of a target is read from. */
export interface StoryInput {
  history: History;
  priorities: readonly TermsSince[];
  rules: HistoryRules;
  reportedAt: number;
  /** An explicit resolvedAt: reopenings before it only stop the clock, as under 'continue'. */
  explicitResolution: boolean;
  now: number;
}

/**
 * The story of one judged target: its cycles (when judged over several), the reopenings (for
 * resolution) and the priority changes known at `now`.
 *
 * @example
 * historyStory(judged, { history, priorities, rules, reportedAt, explicitResolution: false, now }).cycles?.length; //=> 2
 */
export function historyStory(judged: JudgedTarget, input: StoryInput): HistoryStory {
  const story: HistoryStory = {};
  const { result, kind } = judged;
  if (result.cycles) {
    story.cycles = result.cycles.map((cycle, i) => {
      const { span, target, cycle: judgedCycle } = judged.judged[i]!;
      const { clock, countedUntil } = judgedCycle;
      const start = cycle.start.getTime();
      const out = { ...cycle, startedBy: startCause(start, span.start, span, input) } as CycleExplanation;
      if (cycle.end) out.endedBy = { ...(span.endedBy ?? RESOLVED_AT) };
      out.target = target.target;
      if (judgedCycle.breachedAt !== undefined) out.breachedAt = new Date(judgedCycle.breachedAt);
      out.counted = countedPeriods(clock, countedUntil);
      // The pauses overlapping this cycle: those before its start or after its end said nothing of it.
      const overlapping = judgedCycle.applying.filter((p) => p.from < countedUntil && (p.to ?? Infinity) > start);
      out.pauses = removedPauses(clock, overlapping, countedUntil);
      const until = Math.max(cycle.due.getTime(), cycle.end?.getTime() ?? input.now);
      out.skipped = judged.clock.timeline.closures(start, until);
      return out;
    });
  }
  const reopenings = kind === 'resolution' ? (input.history.reopenings ?? []) : [];
  if (reopenings.length > 0) {
    const rule = input.explicitResolution ? 'continue' : input.rules.reopen;
    story.reopenings = reopenings.map((r) => ({ at: new Date(r.at), status: r.status, rule }));
  }
  const completion = judged.latest.completion;
  const changes: NonNullable<HistoryStory['priorityChanges']> = [];
  for (let i = 1; i < input.priorities.length; i++) {
    const at = input.priorities[i]!.at!;
    if (at > input.now) break;
    changes.push({
      at: new Date(at),
      from: input.priorities[i - 1]!.terms.terms.priorityId,
      to: input.priorities[i]!.terms.terms.priorityId,
      applied: completion !== undefined && at >= completion ? 'too-late' : input.rules.priorityChange,
    });
  }
  if (changes.length > 0) story.priorityChanges = changes;
  return story;
}

const RESOLVED_AT: CycleCause = { field: 'resolvedAt' };

/** A cycle judged from later than its span began: a priority change under 'restart', or deferred intake. */
function startCause(start: number, spanStart: number, span: { startedBy?: CycleCause }, input: StoryInput): CycleCause {
  if (start > spanStart) {
    const change = input.priorities.find((p) => p.at === start);
    if (change && input.rules.priorityChange === 'restart') return { priority: change.terms.terms.priorityId };
    return { field: 'clockStart' };
  }
  return span.startedBy ? { ...span.startedBy } : { field: start === input.reportedAt ? 'reportedAt' : 'clockStart' };
}

/** The words of the story, per language. */
export interface StoryWords {
  status: Record<TargetStatus, string>;
  cycles: (n: number, breached: number) => string;
  cycle: (i: number, from: string, to: string | undefined, due: string, status: string, elapsed: string) => string;
  /** The holidays and closures a cycle met, after its line. */
  skipped: (list: string) => string;
  cause: (c: CycleCause) => string;
  reopened: (at: string, status: string, rule: 'restart' | 'continue') => string;
  priority: (at: string, from: string, to: string, applied: 'retroactive' | 'restart' | 'too-late') => string;
  /** What a pause was, by the status that opened it and the policy's reason. */
  pause: (p: { reason?: string; status?: string }) => string;
}

const EN: StoryWords = {
  status: { met: 'met', breached: 'breached', running: 'running', 'at-risk': 'at risk', paused: 'paused' },
  cycles: (n, b) =>
    `Judged over ${n} cycle${n === 1 ? '' : 's'}, ${b} breached; the lines after ${n === 1 ? 'it describe it' : 'them describe the latest'}.`,
  cycle: (i, from, to, due, status, elapsed) =>
    `Cycle ${i}: ${from} → ${to ?? 'still open'}; due ${due}: ${status}, ${elapsed} counted.`,
  skipped: (list) => ` Skipped: ${list}.`,
  cause: (c) =>
    'status' in c
      ? `status "${c.status}"`
      : 'message' in c
        ? c.message === 'customer'
          ? 'customer message'
          : 'agent reply'
        : 'priority' in c
          ? `priority changed to ${c.priority}`
          : { reportedAt: 'reported', clockStart: 'clock start', resolvedAt: 'resolvedAt' }[c.field],
  reopened: (at, status, rule) =>
    `Reopened ${at} (status "${status}"): ${rule === 'restart' ? 'a new resolution cycle starts' : 'the clock resumes from its elapsed time'} (reopen: ${rule}).`,
  priority: (at, from, to, applied) =>
    `Priority changed ${at} from ${from} to ${to}: ${
      applied === 'retroactive'
        ? `${to}'s target judged from the clock start (priorityChange: retroactive)`
        : applied === 'restart'
          ? 'a new clock from the change (priorityChange: restart)'
          : 'after this target completed, its judgement stands'
    }.`,
  pause: (p) =>
    p.status === undefined
      ? (p.reason ?? '')
      : p.reason === undefined
        ? `status "${p.status}": stopped, not counted until reopened`
        : `status "${p.status}": paused, reason ${p.reason}`,
};

const ES: StoryWords = {
  status: { met: 'cumplido', breached: 'incumplido', running: 'en curso', 'at-risk': 'en riesgo', paused: 'en pausa' },
  cycles: (n, b) =>
    `Evaluado en ${n} ciclo${n === 1 ? '' : 's'}, ${b} incumplido${b === 1 ? '' : 's'}; las líneas siguientes describen ${n === 1 ? 'ese ciclo' : 'el último'}.`,
  cycle: (i, from, to, due, status, elapsed) =>
    `Ciclo ${i}: ${from} → ${to ?? 'aún abierto'}; vence ${due}: ${status}, ${elapsed} contado.`,
  skipped: (list) => ` Omitidos: ${list}.`,
  cause: (c) =>
    'status' in c
      ? `estado «${c.status}»`
      : 'message' in c
        ? c.message === 'customer'
          ? 'mensaje del cliente'
          : 'respuesta del agente'
        : 'priority' in c
          ? `prioridad cambiada a ${c.priority}`
          : { reportedAt: 'reporte', clockStart: 'inicio del reloj', resolvedAt: 'resolvedAt' }[c.field],
  reopened: (at, status, rule) =>
    `Reabierto ${at} (estado «${status}»): ${rule === 'restart' ? 'inicia un nuevo ciclo de solución' : 'el reloj continúa desde lo transcurrido'} (reopen: ${rule}).`,
  priority: (at, from, to, applied) =>
    `Prioridad cambiada ${at} de ${from} a ${to}: ${
      applied === 'retroactive'
        ? `se juzga con el objetivo de ${to} desde el inicio del reloj (priorityChange: retroactive)`
        : applied === 'restart'
          ? 'nuevo reloj desde el cambio (priorityChange: restart)'
          : 'llegó después de completarse este objetivo, su juicio se mantiene'
    }.`,
  pause: (p) =>
    p.status === undefined
      ? (p.reason ?? '')
      : p.reason === undefined
        ? `estado «${p.status}»: detenido, no se cuenta hasta reabrirse`
        : `estado «${p.status}»: en pausa, motivo ${p.reason}`,
};

/**
 * The story's words in a language.
 *
 * @example
 * storyWords('en').cause({ message: 'agent' }); //=> 'agent reply'
 */
export function storyWords(lang: 'es' | 'en'): StoryWords {
  return lang === 'es' ? ES : EN;
}

/**
 * The story's lines: those placed after the explanation's first line (the cycles), and those
 * placed after its pauses (reopenings, priority changes).
 *
 * @example
 * storyLines(story, storyWords('en'), (ms) => formatInstant(ms, zone)).cycles; //=> ['Judged over 2 cycles, 0 breached; …', 'Cycle 1: …']
 */
export function storyLines(
  story: HistoryStory,
  w: StoryWords,
  at: (ms: number) => string,
): { cycles: string[]; events: string[] } {
  const cycles: string[] = [];
  if (story.cycles) {
    const breached = story.cycles.filter((c) => c.status === 'breached').length;
    cycles.push(w.cycles(story.cycles.length, breached));
    story.cycles.forEach((c, i) => {
      const from = `${at(c.start.getTime())} (${w.cause(c.startedBy)})`;
      const to = c.end && c.endedBy ? `${at(c.end.getTime())} (${w.cause(c.endedBy)})` : undefined;
      const skipped = c.skipped.length === 0 ? '' : w.skipped(closureList(c.skipped));
      cycles.push(
        w.cycle(i + 1, from, to, at(c.due.getTime()), w.status[c.status], formatDuration(c.elapsed)) + skipped,
      );
    });
  }
  const events = [
    ...(story.reopenings ?? []).map((r) => w.reopened(at(r.at.getTime()), r.status, r.rule)),
    ...(story.priorityChanges ?? []).map((p) => w.priority(at(p.at.getTime()), p.from, p.to, p.applied)),
  ];
  return { cycles, events };
}

/**
 * Holidays and closures as the explanation lists them: '2024-03-25 San José; 2024-12-24 12:00-17:30'.
 *
 * @example
 * closureList([{ date: '2024-03-25', name: 'San José' }]); //=> '2024-03-25 San José'
 */
export function closureList(skipped: TargetExplanation['skipped']): string {
  return skipped.map((s) => [s.date, s.hours, s.name].filter(Boolean).join(' ')).join('; ');
}
