// readTickets on CSV, JSON and NDJSON exports: separators, quoting, BOM, line numbers, column
// names, dates, pauses, and every way a row can be bad (each an error record, never a stop).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { HabilError } from '../../src/errors';
import { columnKey, detectDelimiter, readTickets, type ReadTicketsOptions } from '../../src/node/index';
import { assignColumns } from '../../src/node/columns';
import { policies } from '../../src/policy';
import { audit, type TicketRecord } from '../../src/sla/audit';
import type { AuditRow } from '../../src/sla/report';

const dir = mkdtempSync(join(tmpdir(), 'habil-read-'));
let files = 0;
/** Writes `text` to a temp file with `ext` and reads it back as records. */
async function read(text: string | Buffer, ext = '.csv', options: ReadTicketsOptions = {}): Promise<TicketRecord[]> {
  const path = join(dir, `f${files++}${ext}`);
  writeFileSync(path, text);
  return collect(readTickets(path, options));
}
async function collect(records: AsyncIterable<TicketRecord>): Promise<TicketRecord[]> {
  const out: TicketRecord[] = [];
  for await (const r of records) out.push(r);
  return out;
}
const tickets = (records: TicketRecord[]) => records.map((r) => ('ticket' in r ? r.ticket : r.error.message));
const errorOf = (record: TicketRecord | undefined) => {
  if (!record || !('error' in record)) throw new Error(`expected an error record, got ${JSON.stringify(record)}`);
  return record;
};

