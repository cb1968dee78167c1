// renderHtmlReport and BreachCollector without a browser: one self-contained page (nothing that
// could fetch), the sections, charts with text alternatives and data tables, the breach list
// linked to the capped timelines, the charter quoted, both languages, escaping.
import { describe, expect, it } from 'vitest';
import { policies } from '../../src/policy';
import { ICG_LINES } from '../../src/policy/builtin/icg';
import { BreachCollector } from '../../src/render/breaches';
import { escapeXml } from '../../src/render/escape';
import { renderHtmlReport } from '../../src/render/report';
import { audit } from '../../src/sla/audit';
import type { AuditReport, AuditRow } from '../../src/sla/report';
import { AUDIT_NOW, generateTickets } from './fixtures';
import { xmlProblems } from './xml';

const icg = policies.icg;
const tickets = generateTickets(240);

let audited: Promise<{ report: AuditReport; rows: AuditRow[] }> | undefined;

/** The generated tickets audited once, rendered as asked. */
async function run(options: { timelines?: number; listed?: number; lang?: 'es' | 'en' } = {}) {
  audited ??= (async () => {
    const rows: AuditRow[] = [];
    const report = await audit(icg, tickets, { now: AUDIT_NOW, onRow: (row) => rows.push(row) });
    return { report, rows };
  })();
  const { report, rows } = await audited;
  return { report, rows, html: renderHtmlReport(report, { policy: icg, breaches: rows, ...options }) };
}

describe('BreachCollector', () => {
  it('keeps the worst breached tickets, worst first, and counts them all', async () => {
    const all = new BreachCollector({ limit: 10_000 });
    const few = new BreachCollector({ limit: 7 });
    await audit(icg, tickets, {
      now: AUDIT_NOW,
      onRow: (row) => {
        all.add(row);
        few.add(row);
      },
    });
    expect(all.total).toBeGreaterThan(20);
    expect(few.total).toBe(all.total);
    expect(all.entries()).toHaveLength(all.total);
    expect(few.entries()).toEqual(all.entries().slice(0, 7));
    const overs = all.entries().map((e) => e.over);
    expect(overs).toEqual([...overs].sort((a, b) => b - a));
    for (const e of all.entries()) {
      expect(e.targets.length).toBeGreaterThan(0);
      expect(e.over).toBe(Math.max(...e.targets.map((t) => t.over)));
    }
  });

  it('says whether a breach is still open', async () => {
    const breaches = new BreachCollector();
    await audit(
      icg,
      [
        {
          id: 'closed',
          priority: 'Urgente',
          reportedAt: '2024-03-01 16:00',
          respondedAt: '2024-03-01 16:10',
          resolvedAt: '2024-03-04 11:00',
        },
        { id: 'open', priority: 'Urgente', reportedAt: '2024-03-01 16:00', respondedAt: '2024-03-01 16:10' },
      ],
      { now: '2024-03-05 00:00', onRow: (row) => breaches.add(row) },
    );
    const byId = Object.fromEntries(breaches.entries().map((e) => [e.ticketId, e.targets[0]!]));
    expect(byId.closed).toMatchObject({ target: 'resolution', open: false, over: 5_400_000 });
    expect(byId.open).toMatchObject({ target: 'resolution', open: true });
  });
});

