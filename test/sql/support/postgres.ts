// PostgreSQL from Debian's packages: a throwaway cluster (initdb as the postgres user when run
// as root) listening on a Unix socket in its own directory only, driven through psql.

import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { withCsvFiles, type Engine, type Row } from './engines';

/** The newest installed server's bin directory, or undefined. */
export function postgresBin(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] === undefined ? undefined : join(root, versions[0], 'bin');
}

export async function postgresEngine(): Promise<Engine> {
  const bin = postgresBin();
  if (bin === undefined) throw new Error('PostgreSQL is not installed (apt-get install postgresql)');
  const dir = mkdtempSync(join(tmpdir(), 'habil-pg-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) chownSync(dir, uid('postgres'), gid('postgres'));
  const server = (cmd: string[]) => {
    const r = asRoot
      ? spawnSync('su', ['postgres', '-s', '/bin/sh', '-c', cmd.map(shellQuote).join(' ')], { encoding: 'utf8' })
      : spawnSync(cmd[0]!, cmd.slice(1), { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${cmd.join(' ')}: ${r.stderr}${r.stdout}`);
  };
  server([
    join(bin, 'initdb'),
    '-D',
    join(dir, 'data'),
    '-A',
    'trust',
    '-U',
    'postgres',
    '--no-sync',
    '-E',
    'UTF8',
    '--locale',
    'C',
  ]);
  server([
    join(bin, 'pg_ctl'),
    '-D',
    join(dir, 'data'),
    '-w',
    '-l',
    join(dir, 'log'),
    '-o',
    `-k ${dir} -c listen_addresses= -c fsync=off -c synchronous_commit=off`,
    'start',
  ]);
  const psql = (args: string[], input?: string) => {
    const r = spawnSync(
      join(bin, 'psql'),
      ['-h', dir, '-U', 'postgres', '-d', 'postgres', '-X', '-q', '-v', 'ON_ERROR_STOP=1', ...args],
      {
        encoding: 'utf8',
        input,
        env: { ...process.env, PGTZ: 'UTC' },
        maxBuffer: 1 << 30,
      },
    );
    if (r.status !== 0) throw new Error(`psql: ${r.stderr}`);
    return r.stdout;
  };
  const file = (sql: string) => {
    const path = join(dir, 'script.sql');
    writeFileSync(path, sql);
    if (asRoot) chownSync(path, uid('postgres'), gid('postgres'));
    return path;
  };
  return {
    dialect: 'postgres',
    async exec(statements) {
      psql(['-f', file(`${statements.join(';\n')};\n`)]);
    },
    async rows(sql) {
      const out = psql(['--csv', '-f', file(sql)]);
      return parse(out, {
        columns: true,
        cast: (value, ctx) => (value === '' && !ctx.quoting ? null : value),
      }) as Row[];
    },
    async load(schema, csv) {
      await withCsvFiles(csv, async (files) => {
        const ts = (c: string) => `timestamptz 'epoch' + ${c} * interval '1 millisecond'`;
        psql([
          '-f',
          file(`CREATE SCHEMA IF NOT EXISTS ${schema};
  CREATE TEMP TABLE t_raw (id text, plan text, priority text, rep bigint, resp bigint, res bigint);
  CREATE TEMP TABLE p_raw (ticket_id text, pf bigint, pt bigint, reason text);
  \\copy t_raw FROM '${files.tickets}' CSV HEADER
  \\copy p_raw FROM '${files.pauses}' CSV HEADER
  DROP TABLE IF EXISTS ${schema}.tickets, ${schema}.pauses;
  CREATE TABLE ${schema}.tickets AS SELECT id, plan, priority, ${ts('rep')} AS reported_at, ${ts('resp')} AS responded_at, ${ts('res')} AS resolved_at FROM t_raw;
  CREATE TABLE ${schema}.pauses AS SELECT ticket_id, ${ts('pf')} AS from_at, ${ts('pt')} AS to_at, reason FROM p_raw;
  CREATE INDEX ON ${schema}.pauses (ticket_id);
  ANALYZE ${schema}.tickets; ANALYZE ${schema}.pauses;
  `),
        ]);
      });
    },
    async close() {
      server([join(bin, 'pg_ctl'), '-D', join(dir, 'data'), '-m', 'immediate', 'stop']);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function shellQuote(s: string): string {
  return `'${s.replaceAll("'", "'\\''")}'`;
}

function uid(user: string): number {
  return Number(spawnSync('id', ['-u', user], { encoding: 'utf8' }).stdout.trim());
}

function gid(user: string): number {
  return Number(spawnSync('id', ['-g', user], { encoding: 'utf8' }).stdout.trim());
}
