// Explanations of ticket histories, hand-worked on the ICG charter: each judged cycle with what
// started and ended it, status-driven pauses named as the help desk called them with the
// policy's reason, reopenings under both rules, priority changes under both rules, and update
// cycles across lunch and a holiday; in Spanish and English. Bogotá is UTC-5 all year; business
// hours Mon–Fri 07:00–12:30, 13:30–17:30; Monday 2024-03-25 is San José, a holiday.
import { describe, expect, it } from 'vitest';
import { policies } from '../../src/policy';
import { evaluate } from '../../src/sla/evaluate';
import type { Ticket } from '../../src/sla/types';
import { H, icgWith, withUpdate } from '../support/tickets';

const icg = policies.icg;

// Urgent (4 bh resolution), reported Monday 2024-03-04 08:00, answered 08:20; waiting on the
// customer 09:00–10:00; resolved 11:00; reopened 14:00; resolved again 16:00.
const reopened: Ticket = {
  id: 'R-2',
  priority: 'urgent',
  reportedAt: '2024-03-04 08:00',
  events: [
    { at: '2024-03-04 08:20', message: 'agent' },
    { at: '2024-03-04 09:00', status: 'En espera del cliente' },
    { at: '2024-03-04 10:00', status: 'Abierto' },
    { at: '2024-03-04 11:00', status: 'Resuelto' },
    { at: '2024-03-04 14:00', status: 'Reabierto' },
    { at: '2024-03-04 16:00', status: 'Resuelto' },
  ],
};
const now = '2024-03-05 08:00';

