// dist/habil.udf.js and dist/habil.udf.lite.js, run the way a warehouse runs a JavaScript UDF
// library: one plain script in a bare V8 context (node:vm) with no require, no process, no
// timers, no structuredClone. Each must answer what the library answers in Node.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import Holidays from 'date-holidays';
import { evaluate, Policy, policies, type Ticket } from '../../src/index';
import { holidayTableSource, parseSelections } from '../../scripts/lib/holiday-table.mjs';
import { SLA_FIELDS } from '../../src/sla/fields';
import { INPUT, NOW, randomRows } from '../cli/udf-rows';
import { dist, ensureBuilt, run } from './helpers';

type Udf = {
  due(policy: unknown, ticket: unknown, now: unknown): string;
  evaluate(policy: unknown, ticket: unknown, now: unknown, options?: unknown): string;
  selfTest(): string;
  version: string;
};

const BUNDLES = ['habil.udf.js', 'habil.udf.lite.js'] as const;
const acme = JSON.parse(readFileSync(join(import.meta.dirname, '../../examples/policies/acme.json'), 'utf8')) as Record<
  string,
  unknown
>;
const itacContract = {
  targets: { critical: { response: 'PT1H', resolution: 'PT8H' }, high: { response: 'PT2H', resolution: 'PT16H' } },
};

/** A bare context, like a warehouse's: only what V8 itself defines. */
function load(file: string) {
  const text = readFileSync(join(dist, file), 'utf8');
  const context = vm.createContext({});
  const bare = vm.runInContext(
    '[typeof require, typeof module, typeof process, typeof setTimeout, typeof setInterval, typeof structuredClone].join()',
    context,
  );
  expect(bare).toBe('undefined,undefined,undefined,undefined,undefined,undefined');
  vm.runInContext(text, context, { filename: file });
  return { udf: (context as { habil: Udf }).habil, context, text };
}

const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

// Tickets over the built-in policies: accepted and deferred intake, pauses, met and breached,
// holidays (Semana Santa 2024) on the way, and `now` before and after completion.
const CASES: { policy: string | Record<string, unknown>; core: () => Policy; ticket: Ticket; now: string }[] = [
  {
    policy: 'icg',
    core: () => policies.icg,
    ticket: { id: 'T-1', priority: 'Urgente', reportedAt: '2024-03-01 16:00', respondedAt: '2024-03-01 16:40' },
    now: '2024-03-04 08:00',
  },
  {
    policy: 'icg',
    core: () => policies.icg,
    ticket: { id: 'T-2', priority: 'Normal', reportedAt: '2024-03-23 11:00' },
    now: '2024-04-02 12:00',
  },
  {
    policy: 'icg',
    core: () => policies.icg,
    ticket: {
      id: 'T-3',
      priority: 'important',
      reportedAt: '2024-03-26 15:00',
      pauses: [{ from: '2024-03-26 16:00', to: '2024-04-01 09:00', reason: 'cliente' }],
      resolvedAt: '2024-04-03 10:00',
    },
    now: '2024-04-05 00:00',
  },
  {
    policy: 'websaas',
    core: () => policies.websaas,
    ticket: { priority: 'urgent', reportedAt: '2024-12-24T22:00:00Z' },
    now: '2024-12-26T15:00:00Z',
  },
  {
    policy: 'hosting',
    core: () => policies.hosting,
    ticket: { plan: 'level-2', priority: 'medium', reportedAt: '2024-01-05 17:30', respondedAt: '2024-01-08 10:00' },
    now: '2024-01-09 00:00',
  },
  {
    policy: 'hosting',
    core: () => policies.hosting,
    ticket: { plan: 'level-3', priority: 'low', reportedAt: '2024-06-01 03:00' },
    now: '2024-06-01 03:59',
  },
  {
    policy: { builtin: 'itac', contract: itacContract },
    core: () => policies.itac(itacContract),
    ticket: { plan: '8x5', priority: 'critical', reportedAt: '2024-07-19 16:30' },
    now: '2024-07-23 09:00',
  },
];

