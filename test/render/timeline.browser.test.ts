// Timelines of ticket histories in a real browser: headless Chromium (playwright-core) lays out
// a reopened ticket and an update target awaited twice, each cycle in its own lane. Every cycle
// lane must have a visible due line and counted bar, lanes must not overlap, event labels must
// not overlap each other, and the page must keep its width. Screenshots go to
// $HABIL_SCREENSHOTS (default: <tmpdir>/habil-screenshots) for a person to look at. Skipped only
// when no Chromium is installed and CI is unset: CI must run it.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { policies } from '../../src/policy';
import { renderTimeline } from '../../src/render/timeline';
import type { Ticket } from '../../src/sla/types';
import { withUpdate } from '../support/tickets';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
interface BrowserElement {
  getAttribute(name: string): string | null;
  textContent: string | null;
  getBBox(): Box;
  querySelectorAll(selector: string): ArrayLike<BrowserElement> & Iterable<BrowserElement>;
}
declare const document: {
  documentElement: { scrollWidth: number };
  querySelectorAll(selector: string): Iterable<BrowserElement>;
};

const CHROMIUM = [process.env.HABIL_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (p) => p !== undefined && p !== '' && existsSync(p),
);
const SHOTS = process.env.HABIL_SCREENSHOTS ?? join(tmpdir(), 'habil-screenshots');

const reopened: Ticket = {
  id: 'R-2',
  priority: 'urgent',
  reportedAt: '2024-03-04 08:00',
  events: [
    { at: '2024-03-04 08:20', message: 'agent' },
    { at: '2024-03-04 09:00', status: 'En espera del cliente' },
    { at: '2024-03-04 10:00', status: 'Abierto' },
    { at: '2024-03-04 10:30', priority: 'Importante' },
    { at: '2024-03-04 11:00', status: 'Resuelto' },
    { at: '2024-03-04 14:00', status: 'Reabierto' },
    { at: '2024-03-04 16:00', status: 'Resuelto' },
  ],
};
const awaited: Ticket = {
  id: 'U-1',
  priority: 'important',
  reportedAt: '2024-03-21 09:00',
  events: [
    { at: '2024-03-21 09:30', message: 'agent' },
    { at: '2024-03-22 10:00', status: 'Esperando cliente' },
    { at: '2024-03-22 16:30', message: 'customer' },
    { at: '2024-03-22 16:30', status: 'Abierto' },
    { at: '2024-03-26 08:00', message: 'agent' },
    { at: '2024-03-26 11:30', message: 'customer' },
    { at: '2024-03-26 14:45', message: 'agent' },
  ],
};

describe.skipIf(CHROMIUM === undefined && !process.env.CI)('timelines of histories in headless Chromium', () => {
  let dir: string;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'habil-timeline-'));
    browser = await chromium.launch({
      executablePath: CHROMIUM ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu'],
    });
    page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    const svgs = [
      renderTimeline({ policy: policies.icg, ticket: reopened, now: '2024-03-05 08:00' }, { lang: 'en' }),
      renderTimeline({ policy: withUpdate(), ticket: awaited, now: '2024-03-26 16:00' }, { lang: 'es' }),
    ];
    await page.setContent(`<!DOCTYPE html><html><body style="margin:0">${svgs.join('<br>')}</body></html>`);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, 'timeline-cycles.png'), fullPage: true });
    console.info(`screenshot in ${join(SHOTS, 'timeline-cycles.png')}`);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('draws each cycle lane with a visible due line and counted time, lanes apart', async () => {
    const svgs = await page.evaluate(() =>
      [...document.querySelectorAll('svg.habil-timeline')].map((svg) =>
        [...svg.querySelectorAll('g.lane')].map((lane) => ({
          cls: lane.getAttribute('class'),
          top: lane.getBBox().y,
          bottom: lane.getBBox().y + lane.getBBox().height,
          due: [...lane.querySelectorAll('line.mark-due')].map((l) => l.getBBox().height),
          counted: [...lane.querySelectorAll('rect.counted, rect.over')].filter((r) => r.getBBox().width > 0).length,
          judged: lane.querySelectorAll('.symbol-met, .symbol-breached').length,
        })),
      ),
    );
    const cycles = svgs.map((lanes) => lanes.filter((l) => l.cls?.includes('lane-cycle')));
    expect(cycles.map((c) => c.map((l) => l.cls))).toEqual([
      ['lane lane-resolution lane-cycle', 'lane lane-resolution lane-cycle'],
      ['lane lane-update lane-cycle', 'lane lane-update lane-cycle'],
    ]);
    for (const lanes of svgs) {
      lanes.forEach((lane, i) => {
        for (const h of lane.due) expect(h).toBeGreaterThan(20);
        if (lane.cls?.includes('lane-cycle')) {
          expect(lane.counted).toBeGreaterThan(0);
          expect(lane.judged).toBe(1);
        }
        const next = lanes[i + 1];
        if (next) expect(lane.bottom).toBeLessThanOrEqual(next.top + 1);
      });
    }
  });

  it("writes the events' labels without overlap, and keeps the page width", async () => {
    // The events lane's labels: the texts right of the gutter above the first lane.
    const labels = await page.evaluate(() =>
      [...document.querySelectorAll('svg.habil-timeline')].map((svg) => {
        const top = svg.querySelectorAll('g.lane')[0]!.getBBox().y;
        return [...svg.querySelectorAll(':scope > text')]
          .map((t) => {
            const b = t.getBBox();
            return { x: b.x, y: b.y, width: b.width, height: b.height, text: t.textContent };
          })
          .filter((b) => b.x > 150 && b.y + b.height <= top);
      }),
    );
    for (const boxes of labels) {
      expect(boxes.length).toBeGreaterThan(2);
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i]!, boxes[j]!];
          const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
          expect(apart, `${a.text} / ${b.text}`).toBe(true);
        }
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1000);
  });
});
