// `habil udf`: the row process, in-process through run() with a fed stdin. Seeded random rows
// (malformed ones included) must get evaluate()'s answers, one row out per row in, in TSV and
// JSON lines; answers come per chunk, before the input ends.
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/program';
import { INPUT, NOW, OUTPUT, randomRows, tsvCells, tsvField, type Cell, type RandomRow } from './udf-rows';

/** Runs `habil ...argv` with `stdin`; resolves to the exit code and the output. */
async function udf(stdin: Readable, ...argv: string[]) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  const code = await run(['udf', ...argv], {
    stdin,
    stdout,
    stderr,
    now: () => new Date('2025-01-15T12:00:00Z'),
    exitCode: 0,
  });
  return { code, out, err };
}

const lines = (text: string) => Readable.from([text]);
const COMMON = ['--now', NOW, '--input', INPUT.join(','), '--output', OUTPUT.join(',')];

function check(rows: RandomRow[], answers: Cell[][]) {
  expect(answers).toHaveLength(rows.length);
  rows.forEach((row, i) => {
    const answer = answers[i]!;
    const { expected } = row;
    if (Array.isArray(expected)) {
      expect(answer, `row ${i}: ${JSON.stringify(row.values)}`).toEqual(expected);
    } else {
      const at = OUTPUT.indexOf('error.code');
      expect(answer.slice(0, at), `row ${i}`).toEqual(OUTPUT.slice(0, at).map(() => null));
      expect(answer[at], `row ${i}: ${JSON.stringify(row)}`).toBe(expected.code);
      expect(answer[at + 1]).toContain(expected.mentions);
    }
  });
}

