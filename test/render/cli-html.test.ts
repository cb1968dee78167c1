// `habil audit --format html`: the CLI writes the self-contained report of the sample export to
// a file (or stdout), in the policy's language by default or as --lang says.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { habil, NOW, SAMPLE } from '../cli/run-habil';

const dir = mkdtempSync(join(tmpdir(), 'habil-html-'));

describe.skipIf(!existsSync(SAMPLE))('habil audit --format html', () => {
  it('writes the report of the sample export to --out, in the policy language', async () => {
    const out = join(dir, 'report.html');
    const { code, err } = await habil(
      'audit',
      SAMPLE,
      '--policy',
      'icg',
      '--now',
      NOW,
      '--format',
      'html',
      '--out',
      out,
    );
    expect(code).toBe(0);
    expect(err).toMatch(/^1[.,]?000 rows read: \d+ evaluated, \d+ rejected; \d+ targets breached\n$/);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="es">/);
    expect(html).toContain('<h1>Auditoría de ANS — ICG Software Colombia — Help Desk</h1>');
    expect(html).toContain('Auditoría al 2024-12-31 23:59:59 (America/Bogota)');
    expect((html.match(/class="habil-chart"/g) ?? []).length).toBe(3);
    expect((html.match(/class="habil-timeline"/g) ?? []).length).toBeGreaterThan(0);
    expect(html).not.toMatch(/<script|<link|<img/i);
  });

  it('writes English with --lang en, to stdout without --out', async () => {
    const { code, out } = await habil(
      'audit',
      SAMPLE,
      '--policy',
      'icg',
      '--now',
      NOW,
      '--format',
      'html',
      '--lang',
      'en',
    );
    expect(code).toBe(0);
    expect(out).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(out).toContain('<h2 id="breaches-h">Breaches</h2>');
  });

  it('rejects an unknown language', async () => {
    const { code, err } = await habil('audit', SAMPLE, '--policy', 'icg', '--format', 'html', '--lang', 'fr');
    expect(code).toBe(2);
    expect(err).toContain("habil: --lang 'fr': expected one of es, en");
  });

  it('lists html among the formats in help', async () => {
    const { out } = await habil('audit', '--help');
    expect(out).toMatch(/output: table, csv, json, ndjson, html/);
    expect(out).toMatch(/--lang <lang>/);
  });
});
