// `habil audit --format csv` for the people who open it: a delimiter of their choosing, a BOM
// for Spanish Excel (on by default with ';'), the export's own columns passed through with
// --keep, and the report time and customer in every row. Read back with csv-parse.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { habil, NOW, SAMPLE } from './run-habil';

const audit = (...options: string[]) =>
  habil('audit', SAMPLE, '--policy', 'icg', '--now', NOW, '--format', 'csv', ...options);

describe('habil audit --format csv', () => {
  it("with ';': a BOM first, ';' between cells, cells holding ';' quoted", async () => {
    const { code, out } = await audit('--csv-delimiter', ';', '--keep', 'cliente,asunto');
    expect(code).toBe(0);
    expect(out.startsWith('\uFEFFline;report_time;ticket;customer;plan;')).toBe(true);
    const rows: Record<string, string>[] = parse(out.slice(1), { delimiter: ';', columns: true });
    expect(rows).toHaveLength(1000);
    for (const row of rows) {
      expect(row.report_time).toBe('2024-12-31T23:59:59-05:00');
      // Every row the file could split into its columns carries them (line 614 has a stray ';').
      if (row.line !== '614') expect(row.asunto).not.toBe('');
    }
    const first = rows[0]!;
    expect(first).toMatchObject({
      ticket: 'ICG-24-0001',
      customer: 'Supermercado El Ahorro',
      cliente: 'Supermercado El Ahorro',
      asunto: '¿Cómo generar el informe de IVA?',
    });
    // Rejected rows keep their columns too.
    expect(rows.find((r) => r.line === '99')).toMatchObject({
      error_column: 'fecha_creacion',
      cliente: expect.any(String),
    });
    expect(rows.find((r) => r.line === '99')!.cliente).not.toBe('');
  });

  it("without ';' no BOM unless asked; --no-bom drops it", async () => {
    expect((await audit()).out.startsWith('line,')).toBe(true);
    expect((await audit('--bom')).out.startsWith('\uFEFFline,')).toBe(true);
    expect((await audit('--csv-delimiter', ';', '--no-bom')).out.startsWith('line;')).toBe(true);
    const tab = await audit('--csv-delimiter', 'tab');
    expect(tab.out.split('\n')[0]).toMatch(/^line\treport_time\tticket\t/);
  });

  it.each([
    [['--csv-delimiter', ';;'], /^habil: --csv-delimiter ';;': expected one character/],
    [['--keep', 'nope'], /^habil: --keep: no column 'nope' to keep; columns: caso, cliente/],
  ])('%j: exit 2 naming the flag', async (options, message) => {
    const { code, err } = await audit(...options);
    expect(err).toMatch(message);
    expect(code).toBe(2);
  });

  it('refuses the csv options with another format', async () => {
    for (const flag of [['--csv-delimiter', ';'], ['--bom'], ['--keep', 'asunto']]) {
      const { code, err } = await habil('audit', SAMPLE, '--policy', 'icg', '--now', NOW, ...flag);
      expect(err).toMatch(new RegExp(`^habil: ${flag[0]} applies to --format csv only`));
      expect(code).toBe(2);
    }
  });
});