describe('explanations of histories: reopenings', () => {
  it("'restart': each cycle with its start, end, due and judgement, and the reopening", () => {
    const e = evaluate(icg, reopened, { now, explain: true }).targets.resolution!.explanation!;
    // Cycle 1: 08:00–09:00 and 10:00–11:00 counted (2 h); 4 h due at 14:00 (the pause and lunch
    // removed). Cycle 2: 14:00–16:00 (2 h); 4 h: 3.5 h to 17:30, then Tuesday 07:00 + 30 min.
    expect(e.text.en).toBe(
      [
        'Resolution (met): target up to 4 h in business hours.',
        'Judged over 2 cycles, 0 breached; the lines after them describe the latest.',
        'Cycle 1: 2024-03-04 08:00 (reported) → 2024-03-04 11:00 (status "Resuelto"); due 2024-03-04 14:00: met, 2 h counted.',
        'Cycle 2: 2024-03-04 14:00 (status "Reabierto") → 2024-03-04 16:00 (status "Resuelto"); due 2024-03-05 07:30: met, 2 h counted.',
        'The clock started 2024-03-04 14:00 (America/Bogota).',
        '1 open period counted until 2024-03-04 16:00: 2 h elapsed.',
        'No holidays or closures on the way.',
        'Reopened 2024-03-04 14:00 (status "Reabierto"): a new resolution cycle starts (reopen: restart).',
        'Due 2024-03-05 07:30, when 4 h of open time have been counted.',
        'Warning levels: 75 % 2024-03-04 17:00, not reached.',
        '2 h remaining.',
      ].join('\n'),
    );
    expect(e.text.es).toBe(
      [
        'Solución (cumplido): objetivo hasta 4 h en horario hábil.',
        'Evaluado en 2 ciclos, 0 incumplidos; las líneas siguientes describen el último.',
        'Ciclo 1: 2024-03-04 08:00 (reporte) → 2024-03-04 11:00 (estado «Resuelto»); vence 2024-03-04 14:00: cumplido, 2 h contado.',
        'Ciclo 2: 2024-03-04 14:00 (estado «Reabierto») → 2024-03-04 16:00 (estado «Resuelto»); vence 2024-03-05 07:30: cumplido, 2 h contado.',
        'El reloj inició 2024-03-04 14:00 (America/Bogota).',
        '1 periodo hábil contado hasta 2024-03-04 16:00: 2 h transcurrido.',
        'Sin festivos ni cierres en el camino.',
        'Reabierto 2024-03-04 14:00 (estado «Reabierto»): inicia un nuevo ciclo de solución (reopen: restart).',
        'Vence 2024-03-05 07:30, cuando se cuentan 4 h de tiempo hábil.',
        'Niveles de alerta: 75 % 2024-03-04 17:00, no alcanzado.',
        'Quedan 2 h.',
      ].join('\n'),
    );
    expect(e.cycles?.map((c) => [c.startedBy, c.endedBy, c.status])).toEqual([
      [{ field: 'reportedAt' }, { status: 'Resuelto' }, 'met'],
      [{ status: 'Reabierto' }, { status: 'Resuelto' }, 'met'],
    ]);
    expect(e.reopenings).toEqual([{ at: new Date('2024-03-04T19:00:00.000Z'), status: 'Reabierto', rule: 'restart' }]);
  });

  it("'continue': the status pause and the resolved span named, the clock resuming", () => {
    const e = evaluate(icgWith({ reopen: 'continue' }), reopened, { now, explain: true }).targets.resolution!
      .explanation!;
    // 08:00–09:00, 10:00–11:00 and 14:00–16:00: 4 h, due exactly at 16:00 (inclusive: met).
    // Removed: the customer's hour, and 11:00–12:30 plus 13:30–14:00 while resolved.
    expect(e.cycles).toBeUndefined();
    expect(e.pauses.map((p) => [p.reason, p.status, p.removed])).toEqual([
      ['customer', 'En espera del cliente', 1 * H],
      [undefined, 'Resuelto', 2 * H],
    ]);
    expect(e.text.en).toBe(
      [
        'Resolution (met): target up to 4 h in business hours.',
        'The clock started 2024-03-04 08:00 (America/Bogota).',
        '3 open periods counted until 2024-03-04 16:00: 4 h elapsed.',
        'No holidays or closures on the way.',
        'Pauses removed: 2024-03-04 09:00 – 2024-03-04 10:00 (status "En espera del cliente": paused, reason customer), 1 h; 2024-03-04 11:00 – 2024-03-04 14:00 (status "Resuelto": stopped, not counted until reopened), 2 h.',
        'Reopened 2024-03-04 14:00 (status "Reabierto"): the clock resumes from its elapsed time (reopen: continue).',
        'Due 2024-03-04 16:00, when 4 h of open time have been counted.',
        'Warning levels: 75 % 2024-03-04 15:00, reached.',
        '0 min remaining.',
      ].join('\n'),
    );
    expect(e.text.es).toContain(
      'Pausas descontadas: 2024-03-04 09:00 – 2024-03-04 10:00 (estado «En espera del cliente»: en pausa, motivo customer), 1 h; 2024-03-04 11:00 – 2024-03-04 14:00 (estado «Resuelto»: detenido, no se cuenta hasta reabrirse), 2 h.',
    );
    expect(e.text.es).toContain(
      'Reabierto 2024-03-04 14:00 (estado «Reabierto»): el reloj continúa desde lo transcurrido (reopen: continue).',
    );
  });

  it('a cycle still open says so', () => {
    const e = evaluate(icg, reopened, { now: '2024-03-04 15:00', explain: true }).targets.resolution!.explanation!;
    expect(e.text.en).toContain(
      'Cycle 2: 2024-03-04 14:00 (status "Reabierto") → still open; due 2024-03-05 07:30: running, 1 h counted.',
    );
    expect(e.text.es).toContain('→ aún abierto; vence 2024-03-05 07:30: en curso, 1 h contado.');
    expect(e.cycles?.[1]?.endedBy).toBeUndefined();
  });
});

