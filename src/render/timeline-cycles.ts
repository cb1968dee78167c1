// A target's lanes in a timeline: one per judged cycle (each resolution cycle after a reopening,
// each update awaited), so a reader sees every cycle with its own counted time, pauses, due and
// judgement; one lane when the target has a single cycle. The latest cycle's lane is the
// target's own result, with its warnings and explanation text.

import type { Clock } from '../policy/source';
import { consumedShare } from '../sla/targets';
import type { CycleExplanation, TargetExplanation, TargetKind, TargetResult } from '../sla/types';
import { clockSpans } from './timeline-clock';
import type { Lane, Span } from './timeline-model';
import type { RenderLang } from './timeline-words';

/**
 * The lanes of one target within the axis [from, to).
 *
 * @example
 * targetLanes('resolution', sla.targets.resolution, terms.clocks.resolution, from, to, 'es').length; //=> 2 after a reopening
 */
export function targetLanes(
  kind: TargetKind,
  result: TargetResult,
  clock: Clock,
  from: number,
  to: number,
  lang: RenderLang,
): Lane[] {
  const explanation = result.explanation!;
  const ground = clockSpans(clock, from, to);
  const cycles = explanation.cycles;
  if (!cycles) return [lane(kind, result, explanation, ground, from, to, explanation.text[lang])];
  return cycles.map((c, i) => {
    const latest = i === cycles.length - 1;
    const drawn = lane(
      kind,
      latest ? result : cycleResult(c, result),
      c,
      ground,
      from,
      to,
      latest ? explanation.text[lang] : undefined,
    );
    drawn.cycle = {
      index: i + 1,
      of: cycles.length,
      start: c.start.getTime(),
      startedBy: c.startedBy,
      ...(c.endedBy ? { endedBy: c.endedBy } : {}),
    };
    return drawn;
  });
}

/** An earlier cycle as a target result: its own due, elapsed and judgement; no warning marks. */
function cycleResult(c: CycleExplanation, latest: TargetResult): TargetResult {
  const facts = {
    clock: latest.clock,
    target: c.target,
    due: c.due,
    bound: latest.bound,
    elapsed: c.elapsed,
    remaining: c.target - c.elapsed,
    consumed: consumedShare(c.elapsed, c.target),
    warnings: [],
  };
  if (c.status === 'met') return { ...facts, status: 'met', metAt: c.end! };
  if (c.status === 'breached') return { ...facts, status: 'breached', breachedAt: c.breachedAt! };
  return { ...facts, status: c.status };
}

function lane(
  kind: TargetKind,
  result: TargetResult,
  periods: Pick<TargetExplanation, 'counted' | 'pauses'>,
  ground: Pick<Lane, 'open' | 'closures'>,
  from: number,
  to: number,
  text: string | undefined,
): Lane {
  const due = result.due.getTime();
  const breached = result.status === 'breached';
  const counted: Span[] = [];
  const over: Span[] = [];
  for (const p of periods.counted) {
    const start = p.start.getTime();
    const end = p.end.getTime();
    if (!breached || end <= due) counted.push({ start, end });
    else if (start >= due) over.push({ start, end });
    else {
      counted.push({ start, end: due });
      over.push({ start: due, end });
    }
  }
  return {
    kind,
    clock: result.clock,
    result,
    ...ground,
    counted,
    over,
    pauses: periods.pauses
      .map((p) => ({
        start: Math.max(p.from.getTime(), from),
        end: Math.min(p.to.getTime(), to),
        ...(p.reason === undefined ? {} : { reason: p.reason }),
        ...(p.status === undefined ? {} : { status: p.status }),
      }))
      .filter((p) => p.end > p.start),
    ...(text === undefined ? {} : { text }),
  };
}
