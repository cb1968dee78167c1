// examples/clickhouse/ on a real ClickHouse: the engine embedded by the `chdb` package loads
// habil_function.xml, starts user_scripts/habil-udf (the `habil udf` process of dist/cli.js)
// as an executable_pool, and runs queries.sql verbatim over seeded random tickets, malformed
// ones included, in small blocks. Every answer must be evaluate()'s, one per ticket.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Session } from 'chdb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mulberry32 } from '../../scripts/lib/prng.mjs';
import { evaluate, HabilError, policies } from '../../src/index';
import { ensureBuilt, root } from '../package/helpers';

const example = join(root, 'examples/clickhouse');
const NOW = '2025-01-01T00:00:00Z';
const COUNT = 4000;

interface Row {
  id: string;
  priority: string;
  reported: number;
  responded: number | null;
  resolved: number | null;
}

function randomTickets(): Row[] {
  const random = mulberry32(2026);
  const priorities = ['Urgente', 'urgent', 'Importante', 'Normal', 'normal', 'P3', 'P9'];
  const later = (t: number, max: number) => t + Math.floor((random() - 0.03) * max);
  return Array.from({ length: COUNT }, (_, i) => {
    const reported = Date.UTC(2023, 0, 1) + Math.floor(random() * 2 * 365 * 86_400_000);
    return {
      id: `T-${String(i).padStart(5, '0')}`,
      priority: priorities[Math.floor(random() * priorities.length)]!,
      reported,
      responded: random() < 0.3 ? null : later(reported, 4 * 3_600_000),
      resolved: random() < 0.3 ? null : later(reported, 8 * 86_400_000),
    };
  });
}

let session: Session;
const tickets = randomTickets();
const statements = readFileSync(join(example, 'queries.sql'), 'utf8')
  .replace(/--.*$/gm, '')
  .split(';')
  .map((s) => s.trim())
  .filter(Boolean);

beforeAll(() => {
  ensureBuilt();
  // `habil` on the engine's PATH is this checkout's dist/cli.js, as `npm install -g habil` would be.
  const dir = mkdtempSync(join(tmpdir(), 'habil-clickhouse-'));
  mkdirSync(join(dir, 'bin'));
  writeFileSync(join(dir, 'bin/habil'), `#!/bin/sh\nexec "${process.execPath}" "${join(root, 'dist/cli.js')}" "$@"\n`);
  chmodSync(join(dir, 'bin/habil'), 0o755);
  process.env.PATH = `${join(dir, 'bin')}:${process.env.PATH}`;
  writeFileSync(
    join(dir, 'config.xml'),
    readFileSync(join(example, 'config.xml'), 'utf8')
      .replace(/<user_scripts_path>.*</, `<user_scripts_path>${join(example, 'user_scripts')}/<`)
      .replace(/(<user_defined_executable_functions_config>).*</, `$1${join(example, 'habil_function.xml')}<`),
  );
  session = new Session(join(dir, 'data'), { connectionArgs: [`--config-file=${join(dir, 'config.xml')}`] });
  // Small blocks: the pool's processes answer many blocks each, waiting for none to end.
  session.query('SET max_block_size = 777');
});

afterAll(() => session?.close());

const ms = (t: number | null) => (t === null ? 'NULL' : `fromUnixTimestamp64Milli(${t}, 'UTC')`);

describe('examples/clickhouse on ClickHouse (chdb)', () => {
  it('runs on a current ClickHouse, with habil functions from habil_function.xml', () => {
    const version = session.query('SELECT version()', 'TSV').trim();
    expect(Number(version.split('.')[0])).toBeGreaterThanOrEqual(24);
    expect(session.query("SELECT name FROM system.functions WHERE name LIKE 'habil%' ORDER BY name", 'TSV')).toBe(
      'habil_resolution_due\nhabil_sla\n',
    );
  });

  it('queries.sql judges every ticket as evaluate() does, one answer per ticket', () => {
    session.query(statements[0]!); // CREATE TABLE tickets
    const values = tickets.map(
      (t) => `('${t.id}', '${t.priority}', ${ms(t.reported)}, ${ms(t.responded)}, ${ms(t.resolved)})`,
    );
    session.query(`INSERT INTO tickets VALUES ${values.join(',')}`);
    session.query(statements[1]!); // CREATE TABLE judged AS SELECT ... habil_sla(...)
    const rows = session
      .query(
        `SELECT id, toUnixTimestamp64Milli(sla.response_due) AS response_due, sla.response_status AS response_status,
                toUnixTimestamp64Milli(sla.resolution_due) AS resolution_due, sla.resolution_status AS resolution_status,
                sla.resolution_elapsed_ms AS resolution_elapsed, sla.error AS error
         FROM judged ORDER BY id`,
        'JSONEachRow',
      )
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, string | number | null>);
    expect(rows).toHaveLength(COUNT);
    let errors = 0;
    rows.forEach((row, i) => {
      const t = tickets[i]!;
      expect(row.id).toBe(t.id);
      const ticket = {
        id: t.id,
        priority: t.priority,
        reportedAt: t.reported,
        ...(t.responded === null ? {} : { respondedAt: t.responded }),
        ...(t.resolved === null ? {} : { resolvedAt: t.resolved }),
      };
      let expected: Record<string, string | number | null>;
      try {
        const { response, resolution } = evaluate(policies.icg, ticket, { now: NOW }).targets;
        expected = {
          response_due: response?.due.getTime() ?? null,
          response_status: response?.status ?? null,
          resolution_due: resolution?.due.getTime() ?? null,
          resolution_status: resolution?.status ?? null,
          resolution_elapsed: resolution?.elapsed ?? null,
          error: null,
        };
      } catch (error) {
        if (!HabilError.is(error)) throw error;
        errors++;
        const nothing = { response_due: null, response_status: null, resolution_due: null };
        expected = { ...nothing, resolution_status: null, resolution_elapsed: null, error: error.message };
      }
      expect({ ...row, id: undefined }, t.id).toEqual({ ...expected, id: undefined });
    });
    expect(errors).toBeGreaterThan(COUNT / 10);
    expect(errors).toBeLessThan(COUNT / 2);
  });

  it('the rest of queries.sql runs: compliance per month, the rows not judged, dues of open tickets', () => {
    const [monthly, failed, dues] = statements.slice(2).map((sql) => session.query(sql, 'JSONEachRow'));
    const months = monthly!
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { tickets: string });
    const judged = months.reduce((sum, m) => sum + Number(m.tickets), 0);
    const notJudged = failed!.trim().split('\n').length;
    expect(judged + notJudged).toBe(COUNT);
    const open = dues!
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; due: string | null });
    expect(open).toHaveLength(tickets.filter((t) => t.resolved === null).length);
    for (const { id, due } of open.slice(0, 200)) {
      const t = tickets.find((x) => x.id === id)!;
      let expected: string | null = null;
      try {
        expected = evaluate(policies.icg, { priority: t.priority, reportedAt: t.reported }, { now: NOW })
          .targets.resolution!.due.toISOString()
          .replace('T', ' ')
          .replace('Z', '');
      } catch {}
      expect(due, id).toBe(expected);
    }
  });
});
