// `habil audit --format html`: the CLI writes the self-contained report of the sample export to
// a file (or stdout), in the policy's language by default or as --lang says.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/program';

const SAMPLE = 'examples/data/icg-tickets.csv';
const NOW = '2024-12-31T23:59:59-05:00';
const dir = mkdtempSync(join(tmpdir(), 'habil-html-'));

async function habil(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks = { out: [] as Buffer[], err: [] as Buffer[] };
  stdout.on('data', (c: Buffer) => chunks.out.push(c));
  stderr.on('data', (c: Buffer) => chunks.err.push(c));
  const code = await run(argv, { stdout, stderr, now: () => new Date('2025-01-15T12:00:00Z'), exitCode: 0 });
  return { code, out: Buffer.concat(chunks.out).toString(), err: Buffer.concat(chunks.err).toString() };
}

describe.skipIf(!existsSync(SAMPLE))('habil audit --format html', () => {
  it('writes the report of the sample export to --out, in the policy language', async () => {
    const out = join(dir, 'report.html');
    const { code, err } = await habil('audit', SAMPLE, '--policy', 'icg', '--now', NOW, '--format', 'html', '--out', out);
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
    const { code, out } = await habil('audit', SAMPLE, '--policy', 'icg', '--now', NOW, '--format', 'html', '--lang', 'en');
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
