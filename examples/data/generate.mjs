// Writes examples/data/icg-tickets.csv: a year (2024) of about 1,000 ICG help-desk tickets as a
// Spanish Excel export would write them (`;` separators, Spanish column names, local Bogotá
// times without an offset), with a few pauses, some breaches, tickets still open at year end,
// and a handful of malformed rows. Seeded: running it again writes the same bytes.
//
// Run: node examples/data/generate.mjs
//
// Times are simulated on ICG's hours (Mon–Fri 07:00–12:30, 13:30–17:30, the 2024 Colombian
// public holidays closed); habil's own arithmetic is not used, so the audit checks data it did
// not make. Bogotá has no DST, so local times are kept as UTC-based Dates of the wall time.

import { writeFileSync } from 'node:fs';
import { mulberry32 } from '../../scripts/lib/prng.mjs';
import { historyMaker, isoMinutes } from './histories.mjs';
import { addBusiness, DAY, isOpen, local, MINUTE, minuteOfDay } from './icg-hours.mjs';

// `node examples/data/generate.mjs [dir]`: into `dir` instead (the test that regenerates them).
const DIR = process.argv[2] ? `${process.argv[2].replace(/\/$/, '')}/` : new URL('.', import.meta.url).pathname;
const COUNT = 1000;

const random = mulberry32(20240101);
const pick = (list) => list[Math.floor(random() * list.length)];
const between = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
/** A skewed duration: usually near `typical`, sometimes up to `long` (minutes). */
const skewed = (typical, long, lateShare) =>
  random() < lateShare ? between(Math.round(typical * 1.2), long) : Math.round(typical * (0.2 + random() * 0.8));

const CLIENTS = [
  'Droguería La Salud',
  'Supermercado El Ahorro',
  'Ferretería Central',
  'Panadería San Jorge',
  'Almacén Textil Andino',
  'Restaurante El Fogón',
  'Papelería Escolar Ltda',
  'Minimercado Don Pedro',
  'Tienda Deportiva Cali',
  'Licorera del Valle',
  'Cafetería Aroma',
  'Distribuidora Nortesur',
  'Farmacia Vida Sana',
  'Boutique Alejandra',
  'Carnes Finas La 80',
];
const SUBJECTS = {
  urgent: [
    'Punto de venta no factura',
    'Caja bloqueada, no abre turno',
    'Error de base de datos al facturar',
    'Servidor de tienda caído',
  ],
  important: [
    'Inventario no descuenta ventas',
    'Lentitud al cerrar caja',
    'Reporte de ventas con totales errados',
    'Impresora fiscal intermitente; factura sin logo',
  ],
  normal: [
    '¿Cómo generar el informe de IVA?',
    'Configurar nuevo usuario de caja',
    'Duda sobre cierre de mes',
    'Cambiar formato de tiquete',
  ],
};
const LABELS = {
  urgent: ['Urgente', 'Urgente', 'Urgente', 'Prioridad Urgente'],
  important: ['Importante', 'Importante', 'Alta'],
  normal: ['Normal', 'Normal', 'Normal', 'Media'],
};
const CHANNELS = ['Chat', 'Chat', 'Correo electrónico', 'Correo electrónico', 'Teléfono'];

/** A report instant: mostly in business hours; urgent ones also at night, lunch and weekends. */
function reportTime(priority) {
  const offHours = random() < (priority === 'urgent' ? 0.25 : 0.04);
  for (;;) {
    const t = Date.UTC(2024, 0, 2) + between(0, 364) * DAY + between(0, 24 * 60 - 1) * MINUTE;
    if (offHours ? !isOpen(t) && minuteOfDay(t) >= 6 * 60 : isOpen(t)) return t;
  }
}

function ticket(n) {
  const roll = random();
  const priority = roll < 0.15 ? 'urgent' : roll < 0.5 ? 'important' : 'normal';
  const reported = reportTime(priority);
  // Response: urgent on the clock (1 h, 24/7), the others in business minutes (2 h, 4 h).
  const response =
    priority === 'urgent'
      ? reported + skewed(35, 150, 0.08) * MINUTE
      : addBusiness(reported, priority === 'important' ? skewed(70, 300, 0.07) : skewed(150, 520, 0.06));
  // Resolution: business minutes from the report (4 h urgent, 16 h otherwise), plus any pause.
  const work = priority === 'urgent' ? skewed(170, 600, 0.1) : skewed(560, 1600, 0.1);
  let resolved = addBusiness(Math.max(reported, response - 30 * MINUTE), work);
  let pause;
  if (random() < 0.05) {
    // Escalated to the manufacturer (days) or waiting for an on-site visit (hours): the clock stops.
    const manufacturer = random() < 0.6;
    const length = manufacturer ? between(480, 1500) : between(60, 300);
    const from = addBusiness(response, between(15, 120));
    const to = addBusiness(from, length);
    pause = { from, to, reason: manufacturer ? 'Escalado al fabricante' : 'Visita en sitio' };
    resolved = addBusiness(resolved, length);
    if (resolved <= to) resolved = addBusiness(to, between(30, 240));
  }
  // Tickets from the last weeks of December are often still open on December 31.
  const late = reported > Date.UTC(2024, 11, 16);
  const open = late && random() < 0.35;
  const unanswered = open && random() < 0.3;
  const sim = {
    priority,
    reported,
    response: unanswered ? undefined : response,
    resolved: open ? undefined : resolved,
    pause: pause && { ...pause, to: open && pause.to > Date.UTC(2024, 11, 31) ? undefined : pause.to },
  };
  return {
    sim,
    caso: `ICG-24-${String(n).padStart(4, '0')}`,
    cliente: pick(CLIENTS),
    canal: pick(CHANNELS),
    prioridad: pick(LABELS[priority]),
    asunto: pick(SUBJECTS[priority]),
    fecha_creacion: local(reported),
    fecha_respuesta: unanswered ? '' : local(response),
    fecha_solucion: open ? '' : local(resolved),
    pausa_desde: pause ? local(pause.from) : '',
    pausa_hasta: pause && !(open && pause.to > Date.UTC(2024, 11, 31)) ? local(pause.to) : '',
    motivo_pausa: pause ? pause.reason : '',
  };
}