describe('readTickets: CSV', () => {
  it('reads `,` and the `;` Spanish Excel writes, detected from the header line; BOM and CRLF too', async () => {
    const comma = await read('id,priority,reportedAt\nT-1,urgent,2024-03-04 09:00\n');
    const semicolon = await read('\ufeffcaso;prioridad;fecha_creacion\r\nT-1;Urgente;2024-03-04 09:00\r\n');
    expect(tickets(comma)).toEqual([{ id: 'T-1', priority: 'urgent', reportedAt: '2024-03-04 09:00' }]);
    expect(tickets(semicolon)).toEqual([{ id: 'T-1', priority: 'Urgente', reportedAt: '2024-03-04 09:00' }]);
    expect(comma[0]!.line).toBe(2);
  });

  it('takes an explicit delimiter, and detects tab and pipe', async () => {
    const records = await read('caso;x|priority|reportedAt\nA;1|urgent|2024-03-04\n', '.csv', { delimiter: '|' });
    expect(tickets(records)).toEqual([{ priority: 'urgent', reportedAt: '2024-03-04' }]);
    expect(tickets(await read('id\tpriority\treportedAt\nA\turgent\t2024-03-04\n', '.tsv'))).toEqual([
      { id: 'A', priority: 'urgent', reportedAt: '2024-03-04' },
    ]);
    expect(detectDelimiter('a|b|c;d')).toBe('|');
    expect(detectDelimiter('"a;b",c')).toBe(',');
    expect(detectDelimiter('single')).toBe(',');
  });

  it('reads quoted fields holding separators, quotes and line breaks, and numbers lines as the file does', async () => {
    const text =
      'id;priority;reportedAt;asunto\n' +
      'A;urgent;2024-03-04 09:00;"uno; dos ""tres"""\n' +
      '\n' +
      'B;normal;2024-03-04 10:00;"línea 1\nlínea 2"\n' +
      'C;normal;2024-03-04 11:00;x\n';
    const records = await read(text);
    expect(records.map((r) => r.line)).toEqual([2, 4, 6]);
    expect(tickets(records).map((t) => (typeof t === 'string' ? t : t.id))).toEqual(['A', 'B', 'C']);
  });

  it('finds columns by their Spanish names, ignoring case, accents and punctuation; ignores unknown columns', async () => {
    const header =
      'N° caso;Prioridad;Canal;Tipo;Plan;Fecha de Creación;Fecha de respuesta;Fecha de solución;Cliente;Notas';
    const [record] = await read(
      `${header}\n7;Alta;Correo;Requerimiento;standard;2024-03-04 09:00;2024-03-04 09:30;2024-03-05 10:00;Droguería;llamar\n`,
    );
    expect(tickets([record!])).toEqual([
      {
        id: '7',
        priority: 'Alta',
        channel: 'Correo',
        type: 'request',
        plan: 'standard',
        reportedAt: '2024-03-04 09:00',
        respondedAt: '2024-03-04 09:30',
        resolvedAt: '2024-03-05 10:00',
        customer: 'Droguería',
      },
    ]);
    expect(columnKey(' Fecha de Creación ')).toBe('fecha_de_creacion');
  });

  it('reads ticket types in Spanish and passes unknown ones through for evaluate to reject', async () => {
    const records = await read(
      'id,priority,reportedAt,tipo\n1,p,2024-03-04,Incidencia\n2,p,2024-03-04,INCIDENTE\n3,p,2024-03-04,solicitud\n4,p,2024-03-04,consulta\n',
    );
    expect(tickets(records).map((t) => (typeof t === 'string' ? t : t.type))).toEqual([
      'incident',
      'incident',
      'request',
      'consulta',
    ]);
  });

  it('lets `map` name columns, override the built-in names, and ignore a column', async () => {
    const text = 'Ref,Urg,Creado,fecha_creacion\nR1,P1,2024-03-04 09:00,2024-01-01 00:00\n';
    const records = await read(text, '.csv', { map: { Ref: 'id', Urg: 'priority', creado: 'reportedAt' } });
    expect(tickets(records)).toEqual([{ id: 'R1', priority: 'P1', reportedAt: '2024-03-04 09:00' }]);
    const ignored = await read('id,priority,fecha_creacion,creado\n1,p,2024-03-04 09:00,x\n', '.csv', {
      map: { creado: '' },
    });
    expect(tickets(ignored)).toEqual([{ id: '1', priority: 'p', reportedAt: '2024-03-04 09:00' }]);
  });

  it('refuses a file it cannot read at all: missing columns, two columns for one field, a bad map', async () => {
    await expect(read('id,asunto\n1,x\n')).rejects.toThrow(
      /no column holds the ticket's priority.*columns: id, asunto/s,
    );
    await expect(read('id,priority,fecha_creacion,creado\n1,p,x,y\n')).rejects.toThrow(
      /'fecha_creacion' and 'creado' both read as reportedAt/,
    );
    await expect(read('id,priority,reportedAt\n', '.csv', { map: { id: 'ticketNumber' } })).rejects.toThrow(
      /'ticketNumber' is not a ticket field/,
    );
    await expect(read('id,priority,reportedAt\n', '.csv', { map: { caso: 'id' } })).rejects.toThrow(
      /names no column of the file/,
    );
    await expect(read('id,priority,reportedAt\n', '.csv', { encoding: 'klingon' })).rejects.toThrow(HabilError);
    expect(() => assignColumns(['a'], { a: 'nope' })).toThrow(HabilError);
  });

  it('makes a row with the wrong number of fields an error record, and carries on', async () => {
    const records = await read(
      'id;priority;reportedAt\nA;urgent;2024-03-04 09:00\nB;urgent;2024-03-04; 09:00\nC;urgent\nD;urgent;2024-03-04 09:00\n',
    );
    expect(records.map((r) => [r.line, 'ticket' in r])).toEqual([
      [2, true],
      [3, false],
      [4, false],
      [5, true],
    ]);
    expect(errorOf(records[1]).error.message).toMatch(
      /4 fields where the header has 3: a value holding ';' must be quoted/,
    );
    expect(errorOf(records[1]).value).toBe('B;urgent;2024-03-04; 09:00');
    expect(errorOf(records[2]).error.message).toMatch(/2 fields where the header has 3$/);
  });

  it('names the line where an unclosed quote swallows the rest of the file', async () => {
    const records = await read(
      'id,priority,reportedAt\nA,urgent,2024-03-04\n\nB,urgent,"2024-03-04\nC,urgent,2024-03-04\n',
    );
    expect(records).toHaveLength(2);
    expect(errorOf(records[1])).toMatchObject({ line: 4 });
    expect(errorOf(records[1]).error.message).toMatch(/never closed: the rest of the file could not be read/);
  });

  it('reads day-first dates with dateFormat into offset-less ISO, keeping an offset the format reads', async () => {
    const text = 'id;priority;reportedAt;resolvedAt\nA;urgent;22/03/2024 16:00;25/03/2024 09:30 -05:00\n';
    const [plain] = await read(text, '.csv', { dateFormat: 'dd/MM/yyyy HH:mm' });
    expect(errorOf(plain).error.message).toMatch(
      /resolvedAt: '25\/03\/2024 09:30 -05:00' does not match dateFormat 'dd\/MM\/yyyy HH:mm'/,
    );
    const [both] = await read('id;priority;reportedAt\nA;urgent;22/03/2024 16:00 -05:00\n', '.csv', {
      dateFormat: 'dd/MM/yyyy HH:mm ZZ',
    });
    expect(tickets([both!])).toEqual([{ id: 'A', priority: 'urgent', reportedAt: '2024-03-22T16:00:00.000-05:00' }]);
    const [local] = await read('id;priority;reportedAt\nA;urgent;22/03/2024 16:00\n', '.csv', {
      dateFormat: 'dd/MM/yyyy HH:mm',
    });
    expect(tickets([local!])).toEqual([{ id: 'A', priority: 'urgent', reportedAt: '2024-03-22T16:00:00.000' }]);
  });

  it('makes an unreadable date an error naming line, column, value and reason; hints at dateFormat for day-first dates', async () => {
    const records = await read(
      'caso;prioridad;fecha_creacion\nA;urgent;31/02/2024 10:00\nB;urgent;22/03/2024 10:00\n',
      '.csv',
      { dateFormat: 'dd/MM/yyyy HH:mm' },
    );
    expect(errorOf(records[0])).toMatchObject({
      line: 2,
      ticketId: 'A',
      field: 'reportedAt',
      column: 'fecha_creacion',
      value: '31/02/2024 10:00',
    });
    expect(errorOf(records[0]).error.message).toMatch(/fecha_creacion: '31\/02\/2024 10:00' does not match dateFormat/);
    expect(errorOf(records[0]).error.code).toBe('INVALID_INSTANT');
    expect('ticket' in records[1]!).toBe(true);
    const [hint] = await read('caso;prioridad;fecha_creacion\nA;urgent;22/03/2024 10:00\n');
    expect(errorOf(hint).error.message).toMatch(
      /is not an ISO 8601 date: pass the export's format, e\.g\. dateFormat 'dd\/MM\/yyyy HH:mm'/,
    );
  });

  it('reads pauses from columns, several in a cell separated by |, an empty end part an open pause', async () => {
    const text =
      'id;priority;reportedAt;pausa_desde;pausa_hasta;motivo_pausa\n' +
      'A;normal;2024-03-04 08:00;2024-03-04 09:00 | 2024-03-05 08:00;2024-03-04 10:00|;fabricante|visita\n' +
      'B;normal;2024-03-04 08:00;2024-03-04 09:00;;\n';
    const records = await read(text);
    expect(tickets(records)).toEqual([
      {
        id: 'A',
        priority: 'normal',
        reportedAt: '2024-03-04 08:00',
        pauses: [
          { from: '2024-03-04 09:00', to: '2024-03-04 10:00', reason: 'fabricante' },
          { from: '2024-03-05 08:00', reason: 'visita' },
        ],
      },
      { id: 'B', priority: 'normal', reportedAt: '2024-03-04 08:00', pauses: [{ from: '2024-03-04 09:00' }] },
    ]);
  });

  it('rejects pause cells that do not pair up', async () => {
    const header = 'id;priority;reportedAt;pausa_desde;pausa_hasta;motivo_pausa\n';
    const records = await read(
      `${header}A;n;2024-03-04;2024-03-04 09:00;2024-03-04 10:00|2024-03-04 11:00;\nB;n;2024-03-04;;2024-03-04 10:00;\nC;n;2024-03-04;2024-03-04 09:00;;a|b\n`,
    );
    expect(errorOf(records[0])).toMatchObject({ field: 'pauses.to', column: 'pausa_hasta' });
    expect(errorOf(records[0]).error.message).toMatch(/has 2 part\(s\) for 1 pause start\(s\)/);
    expect(errorOf(records[1]).error.message).toMatch(/pausa_hasta: '2024-03-04 10:00' belongs to no pause/);
    expect(errorOf(records[2])).toMatchObject({ field: 'pauses.reason', column: 'motivo_pausa', value: 'a|b' });
  });

  it('decodes other encodings, e.g. windows-1252 from Spanish Excel', async () => {
    const bytes = Buffer.from('id;prioridad;fecha_creacion\nA;Cr\xedtica;2024-03-04 09:00\n', 'latin1');
    expect(tickets(await read(bytes, '.csv', { encoding: 'windows-1252' }))).toEqual([
      { id: 'A', priority: 'Crítica', reportedAt: '2024-03-04 09:00' },
    ]);
  });
});

