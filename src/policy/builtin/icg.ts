// ICG Software Colombia's service charter (seeds/000_99dc4b4e22752387.txt) as the built-in
// policy `icg`. Readings (docs/policies/icg.md): the attention time is not marked "hábil", and
// only urgent requests may be reported off-hours, so urgent attention runs on 24/7 while
// important and normal attention run on business hours; every solution time says "(hábil)".

import { builtinPolicy, type Policy } from '../policy';
import type { PolicySpec } from '../spec';
import { CARTA_EXCLUSIONS, CARTA_PAUSES, CARTA_STATUSES, cartaPlan } from './carta';
import { ALWAYS, BUSINESS, colombianCalendars, emailChannel, phoneChannel, within } from './shared';

/** The lines of the charter this policy encodes, word for word. */
export const ICG_LINES: readonly string[] = [
  '- Tener en cuenta: En **horario NO hábil** se podrán reportar únicamente solicitudes de servicio con **prioridad urgente** (punto de venta parado).',
  'Lunes a Viernes 07:00 a.m. – 12:30 p.m.\tHorario hábil\tTodo tipo de solicitud',
  'Lunes a Viernes 01:30 p.m. – 05:30 p.m.\tHorario hábil\tTodo tipo de solicitud',
  'Lunes a Viernes 12:30 p.m. – 01:30 p.m.\tHorario NO hábil\tSolicitudes de prioridad urgente',
  'Viernes después de las 05:30 p.m.\tHorario NO hábil\tSolicitudes de prioridad urgente',
  'Sábados, Domingos y días festivos\tHorario NO hábil\tSolicitudes de prioridad urgente',
  '- Prioridad Urgente:** Cuando se tiene el punto de venta parado, es decir, que no es posible facturar.',
  '- Prioridad Importante:** Cuando se tiene una afectación en el sistema, pero éste aún está operando.',
  '- Prioridad Normal:** Cuando se requiere soporte para comprender mejor cómo funciona el sistema, cómo generar un reporte, cómo configurar una opción determinada, etc... (\\*\\*no incluye requerimientos al fabricante)',
  'Prioridad Urgente\t1 Hora\t4 Horas (hábil)',
  'Prioridad Importante\t2 Horas\t16 Horas (hábil)',
  'Prioridad Normal\t4 Horas\t16 Horas (hábil)',
  '- Casos que deban ser escalados y gestionados con fabricante, puede implicar un tiempo mayor de solución.',
  '- Aplica para soporte remoto, en los casos que sea necesario desplazamiento a sitio puede implicar un mayor tiempo de solución.',
  '5. El tratamiento de mi requerimiento de servicio bajo los estándares de la industria.',
  '6. La posibilidad de validar en cualquier momento el estado de las solicitudes de servicio.',
  'En los casos que sea necesaria una visita o alguno de nuestros clientes la solicite expresamente, se agendaría el servicio de común acuerdo, teniendo en cuenta la disponibilidad de ingenieros para atención en sitio, así como las condiciones de este servicio.',
];

/**
 * The `icg` policy spec: plan `standard`, Mon–Fri 07:00–12:30 and 13:30–17:30 in Bogotá.
 *
 * @example
 * Policy.from(icgSpec()).resolve({ priority: 'Importante' }).targets.response?.clock; //=> 'business'
 */
export function icgSpec(): PolicySpec {
  return {
    id: 'icg',
    name: 'ICG Software Colombia — Help Desk',
    lang: 'es',
    source: { file: '000_99dc4b4e22752387.txt', lines: [...ICG_LINES] },
    calendars: colombianCalendars(['07:00-12:30', '13:30-17:30']),
    pauses: structuredClone(CARTA_PAUSES),
    exclusions: structuredClone(CARTA_EXCLUSIONS),
    statuses: structuredClone(CARTA_STATUSES),
    plans: [
      cartaPlan(
        {
          id: 'standard',
          label: 'Help Desk (mesa de ayuda)',
          // The charter restricts what may be reported off-hours, not through which channel.
          channels: [
            { id: 'chat', label: 'Chat', calendar: ALWAYS, note: 'www.icg.com.co/soporte' },
            emailChannel(ALWAYS, 'soporte@icg.com.co'),
            phoneChannel(ALWAYS, 'Help Desk, opción 1'),
          ],
        },
        {
          urgent: { response: within(1, ALWAYS), resolution: within(4, BUSINESS) },
          important: { response: within(2, BUSINESS), resolution: within(16, BUSINESS) },
          normal: { response: within(4, BUSINESS), resolution: within(16, BUSINESS) },
        },
      ),
    ],
  };
}

/**
 * The built-in `icg` policy (exposed as `policies.icg`).
 *
 * @example
 * const terms = icgPolicy().resolve({ priority: 'urgente' });
 * terms.targets.resolution?.calendar.add('2024-03-01 16:00', terms.targets.resolution.target); //=> Monday 09:30 in Bogotá
 */
export function icgPolicy(): Policy {
  return builtinPolicy(icgSpec());
}
