// The `habil` command: every option and error path in-process through run(), then the built
// binary (node dist/cli.js, rebuilt when missing or older than the sources) on the sample
// export and on a file of broken rows, checking counts and exit codes.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { habil, NOW, SAMPLE } from './run-habil';

const BROKEN = 'test/cli/fixtures/broken.csv';
const dir = mkdtempSync(join(tmpdir(), 'habil-cli-'));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('habil: help and usage errors', () => {
  it('prints help with examples everywhere, exit 0', async () => {
    for (const argv of [['--help'], ['audit', '--help'], ['due', '--help'], ['policies', '--help']]) {
      const { code, out } = await habil(...argv);
      expect(code).toBe(0);
      expect(out).toMatch(/Usage: habil/);
      expect(out).toMatch(/Examples:/);
    }
    expect((await habil('--version')).code).toBe(0);
  });

  it('exits 2 for an unknown command, a missing required option, an unknown option', async () => {
    expect((await habil('frobnicate')).code).toBe(2);
    const missing = await habil('audit', SAMPLE);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/required option '-p, --policy <policy>' not specified/);
    expect((await habil('audit', SAMPLE, '--policy', 'icg', '--colour')).code).toBe(2);
  });

  it.each([
    [
      ['--policy', 'acme'],
      /'acme' is neither a built-in policy \(icg, websaas, hosting, itac, isys\) nor a policy file/,
    ],
    [['--policy', 'itac'], /policy 'itac' takes its targets from your support contract: pass --contract/],
    [['--policy', 'icg', '--contract', 'c.yaml'], /--contract applies to itac and isys only/],
    [['--policy', 'icg', '--format', 'xml'], /--format 'xml': expected one of table, csv, json, ndjson/],
    [['--policy', 'icg', '--worst', 'many'], /--worst 'many': expected a whole number/],
    [['--policy', 'icg', '--workers', '-1'], /--workers '-1': expected a whole number/],
    [['--policy', 'icg', '--now', 'yesterday'], /now: 'yesterday' is not an ISO 8601 instant/],
    [
      ['--policy', 'hosting', '--plan', 'gold'],
      /--plan 'gold' is not a plan of hosting \(plans: level-1, level-2, level-3\)/,
    ],
    [['--policy', 'icg', '--map', 'nofield'], /--map 'nofield': expected column=field/],
    [['--policy', 'icg', '--map', 'caso=ticketNumber'], /'ticketNumber' is not a ticket field/],
    [['--policy', 'icg', '--encoding', 'klingon'], /'klingon' is not a text encoding/],
  ])('audit %j: exit 2 with the reason', async (options, message) => {
    const { code, err } = await habil('audit', SAMPLE, ...options);
    expect(err).toMatch(message);
    expect(code).toBe(2);
  });

  it('exits 2 for a missing file and for a file without the columns it needs', async () => {
    expect(await habil('audit', join(dir, 'nope.csv'), '--policy', 'icg')).toMatchObject({
      code: 2,
      err: expect.stringMatching(/no such file/),
    });
    const noColumns = file('no-columns.csv', 'caso;asunto\n1;x\n');
    const { code, err } = await habil('audit', noColumns, '--policy', 'icg');
    expect(code).toBe(2);
    expect(err).toMatch(/no column holds the ticket's priority/);
  });

  it('exits 2 for a contract or policy file that does not hold', async () => {
    const bad = file('bad-contract.yaml', 'targets: {}\n');
    expect(await habil('audit', SAMPLE, '--policy', 'itac', '--contract', bad)).toMatchObject({
      code: 2,
      err: expect.stringMatching(/contract\.targets/),
    });
    expect(await habil('audit', SAMPLE, '--policy', 'itac', '--contract', join(dir, 'none.yaml'))).toMatchObject({
      code: 2,
      err: expect.stringMatching(/cannot read the contract/),
    });
    expect(await habil('audit', SAMPLE, '--policy', 'itac', '--contract', file('c.json', '{'))).toMatchObject({
      code: 2,
      err: expect.stringMatching(/is not valid JSON/),
    });
    const policy = file('p.yaml', 'id: x\n');
    expect(await habil('audit', SAMPLE, '--policy', policy)).toMatchObject({
      code: 2,
      err: expect.stringMatching(/^habil: policy: /),
    });
  });
});

