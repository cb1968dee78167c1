// WebSaaS's service charter (seeds/001_bca359b1c4922adc.txt) as the built-in policy `websaas`.
// Same carta template as ICG, one continuous window (07:00–17:30, no lunch break) and "1 Hora"
// of attention for every priority: 24/7 for urgent (reportable off-hours), business hours for
// important and normal (docs/policies/websaas.md).

import { builtinPolicy, type Policy } from '../policy';
import type { PolicySpec } from '../spec';
import { CARTA_EXCLUSIONS, CARTA_PAUSES, CARTA_STATUSES, cartaPlan } from './carta';
import { ALWAYS, BUSINESS, colombianCalendars, emailChannel, phoneChannel, within } from './shared';

/** The lines of the charter this policy encodes, word for word (the table cells run together in the source). */
export const WEBSAAS_LINES: readonly string[] = [
  '1. Tener en cuenta: En horario NO hábil se podrán reportar únicamente solicitudes de servicio con prioridad urgente (punto de venta parado).',
  'Lunes a Viernes 07:00 a.m. – 05:30 p.m.Horario hábilTodo tipo de solicitud',
  'Viernes después de las 05:30 p.m.Horario NO hábilSolicitudes de prioridad urgente',
  'Sábados, Domingos y días festivosHorario NO hábilSolicitudes de prioridad urgente',
  '1. Prioridad Urgente: Cuando se tiene el punto de venta parado, es decir, que no es posible facturar.',
  '2. Prioridad Importante: Cuando se tiene una afectación en el sistema, pero éste aún está operando.',
  '3. Prioridad Normal: Cuando se requiere soporte para comprender mejor cómo funciona el sistema, cómo generar un reporte, cómo configurar una opción determinada, etc… (**no incluye requerimientos al fabricante)',
  'PrioridadTiempo de AtenciónTiempo de Solución',
  'Prioridad Urgente1 Hora4 Horas (hábiles)',
  'Prioridad Importante1 Hora16 Horas (hábiles)',
  'Prioridad Normal1 Hora16 Horas (hábiles)',
  '• Casos que deban ser escalados y gestionados con fabricante, puede implicar un tiempo mayor de solución.',
  '• Aplica para soporte remoto, en los casos que sea necesario desplazamiento a sitio puede implicar un mayor tiempo de solución.',
  '5. El tratamiento de mi requerimiento de servicio bajo los estándares de la industria.',
  '6. La posibilidad de validar en cualquier momento el estado de las solicitudes de servicio.',
  'En los casos que sea necesaria una visita o alguno de nuestros clientes la solicite expresamente, se agendaría el servicio de común acuerdo, teniendo en cuenta la disponibilidad de ingenieros para atención en sitio, así como las condiciones de este servicio.',
];

/**
 * The `websaas` policy spec: plan `standard`, Mon–Fri 07:00–17:30 in Bogotá.
 *
 * @example
 * Policy.from(websaasSpec()).resolve({ priority: 'Normal' }).targets.response?.target; //=> 3_600_000
 */
export function websaasSpec(): PolicySpec {
  return {
    id: 'websaas',
    name: 'WebSaaS — Help Desk',
    lang: 'es',
    source: { file: '001_bca359b1c4922adc.txt', lines: [...WEBSAAS_LINES] },
    calendars: colombianCalendars(['07:00-17:30']),
    pauses: structuredClone(CARTA_PAUSES),
    exclusions: structuredClone(CARTA_EXCLUSIONS),
    statuses: structuredClone(CARTA_STATUSES),
    plans: [
      cartaPlan(
        {
          id: 'standard',
          label: 'Help Desk (mesa de ayuda)',
          channels: [
            // As for ICG: the charter restricts what may be reported off-hours, not the channel.
            emailChannel(ALWAYS, 'soporte@websaas.net'),
            phoneChannel(ALWAYS, 'Help Desk, opción 1'),
          ],
        },
        {
          urgent: { response: within(1, ALWAYS), resolution: within(4, BUSINESS) },
          important: { response: within(1, BUSINESS), resolution: within(16, BUSINESS) },
          normal: { response: within(1, BUSINESS), resolution: within(16, BUSINESS) },
        },
      ),
    ],
  };
}

/**
 * The built-in `websaas` policy (exposed as `policies.websaas`).
 *
 * @example
 * websaasPolicy().resolve({ priority: 'P1' }).targets.response?.clock; //=> '24/7'
 */
export function websaasPolicy(): Policy {
  return builtinPolicy(websaasSpec());
}
