import { writeFileSync } from 'node:fs';
import { policies } from './src/policy';
import { renderTimeline } from './src/render/timeline';
import { withUpdate } from './test/support/tickets';
const ticket = { id: 'R-2', priority: 'urgent', reportedAt: '2024-03-04 08:00', events: [
  { at: '2024-03-04 08:20', message: 'agent' as const },
  { at: '2024-03-04 09:00', status: 'En espera del cliente' },
  { at: '2024-03-04 10:00', status: 'Abierto' },
  { at: '2024-03-04 10:30', priority: 'Importante' },
  { at: '2024-03-04 11:00', status: 'Resuelto' },
  { at: '2024-03-04 14:00', status: 'Reabierto' },
  { at: '2024-03-04 16:00', status: 'Resuelto' } ] };
const ut = { id: 'U-1', priority: 'important', reportedAt: '2024-03-21 09:00', events: [
      { at: '2024-03-21 09:30', message: 'agent' as const },
      { at: '2024-03-22 10:00', status: 'Esperando cliente' },
      { at: '2024-03-22 16:30', message: 'customer' as const},
      { at: '2024-03-22 16:30', status: 'Abierto' },
      { at: '2024-03-26 08:00', message: 'agent' as const},
      { at: '2024-03-26 11:30', message: 'customer' as const},
      { at: '2024-03-26 14:45', message: 'agent' as const},
    ] };
const a = renderTimeline({ policy: policies.icg, ticket, now: '2024-03-05 08:00' }, { lang: 'en' });
const b = renderTimeline({ policy: withUpdate(), ticket: ut, now: '2024-03-26 16:00' }, { lang: 'es' });
writeFileSync('/tmp/tl.html', `<html><body style="margin:0">${a}<br>${b}</body></html>`);
