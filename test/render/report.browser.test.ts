// The HTML audit report in a real browser: headless Chromium (playwright-core) opens the report
// of the sample data (examples/data/icg-tickets.csv; generated tickets when it is missing) from
// a file, with a fresh profile. It must fetch nothing, log no errors, draw the charts and the
// timelines with non-empty geometry, parse every SVG, land every in-page link, and keep to the
// page width. Screenshots go to $HABIL_SCREENSHOTS (default: <tmpdir>/habil-screenshots) for a
// person to look at. Skipped only when no Chromium is installed and CI is unset: CI must run it.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { policies } from '../../src/policy';
import { BreachCollector } from '../../src/render/breaches';
import { renderHtmlReport } from '../../src/render/report';
import { renderTimeline } from '../../src/render/timeline';
import { audit, type AuditInput } from '../../src/sla/audit';
import type { AuditReport } from '../../src/sla/report';
import { AUDIT_NOW, generateTickets, SAMPLE_TICKETS } from './fixtures';

// The browser globals the page functions below use. Declared here, in this module only: the
// project's tsconfig has no DOM library, so the core cannot lean on a DOM by accident.
interface Rect {
  width: number;
  height: number;
  top: number;
}
interface BrowserElement {
  localName: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
  getBoundingClientRect(): Rect;
  getBBox(): Rect;
  querySelectorAll(selector: string): ArrayLike<BrowserElement> & Iterable<BrowserElement>;
  getElementsByTagName(name: string): ArrayLike<BrowserElement>;
}
interface BrowserDocument {
  documentElement: BrowserElement & { lang: string; scrollWidth: number };
  getElementById(id: string): BrowserElement | null;
  getElementsByTagName(name: string): ArrayLike<BrowserElement>;
  querySelectorAll(selector: string): ArrayLike<BrowserElement> & Iterable<BrowserElement>;
}
declare const document: BrowserDocument;
declare const window: { innerWidth: number; scrollTo(x: number, y: number): void };
declare const location: { hash: string };
declare const habil: {
  renderTimeline(input: { policy: unknown; ticket: unknown; now: string }, options: { lang: string }): string;
  policies: { icg: unknown };
};
declare class DOMParser {
  parseFromString(source: string, type: string): BrowserDocument;
}

const CHROMIUM = [process.env.HABIL_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (p) => p !== undefined && p !== '' && existsSync(p),
);
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];
const SAMPLE = join(__dirname, '../../examples/data/icg-tickets.csv');
const SHOTS = process.env.HABIL_SCREENSHOTS ?? join(tmpdir(), 'habil-screenshots');

/** The sample data's tickets and audit instant, or generated ones until the sample exists. */
async function tickets(): Promise<{
  input: AsyncIterable<AuditInput> | Iterable<AuditInput>;
  now: string;
  source: string;
}> {
  if (existsSync(SAMPLE)) {
    const { readTickets } = await import('../../src/node/read-tickets');
    return { input: readTickets(SAMPLE), now: '2024-12-31T23:59:59-05:00', source: 'examples/data/icg-tickets.csv' };
  }
  return { input: generateTickets(400), now: AUDIT_NOW, source: 'generated tickets' };
}

