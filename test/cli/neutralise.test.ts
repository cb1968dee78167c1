// CSV output against CSV injection (OWASP, issue 16): cells a spreadsheet would run as formulas
// are written with a leading quote, numbers left alone; --raw-cells turns it off.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { neutralised } from '../../src/cli/audit-output';
import { habil } from './run-habil';

describe('CSV cells a spreadsheet would run', () => {
  it('are prefixed with a quote; numbers and plain text are not', () => {
    for (const cell of ['=HYPERLINK("http://x","y")', '+1+2', '-cmd', '@SUM(A1)', '\tx', '\r=CR'])
      expect(neutralised(cell)).toBe(`'${cell}`);
    for (const cell of ['-1.5', '+3', '42', 'T-1', '', 'a=b']) expect(neutralised(cell)).toBe(cell);
  });

  it('reach no spreadsheet from habil audit --format csv, unless --raw-cells', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'habil-neutralise-'));
    const path = join(dir, 'hostile.csv');
    writeFileSync(
      path,
      'caso;prioridad;fecha_creacion\n"=HYPERLINK(""http://x"",""y"")";Urgente;2024-03-04 09:00\n@SUM(1);Nope;2024-03-04 09:00\n',
    );
    const args = ['audit', path, '--policy', 'icg', '--now', '2024-03-31', '--format', 'csv'];
    const safe = await habil(...args);
    expect(safe.code).toBe(0);
    expect(safe.out).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(safe.out).toMatch(/\n3,2024-03-31T00:00:00-05:00,'@SUM\(1\),/); // line, report time, ticket
    const raw = await habil(...args, '--raw-cells');
    expect(raw.out).toContain('"=HYPERLINK(""http://x"",""y"")"');
    expect(raw.out).toMatch(/\n3,2024-03-31T00:00:00-05:00,@SUM\(1\),/);
  });
});

describe('terminal escapes from the data', () => {
  // A ticket id that clears the screen and paints red, one that reverses the text after it, a
  // priority with a C1 control, a bell: none reaches a terminal as a control character.
  const HOSTILE =
    'caso;prioridad;fecha_creacion;fecha_respuesta\n' +
    '"\u001b[2J\u001b[31mT-1";Urgente;2024-03-04 09:00;2024-03-20 09:00\n' +
    '"T-\u202eevil\u0007";Urgente;2024-03-04 09:00;2024-03-20 09:00\n' +
    'T-3;"Nope\u009b31m";2024-03-04 09:00;\n';
  const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

  it('are escaped in table output, --strict messages and usage errors', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'habil-escapes-'));
    const path = join(dir, 'hostile.csv');
    writeFileSync(path, HOSTILE);
    const args = ['audit', path, '--policy', 'icg', '--now', '2024-03-31'];
    const table = await habil(...args);
    expect(table.code).toBe(0);
    expect(table.out).not.toMatch(CONTROL);
    expect(table.out).toContain('\\x1b[2J\\x1b[31mT-1');
    expect(table.out).toContain('T-\\u202eevil\\x07');
    expect(table.out).toContain("'Nope\\x9b31m'");
    const strict = await habil(...args, '--strict');
    expect(strict.code).toBe(3);
    expect(strict.err).not.toMatch(CONTROL);
    expect(strict.err).toContain("habil: line 4 rejected (--strict): ticket 'T-3': priority: 'Nope\\x9b31m' is not");
    const usage = await habil(...args, '--format', 'x\u001b]0;title\u0007');
    expect(usage).toMatchObject({
      code: 2,
      err: "habil: --format 'x\\x1b]0;title\\x07': expected one of table, csv, json, ndjson, html\n",
    });
  });
});
