// The file lines of CSV records read as a stream (readTickets): the line each record starts on,
// past quoted line breaks (LF, CRLF, lone CR, mixed in one file), empty lines (before the header
// too), rows of the wrong width, a quote never closed and a BOM; and the same records however the
// text is cut into chunks, for any CSV fast-check makes, quotes inside bare fields and fields
// going on after their closing quote included.
import fc from 'fast-check';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readTickets } from '../../src/node/read-tickets';
import type { TicketRecord } from '../../src/sla/audit';

const HEADER = ['id', 'priority', 'reportedAt', 'notes'];

/** The records of `text` read as a stream of `chunk`-byte pieces. */
async function streamed(text: string, chunk = 1 << 16, delimiter?: string): Promise<TicketRecord[]> {
  const out: TicketRecord[] = [];
  for await (const record of readTickets(Readable.from(pieces(text, chunk)), { format: 'csv', delimiter }))
    out.push(record);
  return out;
}

function pieces(text: string, size: number): Buffer[] {
  const bytes = Buffer.from(text);
  const out: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.subarray(i, i + size));
  return out;
}

const summary = (records: TicketRecord[]) =>
  records.map((r) => [r.line, 'ticket' in r ? r.ticket.id : r.error.message.slice(0, 24)]);

describe('CSV line numbers', () => {
  const rows = [
    'A;urgent;2024-03-04 09:00;"one{EOL}two{EOL}three"', // lines 2-4
    '', // 5
    'B;urgent;2024-03-04 09:00;"a ""quoted"" {EOL}; b"', // 6-7
    'C;urgent', // 8: too few fields
    '', // 9
    '', // 10
    'D;urgent;2024-03-04 09:00;"lone\rCR"', // 11-12: a lone CR ends a line in any file
    'E;urgent;2024-03-04 09:00;"never closed{EOL}F;urgent;2024-03-04 09:00;x{EOL}', // 13: swallows the rest
  ];
  const expected = [
    [2, 'A'],
    [6, 'B'],
    [8, 'row has 2 fields where t'],
    [11, 'D'],
    [13, 'a quote opened on this r'],
  ];

  for (const [name, eol] of [
    ['LF', '\n'],
    ['CRLF', '\r\n'],
  ] as const) {
    const text = `\ufeff${HEADER.join(';')}${eol}${rows.join(eol).replaceAll('{EOL}', eol)}`;

    it(`gives each record the line it starts on, in a stream (${name})`, async () => {
      expect(summary(await streamed(text))).toEqual(expected);
      expect(summary(await streamed(text, 3))).toEqual(expected);
    });
  }

  it('ends records at any line end, mixed in one file: CRLF, LF and a lone CR', async () => {
    const text =
      'id;priority;reportedAt;notes\r\nA;p;2024-03-04;x\nB;p;2024-03-04;"y\r\nz"\rC;p;2024-03-04;w\r\n\nD;p;2024-03-04;v';
    const expected = [
      [2, 'A'],
      [3, 'B'],
      [5, 'C'],
      [7, 'D'],
    ];
    for (const chunk of [1, 2, 5, 1 << 16]) expect(summary(await streamed(text, chunk))).toEqual(expected);
  });

  it('counts the lines of an old Mac export, whose lines end with a lone CR, however it is cut', async () => {
    const text = `${HEADER.join(';')}\rA;p;2024-03-04;"x\ry"\r\rB;p;2024-03-04;"x\r\ny"\rC;p;2024-03-04;z\r`;
    const expected = [
      [2, 'A'],
      [5, 'B'],
      [7, 'C'],
    ];
    for (const chunk of [1, 7, 1 << 16]) expect(summary(await streamed(text, chunk))).toEqual(expected);
  });

  it('starts data after a header with quoted line breaks', async () => {
    const text = 'id;priority;"reported\nAt";notes\nA;p;2024-03-04;x\n';
    expect(summary(await streamed(text))).toEqual([[3, 'A']]);
    expect(summary(await streamed(text, 1))).toEqual([[3, 'A']]);
  });
});