describe.skipIf(CHROMIUM === undefined && !process.env.CI)('the HTML report in headless Chromium', () => {
  let dir: string;
  let context: BrowserContext;
  let page: Page;
  let html: string;
  let report: AuditReport;
  let breaches: BreachCollector;
  const requests: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    const { input, now, source } = await tickets();
    breaches = new BreachCollector();
    report = await audit(policies.icg, input, { now, onRow: (row) => breaches.add(row) });
    html = renderHtmlReport(report, { policy: policies.icg, breaches });
    console.info(
      `report of ${source}: ${report.rows} rows, ${breaches.total} breached tickets, ${Buffer.byteLength(html)} bytes`,
    );

    dir = mkdtempSync(join(tmpdir(), 'habil-report-'));
    const file = join(dir, 'report.html');
    writeFileSync(file, html);
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM ?? '/usr/bin/chromium',
      headless: true,
      args: ARGS,
      viewport: { width: 1200, height: 900 },
    });
    context.on('request', (request) => requests.push(request.url()));
    // Anything but the file itself is refused, so a stray fetch fails loudly instead of hanging.
    await context.route(/.*/, (route) =>
      route.request().url().startsWith('file:') ? route.continue() : route.abort(),
    );
    page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning')
        errors.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });

    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({
      path: join(SHOTS, 'report-top.png'),
      clip: { x: 0, y: 0, width: 1200, height: 2600 },
      fullPage: true,
    });
    const firstTimeline = page.locator('section.timeline').first();
    if ((await firstTimeline.count()) > 0) await firstTimeline.screenshot({ path: join(SHOTS, 'report-timeline.png') });
    console.info(`screenshots in ${SHOTS}`);
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('fetches nothing but the document itself', () => {
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatch(/^file:\/\/.*report\.html$/);
  });

  it('logs no errors or warnings', () => {
    expect(errors).toEqual([]);
  });

  it('draws the three charts, with bars of non-zero size', async () => {
    const charts = await page.evaluate(() =>
      [...document.querySelectorAll('figure.chart svg.habil-chart')].map((svg) => {
        const box = svg.getBoundingClientRect();
        const bars = [...svg.querySelectorAll('rect.bar')].map((bar) => bar.getBBox());
        return {
          width: box.width,
          height: box.height,
          bars: bars.length,
          empty: bars.filter((b) => b.width <= 0 || b.height <= 0).length,
        };
      }),
    );
    expect(charts).toHaveLength(3);
    for (const chart of charts) {
      expect(chart.width).toBeGreaterThan(300);
      expect(chart.height).toBeGreaterThan(100);
      expect(chart.bars).toBeGreaterThan(2);
      expect(chart.empty).toBe(0);
    }
  });

  it('draws a timeline for each of the worst breached tickets, with due and time counted', async () => {
    const timelines = await page.evaluate(() =>
      [...document.querySelectorAll('section.timeline svg.habil-timeline')].map((svg) => {
        const box = svg.getBoundingClientRect();
        const due = [...svg.querySelectorAll('.lane line.mark-due')].map((l) => l.getBoundingClientRect().height);
        const counted = [...svg.querySelectorAll('rect.counted, rect.over')].map((r) => r.getBBox().width);
        return {
          width: box.width,
          height: box.height,
          due,
          counted: counted.filter((w) => w > 0).length,
          breached: svg.querySelectorAll('.symbol-breached').length,
        };
      }),
    );
    expect(timelines).toHaveLength(Math.min(50, breaches.total));
    for (const t of timelines) {
      expect(t.width).toBeGreaterThan(400);
      expect(t.height).toBeGreaterThan(150);
      expect(t.due.length).toBeGreaterThan(0);
      for (const h of t.due) expect(h).toBeGreaterThan(0);
      expect(t.counted).toBeGreaterThan(0);
      expect(t.breached).toBeGreaterThan(0);
    }
  });

  it('parses every SVG as XML, and labels each with a title and a description', async () => {
    const svgs = [...html.matchAll(/<svg [\s\S]*?<\/svg>/g)].map((m) => m[0]);
    const standalone = (['es', 'en'] as const).flatMap((lang) =>
      Object.values(SAMPLE_TICKETS).map((ticket) =>
        renderTimeline({ policy: policies.icg, ticket, now: '2024-03-27 12:00' }, { lang }),
      ),
    );
    const parsed = await page.evaluate(
      (sources) => {
        return sources.map((source) => {
          const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
          const root = doc.documentElement;
          const [title, desc] = (root.getAttribute('aria-labelledby') ?? '')
            .split(' ')
            .map((id) => doc.getElementById(id)?.textContent ?? '');
          return {
            errors: doc.getElementsByTagName('parsererror').length,
            root: root.localName,
            role: root.getAttribute('role'),
            title,
            desc,
          };
        });
      },
      [...svgs, ...standalone],
    );
    expect(parsed.length).toBe(3 + Math.min(50, breaches.total) + standalone.length);
    for (const p of parsed) {
      expect(p).toMatchObject({ errors: 0, root: 'svg', role: 'img' });
      expect(p.title?.length).toBeGreaterThan(5);
      expect(p.desc?.length).toBeGreaterThan(20);
    }
  });

  it('lands every in-page link, and a breach link scrolls to its timeline', async () => {
    const missing = await page.evaluate(() =>
      [...document.querySelectorAll('a[href^="#"]')]
        .map((a) => a.getAttribute('href')!.slice(1))
        .filter((id) => !document.getElementById(id)),
    );
    expect(missing).toEqual([]);
    const link = page.locator('table.breaches a').first();
    const target = (await link.getAttribute('href'))!;
    await link.click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(target);
    const top = await page.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().top, target.slice(1));
    expect(top).toBeGreaterThanOrEqual(-1);
    expect(top).toBeLessThan(900);
    await page.evaluate(() => window.scrollTo(0, 0));
  });

  it('fits the page width, and keeps the charter quote and the tables', async () => {
    const layout = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      inner: window.innerWidth,
      // One block per charter line: a paragraph, a bullet or a table row.
      quoted: document.querySelectorAll('blockquote.charter :is(p, li, tr)').length,
      markdown: /\*\*(?!no incluye)/.test(document.querySelectorAll('blockquote.charter')[0]?.textContent ?? ''),
      tables: document.querySelectorAll('table').length,
      lang: document.documentElement.lang,
    }));
    expect(layout.scroll).toBeLessThanOrEqual(layout.inner);
    expect(layout.quoted).toBe(policies.icg.source!.lines.length);
    expect(layout.markdown).toBe(false);
    expect(layout.tables).toBeGreaterThanOrEqual(6);
    expect(layout.lang).toBe('es');
  });

  it('still tells its series apart in greyscale (screenshot for people)', async () => {
    await page.emulateMedia({ media: 'print' });
    await page
      .locator('#fig-priority')
      .screenshot({ path: join(SHOTS, 'chart-print.png'), style: 'html { filter: grayscale(1); }' });
    await page.emulateMedia({ media: 'screen' });
    // The second series is a pattern, not just another colour.
    expect(html).toMatch(/<pattern id="fig-priority-p-resolution"[^>]*>.*?<circle /);
  });

  it('runs renderTimeline in the browser itself: the core bundles with no Node built-ins', async () => {
    const bundle = await build({
      entryPoints: [join(__dirname, '../../src/index.ts')],
      bundle: true,
      write: false,
      format: 'iife',
      globalName: 'habil',
      platform: 'browser',
      logLevel: 'silent',
    });
    const tab = await context.newPage();
    await tab.setContent('<!DOCTYPE html><html><body><div id="out"></div></body></html>');
    await tab.addScriptTag({ content: bundle.outputFiles[0]!.text });
    const drawn = await tab.evaluate((ticket) => {
      const svg = habil.renderTimeline({ policy: habil.policies.icg, ticket, now: '2024-03-27 12:00' }, { lang: 'en' });
      const out = document.getElementById('out') as unknown as {
        innerHTML: string;
        querySelector(s: string): BrowserElement | null;
      };
      out.innerHTML = svg;
      const root = out.querySelector('svg')!;
      return {
        width: root.getBoundingClientRect().width,
        due: root.querySelectorAll('.lane line.mark-due').length,
        pauses: root.querySelectorAll('rect.pause').length,
      };
    }, SAMPLE_TICKETS.paused);
    await tab.close();
    expect(drawn).toEqual({ width: 960, due: 2, pauses: 1 });
  });
});
