// The HTML report's per-customer section: hours per customer and month, with the logged effort
// beside them when the export has it, escaped, in Spanish and English; absent with no customers.
import { describe, expect, it } from 'vitest';
import { policies } from '../../src/policy';
import { renderHtmlReport } from '../../src/render/report';
import { audit } from '../../src/sla/audit';
import type { Ticket } from '../../src/sla/types';

const now = '2024-03-31 23:59';
const tickets: Ticket[] = [
  {
    id: 'A',
    priority: 'normal',
    customer: 'Acme <S.A.>',
    worked: 'PT3H',
    reportedAt: '2024-03-04 08:00',
    resolvedAt: '2024-03-04 10:00',
  },
  { id: 'B', priority: 'normal', customer: 'Beta', reportedAt: '2024-03-05 08:00' },
];

describe('HTML report: hours per customer', () => {
  it('lists each customer and month with hours and worked, escaped, in the report language', async () => {
    const report = await audit(policies.icg, tickets, { now });
    const es = renderHtmlReport(report, { policy: policies.icg, lang: 'es' });
    const section = es.slice(es.indexOf('id="customers"'));
    expect(section).toMatch(/Horas por cliente/);
    expect(section).toMatch(/Acme &lt;S\.A\.&gt;/);
    expect(section).toMatch(/Trabajado/);
    expect(section.indexOf('Acme')).toBeLessThan(section.indexOf('Beta'));
    const en = renderHtmlReport(report, { policy: policies.icg, lang: 'en' });
    expect(en).toMatch(/Hours per customer/);
    expect(en).toMatch(/href="#customers"/);
  });

  it('sums each customer over its months, the months folded under the totals', async () => {
    const april: Ticket = { ...tickets[0]!, id: 'C', reportedAt: '2024-04-01 08:00', resolvedAt: '2024-04-01 09:00' };
    const report = await audit(policies.icg, [...tickets, april], { now: '2024-04-30 23:59' });
    const html = renderHtmlReport(report, { policy: policies.icg, lang: 'en' });
    const section = html.slice(
      html.indexOf('id="customers"'),
      html.indexOf('</section>', html.indexOf('id="customers"')),
    );
    const [totals, months] = section.split('<details');
    // Acme: 2 tickets, 3 h of business time (2 h + 1 h), 6 h worked; no month column.
    expect(totals).toMatch(
      /Acme &lt;S\.A\.&gt;<\/th><td[^>]*>2<\/td><td[^>]*>2<\/td><td[^>]*>3 h<\/td><td[^>]*>6 h<\/td>/,
    );
    expect(totals).not.toMatch(/Mar 2024/);
    expect(months).toMatch(/Per customer and month/);
    expect(months).toMatch(/Mar 2024/);
    expect(months).toMatch(/Apr 2024/);
  });

  it('is left out when no ticket names a customer, and drops worked when none was logged', async () => {
    const bare = await audit(
      policies.icg,
      tickets.map(({ customer, worked, ...t }) => t),
      { now },
    );
    expect(renderHtmlReport(bare, { policy: policies.icg })).not.toMatch(/id="customers"/);
    const unlogged = await audit(
      policies.icg,
      tickets.map(({ worked, ...t }) => t),
      { now },
    );
    const html = renderHtmlReport(unlogged, { policy: policies.icg, lang: 'en' });
    expect(html).toMatch(/id="customers"/);
    expect(html.slice(html.indexOf('id="customers"'))).not.toMatch(/Worked/);
  });
});
