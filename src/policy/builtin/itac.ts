// ITAC's support protocol (seeds/002_bc5e31caa95033fe.txt) as the factory `policies.itac`.
// The charter names two schemes (8/5 and 24/7), criticality levels "de acuerdo al impacto", and
// INCIDENCIA vs REQUERIMIENTO, but defers every time to "el contrato de Soporte que esté
// vigente": the contract supplies the numbers. It names no levels either: ours are critical,
// high, medium, low (docs/policies/itac.md). Targets run on each plan's business clock.

import { Policy } from '../policy';
import type { PauseSpec, PlanSpec, PolicySpec, PrioritySpec } from '../spec';
import { readContract, targetsOn, type ItacContract } from './contract';
import { ALWAYS, BUSINESS, colombianCalendars, emailChannel, phoneChannel } from './shared';
import { CLOSED, OPEN, RESOLVED, statusList } from './statuses';

/** The lines of the charter this policy encodes, word for word. */
export const ITAC_LINES: readonly string[] = [
  'Existen dos (2) modalidades de servicio de soporte (De acuerdo al servicio contratado):',
  'Para los esquemas de servicio al cliente 24/7 se pueden utilizar los siguientes medios de contacto:',
  'Para los esquemas de servicio al cliente 8/5 se encuentran disponibles los siguientes canales de comunicación:',
  'Dentro del servicio de soporte, existen diferentes niveles de criticidad definidos de acuerdo al impacto que estos tengan sobre la operación. Para cada tipo, existen diferentes tiempos de respuesta que se describen de la siguiente manera:',
  'El tiempo para la solución de un caso de soporte dependerá del diagnóstico del problema y de la criticidad de la misma.',
  'REQUERIMIENTO: Es una solicitud de mejora que Usted desea se incluya en el sistema.',
  'INCIDENCIA: Es una falla de funcionalidad o un problema en el funcionamiento del producto',
  'Usted podrá visualizar los SLAs que se manejan actualmente según el contrato de Soporte que esté vigente con su Compañía',
  'INFORMACIÓN NECESARIA PARA INICIO SOPORTE',
  'Para iniciar con el proceso de soporte es necesario tener la siguiente información:',
  'Si Usted cuenta con un ticket de soporte que se encuentra en estado abierto actualmente, recibirá por correo electrónico el indicador del nuevo ticket.',
];

/**
 * Waiting for the "INFORMACIÓN NECESARIA PARA INICIO SOPORTE" (environments, versions, contacts,
 * remote access): support cannot start without it, so the solution clock waits; the first
 * attention (asking for it) does not.
 */
const INFORMATION: PauseSpec = {
  reason: 'information',
  label: 'Esperando información necesaria para inicio soporte',
  aliases: ['información necesaria', 'informacion necesaria para inicio soporte', 'cliente'],
  stops: ['resolution'],
};

const STATUSES = /* @__PURE__ */ statusList(
  OPEN,
  {
    id: 'pending',
    label: 'Esperando información',
    aliases: [
      'esperando información del cliente',
      'pendiente información',
      'esperando cliente',
      'pending',
      'waiting on customer',
    ],
    clock: 'pause',
    reason: 'information',
  },
  RESOLVED,
  CLOSED,
);

// ITAC's criticality levels as habil names them, when the contract names none: the charter's own
// table is not in the text. No definitions: the charter defines the levels only as a whole ("de
// acuerdo al impacto que estos tengan sobre la operación"), and a definition here would be ours.
const LEVELS: Omit<PrioritySpec, 'targets'>[] = [
  { id: 'critical', label: 'Crítica', aliases: ['Crítico', 'Urgente', 'P1'] },
  { id: 'high', label: 'Alta', aliases: ['Alto', 'P2'] },
  { id: 'medium', label: 'Media', aliases: ['Medio', 'P3'] },
  { id: 'low', label: 'Baja', aliases: ['Bajo', 'P4'] },
];

function scheme(id: string, label: string, business: string): Omit<PlanSpec, 'priorities'> {
  return {
    id,
    label,
    business,
    offHoursIntake: 'all',
    // INCIDENCIA carries the contract's targets; a REQUERIMIENTO (an improvement request) only
    // the contract's requestTargets, when it sets them.
    targetsApplyTo: ['incident'],
    channels: [
      {
        id: 'portal',
        label: 'Plataforma de soporte',
        calendar: ALWAYS,
        aliases: ['ticket', 'web', 'soporte.itac.com.co'],
        note: 'http://soporte.itac.com.co/',
      },
      emailChannel(ALWAYS, 'soporte@itac.co: abre un ticket automáticamente'),
      phoneChannel(business, '(+57 1) 744 4822, en modo restringido'),
    ],
  };
}

/**
 * The `itac` policy spec for a contract, or a PolicyError 'INVALID_CONTRACT' listing what the
 * contract lacks.
 *
 * @example
 * itacSpec({ targets: { critical: { response: 'PT1H', resolution: 'PT8H' } } }).plans.map((p) => p.id); //=> ['8x5', '24x7']
 */
export function itacSpec(contract: ItacContract): PolicySpec {
  const read = readContract(contract, {
    provider: 'ITAC',
    priorities: LEVELS,
    targetsRequired: true,
    calendars: [BUSINESS, ALWAYS],
    requests: true,
  });
  const plan = (base: Omit<PlanSpec, 'priorities'>): PlanSpec => ({
    ...base,
    priorities: read.priorities.map((level) => {
      const targets = targetsOn(read.targets.get(level.id), base.business);
      const requestTargets = targetsOn(read.requestTargets?.get(level.id), base.business);
      return {
        ...structuredClone(level),
        ...(targets ? { targets } : {}),
        ...(requestTargets ? { requestTargets } : {}),
      };
    }),
  });
  return {
    id: 'itac',
    name: 'ITAC — Protocolo General de Soporte',
    lang: 'es',
    source: { file: '002_bc5e31caa95033fe.txt', lines: [...ITAC_LINES] },
    calendars: { ...colombianCalendars(['08:00-12:00', '13:00-17:00']), ...read.calendars },
    pauses: [structuredClone(INFORMATION)],
    statuses: structuredClone(STATUSES),
    plans: [plan(scheme('8x5', 'Soporte 8/5', BUSINESS)), plan(scheme('24x7', 'Soporte 24/7', ALWAYS))],
  };
}

/**
 * The built-in `itac` policy for a contract (exposed as `policies.itac(contract)`).
 *
 * @example
 * const itac = itacPolicy({ targets: { critical: { response: 'PT2H' } }, requestTargets: { low: { resolution: 'PT40H' } } });
 * itac.resolve({ plan: '8x5', priority: 'P1' }).targets.response?.target; //=> 7_200_000
 * itac.resolve({ plan: '8x5', priority: 'P1', type: 'request' }).targets; //=> {}
 */
export function itacPolicy(contract: ItacContract): Policy {
  return Policy.from(itacSpec(contract));
}