const COLUMNS = [
  'caso',
  'cliente',
  'canal',
  'prioridad',
  'asunto',
  'fecha_creacion',
  'fecha_respuesta',
  'fecha_solucion',
  'pausa_desde',
  'pausa_hasta',
  'motivo_pausa',
];
const rows = Array.from({ length: COUNT }, (_, i) => ticket(i + 1)).sort((a, b) =>
  a.fecha_creacion < b.fecha_creacion ? -1 : 1,
);
rows.forEach((row, i) => {
  row.caso = `ICG-24-${String(i + 1).padStart(4, '0')}`;
});

// Histories come from the clean rows, from a PRNG stream of their own (./histories.mjs).
const clean = rows.map(({ sim, ...row }) => row);
const history = historyMaker(20241231);
const histories = rows.map((row) => history(row.sim));

// The malformed rows a real export carries, each at a fixed place; the audit must name them all.
const broken = [
  (r) => ({ ...r, fecha_creacion: '31/02/2024 10:15' }), // a day-first date that does not exist
  (r) => ({ ...r, prioridad: 'Crítico' }), // not a priority of the charter ('Crítica' is)
  (r) => ({ ...r, prioridad: '' }), // no priority
  (r) => ({ ...r, fecha_solucion: '2024-01-01 08:00' }), // solved before it was reported
  (r) => ({
    ...r,
    pausa_desde: r.fecha_respuesta,
    pausa_hasta: r.fecha_creacion,
    motivo_pausa: 'Escalado al fabricante',
  }), // pause ends before it starts
  (r) => ({ ...r, fecha_respuesta: r.fecha_respuesta.replace(/^2024-\d\d/, '2024-13') }), // month 13
  (r) => ({ ...r, pausa_desde: r.fecha_respuesta, pausa_hasta: `${r.fecha_solucion}|${r.fecha_solucion}` }), // two pause ends, one start
];
broken.forEach((breakRow, k) => {
  const at = 97 + k * 131;
  rows[at] = breakRow(rows[at]);
});

const cell = (value) => (/[;"\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
/** Spanish Excel's CSV: a byte-order mark, ';' between cells, CRLF line ends. */
const excel = (lines) => `\ufeff${lines.join('\r\n')}\r\n`;
const lines = [COLUMNS.join(';'), ...rows.map((row) => COLUMNS.map((c) => cell(row[c])).join(';'))];
// A row with an unquoted ';' in its subject: one field too many.
lines[613] = lines[613].replace(cell(rows[612].asunto), `${rows[612].asunto.replace(/;.*/, '')}; ver adjunto`);
writeFileSync(`${DIR}icg-tickets.csv`, excel(lines));
console.log(`wrote ${lines.length - 1} rows to ${DIR}icg-tickets.csv`);

// The same year as the desk's own export: a ticket list and its event log (docs/histories.md).
const HISTORY_COLUMNS = ['caso', 'cliente', 'canal', 'prioridad', 'asunto', 'fecha_creacion', 'tiempo_trabajado'];
const desk = clean.map((row, i) => {
  const { events, worked } = histories[i];
  return { ...row, tiempo_trabajado: worked === undefined ? '' : isoMinutes(worked), events };
});
// What a real desk export carries besides: a label nobody defined, a date that does not exist,
// effort typed by hand, a status invented by an agent, an event date that does not exist, a
// message by the system, an event logged before the ticket (a clock set wrong), and events of a
// ticket missing from the ticket list. Each must be a rejected row naming its line.
const at = (k) => desk[150 + k * 97];
at(0).prioridad = 'Crítico';
at(1).fecha_creacion = '2024-02-30 10:00';
at(2).tiempo_trabajado = '1,5 horas';
at(3).events.splice(1, 0, { at: at(3).events[0].at, kind: 'estado', value: 'Pendiente aprobación' });
at(4).events[1].text = '2024-06-31 09:00';
at(5).events.push({ at: at(5).events.at(-1).at, kind: 'mensaje', value: 'sistema' });
at(6).events.unshift({ at: at(6).events[0].at - 86_400_000, kind: 'mensaje', value: 'agente' });
const orphan = { caso: 'ICG-24-1001', events: [{ at: Date.UTC(2024, 11, 30, 9), kind: 'estado', value: 'Resuelto' }] };

const tickets = [HISTORY_COLUMNS.join(';'), ...desk.map((row) => HISTORY_COLUMNS.map((c) => cell(row[c])).join(';'))];
const events = ['caso;fecha;campo;valor'];
for (const { caso, events: history } of [...desk, orphan])
  for (const e of history) events.push([caso, e.text ?? local(e.at), e.kind, e.value].join(';'));
writeFileSync(`${DIR}icg-history-tickets.csv`, excel(tickets));
writeFileSync(`${DIR}icg-history-events.csv`, excel(events));
console.log(`wrote ${tickets.length - 1} tickets and ${events.length - 1} events to ${DIR}icg-history-*.csv`);
