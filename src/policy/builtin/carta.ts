// The "Carta de Servicios" template that ICG Software (000_…) and WebSaaS (001_…) both use: the
// same three priorities with the same definitions, the same off-hours rule ("en horario NO
// hábil ... únicamente ... prioridad urgente") and the same two carve-outs (escalation to the
// manufacturer, on-site visits). Each provider file supplies only its own hours and numbers.

import type { ExclusionSpec, PauseSpec, PlanSpec, PrioritySpec, StatusSpec, TargetsSpec } from '../spec';
import { CLOSED, OPEN, RESOLVED, WAITING_CUSTOMER, statusList } from './statuses';

/** The carta's priority ids, most urgent first. */
export type CartaPriority = 'urgent' | 'important' | 'normal';

/** The carta's priorities without their targets: labels, export aliases, definitions. */
const PRIORITIES: Record<CartaPriority, Omit<PrioritySpec, 'targets'>> = {
  urgent: {
    id: 'urgent',
    label: 'Prioridad Urgente',
    aliases: ['Urgente', 'Crítica', 'P1'],
    definition: 'Cuando se tiene el punto de venta parado, es decir, que no es posible facturar.',
    examples: ['punto de venta parado'],
  },
  important: {
    id: 'important',
    label: 'Prioridad Importante',
    aliases: ['Importante', 'Alta', 'P2'],
    definition: 'Cuando se tiene una afectación en el sistema, pero éste aún está operando.',
  },
  normal: {
    id: 'normal',
    label: 'Prioridad Normal',
    aliases: ['Normal', 'Media', 'Baja', 'P3'],
    definition:
      'Cuando se requiere soporte para comprender mejor cómo funciona el sistema, cómo generar un reporte, cómo configurar una opción determinada, etc. (no incluye requerimientos al fabricante)',
    examples: [
      'comprender mejor cómo funciona el sistema',
      'cómo generar un reporte',
      'cómo configurar una opción determinada',
    ],
  },
};

/**
 * The reasons a carta ticket's clock may stop. Both carve-outs say "un tiempo mayor de solución":
 * they lengthen the solution, not the first attention, so they stop resolution only. Waiting on
 * the customer is our reading of "el tratamiento ... bajo los estándares de la industria"
 * (docs/policies/icg.md): the solution waits, the first attention does not.
 */
export const CARTA_PAUSES: PauseSpec[] = [
  {
    reason: 'customer',
    label: 'Esperando cliente',
    aliases: ['cliente', 'esperando al cliente', 'esperando respuesta del cliente'],
    stops: ['resolution'],
  },
  {
    reason: 'manufacturer',
    label: 'Escalado al fabricante',
    aliases: ['fabricante', 'escalado a fabricante', 'escalado al fabricante'],
    stops: ['resolution'],
  },
  {
    reason: 'on-site',
    label: 'Desplazamiento a sitio',
    aliases: ['visita', 'en sitio', 'visita en sitio', 'desplazamiento'],
    stops: ['resolution'],
  },
];

/** The carta's "Importante tener en cuenta", word for word (identical in both charters). */
export const CARTA_EXCLUSIONS: ExclusionSpec[] = [
  {
    id: 'manufacturer',
    text: 'Casos que deban ser escalados y gestionados con fabricante, puede implicar un tiempo mayor de solución.',
    pause: 'manufacturer',
  },
  {
    id: 'on-site',
    text: 'Aplica para soporte remoto, en los casos que sea necesario desplazamiento a sitio puede implicar un mayor tiempo de solución.',
    pause: 'on-site',
  },
];

/**
 * The carta's help desk statuses: open, waiting on the customer, escalated to the manufacturer,
 * on-site visit scheduled (each pausing the solution for its carve-out), resolved, closed.
 */
export const CARTA_STATUSES: StatusSpec[] = /* @__PURE__ */ statusList(
  OPEN,
  WAITING_CUSTOMER,
  {
    id: 'manufacturer',
    label: 'Escalado al fabricante',
    aliases: ['en espera del fabricante', 'esperando fabricante', 'escalado a fabricante', 'waiting on vendor'],
    clock: 'pause',
    reason: 'manufacturer',
  },
  {
    id: 'on-site',
    label: 'Visita en sitio',
    aliases: ['visita programada', 'visita agendada', 'desplazamiento a sitio', 'on-site visit'],
    clock: 'pause',
    reason: 'on-site',
  },
  RESOLVED,
  CLOSED,
);

/**
 * The carta's plan: one tier, `business` hours, only urgent reports accepted off-hours.
 *
 * @example
 * cartaPlan({ id: 'standard' }, { urgent: {...}, important: {...}, normal: {...} }).offHoursIntake; //=> ['urgent']
 */
export function cartaPlan(
  plan: Omit<PlanSpec, 'business' | 'offHoursIntake' | 'priorities'>,
  targets: Record<CartaPriority, TargetsSpec>,
): PlanSpec {
  return {
    ...plan,
    business: 'business',
    offHoursIntake: ['urgent'],
    priorities: (Object.keys(PRIORITIES) as CartaPriority[]).map((id) => ({
      ...structuredClone(PRIORITIES[id]),
      targets: targets[id],
    })),
  };
}