describe('explanations of histories: priority changes', () => {
  // Normal, reported Monday 2024-03-04 08:00; raised to "Urgente" at 09:00; answered 09:45.
  const ticket: Ticket = {
    id: 'P-1',
    priority: 'normal',
    reportedAt: '2024-03-04 08:00',
    events: [
      { at: '2024-03-04 09:00', priority: 'Urgente' },
      { at: '2024-03-04 09:45', message: 'agent' },
    ],
  };
  const at = '2024-03-04 13:00';

  it("'retroactive': urgent's targets from the clock start", () => {
    const { response, resolution } = evaluate(icg, ticket, { now: at, explain: true }).targets;
    const line =
      "Priority changed 2024-03-04 09:00 from normal to urgent: urgent's target judged from the clock start (priorityChange: retroactive).";
    expect(response!.explanation!.text.en).toContain(line);
    // 1 h around the clock from 08:00: due 09:00, the reply at 09:45 is 45 min over.
    expect(response!.explanation!.text.en).toContain('Due 2024-03-04 09:00, when 1 h of open time have been counted.');
    expect(response!.explanation!.text.en).toContain('45 min over the target.');
    expect(resolution!.explanation!.text.es).toContain(
      'Prioridad cambiada 2024-03-04 09:00 de normal a urgent: se juzga con el objetivo de urgent desde el inicio del reloj (priorityChange: retroactive).',
    );
    expect(resolution!.explanation!.priorityChanges).toEqual([
      { at: new Date('2024-03-04T14:00:00.000Z'), from: 'normal', to: 'urgent', applied: 'retroactive' },
    ]);
  });

  it("'restart': a new clock from the change", () => {
    const { response, resolution } = evaluate(icgWith({ priorityChange: 'restart' }), ticket, {
      now: at,
      explain: true,
    }).targets;
    expect(response!.explanation!.text.en).toContain(
      'Priority changed 2024-03-04 09:00 from normal to urgent: a new clock from the change (priorityChange: restart).',
    );
    expect(response!.explanation!.text.en).toContain('The clock started 2024-03-04 09:00 (America/Bogota).');
    // 4 bh from 09:00: 3.5 h to 12:30, then 13:30 + 30 min.
    expect(resolution!.explanation!.text.es).toContain(
      'Prioridad cambiada 2024-03-04 09:00 de normal a urgent: nuevo reloj desde el cambio (priorityChange: restart).',
    );
    expect(resolution!.explanation!.text.es).toContain('Vence 2024-03-04 14:00');
  });

  it('a change after the target completed leaves its judgement, and says so', () => {
    const late: Ticket = {
      ...ticket,
      events: [
        { at: '2024-03-04 08:30', message: 'agent' },
        { at: '2024-03-04 10:00', priority: 'P1' },
      ],
    };
    const { response } = evaluate(icg, late, { now: at, explain: true }).targets;
    expect(response!.explanation!.text.en).toContain(
      'Priority changed 2024-03-04 10:00 from normal to urgent: after this target completed, its judgement stands.',
    );
    expect(response!.explanation!.text.es).toContain(
      'llegó después de completarse este objetivo, su juicio se mantiene.',
    );
  });

  it('under restart, a resolution cycle after a change starts from it', () => {
    const raised: Ticket = {
      priority: 'normal',
      reportedAt: '2024-03-04 08:00',
      events: [
        { at: '2024-03-04 09:00', status: 'Resuelto' },
        { at: '2024-03-04 10:00', status: 'Abierto' },
        { at: '2024-03-04 11:00', priority: 'Urgente' },
      ],
    };
    const e = evaluate(icgWith({ priorityChange: 'restart' }), raised, { now: at, explain: true }).targets.resolution!
      .explanation!;
    expect(e.cycles?.map((c) => c.startedBy)).toEqual([{ field: 'reportedAt' }, { priority: 'urgent' }]);
    expect(e.text.en).toContain('Cycle 2: 2024-03-04 11:00 (priority changed to urgent) → still open;');
  });
});

