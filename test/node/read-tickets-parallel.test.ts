// auditFile: the same report whether a file is audited on one thread or its records are spread
// over worker threads in batches of any size. Workers run the built files (dist/audit-worker.js), so this test imports
// habil from dist and builds it first when dist is missing or older than the sources.
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Dist, loadDist } from '../support/dist';

let dist: Dist;
const NOW = '2024-12-31T23:59:59-05:00';
const dir = mkdtempSync(join(tmpdir(), 'habil-parallel-'));

beforeAll(async () => {
  dist = await loadDist();
}, 180_000);

describe('auditFile', () => {
  it('gives the one-thread report with workers, whatever the shard size', async () => {
    const { policies, audit } = dist.index;
    const { auditFile, readTickets } = dist.node;
    const single = await audit(policies.icg, readTickets('examples/data/icg-tickets.csv'), { now: NOW });
    for (const batchSize of [1, 7, 2000]) {
      const parallel = await auditFile('examples/data/icg-tickets.csv', policies.icg, {
        now: NOW,
        workers: 2,
        batchSize,
      });
      expect(parallel).toEqual(single);
    }
  });

  it('gives the one-thread report for a file several read buffers long', async () => {
    // A fixed-offset copy of ICG (Bogotá has no DST), so that 50,000 tickets audit quickly.
    const { Policy, policies, audit } = dist.index;
    const spec = policies.icg.toJSON();
    const business = spec.calendars.business;
    if (typeof business !== 'object' || !('zone' in business))
      throw new Error("ICG's business calendar is a weekly one");
    spec.calendars.business = { ...business, zone: 'UTC-05:00' };
    const policy = Policy.from(spec);
    const rows = Array.from(
      { length: 50_000 },
      (_, i) =>
        `C-${i};${['Urgente', 'Alta', 'Normal'][i % 3]};2024-0${(i % 9) + 1}-1${i % 10} 0${(i % 9) + 1}:${String(i % 60).padStart(2, '0')};resolved later;ok`,
    );
    const path = join(dir, 'large.csv');
    writeFileSync(path, `caso;prioridad;fecha_creacion;notas;estado\r\n${rows.join('\r\n')}\r\n`);
    expect(statSync(path).size).toBeGreaterThan(2 << 20);
    const single = await audit(policy, dist.node.readTickets(path), { now: NOW });
    const parallel = await dist.node.auditFile(path, policy, { now: NOW, workers: 2 });
    expect(single.rows).toBe(50_000);
    expect(parallel).toEqual(single);
  });

  it('keeps line numbers across shards, quoted line breaks included, and passes map, dateFormat and plan to the workers', async () => {
    const rows = Array.from({ length: 40 }, (_, i) => `T-${i};Alta;"nota\n${i}";0${(i % 9) + 1}/03/2024 09:00`);
    rows[17] = 'T-17;Nope;x;01/03/2024 09:00';
    const path = join(dir, 'multiline.csv');
    writeFileSync(path, `Ref;Urgencia;Notas;Creado\n${rows.join('\n')}\n`);
    const options = {
      now: '2024-03-31',
      map: { Ref: 'id', Urgencia: 'priority', Creado: 'reportedAt' },
      dateFormat: 'dd/MM/yyyy HH:mm',
      plan: 'level-2',
      batchSize: 3,
    };
    const report = await dist.node.auditFile(path, dist.index.policies.hosting, { ...options, workers: 2 });
    expect(report).toMatchObject({ rows: 40, evaluated: 39, errors: 1 });
    expect(report.firstErrors[0]).toMatchObject({ line: 2 + 17 * 2, ticketId: 'T-17', column: 'Urgencia' });
    expect(report.targets.map((t) => t.plan)).toEqual(['level-2']);
  });

  it('gives the one-thread report for an old Mac export, whose lines end with a lone CR', async () => {
    const { policies, audit } = dist.index;
    const rows = Array.from(
      { length: 300 },
      (_, i) => `C-${i};${['Urgente', 'Alta', 'Normal'][i % 3]};"nota\r${i}";2024-03-0${(i % 9) + 1} 09:00`,
    );
    rows[17] = 'C-17;Nope;x;2024-03-01 09:00';
    const path = join(dir, 'mac.csv');
    writeFileSync(path, `caso;prioridad;notas;fecha_creacion\r${rows.join('\r')}\r`);
    const single = await audit(policies.icg, dist.node.readTickets(path), { now: NOW });
    const parallel = await dist.node.auditFile(path, policies.icg, { now: NOW, workers: 2, batchSize: 5 });
    expect(parallel).toMatchObject({ rows: 300, errors: 1 });
    expect(parallel.firstErrors[0]).toMatchObject({ line: 2 + 17 * 2, ticketId: 'C-17' });
    expect(parallel).toEqual(single);
  });

  it('keeps a quoted field with line breaks whole after a quote inside a bare field', async () => {
    // `5" pantalla` and `abc"def` hold literal quotes. A scanner that took every quote for an
    // opening or closing one cut a later row's quoted field in two, as soon as the file (read in
    // one piece here) ended with its quote count odd: a few lengths make sure one does.
    const { policies, audit } = dist.index;
    const notes = ['TV 5" pantalla', '"nota\nen dos líneas"', 'abc"def', '"dijo ""hola""\ny se fue"x"', '"visto"'];
    const priority = (i: number) => (i === 5 ? 'Nope' : ['Urgente', 'Alta', 'Normal'][i % 3]);
    const rows = Array.from(
      { length: 14 },
      (_, i) => `C-${i};${priority(i)};${notes[i % notes.length]};2024-03-0${(i % 9) + 1} 09:00`,
    );
    const path = join(dir, 'stray-quotes.csv');
    for (let count = 10; count <= rows.length; count++) {
      writeFileSync(path, `caso;prioridad;notas;fecha_creacion\n${rows.slice(0, count).join('\n')}\n`);
      const single = await audit(policies.icg, dist.node.readTickets(path), { now: NOW });
      expect(single).toMatchObject({ rows: count, errors: 1 });
      expect(await dist.node.auditFile(path, policies.icg, { now: NOW, workers: 2, batchSize: 3 })).toEqual(single);
    }
  });

  it('reads the header after empty lines (and a BOM), numbering the rows from the file’s first line', async () => {
    const { policies, audit } = dist.index;
    for (const eol of ['\n', '\r\n', '\r']) {
      const rows = Array.from(
        { length: 40 },
        (_, i) => `C-${i},${['Urgente', 'Alta', 'Normal'][i % 3]},2024-03-0${(i % 9) + 1} 09:00`,
      );
      rows[17] = 'C-17,Nope,2024-03-01 09:00';
      const path = join(dir, 'empty-lines-first.csv');
      writeFileSync(path, `\ufeff${eol}${eol}caso,prioridad,fecha_creacion${eol}${rows.join(eol)}${eol}`);
      const single = await audit(policies.icg, dist.node.readTickets(path), { now: NOW });
      expect(single).toMatchObject({ rows: 40, errors: 1 });
      expect(single.firstErrors[0]).toMatchObject({ line: 4 + 17, ticketId: 'C-17' });
      expect(await dist.node.auditFile(path, policies.icg, { now: NOW, workers: 2, batchSize: 3 })).toEqual(single);
    }
  });

  it('gives the empty report one thread gives for a file of empty lines, or nothing', async () => {
    const { policies, audit } = dist.index;
    for (const text of ['', '\r\n\r\n']) {
      const path = join(dir, 'blank.csv');
      writeFileSync(path, text);
      const single = await audit(policies.icg, dist.node.readTickets(path), { now: NOW });
      expect(single.rows).toBe(0);
      expect(await dist.node.auditFile(path, policies.icg, { now: NOW, workers: 2 })).toEqual(single);
    }
  });

  it('reads a file whose separator is more than one byte', async () => {
    const { policies, audit } = dist.index;
    const rows = Array.from({ length: 30 }, (_, i) => `C-${i}::Alta::"nota\n${i}"::2024-03-0${(i % 9) + 1} 09:00`);
    const path = join(dir, 'two-byte-separator.csv');
    writeFileSync(path, `caso::prioridad::notas::fecha_creacion\n${rows.join('\n')}\n`);
    const single = await audit(policies.icg, dist.node.readTickets(path, { delimiter: '::' }), { now: NOW });
    expect(single).toMatchObject({ rows: 30, evaluated: 30 });
    expect(
      await dist.node.auditFile(path, policies.icg, { now: NOW, delimiter: '::', workers: 2, batchSize: 3 }),
    ).toEqual(single);
  });

  it('reads a UTF-16LE export, mixed line ends and empty lines before the header as one thread does', async () => {
    // Issue 16: 26 rows of 200,000 in UTF-16LE, 170,042 with mixed CRLF and LF, tickets merged in
    // pairs after a CRLF header, and a file starting with empty lines failing only with workers.
    const { policies, audit } = dist.index;
    const eols = ['\r\n', '\n', '\r'];
    const rows = Array.from(
      { length: 300 },
      (_, i) => `C-${i};${i === 40 ? 'Nope' : 'Alta'};2024-03-0${(i % 9) + 1} 09:00${eols[i % 3]}`,
    );
    const text = `\n\r\ncaso;prioridad;fecha_creacion\r\n${rows.join('')}`;
    for (const [encoding, bytes] of [
      ['utf-8', Buffer.from(text)],
      ['utf-16le', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
    ] as const) {
      const path = join(dir, `mixed-${encoding}.csv`);
      writeFileSync(path, bytes);
      const single = await audit(policies.icg, dist.node.readTickets(path, { encoding }), { now: NOW });
      expect(single).toMatchObject({ rows: 300, evaluated: 299, errors: 1 });
      expect(single.firstErrors[0]).toMatchObject({ line: 4 + 40, ticketId: 'C-40' });
      expect(await dist.node.auditFile(path, policies.icg, { now: NOW, encoding, workers: 2, batchSize: 7 })).toEqual(
        single,
      );
    }
  });

  it('starts no more workers than batches, and at most MAX_WORKERS', async () => {
    const { policies } = dist.index;
    const path = join(dir, 'fifty.csv');
    const rows = Array.from({ length: 50 }, (_, i) => `C-${i};Alta;2024-03-04 09:00`);
    writeFileSync(path, `caso;prioridad;fecha_creacion\n${rows.join('\n')}\n`);
    const before = process.memoryUsage().rss;
    const report = await dist.node.auditFile(path, policies.icg, { now: NOW, workers: 100_000 });
    expect(report).toMatchObject({ rows: 50, evaluated: 50 });
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
    expect(dist.node.MAX_WORKERS).toBeLessThanOrEqual(64);
  });

  it('audits PolicyVersions on the calling thread, with the one-thread report', async () => {
    const { Policy, policies, audit } = dist.index;
    const versions = Policy.versions([{ from: '2000-01-01', policy: policies.icg }], { zone: 'America/Bogota' });
    const path = 'examples/data/icg-tickets.csv';
    const single = await audit(versions, dist.node.readTickets(path), { now: NOW });
    expect(await dist.node.auditFile(path, versions, { now: NOW, workers: 2 })).toEqual(single);
  });

  it('refuses a missing path or a directory with a HabilError', async () => {
    const { HabilError, policies } = dist.index;
    for (const [path, message] of [
      [join(dir, 'missing.csv'), /missing\.csv: no such file/],
      [dir, /is a directory/],
    ] as const) {
      const error = await dist.node.auditFile(path, policies.icg, { now: NOW }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(HabilError);
      expect(String(error)).toMatch(message);
    }
  });

  it('fails before starting threads for a bad `now` or a header without the needed columns', async () => {
    const { auditFile } = dist.node;
    const { policies } = dist.index;
    await expect(auditFile('examples/data/icg-tickets.csv', policies.icg, { now: 'soon', workers: 2 })).rejects.toThrow(
      /'soon' is not an ISO 8601 instant/,
    );
    const path = join(dir, 'no-priority.csv');
    writeFileSync(path, 'caso;fecha_creacion\n1;2024-03-04\n');
    await expect(auditFile(path, policies.icg, { now: NOW, workers: 2 })).rejects.toThrow(
      /no column holds the ticket's priority/,
    );
  });

  it('spreads JSON and NDJSON too, and runs small files on the calling thread', async () => {
    const path = join(dir, 'tickets.ndjson');
    const line = (i: number) =>
      `{"id":"A${i}","priority":"${i === 3 ? 'Nope' : 'Urgente'}","reportedAt":"2024-03-04 09:00"}`;
    writeFileSync(path, `${Array.from({ length: 9 }, (_, i) => line(i)).join('\n')}\n`);
    const single = await dist.index.audit(dist.index.policies.icg, dist.node.readTickets(path), { now: NOW });
    expect(single).toMatchObject({ rows: 9, evaluated: 8 });
    expect(await dist.node.auditFile(path, dist.index.policies.icg, { now: NOW, workers: 4, batchSize: 2 })).toEqual(
      single,
    );
    expect(
      await dist.node.auditFile('examples/data/icg-tickets.csv', dist.index.policies.icg, { now: NOW }),
    ).toMatchObject({ rows: 1000 });
  });
});
