// renderTimeline on ticket histories, hand-worked on the ICG charter: a lane per judged cycle
// (resolution after a reopening under 'restart', each update awaited), status-driven pauses
// drawn and labelled with the help desk's status, reopen and priority-change marks on the
// events lane, and legend entries only for what the timeline shows. Bogotá is UTC-5 all year;
// business hours Mon–Fri 07:00–12:30, 13:30–17:30; Monday 2024-03-25 is San José, a holiday.
import { describe, expect, it } from 'vitest';
import { policies } from '../../src/policy';
import { renderTimeline } from '../../src/render/timeline';
import { assessTimeline, timelineModel } from '../../src/render/timeline-model';
import type { Ticket } from '../../src/sla/types';
import { icgWith, withUpdate } from '../support/tickets';
import { xmlProblems } from './xml';

const icg = policies.icg;
const count = (svg: string, needle: string) => svg.split(needle).length - 1;
/** The SVG of the lane `class` (the n-th such group), up to the next lane or the axis. */
function lane(svg: string, cls: string, n = 0): string {
  let at = -1;
  for (let i = 0; i <= n; i++) at = svg.indexOf(`<g class="lane ${cls}`, at + 1);
  const end = svg.indexOf('<g class="lane', at + 1);
  return svg.slice(at, end < 0 ? svg.indexOf('<g class="legend">') : end);
}
const legendOf = (svg: string) => svg.slice(svg.indexOf('<g class="legend">'));

// Urgent (4 bh), reported Monday 2024-03-04 08:00, answered 08:20; waiting on the customer
// 09:00–10:00; resolved 11:00; reopened 14:00; resolved again 16:00.
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

