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
    expect(safe.out).toContain("\n3,'@SUM(1),");
    const raw = await habil(...args, '--raw-cells');
    expect(raw.out).toContain('"=HYPERLINK(""http://x"",""y"")"');
    expect(raw.out).toContain('\n3,@SUM(1),');
  });
});