describe('CSV records, however the text is cut', () => {
  const cell = fc.oneof(
    fc.constantFrom('', 'x', 'Alta', '2024-03-04 09:00', '04/03/2024', 'ñandú'),
    fc
      .array(fc.constantFrom('a', ' ', ';', ',', '"', '\n', '\r\n', '\r', 'é'), { maxLength: 5 })
      .map((parts) => parts.join('')),
  );
  // A quoted cell, or a bare one when nothing in it needs quotes.
  const plain = fc
    .tuple(cell, fc.boolean())
    .map(([text, quote]) => (quote || /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text));
  // A bare cell with quotes after its first character (`5" pantalla`): csv-parse keeps them as
  // they are, since a quote opens a quoted field only as the field's first character.
  const stray = fc
    .tuple(fc.constantFrom('5', 'abc', ' ', 'é'), fc.array(fc.constantFrom('a', '"', '""', ' '), { maxLength: 4 }))
    .map(([first, rest]) => `${first}"${rest.join('')}`);
  // A quoted cell whose closing quote is followed by more than a separator (`"abc"x`): under
  // relax_quotes the field goes on unquoted, its quotes kept.
  const closedEarly = fc
    .tuple(cell, fc.constantFrom('x', ' ', 'é'), fc.array(fc.constantFrom('a', '"'), { maxLength: 3 }))
    .map(([text, next, rest]) => `"${text.replaceAll('"', '""')}"${next}${rest.join('')}`);
  const written = fc.oneof(
    { weight: 4, arbitrary: plain },
    { weight: 1, arbitrary: stray },
    { weight: 1, arbitrary: closedEarly },
  );
  const line = fc.oneof(
    { weight: 6, arbitrary: fc.array(written, { minLength: 4, maxLength: 4 }) },
    { weight: 2, arbitrary: fc.array(written, { minLength: 1, maxLength: 6 }) },
    { weight: 1, arbitrary: fc.constant([]) }, // an empty line
  );
  // The required columns, and a last one named with a stray quote, or quoted over two lines.
  const header = fc.constantFrom(
    'id;priority;reportedAt;notes',
    'id;"priority";reportedAt;no"tes',
    'id;priority;reportedAt;"no{EOL}tes"',
  );
  const eol = fc.constantFrom('\n', '\r\n', '\r');
  const csv = fc.record({
    header,
    lines: fc.array(fc.tuple(line, eol), { maxLength: 12 }),
    eol,
    bom: fc.boolean(),
    empty: fc.nat({ max: 2 }), // empty lines before the header
    trailing: fc.boolean(),
    unclosed: fc.boolean(),
    chunk: fc.integer({ min: 1, max: 64 }),
  });

  it('gives the same records, each on the line where it starts, whatever ends the lines', async () => {
    await fc.assert(
      fc.asyncProperty(csv, async ({ header, lines, eol, bom, empty, trailing, unclosed, chunk }) => {
        // Each line with the line end that follows it; a CR then an LF would make one CRLF, so
        // an empty line after a CR ends with a CR.
        const texts: [string, string][] = [[header.replaceAll('{EOL}', eol), eol]];
        for (const [cells, end] of lines) {
          const text = cells.join(';');
          texts.push([text, text === '' && texts.at(-1)![1] === '\r' && end === '\n' ? '\r' : end]);
        }
        if (unclosed) texts.push([`U;p;2024-03-04;"open${eol}more`, eol]);
        const body = texts.map(([text, end], i) => text + (i < texts.length - 1 || trailing ? end : '')).join('');
        const text = (bom ? '\ufeff' : '') + eol.repeat(empty) + body;
        // Where each record starts: a line per CRLF, LF or lone CR before it; empty lines hold none.
        const lineEnd = /\r\n|\r|\n/g;
        const starts: number[] = [];
        let at = 1 + empty + (texts[0]![0].match(lineEnd)?.length ?? 0);
        for (const [t] of texts.slice(1)) {
          if (t !== '') starts.push(at + 1);
          at += 1 + (t.match(lineEnd)?.length ?? 0);
        }
        const whole = await streamed(text, 1 << 20);
        expect(whole.map((r) => r.line)).toEqual(starts);
        expect(await streamed(text, chunk)).toEqual(whole);
      }),
      { numRuns: 400 },
    );
  });
});
