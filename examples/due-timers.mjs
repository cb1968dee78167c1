// A service's view: for each open ticket, when is it due, and when should the service wake up
// next? One timer per ticket at `nextChangeAt` replaces polling every hour.
// Run: npm run build && node examples/due-timers.mjs
import { evaluate, policies } from 'habil';

const now = '2024-03-04 08:30'; // a service passes new Date(); fixed here so the output is stable
const open = [
  { id: 'T-101', priority: 'Urgente', reportedAt: '2024-03-04 08:00' },
  { id: 'T-102', priority: 'Importante', reportedAt: '2024-03-01 16:45', respondedAt: '2024-03-01 17:10' },
  { id: 'T-103', priority: 'Normal', reportedAt: '2024-03-02 11:00' }, // Saturday: deferred to Monday 07:00
  {
    id: 'T-104',
    priority: 'Importante',
    reportedAt: '2024-03-01 09:00',
    pauses: [{ from: '2024-03-01 10:00', reason: 'cliente' }],
  },
];

const local = (date) => date?.toLocaleString('sv-SE', { timeZone: 'America/Bogota' }).slice(0, 16) ?? '—';
const timers = [];
for (const ticket of open) {
  const sla = evaluate(policies.icg, ticket, { now });
  const { response, resolution } = sla.targets;
  console.log(
    `${ticket.id} ${sla.priority.padEnd(9)} ${sla.intake.status.padEnd(8)} ` +
      `response ${response.status.padEnd(8)} due ${local(response.due)} · ` +
      `resolution ${resolution.status.padEnd(8)} due ${local(resolution.due)} · next check ${local(sla.nextChangeAt)}`,
  );
  if (sla.nextChangeAt) timers.push({ id: ticket.id, at: sla.nextChangeAt });
}
timers.sort((a, b) => a.at - b.at);
console.log(
  `\nFirst wake-up: ${timers[0].id} at ${local(timers[0].at)} (Bogotá). A service would setTimeout(recheck, at - now).`,
);