describe('habil audit', () => {
  it('prints the report as tables that fit 80 columns', async () => {
    const { code, out, err } = await habil('audit', SAMPLE, '--policy', 'icg', '--now', NOW);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toMatch(
      /^habil audit · policy icg · now 2024-12-31 23:59 \(America\/Bogota\)\n1,000 rows read: 992 evaluated, 8 rejected\n/,
    );
    for (const heading of [
      'Targets',
      'By month of report',
      'Support hours consumed',
      'Worst breaches',
      'Rejected rows (8)',
    ])
      expect(out).toContain(heading);
    expect(out).toMatch(/line 99 · ticket ICG-24-0098 · column 'fecha_creacion'/);
    const wide = out.split('\n').filter((line) => [...line].length > 80);
    expect(wide).toEqual([]);
  });

  it('writes every row as CSV, with rejected rows naming column, value and reason', async () => {
    const { code, out, err } = await habil('audit', SAMPLE, '--policy', 'icg', '--now', NOW, '--format', 'csv');
    expect(code).toBe(0);
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toBe(
      'line,report_time,ticket,customer,plan,priority,intake,response_status,response_due,response_elapsed_min,update_status,update_due,update_elapsed_min,update_cycles,update_breached_cycles,resolution_status,resolution_due,resolution_elapsed_min,resolution_cycles,resolution_breached_cycles,next_due,consumed_min,worked_min,billed_event,event_price,error_column,error_value,error',
    );
    expect(lines).toHaveLength(1001);
    expect(lines[1]).toBe(
      '2,2024-12-31T23:59:59-05:00,ICG-24-0001,Supermercado El Ahorro,standard,normal,accepted,met,2024-01-02T11:30:00-05:00,93,,,,,,met,2024-01-03T15:00:00-05:00,590,1,0,,590,,,,,,',
    );
    expect(lines.find((l) => l.startsWith('99,'))).toMatch(
      /^99,2024-12-31T23:59:59-05:00,ICG-24-0098,,,,,,,,,,,,,,,,,,,,,,,fecha_creacion,31\/02\/2024 10:15,/,
    );
    expect(err).toBe(`1000 rows read: 992 evaluated, 8 rejected; ${err.match(/(\d+) targets breached/)![0]}\n`);
  });

  it('writes the report as JSON, and rows then the report as NDJSON', async () => {
    const json = JSON.parse((await habil('audit', SAMPLE, '--policy', 'icg', '--now', NOW, '--format', 'json')).out);
    expect(json).toMatchObject({
      policy: 'icg',
      now: '2025-01-01T04:59:59.000Z',
      rows: 1000,
      evaluated: 992,
      errors: 8,
    });
    expect(json.targets).toHaveLength(6);
    const ndjson = (await habil('audit', SAMPLE, '--policy', 'icg', '--now', NOW, '--format', 'ndjson')).out
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(ndjson).toHaveLength(1001);
    expect(ndjson[0]).toMatchObject({
      kind: 'evaluated',
      line: 2,
      sla: { ticketId: 'ICG-24-0001', priority: 'normal' },
      facts: {
        month: '2024-01',
        zone: 'America/Bogota',
        completed: { response: true, resolution: true },
        consumed: 590 * 60_000,
      },
    });
    expect(ndjson.find((r) => r.line === 230)).toMatchObject({
      kind: 'error',
      ticketId: 'ICG-24-0229',
      field: 'priority',
      column: 'prioridad',
      value: 'Crítico',
      code: 'UNKNOWN_PRIORITY',
    });
    expect(ndjson.at(-1)).toEqual({ kind: 'report', ...json });
  });

  it('writes to --out, and --worst limits the breaches listed', async () => {
    const out = join(dir, 'report.json');
    const result = await habil(
      'audit',
      SAMPLE,
      '--policy',
      'icg',
      '--now',
      NOW,
      '--format',
      'json',
      '--out',
      out,
      '--worst',
      '2',
    );
    expect(result).toMatchObject({ code: 0, out: '' });
    expect(result.err).toMatch(/^1000 rows read: 992 evaluated, 8 rejected; \d+ targets breached\n$/);
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(report.targets.every((t: { worst: unknown[] }) => t.worst.length <= 2)).toBe(true);
    expect(report.firstErrors).toHaveLength(2);
  });

  it('--strict stops at the first rejected row: exit 3', async () => {
    const { code, err } = await habil(
      'audit',
      SAMPLE,
      '--policy',
      'icg',
      '--now',
      NOW,
      '--strict',
      '--format',
      'ndjson',
    );
    expect(code).toBe(3);
    expect(err).toMatch(/^habil: line 99 rejected \(--strict\): fecha_creacion: '31\/02\/2024 10:15'/);
  });

  it('--fail-on-breach: exit 1 when a target was breached, 0 when none was', async () => {
    expect((await habil('audit', SAMPLE, '--policy', 'icg', '--now', NOW, '--fail-on-breach')).code).toBe(1);
    const clean = file(
      'clean.csv',
      'caso;prioridad;fecha_creacion;fecha_respuesta;fecha_solucion\nA;Urgente;2024-03-04 09:00;2024-03-04 09:10;2024-03-04 10:00\n',
    );
    expect((await habil('audit', clean, '--policy', 'icg', '--now', NOW, '--fail-on-breach')).code).toBe(0);
  });

  it('reads day-first dates, named columns, another delimiter and encoding; --plan fills tickets that name none', async () => {
    const text = 'Ref|Nivel|Urgencia|Creado\nH-1|level-3|Alta|04/03/2024 09:00\nH-2||Media|04/03/2024 09:00\n';
    const path = file('hosting.txt', text);
    writeFileSync(path, Buffer.from(text, 'latin1'));
    const { code, out } = await habil(
      'audit',
      path,
      '--policy',
      'hosting',
      '--plan',
      'level-1',
      '--map',
      'Ref=id',
      '--map',
      'Urgencia=priority',
      '--map',
      'Creado=reportedAt',
      '--date-format',
      'dd/MM/yyyy HH:mm',
      '--delimiter',
      '|',
      '--encoding',
      'windows-1252',
      '--now',
      '2024-03-04 09:30',
      '--format',
      'ndjson',
    );
    expect(code).toBe(0);
    const rows = out
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows.slice(0, 2).map((r) => [r.sla.ticketId, r.sla.plan, r.sla.priority])).toEqual([
      ['H-1', 'level-3', 'high'],
      ['H-2', 'level-1', 'medium'],
    ]);
  });

  it('audits itac and isys with a contract, and a policy file', async () => {
    const contract = file(
      'contract.yaml',
      'targets:\n  critical: { response: PT1H, resolution: PT8H }\n  high: { response: PT2H }\n',
    );
    const itac = file(
      'itac.csv',
      'caso,prioridad,plan,fecha_creacion\n1,Crítica,8x5,2024-03-04 09:00\n2,P2,24x7,2024-03-04 09:00\n',
    );
    const result = await habil(
      'audit',
      itac,
      '--policy',
      'itac',
      '--contract',
      contract,
      '--now',
      '2024-03-04 09:30',
      '--format',
      'json',
    );
    expect(JSON.parse(result.out)).toMatchObject({ policy: 'itac', evaluated: 2, errors: 0 });
    const isysContract = file(
      'isys.json',
      JSON.stringify({ targets: { high: { response: 'PT2H', resolution: 'PT8H' } } }),
    );
    const isys = file(
      'isys.csv',
      'caso,prioridad,plan,fecha_creacion,fecha_solucion\n1,Alta,standard,2024-03-08 16:00,2024-03-08 19:00\n',
    );
    const table = await habil('audit', isys, '--policy', 'isys', '--contract', isysContract, '--now', '2024-03-31');
    expect(table.out).toMatch(
      /Outside coverage[^\n]*\nmonth\s+plan\s+resolved\s+events\s+outside\n[- ]+\n2024-03\s+standard\s+1\s+1\s+2:00\n/,
    );
    const acme = await habil(
      'audit',
      file('acme.csv', 'id,priority,reportedAt\nA,P1,2025-03-04 10:00\n'),
      '--policy',
      'examples/policies/acme.yaml',
      '--plan',
      'premium',
      '--now',
      '2025-03-04 12:00',
      '--format',
      'json',
    );
    expect(JSON.parse(acme.out)).toMatchObject({ policy: 'acme', evaluated: 1 });
  });
});

