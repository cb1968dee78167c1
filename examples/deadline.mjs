// When is this ticket due? ICG's business calendar (Bogotá, Mon–Fri 07:00–12:30 and
// 13:30–17:30, Colombian holidays) and its resolution targets, computed for a few reports.
// Run: npm run demo
import { Calendar } from 'habil';

const workday = ['07:00-12:30', '13:30-17:30'];
const icg = Calendar.from({
  zone: 'America/Bogota',
  hours: { mon: workday, tue: workday, wed: workday, thu: workday, fri: workday },
  holidays: [{ country: 'CO' }],
});

const bogota = (date) =>
  date.toLocaleString('es-CO', {
    timeZone: 'America/Bogota',
    weekday: 'short',
    day: '2-digit',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  });

const reports = [
  { what: 'Prioridad Urgente, 4 h hábiles', at: '2024-03-01 16:00', target: 'PT4H' },
  { what: 'Prioridad Importante, 2 h hábiles desde las 10:30', at: '2024-03-04 10:30', target: 'PT2H' },
  { what: 'Prioridad Normal, 16 h hábiles antes de Semana Santa', at: '2024-03-26 15:00', target: 'PT16H' },
  { what: 'Reporte de sábado, 4 h hábiles', at: '2024-06-08 10:00', target: 'PT4H' },
];

for (const r of reports) {
  const due = icg.add(r.at, r.target);
  console.log(`${r.what.padEnd(52)} reportado ${bogota(new Date(icg.nextOpen(r.at)))} → vence ${bogota(due)}`);
}
const spent = icg.between('2024-03-01 12:00', '2024-03-01 14:00') / 3_600_000;
console.log(`Horas hábiles entre 12:00 y 14:00 un viernes (almuerzo no cuenta): ${spent} h`);