beforeAll(() => ensureBuilt(), 5 * 60_000);

describe.each(BUNDLES)('dist/%s in a bare V8 context', (file) => {
  let udf: Udf;
  let text: string;
  let context: vm.Context;

  beforeAll(() => {
    ({ udf, text, context } = load(file));
  });

  it('is one plain script: no import, no export, no require at load; it sets globalThis.habil', () => {
    expect(() => new vm.Script(text)).not.toThrow();
    expect(typeof udf.due).toBe('function');
    expect(typeof udf.evaluate).toBe('function');
    expect(udf.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(JSON.parse(udf.selfTest())).toMatchObject({ ok: true });
  });

  it.each(CASES.map((c, i) => [i, c] as const))(
    'case %i: evaluate() and due() answer what the library answers',
    (_, c) => {
      const expected = plain(evaluate(c.core(), c.ticket, { now: c.now }));
      const policyText = typeof c.policy === 'string' ? c.policy : JSON.stringify(c.policy);
      expect(JSON.parse(udf.evaluate(policyText, JSON.stringify(c.ticket), c.now))).toEqual(expected);
      const due = JSON.parse(udf.due(policyText, JSON.stringify(c.ticket), c.now)) as Record<string, unknown>;
      const sla = expected as {
        policy: string;
        plan: string;
        priority: string;
        intake: { status: string };
        targets: { response?: { due: string }; resolution?: { due: string } };
      };
      expect(due).toEqual({
        ...(c.ticket.id ? { ticketId: c.ticket.id } : {}),
        policy: sla.policy,
        plan: sla.plan,
        priority: sla.priority,
        intake: sla.intake.status,
        response: sla.targets.response?.due ?? null,
        resolution: sla.targets.resolution?.due ?? null,
      });
    },
  );

  it('takes objects, Dates and epoch ms as a warehouse passes them, and explains on request', () => {
    const ticket = { id: 'T-9', priority: 'Urgente', reportedAt: '2024-03-01 16:00' };
    const byText = udf.evaluate('icg', JSON.stringify(ticket), '2024-03-04T13:00:00Z');
    // Objects and Dates from the test's realm, as BigQuery hands STRUCT/JSON and TIMESTAMP values.
    expect(udf.evaluate('icg', ticket, new Date('2024-03-04T13:00:00Z'))).toBe(byText);
    expect(udf.evaluate('icg', ticket, Date.parse('2024-03-04T13:00:00Z'))).toBe(byText);
    expect(udf.evaluate(policies.icg.toJSON() as never, ticket, '2024-03-04T13:00:00Z')).toBe(byText);
    const explained = JSON.parse(udf.evaluate('icg', ticket, '2024-03-04T13:00:00Z', '{"explain":true}')) as {
      targets: { resolution: { explanation: { text: { en: string } } } };
    };
    expect(explained).toEqual(plain(evaluate(policies.icg, ticket, { now: '2024-03-04T13:00:00Z', explain: true })));
    expect(explained.targets.resolution.explanation.text.en.length).toBeGreaterThan(0);
  });

  it('fields: only the fields asked for, each what the whole result says, on 600 seeded random rows', () => {
    const options = JSON.stringify({ fields: SLA_FIELDS });
    // A field read off the whole result by hand: 'resolution.due' is targets.resolution.due.
    const byHand = (whole: Record<string, unknown>, name: string): unknown => {
      const [head, ...rest] = name.split('.');
      const path = head === 'response' || head === 'resolution' ? ['targets', head, ...rest] : [head!, ...rest];
      const value = path.reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], whole);
      return value ?? null;
    };
    let judged = 0;
    for (const policy of ['icg', 'websaas', 'hosting'] as const) {
      for (const row of randomRows(policy, 200, 7)) {
        if (!row.values) continue;
        const ticket = JSON.stringify(Object.fromEntries(INPUT.map((name, i) => [name, row.values![i]])));
        const now = (row.values[INPUT.indexOf('now')] as string | null) ?? NOW;
        const whole = JSON.parse(udf.evaluate(policy, ticket, now)) as Record<string, unknown>;
        const fields = JSON.parse(udf.evaluate(policy, ticket, now, options)) as Record<string, unknown>;
        if (whole.error) {
          expect(fields).toEqual(whole);
          continue;
        }
        judged++;
        expect(Object.keys(fields)).toEqual([...SLA_FIELDS]);
        for (const name of SLA_FIELDS) expect(fields[name], name).toEqual(byHand(whole, name));
      }
    }
    expect(judged).toBeGreaterThan(200);
    const ticket = '{"priority":"Urgente","reportedAt":"2024-03-01 16:00"}';
    expect(udf.evaluate('icg', ticket, '2024-03-04T13:00:00Z', { fields: ['resolution.status'] })).toBe(
      '{"resolution.status":"running"}',
    );
    const error = (options: unknown) =>
      (JSON.parse(udf.evaluate('icg', ticket, '2024-03-04T13:00:00Z', options)) as { error?: { message: string } })
        .error?.message;
    expect(error('{"fields":["resolution.when"]}')).toMatch(/'resolution.when' is not a field \(known: ticketId, /);
    expect(error('{"fields":"resolution.due"}')).toMatch(
      /^options.fields: 'resolution.due' is not a list of field names/,
    );
  });

  it('reads SQL NULLs (JSON null) in a ticket as absent fields', () => {
    const withNulls = {
      id: 'T-7',
      plan: null,
      priority: 'Urgente',
      reportedAt: '2024-03-01T16:00:00',
      respondedAt: null,
      resolvedAt: null,
      pauses: [{ from: '2024-03-01T16:10:00', to: null, reason: null }],
    };
    const clean: Ticket = {
      id: 'T-7',
      priority: 'Urgente',
      reportedAt: '2024-03-01T16:00:00',
      pauses: [{ from: '2024-03-01T16:10:00' }],
    };
    expect(JSON.parse(udf.evaluate('icg', JSON.stringify(withNulls), '2024-03-04T13:00:00Z'))).toEqual(
      plain(evaluate(policies.icg, clean, { now: '2024-03-04T13:00:00Z' })),
    );
  });

  it('answers { error } for a row it cannot judge, and never throws', () => {
    const error = (answer: string) =>
      (JSON.parse(answer) as { error?: { name: string; code?: string; path?: string; message: string } }).error;
    const ticket = '{"priority":"Urgente","reportedAt":"2024-03-01 16:00"}';
    expect(error(udf.due('icg', '{not json', '2024-03-01T21:00:00Z'))).toMatchObject({
      code: 'INVALID_INPUT',
      name: 'InputError',
      path: 'ticket',
      message: expect.stringContaining('ticket: is not valid JSON'),
    });
    expect(error(udf.due('nope', ticket, '2024-03-01T21:00:00Z'))).toMatchObject({
      code: 'INVALID_INPUT',
      path: 'policy',
      message: expect.stringContaining("'nope' is not a built-in policy"),
    });
    expect(error(udf.due('itac', ticket, '2024-03-01T21:00:00Z'))?.message).toContain('needs its contract');
    expect(error(udf.due('icg', ticket, null))).toMatchObject({ name: 'InputError', path: 'now' });
    expect(error(udf.due('icg', ticket, null))?.message).toContain('now: is missing');
    expect(error(udf.due('icg', '{"priority":"Urgente"}', '2024-03-01T21:00:00Z'))).toMatchObject({
      name: 'TicketError',
      code: 'INVALID_TICKET',
    });
    expect(
      error(udf.due('icg', '{"priority":"P9","reportedAt":"2024-03-01 16:00"}', '2024-03-01T21:00:00Z'))?.code,
    ).toBe('UNKNOWN_PRIORITY');
    expect(error(udf.due('{"id":"x"}', ticket, '2024-03-01T21:00:00Z'))).toMatchObject({ name: 'PolicyError' });
    expect(error(udf.due('icg', ticket, 'yesterday'))).toMatchObject({ code: 'INVALID_INSTANT', path: 'now' });
  });

  it('survives being evaluated twice in one context (Snowflake evaluates a UDF body per row unless guarded)', () => {
    vm.runInContext(text, context);
    expect(JSON.parse((context as { habil: Udf }).habil.selfTest())).toMatchObject({ ok: true });
  });
});

