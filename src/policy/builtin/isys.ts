// ISYS Informática's support plan (seeds/004_5eab8bc32e3debb2.txt) as the factory
// `policies.isys`. The charter fixes the standard coverage (5 x 8, Mon–Fri 08:00–17:00 without
// holidays), a custom plan "estimado en conjunto con el cliente" and a per-event service billed
// per event, and states no times and no priority levels: the contract supplies the times, and
// the levels are ours, `high`, `medium`, `low` (docs/policies/isys.md).

import { Policy } from '../policy';
import type { ChannelSpec, PlanSpec, PolicySpec, PrioritySpec } from '../spec';
import { readContract, targetsOn, type IsysContract } from './contract';
import { billingFields } from './isys-billing';
import { ALWAYS, BUSINESS, colombianCalendars, colombianWeekdays } from './shared';

/** The lines of the charter this policy encodes, word for word. */
export const ISYS_LINES: readonly string[] = [
  'El servicio de soporte estándar tiene una cobertura 5 x 8. Cinco (5) días a la semana. Lunes a Viernes excluyendo los festivos. En horario de 8:00 a.m. - 5:00 p.m.',
  'Si el cliente tiene necesidades de soporte de mayor cobertura a la que se ofrece con el servicio de soporte estándar, puede optar por un plan de SOPORTE personalizado, el cual, se estima en conjunto con el cliente, o en su defecto solicitar servicios de soporte por evento en horario extra-laboral (fuera de cobertura del servicio estándar) los cuales generan sus respectivos cobros adicionales según el caso.',
  'En el caso de que el cliente no desee obtener el plan de soporte y requiera asistencia, puede optar por el servicio de soporte por evento, el cual, genera cobro por cada servicio de soporte entregado.',
  '(IMPORTANTE: El servicio de soporte tiene cobertura según el plan contratado por el cliente. Documento que se firma por el cliente al momento de adquirir el servicio de arrendamiento de la aplicación)',
];

/** The calendar of the custom plan's agreed coverage; by default the standard 5 x 8. */
export const CUSTOM = 'custom';

/** ISYS's priority levels as habil names them when the contract names none: the charter defines none. */
const LEVELS: Omit<PrioritySpec, 'targets'>[] = [
  { id: 'high', label: 'Alta', aliases: ['Alto', 'Urgente', 'P1'] },
  { id: 'medium', label: 'Media', aliases: ['Medio', 'Normal', 'P2'] },
  { id: 'low', label: 'Baja', aliases: ['Bajo', 'P3'] },
];

/** The four support means, "en el orden secuencial antes mencionado", served on the plan's hours. */
function channels(calendar: string): ChannelSpec[] {
  return [
    { id: 'email', label: 'Soporte vía e-mail o WhatsApp', calendar, aliases: ['correo', 'whatsapp', 'e-mail'] },
    {
      id: 'phone',
      label: 'Soporte telefónico y/o por video conferencia',
      calendar,
      aliases: ['telefono', 'videoconferencia'],
    },
    { id: 'remote', label: 'Soporte por acceso remoto (AnyDesk)', calendar, aliases: ['anydesk', 'remoto'] },
    { id: 'on-site', label: 'Soporte presencial y/o personalizado', calendar, aliases: ['presencial'] },
  ];
}

/**
 * The `isys` policy spec for a contract, or a PolicyError 'INVALID_CONTRACT' listing what the
 * contract lacks.
 *
 * @example
 * isysSpec({ targets: { high: { response: 'PT2H' } } }).plans.map((p) => p.id); //=> ['standard', 'custom', 'per-event']
 */
export function isysSpec(contract: IsysContract = {}): PolicySpec {
  const read = readContract(contract, {
    provider: 'ISYS',
    priorities: LEVELS,
    // "Mejor esfuerzo": a contract may buy coverage (and billing) without times.
    targetsRequired: false,
    calendars: [BUSINESS, ALWAYS, CUSTOM],
    requests: false,
    fields: billingFields,
  });
  const { rates = {}, prices = {} } = contract;
  const contracted = (id: 'standard' | 'custom', label: string, hours: string): PlanSpec => ({
    id,
    label,
    business: hours,
    coverage: hours,
    price: prices[id],
    // "soporte por evento en horario extra-laboral (fuera de cobertura del servicio estándar)".
    billing: { events: 'outside-coverage', rate: rates.outsideCoverage },
    // Reports outside coverage are accepted (as billable events); the clock counts coverage only.
    offHoursIntake: 'all',
    channels: channels(hours),
    priorities: read.priorities.map((level) => {
      const targets = targetsOn(read.targets.get(level.id), hours);
      return { ...structuredClone(level), ...(targets ? { targets } : {}) };
    }),
  });
  return {
    id: 'isys',
    name: 'ISYS Informática — Plan de Soporte y Actualizaciones',
    lang: 'es',
    source: { file: '004_5eab8bc32e3debb2.txt', lines: [...ISYS_LINES] },
    calendars: {
      ...colombianCalendars(['08:00-17:00']),
      [CUSTOM]: colombianWeekdays(['08:00-17:00']),
      ...read.calendars,
    },
    plans: [
      contracted('standard', 'Soporte estándar (5 x 8)', BUSINESS),
      contracted('custom', 'Soporte personalizado', CUSTOM),
      {
        id: 'per-event',
        label: 'Soporte por evento',
        description:
          'Genera cobro por cada servicio de soporte entregado, con orden de compra firmada: sin tiempos comprometidos.',
        business: BUSINESS,
        offHoursIntake: 'all',
        // "genera cobro por cada servicio de soporte entregado".
        billing: { events: 'every-ticket', rate: rates.perEvent },
        channels: channels(BUSINESS),
        priorities: read.priorities.map((level) => structuredClone(level)),
      },
    ],
  };
}

/**
 * The built-in `isys` policy for a contract (exposed as `policies.isys(contract)`).
 *
 * @example
 * const isys = isysPolicy({ targets: { high: { response: 'PT2H', resolution: 'PT8H' } } });
 * isys.resolve({ plan: 'standard', priority: 'Alta' }).targets.resolution?.target; //=> 28_800_000
 * isys.resolve({ plan: 'per-event', priority: 'Alta' }).targets; //=> {}
 */
export function isysPolicy(contract: IsysContract = {}): Policy {
  return Policy.from(isysSpec(contract));
}
