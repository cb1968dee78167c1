// Your own code on top of habil: which open tickets should a person look at now? Copy the
// pattern, not the names: the clock is a parameter (habil never reads the system clock), so the
// test beside this file (examples/my-service.test.ts) pins "now" and needs no fake timers.
import { evaluate, policies, type Policy, type Ticket } from 'habil';

export interface Escalation {
  id: string;
  target: 'response' | 'resolution';
  status: 'breached' | 'at-risk';
  due: Date;
}

export interface EscalatorOptions {
  policy?: Policy;
  /** Where "now" comes from; tests pass a fixed one. */
  clock?: () => Date;
}

/** Tickets whose response or resolution is breached or at risk, the most urgent first. */
export function createEscalator({ policy = policies.icg, clock = () => new Date() }: EscalatorOptions = {}) {
  return function escalations(tickets: readonly (Ticket & { id: string })[]): Escalation[] {
    const now = clock();
    const found: Escalation[] = [];
    for (const ticket of tickets) {
      const sla = evaluate(policy, ticket, { now });
      for (const target of ['response', 'resolution'] as const) {
        const result = sla.targets[target];
        if (result && (result.status === 'breached' || result.status === 'at-risk')) {
          found.push({ id: ticket.id, target, status: result.status, due: result.due });
        }
      }
    }
    return found.sort((a, b) => a.due.getTime() - b.due.getTime());
  };
}