describe('habil due and habil policies', () => {
  it('due: intake and each target with its clock, promise and due time', async () => {
    const { code, out } = await habil('due', '--policy', 'icg', '--priority', 'urgent', '--at', '2024-03-01 16:00');
    expect(code).toBe(0);
    expect(out).toMatch(
      /^icg · standard · urgent, reported 2024-03-01 16:00\nintake: accepted; clocks start 2024-03-01 16:00 Fri \(America\/Bogota\)\n/,
    );
    expect(out).toMatch(/response\s+24\/7\s+1:00\s+2024-03-01 17:00 Fri/);
    expect(out).toMatch(/resolution\s+business\s+4:00\s+2024-03-04 09:30 Mon/);
  });

  it('due: a deferred report, a strict range, --json, a ticket with no targets, and errors', async () => {
    const deferred = await habil('due', '--policy', 'icg', '--priority', 'Normal', '--at', '2024-03-24 18:00');
    expect(deferred.out).toMatch(
      /intake: deferred; clocks start 2024-03-26 07:00 Tue \(America\/Bogota\)\n {2}reported outside business hours, when 'normal' may not be reported: clocks\n {2}start at the next opening\n/,
    );
    expect(deferred.out.split('\n').filter((l) => [...l].length > 80)).toEqual([]);
    const ranged = await habil(
      'due',
      '--policy',
      'hosting',
      '--plan',
      'level-1',
      '--priority',
      'medium',
      '--at',
      '2024-03-04 09:00',
    );
    expect(ranged.out).toMatch(/response\s+business\s+5:00\s+2024-03-04 12:00 Mon\s+2024-03-04 14:00 Mon/);
    const strict = await habil(
      'due',
      '--policy',
      'hosting',
      '--plan',
      'level-3',
      '--priority',
      'high',
      '--at',
      '2024-03-02T10:00:00-05:00',
      '--json',
    );
    expect(JSON.parse(strict.out)).toMatchObject({
      plan: 'level-3',
      targets: { response: { bound: 'strict', due: '2024-03-02T16:00:00.000Z' } },
    });
    const contract = file('due-contract.yaml', 'targets:\n  critical: { response: PT1H }\n');
    const none = await habil(
      'due',
      '--policy',
      'itac',
      '--contract',
      contract,
      '--plan',
      '8x5',
      '--priority',
      'critical',
      '--type',
      'request',
      '--channel',
      'portal',
      '--at',
      '2024-03-04 09:00',
    );
    expect(none.out).toMatch(/no targets: the policy promises none for this ticket/);
    expect(await habil('due', '--policy', 'icg', '--priority', 'P9', '--at', '2024-03-01 16:00')).toMatchObject({
      code: 2,
      err: expect.stringMatching(/'P9' is not a priority/),
    });
    expect(
      await habil('due', '--policy', 'icg', '--priority', 'P1', '--at', '2024-03-01 16:00', '--type', 'bug'),
    ).toMatchObject({ code: 2, err: expect.stringMatching(/--type 'bug'/) });
    expect((await habil('due', '--policy', 'icg', '--priority', 'P1')).code).toBe(2);
  });

  it('policies: the built-ins, one policy as tables, a file, itac with a contract', async () => {
    const list = await habil('policies');
    expect(list.out).toMatch(/^id\s+name\s+plans\n/);
    for (const id of ['icg', 'websaas', 'hosting', 'itac', 'isys']) expect(list.out).toMatch(new RegExp(`\\n${id}\\s`));
    const icg = await habil('policies', 'icg');
    expect(icg.out).toMatch(/business\s+America\/Bogota · Mon–Fri 07:00-12:30, 13:30-17:30 · holidays CO/);
    expect(icg.out).toMatch(/urgent\s+Urgente, Crítica, P1\s+1:00 24\/7\s+4:00 business/);
    expect(icg.out).toMatch(/off-hours intake: urgent/);
    expect(icg.out).toMatch(/manufacturer\s+Escalado al fabricante/);
    const hosting = await habil('policies', 'hosting');
    expect(hosting.out).toMatch(/medium\s+.*\s+3:00–5:00 business/);
    expect(hosting.out).toMatch(/< 1:00 24\/7/);
    expect(hosting.out).toMatch(/price: COP 120\.900 per month/);
    const acme = await habil('policies', 'examples/policies/acme.yaml');
    expect(acme.out).toMatch(/^acme — Acme Cloud Services/);
    const contract = file('p-contract.yaml', 'targets:\n  critical: { response: PT1H, resolution: PT8H }\n');
    expect((await habil('policies', 'itac', '--contract', contract)).out).toMatch(
      /critical\s+Crítico, Urgente, P1\s+1:00 business\s+8:00 business/,
    );
    expect(await habil('policies', 'itac')).toMatchObject({ code: 0, out: expect.stringMatching(/--contract/) });
    for (const out of [list.out, icg.out, hosting.out])
      expect(out.split('\n').filter((l) => [...l].length > 80)).toEqual([]);
  });
});

