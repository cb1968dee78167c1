// auditFile: the same report whether a file is read on one thread or cut into shards for
// worker threads. Workers run the built files (dist/audit-worker.js), so this test imports
// habil from dist and builds it first when dist is missing or older than the sources.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { shardCsv } from '../../src/node/shards';

type Dist = { index: typeof import('../../src/index'); node: typeof import('../../src/node/index') };
let dist: Dist;
const NOW = '2024-12-31T23:59:59-05:00';
const dir = mkdtempSync(join(tmpdir(), 'habil-parallel-'));

beforeAll(async () => {
  const built = ['dist/node.js', 'dist/audit-worker.js'].every((f) => existsSync(f))
    ? statSync('dist/node.js').mtimeMs
    : 0;
  const newest = Math.max(...['package.json', 'tsup.config.ts', ...walk('src')].map((f) => statSync(f).mtimeMs));
  if (built < newest) execFileSync('npx', ['tsup'], { stdio: 'ignore' });
  dist = {
    index: await import(pathToFileURL(join(process.cwd(), 'dist/index.js')).href),
    node: await import(pathToFileURL(join(process.cwd(), 'dist/node.js')).href),
  };
}, 120_000);

describe('auditFile', () => {
  it('gives the one-thread report with workers, whatever the shard size', async () => {
    const { policies, audit } = dist.index;
    const { auditFile, readTickets } = dist.node;
    const single = await audit(policies.icg, readTickets('examples/data/icg-tickets.csv'), { now: NOW });
    for (const shardBytes of [512, 4096, 1 << 20]) {
      const parallel = await auditFile('examples/data/icg-tickets.csv', policies.icg, {
        now: NOW,
        workers: 2,
        shardBytes,
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
      shardBytes: 64,
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
    const parallel = await dist.node.auditFile(path, policies.icg, { now: NOW, workers: 2, shardBytes: 256 });
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
      expect(await dist.node.auditFile(path, policies.icg, { now: NOW, workers: 2, shardBytes: 64 })).toEqual(single);
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
      expect(await dist.node.auditFile(path, policies.icg, { now: NOW, workers: 2, shardBytes: 64 })).toEqual(single);
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

  it('reads a file on one thread when its separator is more than one byte', async () => {
    const { policies, audit } = dist.index;
    const rows = Array.from({ length: 30 }, (_, i) => `C-${i}::Alta::"nota\n${i}"::2024-03-0${(i % 9) + 1} 09:00`);
    const path = join(dir, 'two-byte-separator.csv');
    writeFileSync(path, `caso::prioridad::notas::fecha_creacion\n${rows.join('\n')}\n`);
    const single = await audit(policies.icg, dist.node.readTickets(path, { delimiter: '::' }), { now: NOW });
    expect(single).toMatchObject({ rows: 30, evaluated: 30 });
    expect(
      await dist.node.auditFile(path, policies.icg, { now: NOW, delimiter: '::', workers: 2, shardBytes: 64 }),
    ).toEqual(single);
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

  it('runs JSON, NDJSON and small files on the calling thread', async () => {
    const path = join(dir, 'tickets.ndjson');
    writeFileSync(path, '{"id":"A","priority":"Urgente","reportedAt":"2024-03-04 09:00"}\n');
    expect(await dist.node.auditFile(path, dist.index.policies.icg, { now: NOW, workers: 4 })).toMatchObject({
      rows: 1,
      evaluated: 1,
    });
    expect(
      await dist.node.auditFile('examples/data/icg-tickets.csv', dist.index.policies.icg, { now: NOW }),
    ).toMatchObject({ rows: 1000 });
  });
});

describe('shardCsv', () => {
  it('gives each shard its own buffer, so transferring one to a worker loses nothing after it', async () => {
    // Chunks like fs streams give: Buffers over their own ArrayBuffers, ending at line ends.
    const own = (text: string) => Buffer.from(new TextEncoder().encode(text).buffer);
    const chunks = (async function* () {
      yield own('a;b\n1;x\n2;y\n');
      yield own('3;z\n4;w');
    })();
    const { shards } = await shardCsv(chunks, { size: 4 });
    const out: string[] = [];
    for await (const shard of shards) {
      const moved = structuredClone(shard.bytes, { transfer: [shard.bytes.buffer as ArrayBuffer] });
      out.push(new TextDecoder().decode(moved));
    }
    expect(out).toEqual(['1;x\n2;y\n', '3;z\n', '4;w']);
  });

  it('cuts at line breaks outside quotes and numbers each shard by its first file line', async () => {
    const text = 'a;b\r\n1;"x\r\ny"\r\n2;z\r\n3;"w ""q"" \r\n"\r\n4;v';
    const bytes = new TextEncoder().encode(text);
    const chunks = (async function* () {
      for (let i = 0; i < bytes.length; i += 3) yield bytes.subarray(i, i + 3);
    })();
    const { header, delimiter, shards } = await shardCsv(chunks, { size: 1 });
    expect([header, delimiter]).toEqual([['a', 'b'], ';']);
    const out: [number, string][] = [];
    for await (const shard of shards) out.push([shard.firstLine, new TextDecoder().decode(shard.bytes)]);
    expect(out).toEqual([
      [2, '1;"x\r\ny"\r\n'],
      [4, '2;z\r\n'],
      [5, '3;"w ""q"" \r\n"\r\n'],
      [7, '4;v'],
    ]);
  });
});

describe('shardCsv, where csv-parse ends records', () => {
  /** The shards of `text` (fed in `chunk`-byte pieces) as [first line, text]. */
  async function cut(
    text: string,
    options: { size: number; delimiter?: string },
    chunk = 3,
  ): Promise<[number, string][]> {
    const bytes = new TextEncoder().encode(text);
    const chunks = (async function* () {
      for (let i = 0; i < bytes.length; i += chunk) yield bytes.slice(i, i + chunk);
    })();
    const { shards } = await shardCsv(chunks, options);
    const out: [number, string][] = [];
    for await (const shard of shards) out.push([shard.firstLine, new TextDecoder().decode(shard.bytes)]);
    return out;
  }

  it('takes a quote for a field’s opening one only first in the field, and reads on after a field closed early', async () => {
    const text = 'a;b\n5" x;"y\nz"\nabc"def;"q"r"\n"s""\n";t\n"u"v;""\n';
    // Pieces too short to hold two record ends, so that each record end is a cut.
    for (const chunk of [1, 2]) {
      expect(await cut(text, { size: 1 }, chunk)).toEqual([
        [2, '5" x;"y\nz"\n'],
        [4, 'abc"def;"q"r"\n'],
        [5, '"s""\n";t\n'],
        [7, '"u"v;""\n'],
      ]);
    }
  });

  it('ends CRLF records only at CRLF, and opens a quote only after the separator it is told', async () => {
    expect(await cut('a|b\r\n"x\n"y|1\r\n2|"w"\r\n', { size: 1 })).toEqual([
      [2, '"x\n"y|1\r\n'],
      [4, '2|"w"\r\n'],
    ]);
    expect(await cut('a,b\n1;"x\n2,"y\nz"\n', { size: 1, delimiter: ',' })).toEqual([
      [2, '1;"x\n'],
      [3, '2,"y\nz"\n'],
    ]);
  });

  it('skips a BOM and empty lines before the header, counting their lines', async () => {
    const text = '\ufeff\r\n\r\nid;"x\r\ny"\r\n1;2\r\n';
    const { header, delimiter, shards } = await shardCsv(Readable.from([Buffer.from(text)]), { size: 1 });
    expect([header, delimiter]).toEqual([['id', 'x\r\ny'], ';']);
    const out: [number, string][] = [];
    for await (const shard of shards) out.push([shard.firstLine, new TextDecoder().decode(shard.bytes)]);
    expect(out).toEqual([[5, '1;2\r\n']]);
    expect(await cut('\r\ra;b\r1;2\r', { size: 1 }, 1)).toEqual([[4, '1;2\r']]);
  });

  it('refuses a separator it cannot find in bytes', async () => {
    await expect(shardCsv(Readable.from([Buffer.from('a::b\n')]), { size: 1, delimiter: '::' })).rejects.toThrow(
      RangeError,
    );
  });
});

describe('shardCsv on an old Mac export', () => {
  it('tells lone CR lines from CRLF ones by the header, even when its CR ends a chunk, and cuts at CRs outside quotes', async () => {
    const text = 'a;b\r1;"x\ry"\r2;z\r';
    const bytes = new TextEncoder().encode(text);
    const chunks = (async function* () {
      for (let i = 0; i < bytes.length; i += 4) yield bytes.slice(i, i + 4);
    })();
    const { header, shards } = await shardCsv(chunks, { size: 1 });
    expect(header).toEqual(['a', 'b']);
    const out: [number, string][] = [];
    for await (const shard of shards) out.push([shard.firstLine, new TextDecoder().decode(shard.bytes)]);
    expect(out).toEqual([
      [2, '1;"x\ry"\r'],
      [4, '2;z\r'],
    ]);
  });
});

function walk(path: string): string[] {
  return statSync(path).isDirectory() ? readdirSync(path).flatMap((name) => walk(join(path, name))) : [path];
}
