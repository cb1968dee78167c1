// The help desk history of each sample ticket, as ICG's desk would log it: status changes in the
// ICG policy's vocabulary (Nuevo, En proceso, Esperando cliente, Escalado al fabricante, Visita
// en sitio, Resuelto, Reabierto), the customer's messages and the agents' replies (what the
// update target judges), a few reopenings and priority changes. Built on the flat ticket's
// instants (its report, first response, pause and solution) from a PRNG stream of its own, so
// the flat export (icg-tickets.csv) stays byte for byte what it was.

import { mulberry32 } from '../../scripts/lib/prng.mjs';
import { addBusiness, isOpen, MINUTE } from './icg-hours.mjs';

/** The audit instant of the demo (2024-12-31 23:59 in Bogotá): nothing later is logged. */
export const END = Date.UTC(2024, 11, 31, 23, 59);

/** How long an agent takes to answer a customer, in business minutes: typical, long. */
const REPLY = { urgent: [45, 300], important: [100, 600], normal: [200, 1100] };
/** Minutes of effort an agent logs, by priority. */
const EFFORT = { urgent: [45, 360], important: [30, 300], normal: [15, 150] };

/**
 * A function from a flat ticket's simulated instants ({ priority, reported, response?,
 * resolved?, pause? }) to its history: { events: [{ at, kind, value }], worked (minutes or
 * undefined), reopened, raised }.
 */
export function historyMaker(seed) {
  const random = mulberry32(seed);
  const chance = (p) => random() < p;
  const between = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  const skewed = ([typical, long], lateShare) =>
    chance(lateShare) ? between(Math.round(typical * 1.2), long) : Math.round(typical * (0.2 + random() * 0.8));
  /** The first open minute at or after `t`. */
  const opened = (t) => addBusiness(t, 1) - MINUTE;

  return (sim) => {
    const events = [];
    const add = (at, kind, value) => {
      if (at <= END) events.push({ at, kind, value });
    };
    const { reported, response, pause } = sim;
    let resolved = sim.resolved;
    let priority = sim.priority;
    // Urgent tickets are answered at night too; the others when the desk opens.
    const reply = (t) =>
      priority === 'urgent' && !isOpen(t) && chance(0.7)
        ? t + between(10, 90) * MINUTE
        : addBusiness(t, skewed(REPLY[priority], 0.08));
    const before = (t) => resolved === undefined || t < resolved;

    add(reported, 'estado', 'Nuevo');
    // "Urgent" raised from normal when the point of sale stops; now and then lowered.
    let raised = false;
    if (chance(priority === 'urgent' ? 0.04 : 0.03)) {
      const at = addBusiness(reported, between(20, 300));
      if (before(at)) {
        priority = priority === 'urgent' ? 'normal' : 'urgent';
        add(at, 'prioridad', priority === 'urgent' ? 'Urgente' : 'Normal');
        raised = priority === 'urgent';
      }
    }
    if (response !== undefined) {
      add(response, 'mensaje', 'agente');
      add(response, 'estado', 'En proceso');
    }
    if (pause) {
      // Escalated to the manufacturer or an on-site visit, as the flat export's pause says.
      add(pause.from, 'mensaje', 'agente');
      add(pause.from, 'estado', pause.reason);
      if (pause.to !== undefined) add(pause.to, 'estado', 'En proceso');
    } else if (response !== undefined && chance(0.22)) {
      // The agent needs something from the customer: the solution waits (the update does not).
      const asked = addBusiness(response, between(15, 180));
      if (before(asked)) {
        add(asked, 'mensaje', 'agente');
        add(asked, 'estado', 'Esperando cliente');
        const wait = between(30, 1500);
        const answered = addBusiness(asked, wait) + (chance(0.2) ? between(30, 240) * MINUTE : 0);
        add(answered, 'mensaje', 'cliente');
        add(answered, 'estado', 'Abierto');
        if (resolved !== undefined) resolved = addBusiness(resolved, wait);
        const answer = reply(answered);
        if (before(answer)) add(answer, 'mensaje', 'agente');
        else resolved = addBusiness(answer, between(30, 300));
      }
    }
    // The customer asks for news; off-hours now and then.
    const from = response ?? reported;
    const until = resolved ?? END;
    for (let n = chance(0.35) ? between(1, 2) : 0; n > 0 && until > from; n--) {
      const wall = from + Math.floor(random() * (until - from));
      const asked = chance(0.8) ? opened(wall) : wall;
      if (!before(asked)) continue;
      add(asked, 'mensaje', 'cliente');
      const answer = reply(asked);
      if (before(answer)) add(answer, 'mensaje', 'agente');
    }
    let reopened = 0;
    if (resolved !== undefined) {
      add(resolved, 'mensaje', 'agente');
      add(resolved, 'estado', 'Resuelto');
      // "It's failing again": reopened hours or days later, sometimes twice.
      for (let again = chance(0.04); again; again = chance(0.2)) {
        const back = resolved + between(120, 4320) * MINUTE;
        if (back > END) break;
        reopened++;
        add(back, 'estado', 'Reabierto');
        add(back, 'mensaje', 'cliente');
        const answer = reply(back);
        resolved = addBusiness(Math.max(answer, back), skewed([150, 900], 0.15));
        if (answer < resolved) add(answer, 'mensaje', 'agente');
        add(resolved, 'mensaje', 'agente');
        add(resolved, 'estado', 'Resuelto');
      }
    }
    events.sort((a, b) => a.at - b.at);
    const logged = resolved !== undefined && resolved <= END ? chance(0.85) : chance(0.4);
    const [lo, hi] = EFFORT[sim.priority];
    const worked = logged ? 15 * Math.ceil((between(lo, hi) + reopened * between(30, 120)) / 15) : undefined;
    return { events, worked, reopened, raised };
  };
}

/** ISO 8601 for whole minutes: 'PT1H45M'. */
export function isoMinutes(minutes) {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `PT${h ? `${h}H` : ''}${m || !h ? `${m}M` : ''}`;
}