describe('renderTimeline: cycles', () => {
  it("'restart': one lane per resolution cycle, each with its due and judgement", () => {
    const svg = renderTimeline({ policy: icg, ticket: reopened, now }, { lang: 'en', id: 'r' });
    expect(xmlProblems(svg)).toEqual([]);
    expect(count(svg, '<g class="lane lane-resolution lane-cycle"')).toBe(2);
    const first = lane(svg, 'lane-resolution', 0);
    const second = lane(svg, 'lane-resolution', 1);
    expect(first).toContain('data-cycle="1"');
    expect(first).toContain('>Resolution · cycle 1 of 2</text>');
    expect(first).toContain('>met in 2 h</text>');
    // Cycle 1 due 14:00 (the customer's hour and lunch removed); cycle 2 due Tuesday 07:30.
    expect(first).toContain('<title>2024-03-04 14:00 (America/Bogota)</title>');
    expect(first).toContain('class="symbol-met"');
    expect(second).toContain('>Resolution · cycle 2 of 2</text>');
    expect(second).toContain('>Due Tue 5, 07:30</text>');
    expect(second).toContain('class="symbol-met"');
    // The status pause belongs to cycle 1 only, named in its tooltip with the policy's reason.
    expect(first).toContain(
      '<title>Pause (clock stopped): &quot;En espera del cliente&quot;, customer · 2024-03-04 09:00 – 2024-03-04 10:00</title>',
    );
    expect(second).not.toContain('class="pause"');
    // Each cycle lane marks where its cycle starts, and what started it.
    expect(first).toContain('<g class="cycle-start"><title>Cycle 1 starts: reported · 2024-03-04 08:00</title>');
    expect(second).toContain(
      '<g class="cycle-start"><title>Cycle 2 starts: status &quot;Reabierto&quot; · 2024-03-04 14:00</title>',
    );
    expect(legendOf(svg)).toContain('>Cycle starts</text>');
    // The response stays one lane.
    expect(count(svg, '<g class="lane lane-response"')).toBe(1);
  });

  it('marks the reopening and each resolution on the events lane, with the legend entries', () => {
    const svg = renderTimeline({ policy: icg, ticket: reopened, now }, { lang: 'en' });
    expect(count(svg, 'class="symbol-reopened"')).toBe(2); // the mark and its legend swatch
    expect(count(svg, 'class="symbol-resolved"')).toBe(3); // 11:00, 16:00 and the legend
    expect(svg).toContain('<title>Reopened &quot;Reabierto&quot; · 2024-03-04 14:00 (America/Bogota)</title>');
    expect(legendOf(svg)).toContain('>Reopened (a new cycle, or the clock resumes)</text>');
    expect(legendOf(svg)).not.toContain('Priority changed');
    const es = renderTimeline({ policy: icg, ticket: reopened, now }, { lang: 'es' });
    expect(es).toContain('>Solución · ciclo 2 de 2</text>');
    expect(es).toContain('<title>Reabierto · 2024-03-04 14:00 (America/Bogota)</title>');
    expect(legendOf(es)).toContain('>Reabierto (nuevo ciclo, o el reloj continúa)</text>');
  });

  it("'continue': one lane; the resolved span drawn as a pause named by its status", () => {
    const svg = renderTimeline({ policy: icgWith({ reopen: 'continue' }), ticket: reopened, now }, { lang: 'en' });
    expect(count(svg, '<g class="lane lane-resolution"')).toBe(1);
    expect(svg).not.toContain('lane-cycle');
    const resolution = lane(svg, 'lane-resolution');
    expect(resolution).toContain(
      '<title>Pause (clock stopped): &quot;Resuelto&quot; · 2024-03-04 11:00 – 2024-03-04 14:00</title>',
    );
    // 11:00–14:00 is wide enough at this scale: the status is written on it.
    expect(resolution).toContain('>Resuelto</text>');
    expect(resolution).toContain('>met in 4 h</text>');
    expect(count(svg, 'class="symbol-reopened"')).toBe(2);
  });

  it('lists the lanes in the model: response, then each cycle, the latest carrying the explanation', () => {
    const model = timelineModel(assessTimeline({ policy: icg, ticket: reopened, now }), { lang: 'en' });
    expect(model.lanes.map((l) => [l.kind, l.cycle?.index, l.text !== undefined])).toEqual([
      ['response', undefined, true],
      ['resolution', 1, false],
      ['resolution', 2, true],
    ]);
    expect(model.lanes[2]!.cycle).toEqual({
      index: 2,
      of: 2,
      start: Date.parse('2024-03-04T19:00:00.000Z'),
      startedBy: { status: 'Reabierto' },
      endedBy: { status: 'Resuelto' },
    });
    expect(model.events.map((e) => [e.kind, e.detail])).toEqual([
      ['reported', undefined],
      ['responded', undefined],
      ['resolved', 'Resuelto'],
      ['reopened', 'Reabierto'],
      ['resolved', 'Resuelto'],
      ['now', undefined],
    ]);
  });
});

