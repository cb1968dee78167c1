// The hosting provider's "Manual de Soporte Técnico y Atención de Clientes"
// (seeds/003_8b38afff9237852f.txt) as the built-in policy `hosting`: three support levels, each
// promising a response time per impact (no resolution times). "Hasta 1 hora" is inclusive on
// 24/7, "N a M horas habiles" a business-hours range, level 3's "Menos de 1 hora" strict on 24/7.
// The charter gives no office hours: Mon–Fri 08:00–18:00 is our default (docs/policies/hosting.md).

import { builtinPolicy, type Policy } from '../policy';
import type { ChannelSpec, PlanSpec, PolicySpec, PrioritySpec, TargetsSpec } from '../spec';
import { ALWAYS, BUSINESS, between, colombianCalendars, emailChannel, phoneChannel, within } from './shared';

/** The lines of the charter this policy encodes, word for word. */
export const HOSTING_LINES: readonly string[] = [
  'Soporte Nivel 1 (Incluido en todos los servicios):',
  'Con este nivel de soporte podrá realizar solicitudes a través de tickets o email únicamente. La asistencia telefonica se reserva únicamente para casos en lo que previamente se haya creado un ticket y se cuente con un número de caso para ser consultado.',
  '• Tiempo de respuesta a casos de alto impacto o criticos: Hasta 1 hora.',
  '• Tiempo de respuesta a casos de medio impacto: 3 a 5 horas habiles.',
  '• Tiempo de respuesta a casos de bajo impacto: 5 a 6 horas habiles.',
  'Soporte Nivel 2 (Incluido en algunos servicios):',
  'Soporte sobre fallas del servicio y solución a dudas básicas a través de chat, ticket o email.\u00a0Podrá contar con uno de nuestros asesores en horario hábil para que atienda pequeñas inquietudes y le asista brevemente con la instalación y configuración de su servicio a través de chat y teléfono en horario hábil.',
  '• Tiempo de respuesta a casos de medio impacto: 2 a 3 horas habiles.',
  '• Tiempo de respuesta a casos de bajo impacto: 3 a 4 horas habiles.',
  'Soporte Nivel\u00a03 (Premium - Costo adicional $COP 120.900 +IVA x MES):',
  'Asistencia prioritaria a través de email, chat o teléfono (Horario hábil) y atención 24/7 vía ticket de soporte.',
  'Con este nivel de servicio. usted tiene atención prioritaria sobre casos abiertos las 24 horas del día.',
  '• Tiempo de respuesta a casos de alto impacto o criticos: Menos de 1 hora.',
  '• Tiempo de respuesta a casos de medio impacto: Menos de 1 Hora.',
  '• Tiempo de respuesta a casos de bajo impacto: Menos de 1 Hora.',
];

/** The three impacts ("Tipos de Casos"), each with the charter's definition and examples. */
const IMPACTS: Omit<PrioritySpec, 'targets'>[] = [
  {
    id: 'high',
    label: 'Alto impacto o prioridad',
    aliases: ['Alto impacto', 'Alta', 'Alto', 'Crítico', 'P1'],
    definition:
      'Son solicitudes o casos que afectan directamente la continuidad, disponibilidad y estabilidad del servicio o del servidor.',
    examples: [
      'Caida del servicio o servidor',
      'servicio no funcional o intermitencia prolongada',
      'ataque de un tercero o hacker',
      'reportes de pago para activación de nuevo servicio',
    ],
  },
  {
    id: 'medium',
    label: 'Medio Impacto o prioridad',
    aliases: ['Medio impacto', 'Media', 'Medio', 'P2'],
    definition: 'Son solicitudes o casos que afectan parcialmente la continuidad del servicio.',
    examples: [
      'Bloqueo de IP en el firewall',
      'reactivación de servicio por suspensión de pago',
      'perdida de información o datos involuntaria del usuario',
      'restauración de backups',
      'errores de programación o bases de datos del usuario',
      'errores de licenciamiento',
      'configuraciones de DNS',
    ],
  },
  {
    id: 'low',
    label: 'Bajo Impacto o prioridad',
    aliases: ['Bajo impacto', 'Baja', 'Bajo', 'P3'],
    definition: 'Son solicitudes que NO afectan la continuidad, la estabilidad o disponibilidad del servicio.',
    examples: [
      'Restablecimiento o cambios de contraseñas o acceso a paneles de control',
      'reportes de pago para renovación',
      'solicitud de informes o logs',
      'instrucciones o guía de uso de las herramientas o paneles de control',
    ],
  },
];

const TICKET: ChannelSpec = { id: 'ticket', label: 'Ticket de soporte', calendar: ALWAYS, aliases: ['portal', 'web'] };
const CHAT: ChannelSpec = { id: 'chat', label: 'Chat', calendar: BUSINESS };

function level(
  plan: Omit<PlanSpec, 'business' | 'offHoursIntake' | 'priorities'>,
  targets: [TargetsSpec, TargetsSpec, TargetsSpec],
): PlanSpec {
  return {
    ...plan,
    business: BUSINESS,
    // Every level takes tickets at any hour; the business clock of the ranges does the rest.
    offHoursIntake: 'all',
    priorities: IMPACTS.map((impact, i) => ({ ...structuredClone(impact), targets: targets[i]! })),
  };
}

/**
 * The `hosting` policy spec: plans `level-1`, `level-2`, `level-3`; response targets only.
 *
 * @example
 * Policy.from(hostingSpec()).resolve({ plan: 'level-1', priority: 'Medio impacto' }).targets.response?.min; //=> 10_800_000
 */
export function hostingSpec(): PolicySpec {
  return {
    id: 'hosting',
    name: 'Hosting — Manual de Soporte Técnico y Atención de Clientes',
    lang: 'es',
    source: { file: '003_8b38afff9237852f.txt', lines: [...HOSTING_LINES] },
    calendars: colombianCalendars(['08:00-18:00']),
    plans: [
      level(
        {
          id: 'level-1',
          label: 'Soporte Nivel 1',
          description: 'Incluido en todos los servicios',
          channels: [
            TICKET,
            emailChannel(ALWAYS),
            phoneChannel(BUSINESS, 'solo para casos con un ticket ya creado y un número de caso'),
          ],
        },
        [{ response: within(1, ALWAYS) }, { response: between(3, 5, BUSINESS) }, { response: between(5, 6, BUSINESS) }],
      ),
      level(
        {
          id: 'level-2',
          label: 'Soporte Nivel 2',
          description: 'Incluido en algunos servicios',
          channels: [CHAT, TICKET, emailChannel(ALWAYS), phoneChannel(BUSINESS)],
        },
        [{ response: within(1, ALWAYS) }, { response: between(2, 3, BUSINESS) }, { response: between(3, 4, BUSINESS) }],
      ),
      level(
        {
          id: 'level-3',
          label: 'Soporte Nivel 3',
          description: 'Premium - Costo adicional',
          price: { amount: 120_900, currency: 'COP', period: 'month', note: '+ IVA' },
          channels: [TICKET, emailChannel(BUSINESS), CHAT, phoneChannel(BUSINESS)],
        },
        [
          { response: within(1, ALWAYS, 'strict') },
          { response: within(1, ALWAYS, 'strict') },
          { response: within(1, ALWAYS, 'strict') },
        ],
      ),
    ],
  };
}

/**
 * The built-in `hosting` policy (exposed as `policies.hosting`).
 *
 * @example
 * hostingPolicy().resolve({ plan: 'level-3', priority: 'low' }).targets.response?.bound; //=> 'strict'
 */
export function hostingPolicy(): Policy {
  return builtinPolicy(hostingSpec());
}
