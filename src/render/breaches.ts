// The breached tickets an HTML report lists and draws: fed every audit row as it streams by, it
// keeps only the `limit` tickets furthest past a target (with the ticket itself, to draw its
// timeline later), so memory stays flat however many tickets the audit reads.

import { keepFirst } from '../sla/keep';
import type { AuditRow } from '../sla/report';
import type { WorstBreach } from '../sla/tally';
import type { Ticket } from '../sla/types';

/** One breached target of a ticket: a worst-breach record without the ticket's identity. */
export type BreachedTarget = Omit<WorstBreach, 'line' | 'ticketId' | 'plan' | 'priority'>;

/** A ticket that breached at least one target. */
export interface BreachEntry {
  line: number;
  ticketId?: string;
  plan: string;
  priority: string;
  ticket: Ticket;
  targets: BreachedTarget[];
  /** The largest `over` of its targets. */
  over: number;
}

/**
 * Collects the breached tickets of an audit, worst first, keeping at most `limit`.
 *
 * @example
 * const breaches = new BreachCollector();
 * const report = await audit(policies.icg, tickets, { now: '2024-12-31 23:59', onRow: (row) => breaches.add(row) });
 * breaches.total;              // every breached ticket seen
 * breaches.entries()[0]?.over; // the worst, in business ms past its target
 */
export class BreachCollector {
  readonly limit: number;
  #total = 0;
  #entries: BreachEntry[] = [];

  constructor(options: { limit?: number | undefined } = {}) {
    this.limit = Math.max(0, options.limit ?? 500);
  }

  /** Breached tickets seen, listed or not. */
  get total(): number {
    return this.#total;
  }

  /**
   * Looks at a row; keeps it when it is among the worst breaches so far.
   *
   * @example
   * for await (const row of auditRows(policies.icg, tickets, { now })) breaches.add(row);
   */
  add(row: AuditRow): void {
    if (row.kind !== 'evaluated') return;
    const { sla, ticket, line, facts } = row;
    const kinds = (['response', 'resolution'] as const).filter((k) => sla.targets[k]?.status === 'breached');
    if (kinds.length === 0) return;
    this.#total++;
    const targets = kinds.map((kind): BreachedTarget => {
      const r = sla.targets[kind]!;
      return {
        target: kind,
        clock: r.clock,
        due: r.due,
        elapsed: r.elapsed,
        over: r.elapsed - r.target,
        open: facts.completed[kind] !== true,
      };
    });
    const entry: BreachEntry = {
      line,
      ...(sla.ticketId === undefined ? {} : { ticketId: sla.ticketId }),
      plan: sla.plan,
      priority: sla.priority,
      ticket,
      targets,
      over: Math.max(...targets.map((t) => t.over)),
    };
    keepFirst(this.#entries, entry, this.limit, worse);
  }

  /**
   * The kept breaches, furthest past target first (ties: earlier line first).
   *
   * @example
   * const [worst] = breaches.entries();
   * worst?.targets.map((t) => `${t.target}: ${t.over / 3_600_000} h late`);
   */
  entries(): readonly BreachEntry[] {
    return this.#entries;
  }
}

function worse(a: BreachEntry, b: BreachEntry): boolean {
  return a.over > b.over || (a.over === b.over && a.line < b.line);
}
