// The report's compliance charts (by priority, by month) draw the update target beside response
// and resolution when the policy sets one, and leave it out when it does not.
import { describe, expect, it } from 'vitest';
import { policies } from '../../src/policy';
import { renderHtmlReport } from '../../src/render/report';
import { audit } from '../../src/sla/audit';
import type { Ticket } from '../../src/sla/types';
import { withUpdate } from '../support/tickets';

const now = '2024-03-31 23:59';
// Normal, 2 bh update target: asked 09:00, answered 10:00 (met); asked 13:00, answered 17:00 (breached).
const chatty: Ticket = {
  id: 'U-1',
  priority: 'normal',
  reportedAt: '2024-03-05 08:00',
  events: [
    { at: '2024-03-05 09:00', message: 'customer' },
    { at: '2024-03-05 10:00', message: 'agent' },
    { at: '2024-03-05 13:00', message: 'customer' },
    { at: '2024-03-05 17:00', message: 'agent' },
    { at: '2024-03-06 09:00', status: 'Resuelto' },
  ],
};

const figure = (html: string, id: string) =>
  html.slice(html.indexOf(`<figure id="${id}"`), html.indexOf('</figure>', html.indexOf(`<figure id="${id}"`)));

describe('HTML report: compliance charts with an update target', () => {
  it('draws update bars and columns between response and resolution', async () => {
    const policy = withUpdate();
    const html = renderHtmlReport(await audit(policy, [chatty], { now }), { policy, lang: 'en' });
    for (const id of ['fig-priority', 'fig-month']) {
      const fig = figure(html, id);
      expect(fig).toContain(`${id}-p-update`);
      const at = ['Response: Met %', 'Update: Met %', 'Resolution: Met %'].map((h) => fig.indexOf(h));
      expect(at[0]).toBeGreaterThan(-1);
      expect(at).toEqual([...at].sort((a, b) => a - b));
      expect(fig).toMatch(/50(\.0)?%/); // one of the two awaited replies met
    }
  });

  it('has no update bars under a policy without an update target', async () => {
    const html = renderHtmlReport(await audit(policies.icg, [chatty], { now }), { policy: policies.icg, lang: 'en' });
    expect(figure(html, 'fig-priority')).not.toContain('update');
  });
});
