// Which charter lines explain which term of a policy: the lines under `source.lines` that name a
// plan, a priority, the business hours or the off-hours rule, found by the names the terms carry
// (labels, then aliases) and by the shape of the lines (times of day, "horario no hábil"). A
// policy file export (./policy-export) writes them as comments above the terms. Heuristic by
// design: a term no line names gets no quote, never a wrong one from another plan's section.

import { nameKey } from '../policy/names';
import type { PlanSpec, PolicySpec, PrioritySpec } from '../policy/spec';

/** A path into a policy spec (keys and list indexes) and the charter lines quoted there. */
export interface TermQuote {
  path: (string | number)[];
  lines: string[];
}

/** A name's comparison key (policy/names), markdown marks left out: how lines and names are compared. */
function plain(text: string): string {
  return nameKey(text.replace(/[*\\_]/g, ''));
}

/** Whether `name` occurs in `line` as whole words. */
function names(line: string, name: string): boolean {
  const words = plain(name);
  if (words.length < 3) return false; // 'P1', 'Sí': too short to be sure the line means this term
  const escaped = words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u').test(plain(line));
}

/** Indexes of the lines naming the term: by its label, else by any of its aliases. */
function naming(lines: readonly string[], indexes: readonly number[], term: Pick<PrioritySpec, 'label' | 'aliases'>) {
  const by = (name: string) => indexes.filter((i) => names(lines[i]!, name));
  const labelled = term.label ? by(term.label) : [];
  return labelled.length > 0 ? labelled : [...new Set((term.aliases ?? []).flatMap(by))].sort((a, b) => a - b);
}

/** Per plan, the lines of its own section: from the line naming it to the next plan's; undefined when none names it. */
function sections(lines: readonly string[], plans: readonly PlanSpec[]): (number[] | undefined)[] {
  const all = lines.map((_, i) => i);
  const taken = new Set<number>(); // two plans named on one line: the later plan looks for a line of its own
  const starts = plans.map((plan) => {
    const start = plan.label ? all.find((i) => !taken.has(i) && names(lines[i]!, plan.label!)) : undefined;
    if (start !== undefined) taken.add(start);
    return start;
  });
  const found = starts.filter((s): s is number => s !== undefined).sort((a, b) => a - b);
  return starts.map((start) => {
    if (start === undefined) return undefined;
    const end = found.find((s) => s > start) ?? lines.length;
    return all.slice(start, end);
  });
}

const TIME_OF_DAY = /\b\d{1,2}:\d{2}\b/;
const OFF_HOURS = /horario no habil|fuera de cobertura|extra-laboral|atencion 24\/7|24 horas/;

/**
 * The charter lines quoted at each term of `spec`, in the order the terms appear.
 *
 * @example
 * charterQuotes(policies.icg.toJSON()).find((q) => q.path.join('.') === 'plans.0.priorities.0')?.lines;
 * //=> ['- Prioridad Urgente:** Cuando se tiene el punto de venta parado, …', 'Prioridad Urgente\t1 Hora\t4 Horas (hábil)']
 */
export function charterQuotes(spec: PolicySpec): TermQuote[] {
  const lines = spec.source?.lines ?? [];
  if (lines.length === 0) return [];
  const all = lines.map((_, i) => i);
  const pick = (indexes: number[]) => indexes.map((i) => lines[i]!);
  const out: TermQuote[] = [];
  const add = (path: (string | number)[], indexes: number[]) => {
    if (indexes.length > 0) out.push({ path, lines: pick(indexes) });
  };
  const hours = all.filter((i) => TIME_OF_DAY.test(lines[i]!) && !OFF_HOURS.test(plain(lines[i]!)));
  // The charter's hours are the first plan's business calendar; other calendars are ours or a contract's.
  const first = spec.plans[0]?.business;
  if (first !== undefined && Object.hasOwn(spec.calendars, first)) add(['calendars', first], hours);
  const planLines = sections(lines, spec.plans);
  spec.plans.forEach((plan, p) => {
    const section = planLines[p];
    if (section) add(['plans', p], [section[0]!]);
    const own = section?.slice(1) ?? all; // the line naming the plan is quoted at the plan only
    // The off-hours lines explain the intake rule; the priorities they name are quoted there only.
    const offHours = own.filter((i) => OFF_HOURS.test(plain(lines[i]!)));
    add(['plans', p, 'offHoursIntake'], offHours);
    const rest = own.filter((i) => !offHours.includes(i));
    for (const [q, priority] of plan.priorities.entries())
      add(['plans', p, 'priorities', q], naming(lines, rest, priority));
  });
  return out;
}
