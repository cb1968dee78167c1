// Which column of an export holds which ticket field. Help desks name them in Spanish and in
// many ways ("fecha_creacion", "Fecha de creación", "Creado"), so names are compared as keys
// (no case, accents or punctuation) against a built-in list; `map` entries override it.

import { show, issueAt, problemAt, InputError } from '../errors';

/** A ticket's own one-value fields, as every reader of rows (CSV, JSON, `habil udf`) takes them. */
export const SCALAR_TICKET_FIELDS = [
  'id',
  'plan',
  'priority',
  'type',
  'channel',
  'reportedAt',
  'respondedAt',
  'resolvedAt',
] as const;

/** The ticket fields a column can fill. `pauses.*` cells may hold several pauses separated by `|`. */
export const TICKET_FIELDS = [
  ...SCALAR_TICKET_FIELDS,
  'pauses.from',
  'pauses.to',
  'pauses.reason',
  'pauses',
  'customer',
  'worked',
  'events',
] as const;

export type TicketField = (typeof TICKET_FIELDS)[number];

/** Fields a file must have a column for. */
export const REQUIRED_FIELDS: readonly TicketField[] = ['priority', 'reportedAt'];

/**
 * The built-in column names per field, as keys (see columnKey). English field names are
 * included, so a file whose headers are the Ticket's own field names needs no mapping.
 */
export const DEFAULT_COLUMNS: Readonly<Record<TicketField, readonly string[]>> = {
  id: [
    'id',
    'ticket',
    'ticket_id',
    'id_ticket',
    'caso',
    'id_caso',
    'numero_caso',
    'numero_de_caso',
    'no_caso',
    'n_caso',
    'numero_ticket',
    'radicado',
    'consecutivo',
  ],
  plan: ['plan', 'plan_soporte', 'plan_de_soporte', 'nivel', 'nivel_soporte', 'nivel_de_soporte'],
  priority: ['priority', 'prioridad', 'urgencia', 'severidad'],
  type: ['type', 'tipo', 'tipo_caso', 'tipo_de_caso', 'tipo_solicitud', 'tipo_de_solicitud'],
  channel: ['channel', 'canal', 'canal_de_atencion', 'medio', 'medio_de_reporte', 'origen'],
  reportedAt: [
    'reportedat',
    'reported_at',
    'created_at',
    'fecha_creacion',
    'fecha_de_creacion',
    'fecha_reporte',
    'fecha_de_reporte',
    'fecha_apertura',
    'fecha_de_apertura',
    'fecha_registro',
    'fecha_de_registro',
    'creado',
  ],
  respondedAt: [
    'respondedat',
    'responded_at',
    'first_response_at',
    'fecha_respuesta',
    'fecha_de_respuesta',
    'fecha_atencion',
    'fecha_de_atencion',
    'primera_respuesta',
    'fecha_primera_respuesta',
  ],
  resolvedAt: [
    'resolvedat',
    'resolved_at',
    'fecha_solucion',
    'fecha_de_solucion',
    'fecha_resolucion',
    'fecha_de_resolucion',
    'fecha_cierre',
    'fecha_de_cierre',
    'solucionado',
    'resuelto',
  ],
  'pauses.from': ['pauses_from', 'pausa_desde', 'pausa_inicio', 'inicio_pausa'],
  'pauses.to': ['pauses_to', 'pausa_hasta', 'pausa_fin', 'fin_pausa'],
  'pauses.reason': ['pauses_reason', 'motivo_pausa', 'pausa_motivo', 'razon_pausa'],
  pauses: ['pauses', 'pausas'],
  customer: ['customer', 'cliente', 'empresa', 'nombre_de_la_empresa', 'organization', 'organizacion', 'company'],
  worked: ['worked', 'time_spent', 'tiempo_trabajado', 'tiempo_invertido', 'horas_trabajadas'],
  events: ['events', 'eventos', 'historial', 'history'],
};

/**
 * The comparison key of a column name: accents stripped, lower case, runs of anything but
 * letters and digits as one '_'.
 *
 * @example
 * columnKey(' Fecha de Creación '); //=> 'fecha_de_creacion'
 * columnKey('reportedAt'); //=> 'reportedat'
 */
export function columnKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '_')
    .replace(/^_|_$/g, '');
}

/** Field -> index of the column holding it. */
export type ColumnAssignment<F extends string = TicketField> = Map<F, { index: number; column: string }>;

/** The fields a kind of row has and their built-in column names: tickets, or an event log's rows. */
export interface FieldTable<F extends string> {
  /** What a row is, for messages: 'ticket', 'event'. */
  what: string;
  fields: readonly F[];
  columns: Readonly<Record<F, readonly string[]>>;
}

/** The fields of a ticket row. */
export const TICKET_TABLE: FieldTable<TicketField> = {
  what: 'ticket',
  fields: TICKET_FIELDS,
  columns: DEFAULT_COLUMNS,
};

/**
 * Assigns columns to fields: `map` entries (column -> field, or '' to ignore the column) first,
 * then the built-in names for fields `map` does not fill. Two columns read as one field, a `map`
 * entry naming an unknown field, and a `map` column the header lacks are errors. `table` says
 * which fields (a ticket's by default; an event log's rows have their own).
 *
 * @example
 * assignColumns(['Caso', 'Prioridad', 'Creado'], { Creado: 'reportedAt' }).get('reportedAt'); //=> { index: 2, column: 'Creado' }
 */
export function assignColumns<F extends string = TicketField>(
  header: readonly string[],
  map: Readonly<Record<string, string>> = {},
  table: FieldTable<F> = TICKET_TABLE as unknown as FieldTable<F>,
): ColumnAssignment<F> {
  const keys = header.map(columnKey);
  const explicit = new Map<string, F | ''>();
  for (const [column, field] of Object.entries(map)) {
    const known = field === '' ? '' : table.fields.find((f) => f.toLowerCase() === field.trim().toLowerCase());
    if (known === undefined) {
      throw new InputError([
        issueAt(`map.${column}`, field, `is not ${article(table.what)} field (known: ${table.fields.join(', ')})`),
      ]);
    }
    if (!keys.includes(columnKey(column))) {
      throw new InputError([problemAt(`map.${column}`, `names no column of the file (columns: ${header.join(', ')})`)]);
    }
    explicit.set(columnKey(column), known);
  }
  const assignment: ColumnAssignment<F> = new Map();
  const claim = (field: F, index: number) => {
    const taken = assignment.get(field);
    if (taken) {
      throw new InputError([
        problemAt(
          field,
          `columns ${show(taken.column)} and ${show(header[index])} both read as ${field}: name the one to use with map (--map '${header[index]}=${field}') or ignore one (--map '${taken.column}=')`,
        ),
      ]);
    }
    assignment.set(field, { index, column: header[index]! });
  };
  keys.forEach((key, index) => {
    const field = explicit.get(key);
    if (field) claim(field, index);
  });
  const mapped = new Set(explicit.values());
  keys.forEach((key, index) => {
    if (explicit.has(key)) return;
    const field = table.fields.find((f) => table.columns[f].includes(key));
    if (field && !mapped.has(field)) claim(field, index);
  });
  return assignment;
}

function article(what: string): string {
  return /^[aeiou]/.test(what) ? `an ${what}` : `a ${what}`;
}