describe('renderHtmlReport', () => {
  it('is one self-contained page: no scripts, styles, fonts or images from anywhere', async () => {
    const { html } = await run();
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="es">')).toBe(true);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|<object|<embed|@import|@font-face/i);
    expect(html).not.toMatch(/\b(?:src|srcset|poster|data)=/i);
    expect(html).not.toMatch(/url\((?!#)/);
    // The only absolute URLs: the SVG namespace.
    const urls = [...html.matchAll(/https?:\/\/[^\s"'<>)]+/g)].map((m) => m[0]);
    expect(new Set(urls)).toEqual(new Set(['http://www.w3.org/2000/svg']));
  });

  it('has the sections, in order, each linked from the contents', async () => {
    const { html } = await run({ lang: 'en' });
    const ids = ['summary', 'byPriority', 'byMonth', 'hours', 'breaches', 'timelines', 'policy'];
    let at = 0;
    for (const id of ids) {
      const i = html.indexOf(`<section id="${id}"`);
      expect(i, id).toBeGreaterThan(at);
      at = i;
      expect(html).toContain(`<a href="#${id}">`);
    }
    expect(html).toContain('<h2 id="byMonth-h">Compliance by month</h2>');
  });

  it('ids are unique and every in-page link lands', async () => {
    const { html } = await run();
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of html.matchAll(/href="#([^"]+)"/g)) expect(ids, m[1]).toContain(m[1]);
    for (const m of html.matchAll(/url\(#([^)]+)\)/g)) expect(ids, m[1]).toContain(m[1]);
    for (const m of html.matchAll(/aria-labelledby="([^"]+)"/g))
      for (const id of m[1]!.split(' ')) expect(ids, id).toContain(id);
  });

  it('draws three charts, each well-formed, described, and with its data as a table', async () => {
    const { html } = await run({ lang: 'en' });
    const charts = [...html.matchAll(/<svg [^>]*class="habil-chart"[\s\S]*?<\/svg>/g)].map((m) => m[0]);
    expect(charts).toHaveLength(3);
    for (const svg of charts) {
      expect(xmlProblems(svg)).toEqual([]);
      expect(svg).toMatch(/role="img"/);
      expect(svg).toMatch(/<title id="[^"]+">[^<]+<\/title><desc id="[^"]+">[^<]+<\/desc>/);
      expect(count(svg, 'class="bar"')).toBeGreaterThan(2);
    }
    expect(charts[0]).toContain('Highest: ');
    expect(count(html, '<details class="chart-data">')).toBe(3);
    expect(html).toMatch(/<figure id="fig-hours"[\s\S]*<th scope="row">Total<\/th>/);
  });

  it('lists the breaches worst first, linking the first ones to their timelines, and says so', async () => {
    const { html, rows } = await run({ timelines: 5, lang: 'en' });
    const breached = rows.filter(
      (r) => r.kind === 'evaluated' && Object.values(r.sla.targets).some((t) => t.status === 'breached'),
    ).length;
    expect(html).toContain(
      `${breached} tickets breached at least one target. All are listed, worst first. Timelines are drawn for the 5 worst`,
    );
    const timelines = [...html.matchAll(/<section id="(ticket-[^"]+)" class="timeline"/g)].map((m) => m[1]);
    expect(timelines).toHaveLength(5);
    const linked = [...html.matchAll(/<a href="#(ticket-[^"]+)">/g)].map((m) => m[1]);
    expect(linked).toEqual(timelines);
    for (const svg of html.matchAll(/<svg [^>]*class="habil-timeline"[\s\S]*?<\/svg>/g))
      expect(xmlProblems(svg[0])).toEqual([]);
  });

  it('caps the list as asked, and draws 50 timelines by default', async () => {
    const { html } = await run({ listed: 60, lang: 'en' });
    expect(html).toMatch(/The 60 furthest past target are listed, worst first\. Timelines are drawn for the 50 worst/);
    expect(count(html, 'class="habil-timeline"')).toBe(50);
    expect(
      count(
        html.slice(
          html.indexOf('<table class="breaches">'),
          html.indexOf('</table>', html.indexOf('<table class="breaches">')),
        ),
        '<tr>',
      ),
    ).toBe(61);
  });

  it('quotes the policy applied from its charter, word for word, its markdown rendered', async () => {
    const { html } = await run();
    expect(html).toContain('Carta de servicio de ICG Software Colombia — Help Desk');
    expect(html).not.toContain('000_99dc4b4e22752387.txt');
    const quote = html.slice(html.indexOf('<blockquote class="charter"'), html.indexOf('</blockquote>'));
    const text = quote.replace(/<\/t[dr]>/g, '\t').replace(/<[^>]+>/g, '');
    // Every word of every line is there, without the markdown markers.
    const bare = text.replace(/\*/g, '');
    for (const line of ICG_LINES)
      for (const word of line.replace(/[\\*]/g, '').replace(/^- /, '').split(/\s+/).filter(Boolean))
        expect(bare).toContain(escapeXml(word));
    expect(quote).toContain('<strong>horario NO hábil</strong>');
    expect(quote).toContain('<td>Prioridad Urgente</td><td>1 Hora</td><td>4 Horas (hábil)</td>');
    expect(text).not.toMatch(/\*\*(?!no incluye)/); // the only asterisks left are the charter's own \*\*
    expect(html).toContain('<td>hasta 1 h · 24/7</td>');
  });

  it('writes Spanish or English, defaulting to the policy language', async () => {
    const es = (await run()).html;
    const en = (await run({ lang: 'en' })).html;
    expect(es).toContain('<h2 id="breaches-h">Incumplimientos</h2>');
    expect(es).toContain('Porcentaje de objetivos cumplidos, por prioridad');
    expect(en).toContain('<h2 id="breaches-h">Breaches</h2>');
    expect(en).toContain('Share of targets met, by priority');
    expect(en).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
  });

  it('escapes what comes from the data', async () => {
    const ticket = {
      id: '<script>alert(1)</script>',
      priority: 'Urgente',
      reportedAt: '2024-03-01 16:00',
      respondedAt: '2024-03-01 16:10',
      resolvedAt: '2024-03-05 11:00',
    };
    const bad = { id: 'x"y', priority: 'Nope', reportedAt: '2024-03-01 16:00' };
    const rows: AuditRow[] = [];
    const report = await audit(icg, [ticket, bad], { now: AUDIT_NOW, onRow: (row) => rows.push(row) });
    const html = renderHtmlReport(report, { policy: icg, breaches: rows });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<section id="errors"');
    expect(html).toContain('x&quot;y');
  });

  it('without breaches given, lists the worst the report kept, without timelines', async () => {
    const { report } = await run();
    const html = renderHtmlReport(report, { policy: icg, lang: 'en' });
    expect(html).toContain('<table class="breaches">');
    expect(html).not.toContain('class="habil-timeline"');
  });

  it('says when nothing was breached', async () => {
    const report = await audit(
      icg,
      [
        {
          priority: 'Normal',
          reportedAt: '2024-03-04 08:00',
          respondedAt: '2024-03-04 08:30',
          resolvedAt: '2024-03-04 10:00',
        },
      ],
      { now: AUDIT_NOW },
    );
    const html = renderHtmlReport(report, { policy: icg, breaches: [], lang: 'en' });
    expect(html).toContain('<p>No target was breached.</p>');
  });
});

function count(text: string, needle: string): number {
  return text.split(needle).length - 1;
}
