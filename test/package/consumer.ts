// An ESM user's code, type-checked against the emitted dist/index.d.ts (see .consumer/tsconfig.json).
import {
  Calendar,
  HabilError,
  type Policy,
  evaluate,
  policies,
  type CalendarSpec,
  type InstantInput,
  type TargetResult,
  type Ticket,
  type TicketSla,
} from 'habil';

const workday = ['07:00-12:30', '13:30-17:30'];
const spec: CalendarSpec = {
  zone: 'America/Bogota',
  hours: { mon: workday, tue: workday, wed: workday, thu: workday, fri: workday },
  holidays: [{ country: 'CO' }, '2025-12-24', { date: '2025-12-31', hours: ['12:00-24:00'] }],
};
const icg: Calendar = Calendar.from(spec);
const due: Date = icg.add('2024-03-01 16:00', 'PT4H');
const open: boolean = icg.isOpen(due);
const ms: number = icg.between('2024-03-01 12:00', '2024-03-01 14:00');

const ticket: Ticket = {
  id: 'T-1',
  priority: 'Urgente',
  reportedAt: '2024-03-01 16:00',
  pauses: [{ from: '2024-03-01 16:30', reason: 'cliente' }],
};
const now: InstantInput = new Date('2024-03-04T13:00:00Z');
const sla: TicketSla = evaluate(policies.icg, ticket, { now });
const resolution: TargetResult | undefined = sla.targets.resolution;
const status: 'met' | 'breached' | 'running' | 'at-risk' | 'paused' | undefined = resolution?.status;

const custom: Policy = policies.icg.withCalendar('business', spec);
const itac: Policy = policies.itac({ targets: { critical: { response: 'PT1H', resolution: 'PT8H' } } });

try {
  Calendar.from({ zone: 'Mars/Olympus', hours: '24/7' });
} catch (error) {
  if (error instanceof HabilError) {
    const code: string = error.code;
    void code;
  }
}

// @ts-expect-error: a priority is required
const incomplete: Ticket = { reportedAt: '2024-03-01 16:00' };

// @ts-expect-error: an instant is a Date, epoch ms, ISO string or luxon DateTime, not a boolean
const notAnInstant: Ticket = { priority: 'Urgente', reportedAt: true };

// @ts-expect-error: business durations have no days (refused at run time too)
icg.add('2024-03-01 16:00', { days: 1 });
const clockUnits: Date = icg.add('2024-03-01 16:00', { hours: 4, minutes: 30 });

// TargetResult is discriminated by status.
if (resolution?.status === 'met') {
  const metAt: Date = resolution.metAt;
  void metAt;
} else if (resolution?.status === 'breached') {
  const breachedAt: Date = resolution.breachedAt;
  void breachedAt;
}
// @ts-expect-error: metAt exists only once the status says met
const unsure: Date | undefined = resolution === undefined ? undefined : (resolution.metAt satisfies Date);

export { due, open, ms, status, custom, itac, incomplete, notAnInstant, clockUnits, unsure };
