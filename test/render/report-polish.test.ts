// The HTML report as a support manager hands it on: the charter's markdown rendered and escaped,
// no internal ids or developer hints in the Spanish report, rejection reasons in the report's
// language, chart captions true to the charts, legends only for the targets the policy sets,
// and a prominent warning when rows were rejected.
import { describe, expect, it } from 'vitest';
import { policies } from '../../src/policy';
import { charterHtml, inlineMarkdown } from '../../src/render/charter-text';
import { renderHtmlReport } from '../../src/render/report';
import { audit } from '../../src/sla/audit';
import type { AuditRow } from '../../src/sla/report';
import type { Ticket } from '../../src/sla/types';
import { AUDIT_NOW, generateTickets } from './fixtures';

const BAD: Ticket[] = [
  { id: 'B-1', priority: 'Crítico', reportedAt: '2024-03-01 16:00' },
  { id: 'B-2', priority: 'Urgente', reportedAt: '31/02/2024 10:15' },
];

async function report(policy: typeof policies.icg, tickets: Ticket[], lang: 'es' | 'en' = 'es') {
  const rows: AuditRow[] = [];
  const audited = await audit(policy, tickets, { now: AUDIT_NOW, onRow: (row) => rows.push(row) });
  return renderHtmlReport(audited, { policy, breaches: rows, lang });
}

/** The page's visible text, tags removed. */
function visible(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'");
}

describe('the HTML report, polished', () => {
  it('renders charter markdown and escapes everything else', () => {
    expect(inlineMarkdown('En **horario NO hábil** <script>')).toBe(
      'En <strong>horario NO hábil</strong> &lt;script&gt;',
    );
    expect(inlineMarkdown('*nota* `x<y` \\*\\*literal')).toBe('<em>nota</em> <code>x&lt;y</code> **literal');
    expect(inlineMarkdown('Prioridad Urgente:** sin pareja')).toBe('Prioridad Urgente: sin pareja');
    expect(charterHtml(['- uno', '- dos', 'a\tb', 'fin'])).toBe(
      '<ul><li>uno</li><li>dos</li></ul><table><tbody><tr><td>a</td><td>b</td></tr></tbody></table><p>fin</p>',
    );
  });

  it('shows no internal ids or developer hints in the Spanish report', async () => {
    const text = visible(await report(policies.icg, [...generateTickets(120), ...BAD]));
    for (const internal of [
      "reloj 'business'",
      "'24/7'",
      'plan standard',
      '(urgent)',
      '(normal)',
      'evaluate(',
      'explain:',
      'renderTimeline',
      '000_',
    ])
      expect(text).not.toContain(internal);
    expect(text).toContain('horario hábil');
  });

  it('gives rejection reasons in the report language', async () => {
    const es = visible(await report(policies.icg, [...generateTickets(20), ...BAD]));
    expect(es).toContain('La prioridad no es una de las de la política');
    expect(es).toContain('No se puede leer la fecha de creación como fecha y hora');
    expect(es).not.toMatch(/is not a priority|is not an ISO 8601/);
    const en = visible(await report(policies.icg, [...generateTickets(20), ...BAD], 'en'));
    expect(en).toMatch(/is not a priority/);
  });

  it('captions the charts with what they draw (no median under a bar chart)', async () => {
    const html = await report(policies.icg, generateTickets(120));
    const captions = [...html.matchAll(/<figcaption>([\s\S]*?)<\/figcaption>/g)].map((m) => m[1]!);
    expect(captions.length).toBeGreaterThanOrEqual(2);
    for (const caption of captions) expect(caption).not.toMatch(/Mediana|p90/);
  });

  it('has legends and bars only for the targets the policy sets (hosting: no resolution)', async () => {
    const plan = policies.hosting.plans[0]!;
    const tickets = generateTickets(60).map((t, i) => ({
      ...t,
      plan: plan.id,
      priority: plan.priorities[i % plan.priorities.length]!.id,
    }));
    const html = await report(policies.hosting, tickets);
    const charts = [...html.matchAll(/<svg[^>]*class="habil-chart"[\s\S]*?<\/svg>/g)].map((m) => m[0]);
    const compliance = charts.filter((svg) => /fig-(priority|month)/.test(svg));
    expect(compliance).toHaveLength(2);
    for (const svg of compliance) {
      expect(svg).toContain('Respuesta');
      expect(svg).not.toContain('Solución');
    }
  });

  it('warns prominently when rows were rejected, and only then', async () => {
    const clean = await report(policies.icg, generateTickets(30));
    expect(clean).not.toContain('class="warning"');
    const html = await report(policies.icg, [...generateTickets(30), ...BAD]);
    const warning = /<p class="warning" role="note">([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '';
    expect(visible(warning)).toMatch(/Se rechazaron 2 de 32 filas: .* solo las 30 filas evaluadas/);
    expect(warning).toContain('href="#errors"');
    // Above the first section.
    expect(html.indexOf('class="warning"')).toBeLessThan(html.indexOf('<section'));
  });
});
