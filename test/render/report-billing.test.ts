// The HTML report's billing section: per customer and month, the plan's price and the billable
// events at their rate, totals per currency with the tax note as stated; in both languages,
// customer names escaped; left out when nothing bills.
import { describe, expect, it } from 'vitest';
import { policies } from '../../src/policy';
import { renderHtmlReport } from '../../src/render/report';
import { audit } from '../../src/sla/audit';
import type { Ticket } from '../../src/sla/types';

const now = '2025-04-30 00:00';
const isys = policies.isys({ rates: { outsideCoverage: { amount: 180_000, currency: 'COP', note: '+ IVA' } } });
const tickets: Ticket[] = [
  // Answered on a Saturday: one event outside coverage.
  {
    customer: 'Ñandú & <Hijos>',
    plan: 'standard',
    priority: 'high',
    reportedAt: '2025-03-08 09:00',
    respondedAt: '2025-03-08 09:30',
    resolvedAt: '2025-03-08 10:00',
  },
  {
    customer: 'Beta',
    plan: 'per-event',
    priority: 'high',
    reportedAt: '2025-03-10 09:00',
    resolvedAt: '2025-03-10 10:00',
  },
];

/** The billing section of a page: from its heading to the next section. */
function billingPart(html: string): string {
  const start = html.indexOf('id="billing"');
  expect(start).toBeGreaterThan(0);
  const end = html.indexOf('<section', start + 1);
  return html.slice(start, end < 0 ? undefined : end);
}

describe('HTML billing section', () => {
  it('lists lines per customer and month with exact amounts, the tax note kept', async () => {
    const report = await audit(isys, tickets, { now });
    const es = billingPart(renderHtmlReport(report, { policy: isys, lang: 'es' }));
    expect(es).toContain('Facturación');
    expect(es).toContain('Ñandú &amp; &lt;Hijos&gt;');
    expect(es).not.toContain('<Hijos>');
    expect(es).toContain('Evento fuera de cobertura');
    expect(es).toContain('COP 180.000,00 + IVA');
    expect(es).toContain('Total: COP 180.000,00 + IVA');
    // The per-event plan has no rate in this contract: "según el caso".
    expect(es).toContain('según el caso');
    expect(es).toContain('1 evento(s) sin tarifa');
    const en = billingPart(renderHtmlReport(report, { policy: isys, lang: 'en' }));
    expect(en).toContain('Billing');
    expect(en).toContain('COP 180,000.00 + IVA');
    expect(en).toContain('Per-event ticket');
  });

  it('hosting level 3 shows its monthly price; a policy that bills nothing has no section', async () => {
    const hosting = await audit(
      policies.hosting,
      [{ customer: 'ACME', plan: 'level-3', priority: 'low', reportedAt: '2025-03-03 10:00' }],
      { now },
    );
    expect(billingPart(renderHtmlReport(hosting, { policy: policies.hosting, lang: 'es' }))).toContain(
      'Precio del plan',
    );
    const icg = await audit(policies.icg, [{ priority: 'urgent', reportedAt: '2025-03-03 10:00' }], { now });
    expect(renderHtmlReport(icg, { policy: policies.icg })).not.toContain('id="billing"');
  });
});
