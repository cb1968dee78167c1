// The core entry runs in a browser: dist/index.js bundled by esbuild for the browser (every
// dependency included, any Node built-in refused), loaded by a page served on 127.0.0.1, and
// computing in headless Chromium (driven by playwright-core) what it computes in Node. A page
// has no `require`: Colombian holidays come from the baked table, and the page hands habil
// date-holidays and zod with usePeers before asking for Germany's and Japan's.
//
// Chromium is Debian's (/usr/bin/chromium; .ci/run installs it). Without one, this file is
// skipped with a message on a developer's machine, and fails in CI (CI=true).

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as habil from '../../src/index';
import { noNodeBuiltins } from '../../scripts/lib/bundle.mjs';
import { dist, ensureBuilt } from './helpers';

function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const path of candidates) if (path && existsSync(path)) return path;
  try {
    const found = execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], {
      encoding: 'utf8',
    }).trim();
    return found || undefined;
  } catch {
    return undefined;
  }
}

const executablePath = findChromium();
const inCi = Boolean(process.env.CI);
const skip = !executablePath && !inCi;
if (skip)
  console.warn(
    'test/package/browser.test.ts skipped: no chromium binary (apt-get install chromium, or set CHROMIUM_PATH); in CI it must run',
  );

/** What the page computes, and Node computes the same way: plain JSON. */
function compute(h: typeof habil & { peers?: habil.Peers }) {
  const workday = ['07:00-12:30', '13:30-17:30'];
  const icg = h.Calendar.from({
    zone: 'America/Bogota',
    hours: { mon: workday, tue: workday, wed: workday, thu: workday, fri: workday },
    holidays: [{ country: 'CO' }],
  });
  const sla = h.evaluate(
    h.policies.icg,
    { id: 'T-1', priority: 'Urgente', reportedAt: '2024-03-01 16:00', respondedAt: '2024-03-01 16:40' },
    { now: '2024-03-04 08:00' },
  );
  // Holidays computed by date-holidays with its time-zone and astronomy dependencies: Germany
  // (Bavaria), and Japan's equinox days. The page hands date-holidays over; Node loads it itself.
  if (h.peers) h.usePeers(h.peers);
  const munich = h.Calendar.from({
    zone: 'Europe/Berlin',
    hours: {
      mon: ['09:00-17:00'],
      tue: ['09:00-17:00'],
      wed: ['09:00-17:00'],
      thu: ['09:00-17:00'],
      fri: ['09:00-17:00'],
    },
    holidays: [{ country: 'DE', state: 'BY' }],
  });
  const tokyo = h.Calendar.from({ zone: 'Asia/Tokyo', hours: '24/7', holidays: [{ country: 'JP' }] });
  let error = '';
  try {
    h.Calendar.from({ zone: 'Mars/Olympus', hours: '24/7' });
  } catch (e) {
    error = e instanceof h.HabilError ? e.code : 'not a HabilError';
  }
  return {
    due: icg.add('2024-03-01 16:00', 'PT4H').toISOString(),
    lunch: icg.between('2024-03-01 12:00', '2024-03-01 14:00'),
    holyWeek: icg.add('2024-03-26 15:00', 'PT16H').toISOString(),
    munich: munich.add('2024-05-08 16:00', 'PT2H').toISOString(),
    equinox: [tokyo.isOpen('2024-03-20 12:00'), tokyo.isOpen('2024-09-22 12:00'), tokyo.isOpen('2024-03-21 12:00')],
    response: sla.targets.response?.status,
    resolution: sla.targets.resolution?.due.toISOString(),
    error,
  };
}

describe.skipIf(skip)('the core entry in headless Chromium', () => {
  let bundle = '';
  let server: Server;
  let origin = '';
  let context: BrowserContext | undefined;
  let profile = '';

  beforeAll(async () => {
    ensureBuilt();
    if (!executablePath)
      throw new Error(
        'no chromium binary: .ci/run installs Debian chromium (apt-get install -y chromium); set CHROMIUM_PATH to use another',
      );
    const entry = `export * from ${JSON.stringify(join(dist, 'index.js'))};
import Holidays from 'date-holidays';
import * as zod from 'zod';
export const peers = { Holidays, zod };`;
    const result = await build({
      stdin: { contents: entry, resolveDir: dist, loader: 'js' },
      bundle: true,
      format: 'esm',
      platform: 'browser',
      minify: true,
      write: false,
      logLevel: 'silent',
      plugins: [noNodeBuiltins()],
    });
    bundle = result.outputFiles[0]!.text;
    const page = `<!doctype html><meta charset="utf-8"><title>habil</title>
<script type="module">
  import * as habil from '/habil.js';
  const compute = ${compute.toString()};
  try {
    habil.Calendar.from({ zone: 'Europe/Berlin', hours: '24/7', holidays: [{ country: 'DE' }] });
    window.withoutPeers = 'no error';
  } catch (e) { window.withoutPeers = e.code; }
  try { window.result = compute(habil); } catch (e) { window.result = { thrown: String(e && e.stack || e) }; }
</script>`;
    server = createServer((req, res) => {
      if (req.url === '/habil.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(bundle);
      else if (req.url === '/') res.writeHead(200, { 'content-type': 'text/html' }).end(page);
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    profile = mkdtempSync(join(tmpdir(), 'habil-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      // A zone with an odd offset: the answers must not depend on the browser's time zone.
      timezoneId: 'Pacific/Chatham',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    // Nothing leaves this machine: only the test server answers.
    await context.route('**/*', (route) =>
      route.request().url().startsWith(origin) ? route.continue() : route.abort(),
    );
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('bundles for the browser with no Node built-in', async () => {
    expect(bundle.length).toBeGreaterThan(0);
    // The guard itself: a module that imports a built-in does not bundle.
    await expect(
      build({
        stdin: { contents: "import { readFileSync } from 'node:fs'; console.log(readFileSync);", resolveDir: dist },
        bundle: true,
        write: false,
        logLevel: 'silent',
        platform: 'browser',
        plugins: [noNodeBuiltins()],
      }),
    ).rejects.toThrow(/Node built-in/);
  });

  it('computes deadlines, holidays and an evaluation exactly as Node does', async () => {
    const page = await context!.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => (globalThis as unknown as { result?: unknown }).result !== undefined, undefined, {
      timeout: 60_000,
    });
    const inBrowser = await page.evaluate(() => (globalThis as unknown as { result: unknown }).result);
    const withoutPeers = await page.evaluate(() => (globalThis as unknown as { withoutPeers: unknown }).withoutPeers);
    const timeZone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    await page.close();

    expect(problems).toEqual([]);
    expect(withoutPeers).toBe('MISSING_PEER');
    expect(timeZone).toBe('Pacific/Chatham');
    const inNode = compute(habil);
    expect(inNode.due).toBe('2024-03-04T14:30:00.000Z');
    expect(inBrowser).toEqual(inNode);
  });
});
