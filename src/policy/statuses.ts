// How a policy reads ticket histories: what each help desk status does to the clocks (names
// matched like priority aliases, ignoring case and accents), whether a reopened ticket starts
// a new resolution cycle or resumes the old one, and how a priority change is judged.

import { memoize } from '../memo';
import { nameKey } from './names';
import type { PolicySpec, StatusSpec } from './spec';

/** What a help desk status does to the clocks. */
export interface StatusRule {
  id: string;
  clock: StatusSpec['clock'];
  /** The pause reason of a 'pause' status. */
  reason?: string;
}

/** The part of a policy that reads histories. */
export interface HistoryRules {
  /** The rule of a status name (id, label or alias), or undefined when the policy has none. */
  status(name: string): StatusRule | undefined;
  /** The status names the policy knows, for an error message; empty when it declares none. */
  readonly statusNames: readonly string[];
  /** 'restart' (default): a reopen starts a new resolution cycle; 'continue': the clock resumes. */
  readonly reopen: 'restart' | 'continue';
  /** 'retroactive' (default): the new priority judges from clock start; 'restart': a new clock. */
  readonly priorityChange: 'retroactive' | 'restart';
}

/**
 * The history rules of a checked policy spec (names already checked to be unambiguous).
 *
 * @example
 * historyRules(icgSpec()).status('Esperando cliente'); //=> { id: 'pending', clock: 'pause', reason: 'customer' }
 */
export function historyRules(spec: PolicySpec): HistoryRules {
  const keys = new Map<string, StatusRule>();
  const names: string[] = [];
  for (const status of spec.statuses ?? []) {
    const rule: StatusRule = Object.freeze({
      id: status.id,
      clock: status.clock,
      ...(status.reason === undefined ? {} : { reason: status.reason }),
    });
    const all = [status.id, status.label, ...(status.aliases ?? [])].filter((n): n is string => !!n);
    for (const name of all) keys.set(nameKey(name), rule);
    names.push(status.aliases?.length ? `${status.id} (${status.aliases.join(', ')})` : status.id);
  }
  return Object.freeze({
    // A ticket's events name the same few statuses over and over: each name is read once.
    status: memoize((name: string) => keys.get(nameKey(name)), 1024),
    statusNames: Object.freeze(names),
    reopen: spec.reopen ?? 'restart',
    priorityChange: spec.priorityChange ?? 'retroactive',
  });
}