describe('readTickets: JSON and NDJSON', () => {
  it('streams a JSON array, each element with the line it starts on, keys read like CSV headers', async () => {
    const text = `[
  { "caso": "J-1", "prioridad": "Urgente", "fecha_creacion": "2024-03-01 16:00",
    "pauses": [{ "from": "2024-03-01 17:00", "to": "2024-03-01 18:00", "reason": "fabricante" }] },
  {
    "id": 2, "priority": "normal", "reportedAt": 1709560800000, "note": "a \\" ] , { tricky"
  }
]`;
    const records = await read(text, '.json');
    expect(records.map((r) => r.line)).toEqual([2, 4]);
    expect(tickets(records)).toEqual([
      {
        id: 'J-1',
        priority: 'Urgente',
        reportedAt: '2024-03-01 16:00',
        pauses: [{ from: '2024-03-01 17:00', to: '2024-03-01 18:00', reason: 'fabricante' }],
      },
      { id: '2', priority: 'normal', reportedAt: 1709560800000 },
    ]);
  });

  it('applies dateFormat to JSON strings, nested pauses included', async () => {
    const text = '[{"id":"A","priority":"p","reportedAt":"04/03/2024 09:00","pauses":[{"from":"04/03/2024 10:00"}]}]';
    expect(tickets(await read(text, '.json', { dateFormat: 'dd/MM/yyyy HH:mm' }))).toEqual([
      { id: 'A', priority: 'p', reportedAt: '2024-03-04T09:00:00.000', pauses: [{ from: '2024-03-04T10:00:00.000' }] },
    ]);
  });

  it('makes a bad element an error record and carries on; refuses what is not an array', async () => {
    const records = await read(
      '[\n{"id":"A","priority":"p","reportedAt":"2024-03-04"},\n{"id": bad},\n42,\n{"id":"B","priority":"p","reportedAt":"2024-03-04"}\n]',
      '.json',
    );
    expect(records.map((r) => [r.line, 'ticket' in r])).toEqual([
      [2, true],
      [3, false],
      [4, false],
      [5, true],
    ]);
    expect(errorOf(records[1]).error.message).toMatch(/not valid JSON/);
    expect(errorOf(records[2]).error.message).toMatch(/42 is not a ticket: expected a JSON object/);
    await expect(read('{"id":1}', '.json')).rejects.toThrow(/expected a JSON array of tickets, found '\{' on line 1/);
    await expect(read('[] []', '.json')).rejects.toThrow(/after the array's end/);
    await expect(read('   ', '.json')).rejects.toThrow(/found an empty input/);
    const open = await read('[\n{"id":"A","priority":"p","reportedAt":"2024-03-04"},\n{"id":"B"', '.json');
    expect(errorOf(open[1])).toMatchObject({ line: 3 });
    expect(errorOf(open[1]).error.message).toMatch(/never closed/);
  });

  it('reads NDJSON line by line, skipping blank lines', async () => {
    const records = await read(
      '{"id":"N-1","priority":"P1","reportedAt":"2024-03-01T16:00:00-05:00"}\n\n{"id":"N-2",\n[1]\n{"id":"N-3","priority":"P1","reportedAt":"2024-03-01"}',
      '.ndjson',
    );
    expect(records.map((r) => [r.line, 'ticket' in r])).toEqual([
      [1, true],
      [3, false],
      [4, false],
      [5, true],
    ]);
  });

  it('applies `map` to JSON keys, and checks its fields even when no object has the key', async () => {
    expect(
      tickets(
        await read('{"ref":"A","priority":"p","reportedAt":"2024-03-04"}\n', '.jsonl', {
          map: { ref: 'id', other: 'plan' },
        }),
      ),
    ).toEqual([{ id: 'A', priority: 'p', reportedAt: '2024-03-04' }]);
    await expect(read('{"ref":"A"}\n', '.ndjson', { map: { ref: 'identifier' } })).rejects.toThrow(
      /'identifier' is not a ticket field/,
    );
  });
});

describe('readTickets: a stray } in one JSON element (issue 16)', () => {
  it('makes that element one error row naming the }, and reads every later element', async () => {
    const elements = ['a', 'b', 'c', 'd'].map((id) => ({ id, priority: 'Urgente', reportedAt: '2024-03-04 09:00' }));
    const text = JSON.stringify(elements, null, 1).replace('"id": "b",', '"id": "b"},');
    const records = await read(text, '.json');
    expect(records.map((r) => `${r.line}:${'ticket' in r ? (r.ticket as { id: string }).id : 'error'}`)).toEqual([
      '2:a',
      '7:error',
      '12:c',
      '17:d',
    ]);
    expect(errorOf(records[1]).error.message).toBe(
      "not valid JSON: the '}' on line 8 closes this object before its last keys (a stray '}'?)",
    );
    // Valid arrays are untouched: objects, nested values, colons and braces inside strings.
    const valid = [{ id: 'x:}', priority: 'P1', reportedAt: '2024-03-04 09:00', tags: [{ a: 1 }] }, { id: 'y' }];
    expect(tickets(await read(JSON.stringify(valid), '.json')).length).toBe(2);
  });
});

describe('readTickets: sources', () => {
  it('reads a stream or async iterable, telling the format from the first character', async () => {
    const csv = await collect(readTickets(Readable.from([Buffer.from('id,priority,reportedAt\nA,p,2024-03-04\n')])));
    const json = await collect(readTickets(Readable.from(['  [{"id":"B","priority":"p","reportedAt":"2024-03-04"}]'])));
    const ndjson = await collect(
      readTickets(
        (async function* () {
          yield '{"id":"C","priority":"p",';
          yield '"reportedAt":"2024-03-04"}\n';
        })(),
      ),
    );
    expect(
      [...tickets(csv), ...tickets(json), ...tickets(ndjson)].map((t) => (typeof t === 'string' ? t : t.id)),
    ).toEqual(['A', 'B', 'C']);
    expect(await collect(readTickets(Readable.from([])))).toEqual([]);
  });

  it('detects the separator from the whole header line, however the stream cuts it', async () => {
    const bytes = Buffer.from('caso;prioridad;fecha_creacion\nA;Alta;2024-03-04\n');
    const records = await collect(readTickets(Readable.from([...bytes].map((byte) => Buffer.from([byte])))));
    expect(tickets(records)).toEqual([{ id: 'A', priority: 'Alta', reportedAt: '2024-03-04' }]);
  });

  it('takes `format` over the extension, and reports progress in bytes', async () => {
    const path = join(dir, 'tickets.txt');
    const text = '[{"id":"A","priority":"p","reportedAt":"2024-03-04"}]';
    writeFileSync(path, text);
    const seen: number[] = [];
    const records = await collect(readTickets(path, { format: 'json', onProgress: (bytes) => seen.push(bytes) }));
    expect(tickets(records)).toEqual([{ id: 'A', priority: 'p', reportedAt: '2024-03-04' }]);
    expect(seen.at(-1)).toBe(Buffer.byteLength(text));
  });
});

describe('readTickets + audit on the sample export', () => {
  it('reads all 1,000 rows of examples/data/icg-tickets.csv: 992 evaluated, 8 rejected, each naming its line', async () => {
    const rows: AuditRow[] = [];
    const report = await audit(policies.icg, readTickets('examples/data/icg-tickets.csv'), {
      now: '2024-12-31T23:59:59-05:00',
      onRow: (row) => rows.push(row),
    });
    expect(report).toMatchObject({ rows: 1000, evaluated: 992, errors: 8 });
    const rejected = rows.filter((r): r is Extract<AuditRow, { kind: 'error' }> => r.kind === 'error');
    expect(rejected.map((r) => [r.line, r.column ?? null])).toEqual([
      [99, 'fecha_creacion'],
      [230, 'prioridad'],
      [361, 'prioridad'],
      [492, 'fecha_solucion'],
      [614, null],
      [623, 'pausa_hasta'],
      [754, 'fecha_respuesta'],
      [885, 'pausa_hasta'],
    ]);
    expect(new Set(rows.map((r) => r.line)).size).toBe(1000);
    expect(report.targets.reduce((sum, t) => sum + t.breached, 0)).toBeGreaterThan(0);
  });
});