describe('habil udf: the answers of evaluate(), one row per row', () => {
  for (const [policy, seed] of [
    ['icg', 1],
    ['websaas', 2],
    ['hosting', 3],
  ] as const) {
    it(`TSV, ${policy}: 2,000 seeded random rows, malformed ones included`, async () => {
      const rows = randomRows(policy, 2000, seed);
      const text = rows.map((r) => `${r.raw?.tsv ?? r.values!.map(tsvField).join('\t')}\n`).join('');
      const { code, out, err } = await udf(lines(text), '--policy', policy, ...COMMON);
      expect(err).toBe('');
      expect(code).toBe(0);
      const answers = out.split('\n').slice(0, -1).map(tsvCells);
      // Numbers travel as text in TSV: compare them as text.
      const asText = rows.map((r) =>
        Array.isArray(r.expected) ? { ...r, expected: r.expected.map((c) => (c === null ? null : String(c))) } : r,
      );
      check(asText, answers);
      expect(rows.filter((r) => !Array.isArray(r.expected)).length).toBeGreaterThan(100);
    });

    it(`JSON lines, ${policy}: 2,000 seeded random rows, malformed ones included`, async () => {
      const rows = randomRows(policy, 2000, seed + 10);
      const text = rows
        .map(
          (r) =>
            `${r.raw?.jsonl ?? JSON.stringify(Object.fromEntries(INPUT.map((name, i) => [name, r.values![i]])))}\n`,
        )
        .join('');
      const { code, out } = await udf(lines(text), '--policy', policy, '--format', 'jsonl', ...COMMON);
      expect(code).toBe(0);
      const answers = out
        .split('\n')
        .slice(0, -1)
        .map((line) => {
          const object = JSON.parse(line) as Record<string, Cell>;
          expect(Object.keys(object)).toEqual([...OUTPUT]);
          return OUTPUT.map((name) => object[name]!);
        });
      check(rows, answers);
    });
  }

  it('a row can carry its own now; \\N is NULL; CRLF and a last line without newline count', async () => {
    const input = 'Urgente\t2024-03-01 16:00\t\\N\t2024-03-01T21:00:00Z\r\nUrgente\t2024-03-01 16:00\t\\N\t\\N';
    const { out } = await udf(
      lines(input),
      ...['--policy', 'icg', '--input', 'priority,reportedAt,resolvedAt,now'],
      ...['--output', 'response.due,resolution.due,resolution.status,error'],
    );
    expect(out).toBe(
      '2024-03-01T22:00:00.000Z\t2024-03-04T14:30:00.000Z\trunning\t\\N\n' +
        // the second row has no now: the clock (2025-01-15) judges it
        '2024-03-01T22:00:00.000Z\t2024-03-04T14:30:00.000Z\tbreached\t\\N\n',
    );
  });

  it('--zone reads wall times in another zone (ClickHouse writes DateTime64 in UTC without an offset)', async () => {
    const argv = ['--policy', 'icg', '--now', NOW, '--input', 'priority,reportedAt', '--output', 'resolution.due'];
    const utc = await udf(lines('urgent\t2024-03-01 21:00:00.000\n'), ...argv, '--zone', 'UTC');
    const iso = await udf(lines('urgent\t2024-03-01T21:00:00Z\n'), ...argv);
    expect(utc.out).toBe('2024-03-04T14:30:00.000Z\n');
    expect(utc.out).toBe(iso.out);
  });

  it('jsonl: name=field keys and --wrap, for a ClickHouse function returning a named Tuple', async () => {
    const { out } = await udf(
      lines('{"priority":"urgent","reportedAt":"2024-03-01 16:00","extra":1}\n{"priority":"x"}\n'),
      ...['--policy', 'icg', '--now', NOW, '--format', 'jsonl', '--input', 'priority,reportedAt'],
      ...['--output', 'due=resolution.due,status=resolution.status,error.code', '--wrap', 'result'],
    );
    expect(
      out
        .split('\n')
        .slice(0, -1)
        .map((l) => JSON.parse(l) as unknown),
    ).toEqual([
      { result: { due: '2024-03-04T14:30:00.000Z', status: 'breached', 'error.code': null } },
      { result: { due: null, status: null, 'error.code': 'INVALID_TICKET' } },
    ]);
  });

  it('answers each chunk before the next arrives, as executable_pool needs', async () => {
    const stdin = new PassThrough();
    const stdout = new PassThrough();
    const received: string[] = [];
    stdout.on('data', (c: Buffer) => received.push(c.toString()));
    const done = run(
      ['udf', '--policy', 'icg', '--now', NOW, '--input', 'priority,reportedAt', '--output', 'resolution.status'],
      {
        stdin,
        stdout,
        stderr: new PassThrough(),
        now: () => new Date(),
        exitCode: 0,
      },
    );
    const answered = async (n: number) => {
      for (let i = 0; i < 200 && received.join('').split('\n').length - 1 < n; i++)
        await new Promise((r) => setTimeout(r, 5));
      return received.join('').split('\n').length - 1;
    };
    stdin.write('urgent\t2024-03-01 16:00\nnormal\t2024-03-01 10:00\n');
    expect(await answered(2)).toBe(2);
    stdin.write('normal\t2024-03-01');
    stdin.write(' 10:00\n');
    expect(await answered(3)).toBe(3);
    stdin.end();
    expect(await done).toBe(0);
    expect(received.join('')).toBe('breached\nbreached\nbreached\n');
  });

  it('a line too long to hold is answered with an error and skipped; the next lines go on', async () => {
    const huge = `urgent\t${'9'.repeat(3 << 20)}`;
    const { out } = await udf(
      Readable.from([huge.slice(0, 1 << 21), huge.slice(1 << 21), '\nurgent\t2024-03-01 16:00\n']),
      ...['--policy', 'icg', '--now', NOW, '--input', 'priority,reportedAt', '--output', 'resolution.status,error'],
    );
    expect(out).toMatch(/^\\N\trow: is longer than \d+ characters\nbreached\t\\N\n$/);
  });
});

describe('habil udf: usage errors', () => {
  it.each([
    [['--input', 'priority,opened', '--output', 'error'], "--input 'opened': expected one of id, plan"],
    [['--input', 'priority', '--output', 'error'], '--input needs at least priority and reportedAt'],
    [['--input', 'priority,reportedAt', '--output', 'resolution.when'], "--output 'resolution.when': expected one of"],
    [
      ['--input', 'priority,reportedAt', '--output', 'error', '--format', 'csv'],
      "--format 'csv': expected one of tsv, jsonl",
    ],
    [['--input', 'priority,reportedAt', '--output', 'error', '--wrap', 'r'], '--wrap applies to --format jsonl only'],
    [
      ['--input', 'priority,reportedAt', '--output', 'error', '--zone', 'Mars/Base'],
      "--zone 'Mars/Base' is not a zone",
    ],
    [['--input', 'priority,reportedAt', '--output', 'error', '--now', 'soon'], "--now: 'soon' is not"],
  ])('%j', async (argv, message) => {
    const { code, err, out } = await udf(lines(''), '--policy', 'icg', ...argv);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain(message);
  });
});