describe('renderTimeline: status pauses and priority changes', () => {
  it('writes the status on a pause wide enough for it', () => {
    const ticket: Ticket = {
      id: 'W-2',
      priority: 'normal',
      reportedAt: '2024-03-04 08:00',
      events: [
        { at: '2024-03-04 08:30', message: 'agent' },
        { at: '2024-03-04 09:00', status: 'En espera del fabricante' },
        { at: '2024-03-05 17:00', status: 'En proceso' },
      ],
    };
    const svg = renderTimeline({ policy: icg, ticket, now: '2024-03-06 12:00' }, { lang: 'es' });
    const resolution = lane(svg, 'lane-resolution');
    expect(resolution).toContain('>En espera del fabricante</text>');
    expect(resolution).toContain(
      '<title>Pausa (reloj detenido): «En espera del fabricante», manufacturer · 2024-03-04 09:00 – 2024-03-05 17:00</title>',
    );
    expect(lane(svg, 'lane-response')).not.toContain('class="pause"'); // the charter stops resolution only
  });

  it('marks a priority raised mid-ticket, with the priority it changed to', () => {
    const ticket: Ticket = {
      id: 'P-1',
      priority: 'normal',
      reportedAt: '2024-03-04 08:00',
      events: [
        { at: '2024-03-04 09:00', priority: 'Urgente' },
        { at: '2024-03-04 09:45', message: 'agent' },
      ],
    };
    for (const policy of [icg, icgWith({ priorityChange: 'restart' })]) {
      const svg = renderTimeline({ policy, ticket, now: '2024-03-04 13:00' }, { lang: 'en' });
      expect(svg).toContain('>Priority → urgent 09:00</text>');
      expect(count(svg, 'class="symbol-priority"')).toBe(2);
      expect(legendOf(svg)).toContain('>Priority changed</text>');
      expect(legendOf(svg)).not.toContain('Reopened');
    }
    // Retroactive: urgent's 1 h from 08:00, due 09:00; restart: from the change, due 10:00.
    expect(renderTimeline({ policy: icg, ticket, now: '2024-03-04 13:00' }, { lang: 'en' })).toContain(
      '>Due 09:00</text>',
    );
    expect(
      renderTimeline(
        { policy: icgWith({ priorityChange: 'restart' }), ticket, now: '2024-03-04 13:00' },
        { lang: 'en' },
      ),
    ).toContain('>Due 10:00</text>');
  });

  it('a plain ticket shows no history marks and no legend entries for them', () => {
    const svg = renderTimeline(
      { policy: icg, ticket: { id: 'T', priority: 'normal', reportedAt: '2024-03-04 08:00' }, now: '2024-03-04 12:00' },
      { lang: 'en' },
    );
    for (const absent of [
      'lane-cycle',
      'cycle-start',
      'symbol-reopened',
      'symbol-priority',
      'Reopened',
      'Cycle starts',
    ])
      expect(svg).not.toContain(absent);
  });
});

describe('renderTimeline: the update target', () => {
  // Important, reported Thursday 2024-03-21 09:00, answered 09:30. The customer writes Friday
  // 16:30 (due Tuesday 08:00 across the weekend and San José; replied 08:00, met) and Tuesday
  // 11:30 (due 14:30 across lunch; replied 14:45, breached).
  const ticket: Ticket = {
    id: 'U-1',
    priority: 'important',
    reportedAt: '2024-03-21 09:00',
    events: [
      { at: '2024-03-21 09:30', message: 'agent' },
      { at: '2024-03-22 16:30', message: 'customer' },
      { at: '2024-03-26 08:00', message: 'agent' },
      { at: '2024-03-26 11:30', message: 'customer' },
      { at: '2024-03-26 14:45', message: 'agent' },
    ],
  };

  it('one lane per update awaited, across a holiday and lunch', () => {
    const svg = renderTimeline({ policy: withUpdate(), ticket, now: '2024-03-26 16:00' }, { lang: 'en' });
    expect(xmlProblems(svg)).toEqual([]);
    expect(count(svg, '<g class="lane lane-update lane-cycle"')).toBe(2);
    const first = lane(svg, 'lane-update', 0);
    const second = lane(svg, 'lane-update', 1);
    expect(first).toContain('>Update · cycle 1 of 2</text>');
    expect(first).toContain('<title>2024-03-26 08:00 (America/Bogota)</title>');
    expect(first).toContain('class="symbol-met"');
    expect(first).toMatch(/<rect class="closure"[^>]*><title>2024-03-25 [^<]+<\/title>/);
    expect(second).toContain('>Update · cycle 2 of 2</text>');
    expect(second).toContain('<title>2024-03-26 14:30 (America/Bogota)</title>');
    expect(second).toContain('class="symbol-breached"');
    expect(second).toContain('>breached · 15 min over</text>');
    // The counted time of cycle 2: 11:30–12:30 and 13:30–14:30 within due, 14:30–14:45 past it.
    expect(count(second, 'class="over"')).toBe(1);
    const es = renderTimeline({ policy: withUpdate(), ticket, now: '2024-03-26 16:00' }, { lang: 'es' });
    expect(lane(es, 'lane-update', 0)).toContain(
      '<title>Inicia el ciclo 1: mensaje del cliente · 2024-03-22 16:30</title>',
    );
    expect(lane(es, 'lane-update', 1)).toContain('>Actualización · ciclo 2 de 2</text>');
    expect(legendOf(es)).toContain('>Inicia un ciclo</text>');
  });
});
