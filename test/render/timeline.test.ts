// renderTimeline: well-formed SVG, every mark a ticket's life calls for (due, expected-by,
// warnings, pauses hatched, holidays, met and breached, deferred clock start, now), a legend,
// a text alternative, both languages, escaping, and a clear error for a result without
// explanations.
import { describe, expect, it } from 'vitest';
import { HabilError } from '../../src/errors';
import { policies } from '../../src/policy';
import { renderTimeline } from '../../src/render/timeline';
import { evaluate } from '../../src/sla/evaluate';
import { SAMPLE_TICKETS } from './fixtures';
import { xmlProblems } from './xml';

const now = '2024-03-27 12:00';
const icg = policies.icg;
const count = (svg: string, needle: string) => svg.split(needle).length - 1;

describe('renderTimeline', () => {
  it.each([
    ['breached', SAMPLE_TICKETS.breached],
    ['paused', SAMPLE_TICKETS.paused],
    ['deferred', SAMPLE_TICKETS.deferred],
  ] as const)('writes well-formed SVG for the %s ticket in both languages', (_, ticket) => {
    for (const lang of ['es', 'en'] as const) {
      const svg = renderTimeline({ policy: icg, ticket, now }, { lang });
      expect(xmlProblems(svg)).toEqual([]);
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
      const ids = [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
      expect(new Set(ids).size).toBe(ids.length);
      for (const ref of svg.matchAll(/url\(#([^)]+)\)/g)) expect(ids).toContain(ref[1]);
    }
  });

  it('marks due on every target, with its local time', () => {
    const svg = renderTimeline({ policy: icg, ticket: SAMPLE_TICKETS.breached, now }, { lang: 'en' });
    const lanes = svg.slice(0, svg.indexOf('<g class="legend">'));
    expect(count(lanes, 'class="mark-due"')).toBe(2);
    // Resolution due Monday 09:30 in Bogotá (4 business hours from Friday 16:00).
    expect(svg).toContain('>Due Mon 4, 09:30</text>');
    expect(svg).toContain('<title>2024-03-04 09:30 (America/Bogota)</title>');
  });

  it('shows a met response, a breached resolution and the time counted past due', () => {
    const svg = renderTimeline({ policy: icg, ticket: SAMPLE_TICKETS.breached, now }, { lang: 'en' });
    expect(svg).toContain('class="symbol-met"');
    expect(svg).toContain('class="symbol-breached"');
    expect(svg).toContain('class="over"');
    expect(svg).toContain('breached · 1 h 30 min over');
    expect(svg).toContain('met in 40 min');
  });

  it('hatches pauses with a pattern, and cross-hatches the holiday', () => {
    const svg = renderTimeline({ policy: icg, ticket: SAMPLE_TICKETS.paused, now }, { lang: 'en', id: 'tp' });
    const pause = /<rect class="pause"[^>]*fill="url\(#tp-p-pause\)"[^>]*><title>([^<]*)<\/title>/.exec(svg);
    expect(pause?.[1]).toBe('Pause (clock stopped): fabricante · 2024-03-27 08:00 – 2024-03-27 11:00');
    expect(svg).toMatch(/<pattern id="tp-p-pause"[^>]*patternTransform="rotate\(45\)"><rect[^>]*\/><line /);
    // Monday 25 March 2024 is San José, a Colombian public holiday.
    expect(svg).toMatch(/<rect class="closure"[^>]*fill="url\(#tp-p-closure\)"[^>]*><title>2024-03-25 [^<]+<\/title>/);
    // The pause stops resolution only.
    const response = svg.slice(svg.indexOf('lane-response'), svg.indexOf('lane-resolution'));
    expect(response).not.toContain('class="pause"');
  });

  it('marks the warning levels reached and the instant of evaluation', () => {
    const svg = renderTimeline({ policy: icg, ticket: SAMPLE_TICKETS.paused, now }, { lang: 'es' });
    expect(svg).toContain('class="mark-warning"');
    expect(svg).toContain('>Alerta 75 %</text>');
    expect(svg).toContain('class="mark-now"');
    expect(svg).toContain('>Ahora mié 27, 12:00</text>');
  });

  it('shows a deferred intake: the report, and the clock starting at the next opening', () => {
    const svg = renderTimeline({ policy: icg, ticket: SAMPLE_TICKETS.deferred, now }, { lang: 'en' });
    expect(svg).toContain('class="symbol-reported"');
    expect(svg).toContain('class="symbol-clockStart"');
    expect(svg).toContain('>Clock starts Tue 26, 07:00</text>');
    expect(svg).toContain('reported outside business hours: the clocks start at the next opening');
  });

  it('draws expected-by for a range target', () => {
    const ticket = {
      id: 'H-1',
      plan: 'level-1',
      priority: 'medium',
      reportedAt: '2024-03-04 09:00',
      respondedAt: '2024-03-04 15:00',
    };
    const svg = renderTimeline({ policy: policies.hosting, ticket, now: '2024-03-05 00:00' }, { lang: 'en' });
    expect(svg).toContain('class="mark-expected"');
    // "3 a 5 horas hábiles" from 09:00: expected by 12:00, due 14:00; one day, so hours alone.
    expect(svg).toContain('>Expected by 12:00</text>');
    expect(svg).toContain('>Due 14:00</text>');
    expect(svg).not.toContain('lane-hours');
  });

  it('adds the business hours lane when no target runs on them', () => {
    const ticket = {
      id: 'H-3',
      plan: 'level-3',
      priority: 'high',
      reportedAt: '2024-03-04 09:00',
      respondedAt: '2024-03-04 09:30',
    };
    const svg = renderTimeline({ policy: policies.hosting, ticket, now: '2024-03-05 00:00' }, { lang: 'en' });
    expect(svg).toContain('lane-hours');
    expect(svg).toContain('>Business hours</text>');
  });

  it('has a legend naming what it shows, in each language', () => {
    const en = renderTimeline({ policy: icg, ticket: SAMPLE_TICKETS.paused, now }, { lang: 'en' });
    const es = renderTimeline({ policy: icg, ticket: SAMPLE_TICKETS.paused, now }, { lang: 'es' });
    const legend = (svg: string) => svg.slice(svg.indexOf('<g class="legend">'));
    for (const label of [
      'Open hours of the clock',
      'Time counted',
      'Pause (clock stopped)',
      'Holiday or closure',
      'Due',
      'Breached',
      'Now (time of evaluation)',
    ]) {
      expect(legend(en)).toContain(`>${label}</text>`);
    }
    for (const label of [
      'Horario del reloj',
      'Tiempo contado',
      'Pausa (reloj detenido)',
      'Festivo o cierre',
      'Vencimiento',
      'Incumplido',
    ]) {
      expect(legend(es)).toContain(`>${label}</text>`);
    }
    expect(en).toContain('>Resolution</text>');
    expect(es).toContain('>Solución</text>');
  });

  it('defaults to the policy language and the business calendar zone', () => {
    const svg = renderTimeline({ policy: icg, ticket: SAMPLE_TICKETS.breached, now });
    expect(svg).toContain('>Caso T-1</text>');
    expect(svg).toContain('horas en America/Bogota');
    const utc = renderTimeline({ policy: icg, ticket: SAMPLE_TICKETS.breached, now }, { lang: 'en', zone: 'UTC' });
    expect(utc).toContain('times in UTC');
    expect(utc).toContain('>Due Mon 4, 14:30</text>');
  });

  it('is accessible: role img, a title and a description holding the explanation', () => {
    const svg = renderTimeline({ policy: icg, ticket: SAMPLE_TICKETS.breached, now }, { lang: 'en', id: 'a1' });
    expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-labelledby="a1-title a1-desc"/);
    expect(svg).toContain('<title id="a1-title">Ticket T-1 — ');
    const desc = /<desc id="a1-desc">([^<]*)<\/desc>/.exec(svg)![1]!;
    expect(desc).toContain('Resolution (breached): target up to 4 h');
    expect(desc).toContain('Due 2024-03-04 09:30');
  });

  it('escapes ticket ids and texts', () => {
    const svg = renderTimeline({ policy: icg, ticket: SAMPLE_TICKETS.deferred, now }, { lang: 'en' });
    expect(svg).not.toContain('T-3 <&>');
    expect(svg).toContain('Ticket T-3 &lt;&amp;&gt;');
    expect(xmlProblems(svg)).toEqual([]);
  });

  it('reuses a result evaluated with explain: true, and rejects one without', () => {
    const input = { policy: icg, ticket: SAMPLE_TICKETS.breached, now };
    const sla = evaluate(icg, input.ticket, { now, explain: true });
    expect(renderTimeline({ ...input, sla })).toBe(renderTimeline(input));
    const bare = evaluate(icg, input.ticket, { now });
    expect(() => renderTimeline({ ...input, sla: bare })).toThrow(HabilError);
    expect(() => renderTimeline({ ...input, sla: bare })).toThrow(
      /sla: has no explanation for response and resolution: evaluate the ticket with \{ explain: true \}/,
    );
  });

  it('rejects an unknown zone', () => {
    expect(() =>
      renderTimeline({ policy: icg, ticket: SAMPLE_TICKETS.breached, now }, { zone: 'Mars/Olympus' }),
    ).toThrow(/options.zone: 'Mars\/Olympus' is not a known time zone/);
  });

  it('keeps to the width asked for', () => {
    const svg = renderTimeline({ policy: icg, ticket: SAMPLE_TICKETS.paused, now }, { width: 640 });
    expect(svg).toMatch(/^<svg [^>]*width="640" height="\d+" viewBox="0 0 640 \d+"/);
    const xs = [...svg.matchAll(/\sx2?="(-?[\d.]+)"/g)].map((m) => Number(m[1]));
    expect(Math.max(...xs)).toBeLessThanOrEqual(640);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
  });

  it('merges months of open periods into few shapes for a long-open ticket', () => {
    const ticket = { id: 'L-1', priority: 'Urgente', reportedAt: '2024-01-05 10:00', respondedAt: '2024-01-05 10:20' };
    const svg = renderTimeline({ policy: icg, ticket, now: '2024-07-01 00:00' }, { lang: 'en' });
    expect(xmlProblems(svg)).toEqual([]);
    expect(svg.length).toBeLessThan(120_000);
  });
});

describe('renderTimeline: options that draw nothing (issue 16)', () => {
  it('refuses a width that is not a finite number up to 20,000, and options that are not an object', () => {
    const input = { policy: policies.icg, ticket: SAMPLE_TICKETS.breached, now: '2024-03-31' };
    for (const width of [Number.NaN, Number.POSITIVE_INFINITY, -5, 1e9, '720']) {
      expect(() => renderTimeline(input, { width } as never), String(width)).toThrow(HabilError);
    }
    expect(() => renderTimeline(input, { width: Number.NaN })).toThrow(
      'options.width: NaN is not a number from 0 to 20000',
    );
    expect(() => renderTimeline(input, null as never)).toThrow(HabilError);
    expect(renderTimeline(input, { width: 300 })).toContain('width="480"');
  });
});