describe('the built binary', () => {
  beforeAll(() => {
    const built = existsSync('dist/cli.js') ? statSync('dist/cli.js').mtimeMs : 0;
    const newest = Math.max(...['package.json', 'tsup.config.ts', ...walk('src')].map((f) => statSync(f).mtimeMs));
    if (built < newest) execFileSync('npx', ['tsup'], { stdio: 'ignore' });
  }, 120_000);

  const bin = (...argv: string[]) => spawnSync(process.execPath, ['dist/cli.js', ...argv], { encoding: 'utf8' });

  it('audits the sample export: 1,000 rows, 992 evaluated, 8 rejected; exit 0, or 1 under --fail-on-breach', () => {
    const result = bin('audit', SAMPLE, '--policy', 'icg', '--now', NOW, '--format', 'json');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ rows: 1000, evaluated: 992, errors: 8 });
    expect(bin('audit', SAMPLE, '--policy', 'icg', '--now', NOW, '--fail-on-breach').status).toBe(1);
    expect(bin('--version').stdout.trim()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
    const threads = bin('audit', SAMPLE, '--policy', 'icg', '--now', NOW, '--format', 'json', '--workers', '2');
    expect(JSON.parse(threads.stdout)).toEqual(JSON.parse(result.stdout));
  });

  it('audits a file of broken rows: every row accounted for; exit 3 under --strict, 2 for a usage error', () => {
    const result = bin('audit', BROKEN, '--policy', 'icg', '--now', NOW, '--format', 'ndjson');
    expect(result.status).toBe(0);
    const rows = result.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    const report = rows.pop();
    expect(report).toMatchObject({ kind: 'report', rows: 9, evaluated: 2, errors: 7 });
    expect(rows.map((r) => `${r.line}:${r.kind}${r.column ? `:${r.column}` : ''}`)).toEqual([
      '2:evaluated',
      '3:error:fecha_creacion',
      '4:error:prioridad',
      '5:error',
      '6:error:fecha_solucion',
      '7:error:pausa_hasta',
      '9:evaluated',
      '10:error:fecha_creacion',
      '11:error',
    ]);
    expect(bin('audit', BROKEN, '--policy', 'icg', '--now', NOW, '--strict').status).toBe(3);
    expect(bin('audit', BROKEN, '--policy', 'nope').status).toBe(2);
  });
});

function walk(path: string): string[] {
  return statSync(path).isDirectory() ? readdirSync(path).flatMap((name) => walk(join(path, name))) : [path];
}