describe('holidays in the warehouse bundles', () => {
  let full: Udf;
  let lite: Udf;
  let fullBytes = 0;
  let liteBytes = 0;
  const tickets = [
    { plan: 'basic', priority: 'p2', reportedAt: '2024-05-01 10:00' }, // Labour Day in Madrid
    { plan: 'basic', priority: 'p3', reportedAt: '2024-05-14 17:00' }, // San Isidro (Madrid city) is not a community holiday
    { plan: 'premium', priority: 'p2', reportedAt: '2024-12-24 13:00' },
    { plan: 'premium', priority: 'p1', reportedAt: '2025-12-31 13:30' }, // the afternoon closure
  ];

  beforeAll(() => {
    let text: string;
    ({ udf: full, text } = load('habil.udf.js'));
    fullBytes = Buffer.byteLength(text);
    ({ udf: lite, text } = load('habil.udf.lite.js'));
    liteBytes = Buffer.byteLength(text);
  });

  it('the full bundle computes any country date-holidays knows, as the library does (Spain, Madrid)', () => {
    const policy = Policy.from(acme as never);
    for (const ticket of tickets) {
      expect(JSON.parse(full.evaluate(JSON.stringify(acme), JSON.stringify(ticket), '2026-02-01T00:00:00Z'))).toEqual(
        plain(evaluate(policy, ticket, { now: '2026-02-01T00:00:00Z' })),
      );
    }
  });

  it('the lite bundle says clearly which holidays it lacks, and what to do', () => {
    const answer = JSON.parse(lite.due(JSON.stringify(acme), JSON.stringify(tickets[0]), '2026-02-01T00:00:00Z')) as {
      error?: { message: string };
    };
    expect(answer.error?.message).toMatch(/habil\.udf\.lite\.js has no holidays for ES-MD .*holiday-years\.mjs/);
    // Colombia comes from the core's table (1950-2150): far past it, the error names the year.
    for (const year of [1900, 2160]) {
      const late = JSON.parse(
        lite.due('icg', `{"priority":"Urgente","reportedAt":"${year}-03-01 16:00"}`, `${year}-03-01T21:00:00Z`),
      ) as { error?: { message: string } };
      expect(late.error?.message).toContain(`has CO holidays for 1950-2150 only, not ${year}:`);
    }
  });

  it('the lite bundle answers as the full one when the dates come from scripts/holiday-years.mjs', async () => {
    const result = await run(process.execPath, ['scripts/holiday-years.mjs', 'ES', '2023', '2027', '--state', 'MD']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const dates = JSON.parse(result.stdout) as { date: string; name: string; hours?: string[] }[];
    expect(dates).toContainEqual(expect.objectContaining({ date: '2024-05-02' })); // Fiesta de la Comunidad de Madrid
    const explicit = structuredClone(acme) as { calendars: Record<string, { holidays?: unknown[] }> };
    for (const calendar of Object.values(explicit.calendars)) {
      if (calendar.holidays)
        calendar.holidays = calendar.holidays.flatMap((h) =>
          typeof h === 'object' && h && 'country' in h ? dates : [h],
        );
    }
    for (const ticket of tickets) {
      const a = JSON.parse(
        lite.evaluate(JSON.stringify(explicit), JSON.stringify(ticket), '2026-02-01T00:00:00Z'),
      ) as Record<string, unknown>;
      const b = JSON.parse(
        full.evaluate(JSON.stringify(acme), JSON.stringify(ticket), '2026-02-01T00:00:00Z'),
      ) as Record<string, unknown>;
      expect(a.error).toBeUndefined();
      expect(a).toEqual(b);
    }
  });

  it('the precomputed table answers what date-holidays answers, every year it has', async () => {
    const source = holidayTableSource(parseSelections('CO:2000-2045,DE-BY:2024-2025'));
    const { default: Table } = (await import(
      `data:text/javascript;base64,${Buffer.from(source).toString('base64')}`
    )) as {
      default: new (
        ...args: unknown[]
      ) => { getHolidays(year: number): { date: string; start: Date; end: Date; name: string; rule: string }[] };
    };
    const shape = (list: { date: string; start: Date; end: Date; name: string; rule: string }[]) =>
      list.map((h) => ({ date: h.date, length: h.end.getTime() - h.start.getTime(), name: h.name, rule: h.rule }));
    for (const [country, state, from, to] of [
      ['CO', '', 2000, 2045],
      ['DE', 'BY', 2024, 2025],
    ] as const) {
      const real = new Holidays(country, state, '', { types: ['public'] });
      const table = new Table(country, state, '', { types: ['public'] });
      for (let year = from; year <= to; year++)
        expect(shape(table.getHolidays(year)), `${country} ${year}`).toEqual(shape(real.getHolidays(year)));
    }
  });

  it('the lite bundle closes the Colombian holidays the full one does', () => {
    // ICG normal tickets (16 business hours: the next two working days) reported each day of
    // 2024 and each Friday from 2020 to 2030, judged a month later (the engine reads ahead).
    const days: number[] = [];
    for (let day = Date.UTC(2024, 0, 1); day < Date.UTC(2025, 0, 1); day += 86_400_000) days.push(day);
    for (let day = Date.UTC(2020, 0, 3); day < Date.UTC(2031, 0, 1); day += 7 * 86_400_000) days.push(day);
    for (const day of days) {
      const reportedAt = `${new Date(day).toISOString().slice(0, 10)} 15:00`;
      const now = new Date(day + 30 * 86_400_000).toISOString();
      const ticket = JSON.stringify({ priority: 'normal', reportedAt });
      expect(lite.due('icg', ticket, now), reportedAt).toBe(full.due('icg', ticket, now));
    }
  });

  it("the lite bundle's real range, both ends: tickets of 1950 and of 2150 as the full bundle judges them", () => {
    // A calendar year needs its neighbours' edge days: the lite table carries 1949 and 2151 for that.
    const cases = [
      ['1950-01-01 00:30', '1950-01-20T00:00:00Z'],
      ['1950-01-02 08:00', '1950-01-03T12:00:00Z'],
      ['1950-01-09 10:00', '1950-02-01T00:00:00Z'], // Reyes Magos, moved to Monday the 9th
      ['2150-12-08 10:00', '2150-12-20T00:00:00Z'], // La Inmaculada Concepción
      ['2150-12-24 16:00', '2150-12-31T00:00:00Z'], // Navidad on the way
      ['2150-12-30 09:00', '2150-12-31T23:00:00Z'],
    ];
    for (const [reportedAt, now] of cases) {
      for (const priority of ['Urgente', 'Importante', 'Normal']) {
        const ticket = JSON.stringify({ priority, reportedAt, resolvedAt: null });
        const answer = lite.evaluate('icg', ticket, now);
        expect(answer, `${priority} ${reportedAt}`).not.toContain('"error"');
        expect(answer, `${priority} ${reportedAt}`).toBe(full.evaluate('icg', ticket, now));
      }
    }
    // Just outside: an answer that says which holidays it lacks, never a guess.
    for (const [reportedAt, now] of [
      ['1949-12-30 10:00', '1950-01-02T00:00:00Z'],
      ['2151-01-02 10:00', '2151-01-03T00:00:00Z'],
    ]) {
      const answer = JSON.parse(lite.due('icg', JSON.stringify({ priority: 'Normal', reportedAt }), now)) as {
        error?: { message: string };
      };
      expect(answer.error?.message).toMatch(/has CO holidays for 1950-2150 only, not (1948|2152):/);
    }
  });

  it('sizes: the lite bundle stays small', () => {
    console.log(
      `habil.udf.js ${(fullBytes / 1024).toFixed(1)} KiB, habil.udf.lite.js ${(liteBytes / 1024).toFixed(1)} KiB (date-holidays and its dependencies: ${((fullBytes - liteBytes) / 1024).toFixed(1)} KiB)`,
    );
    expect(liteBytes).toBeLessThan(512 * 1024);
    // Snowflake recommends a JavaScript UDF's source under 100 KB, stored compressed.
    expect(gzipSync(readFileSync(join(dist, 'habil.udf.lite.js')), { level: 9 }).length).toBeLessThanOrEqual(
      100 * 1024,
    );
  });
});

describe('scripts/warehouse-sql.mjs', () => {
  it('snowflake: each function body, unquoted, runs as a JavaScript UDF body and loads the script once', async () => {
    const result = await run(process.execPath, ['scripts/warehouse-sql.mjs', 'snowflake', '--schema', 'ANALYTICS.SLA']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const bodies = [
      ...result.stdout.matchAll(
        /CREATE OR REPLACE FUNCTION ANALYTICS\.SLA\.(\w+)\(.*?\)\nRETURNS VARIANT\nLANGUAGE JAVASCRIPT\nAS '((?:[^'\\]|''|\\.)*)';/gs,
      ),
    ].map(([, name, literal]) => [name!, literal!.replace(/''/g, "'").replace(/\\(.)/gs, '$1')] as const);
    expect(bodies.map(([name]) => name)).toEqual(['HABIL_DUE', 'HABIL_EVALUATE', 'HABIL_SELFTEST']);
    // Snowflake runs a body as a function of the upper-cased arguments, in one environment
    // that usually persists from row to row.
    const context = vm.createContext({});
    const fn = (body: string) =>
      vm.runInContext(`(function (POLICY, TICKET, NOW) {\n${body}\n})`, context) as (...args: unknown[]) => unknown;
    const [due, evaluateFn, selfTest] = bodies.map(([, body]) => fn(body));
    const ticket = '{"id":"T-1","priority":"Urgente","reportedAt":"2024-03-01 16:00"}';
    expect(due!('icg', ticket, '2024-03-01T21:00:00Z')).toMatchObject({ resolution: '2024-03-04T14:30:00.000Z' });
    const loaded = vm.runInContext('globalThis.habil', context) as unknown;
    expect(due!('icg', ticket, '2024-03-01T21:00:00Z')).toMatchObject({ response: '2024-03-01T22:00:00.000Z' });
    expect(vm.runInContext('globalThis.habil', context)).toBe(loaded); // not loaded again
    expect(plain(evaluateFn!('icg', ticket, '2024-03-04T13:00:00Z'))).toEqual(
      plain(evaluate(policies.icg, JSON.parse(ticket) as Ticket, { now: '2024-03-04T13:00:00Z' })),
    );
    expect(selfTest!()).toMatchObject({ ok: true });
  });

  it('bigquery: loads the library from Cloud Storage, TEMP functions unless a dataset is named', async () => {
    const temp = await run(process.execPath, [
      'scripts/warehouse-sql.mjs',
      'bigquery',
      '--library',
      'gs://my-bucket/habil/habil.udf.lite.js',
    ]);
    expect(temp.code).toBe(0);
    expect(temp.stdout).toContain('CREATE TEMP FUNCTION habil_due(policy STRING, ticket STRING, now TIMESTAMP)');
    expect(temp.stdout).toContain("OPTIONS (library = ['gs://my-bucket/habil/habil.udf.lite.js'])");
    const persistent = await run(process.execPath, [
      'scripts/warehouse-sql.mjs',
      'bigquery',
      '--library',
      'gs://b/habil.udf.lite.js',
      '--dataset',
      'proj.sla',
    ]);
    expect(persistent.stdout).toContain('CREATE OR REPLACE FUNCTION `proj.sla`.habil_evaluate(');
    const bad = await run(process.execPath, ['scripts/warehouse-sql.mjs', 'bigquery']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--library must be a gs:// URI');
  });
});