describe('explanations of histories: the update target', () => {
  // Important, reported Thursday 2024-03-21 09:00, answered 09:30. The customer writes Friday
  // 16:30: 1 h to 17:30, Monday 25 is San José, Tuesday 07:00 + 1 h = 08:00, replied 08:00 (met).
  // Again Tuesday 11:30: 1 h to 12:30, lunch, 13:30 + 1 h = 14:30; the reply at 14:45 breaches.
  const ticket: Ticket = {
    id: 'U-1',
    priority: 'important',
    reportedAt: '2024-03-21 09:00',
    events: [
      { at: '2024-03-21 09:30', message: 'agent' },
      { at: '2024-03-22 16:30', message: 'customer' },
      { at: '2024-03-23 10:00', message: 'customer' },
      { at: '2024-03-26 08:00', message: 'agent' },
      { at: '2024-03-26 11:30', message: 'customer' },
      { at: '2024-03-26 14:45', message: 'agent' },
    ],
  };

  it('each customer message to the next reply, across a holiday and lunch', () => {
    const e = evaluate(withUpdate(), ticket, { now: '2024-03-26 16:00', explain: true }).targets.update!.explanation!;
    expect(e.text.en).toBe(
      [
        'Update (breached): target up to 2 h in business hours.',
        'Judged over 2 cycles, 1 breached; the lines after them describe the latest.',
        'Cycle 1: 2024-03-22 16:30 (customer message) → 2024-03-26 08:00 (agent reply); due 2024-03-26 08:00: met, 2 h counted. Skipped: 2024-03-25 San José.',
        'Cycle 2: 2024-03-26 11:30 (customer message) → 2024-03-26 14:45 (agent reply); due 2024-03-26 14:30: breached, 2 h 15 min counted.',
        'The clock started 2024-03-26 11:30 (America/Bogota).',
        '2 open periods counted until 2024-03-26 14:45: 2 h 15 min elapsed.',
        'No holidays or closures on the way.',
        'Due 2024-03-26 14:30, when 2 h of open time have been counted.',
        'Warning levels: 75 % 2024-03-26 14:00, reached.',
        '15 min over the target.',
      ].join('\n'),
    );
    expect(e.text.es).toBe(
      [
        'Actualización (incumplido): objetivo hasta 2 h en horario hábil.',
        'Evaluado en 2 ciclos, 1 incumplido; las líneas siguientes describen el último.',
        'Ciclo 1: 2024-03-22 16:30 (mensaje del cliente) → 2024-03-26 08:00 (respuesta del agente); vence 2024-03-26 08:00: cumplido, 2 h contado. Omitidos: 2024-03-25 San José.',
        'Ciclo 2: 2024-03-26 11:30 (mensaje del cliente) → 2024-03-26 14:45 (respuesta del agente); vence 2024-03-26 14:30: incumplido, 2 h 15 min contado.',
        'El reloj inició 2024-03-26 11:30 (America/Bogota).',
        '2 periodos hábiles contados hasta 2024-03-26 14:45: 2 h 15 min transcurrido.',
        'Sin festivos ni cierres en el camino.',
        'Vence 2024-03-26 14:30, cuando se cuentan 2 h de tiempo hábil.',
        'Niveles de alerta: 75 % 2024-03-26 14:00, alcanzado.',
        '15 min por encima del objetivo.',
      ].join('\n'),
    );
    // Lunch is not a closure: it shows as the two open periods of the latest cycle.
    expect(e.counted.map((p) => p.ms)).toEqual([1 * H, 1.25 * H]);
    expect(e.cycles?.[0]?.skipped).toEqual([{ date: '2024-03-25', name: expect.any(String) }]);
  });

  it('a stop status ends an awaited update, and is named', () => {
    const e = evaluate(
      withUpdate(),
      {
        priority: 'normal',
        reportedAt: '2024-03-21 09:00',
        events: [
          { at: '2024-03-21 10:00', message: 'customer' },
          { at: '2024-03-21 11:00', status: 'Solucionado' },
        ],
      },
      { now: '2024-03-22 09:00', explain: true },
    ).targets.update!.explanation!;
    expect(e.text.en).toContain('Judged over 1 cycle, 0 breached; the lines after it describe it.');
    expect(e.text.es).toContain('Evaluado en 1 ciclo, 0 incumplidos; las líneas siguientes describen ese ciclo.');
    expect(e.text.en).toContain(
      'Cycle 1: 2024-03-21 10:00 (customer message) → 2024-03-21 11:00 (status "Solucionado"); due 2024-03-21 12:00: met, 1 h counted.',
    );
  });
});
