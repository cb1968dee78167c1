// The help desk status names the built-in policies read (docs/policies/<id>.md gives each
// reading beside its charter line). Every provider's desk opens, resolves and closes tickets
// under the names Zammad, GLPI, osTicket, Zendesk and Jira export in Spanish and English; what
// differs per charter is which waits stop the clock, and those are the pause statuses.

import type { StatusSpec } from '../spec';

/** Statuses in which the provider is working: the clocks run. */
export const OPEN: StatusSpec = {
  id: 'open',
  label: 'Abierto',
  aliases: [
    'abierta',
    'nuevo',
    'nueva',
    'new',
    'en proceso',
    'en curso',
    'in progress',
    'asignado',
    'reabierto',
    'reopened',
  ],
  clock: 'run',
};

/** A solution delivered: the resolution completes (and the response, if none came before). */
export const RESOLVED: StatusSpec = {
  id: 'resolved',
  label: 'Resuelto',
  aliases: ['resuelta', 'solucionado', 'solucionada', 'solved'],
  clock: 'stop',
};

export const CLOSED: StatusSpec = { id: 'closed', label: 'Cerrado', aliases: ['cerrada'], clock: 'stop' };

/** Waiting on the customer's answer ("pending" in Zendesk, "pending reminder" in Zammad). */
export const WAITING_CUSTOMER: StatusSpec = {
  id: 'pending',
  label: 'Esperando cliente',
  aliases: ['en espera del cliente', 'pendiente cliente', 'pendiente', 'pending', 'waiting on customer'],
  clock: 'pause',
  reason: 'customer',
};

/**
 * Statuses with their own names in a copy, so that each built-in's spec is plain data no other
 * spec shares.
 *
 * @example
 * statusList(OPEN, RESOLVED, CLOSED).map((s) => s.id); //=> ['open', 'resolved', 'closed']
 */
export function statusList(...statuses: StatusSpec[]): StatusSpec[] {
  return structuredClone(statuses);
}
