// Policies as files: the shipped examples load (YAML and JSON, the same policy), and every
// problem in a file says where it is.
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PolicyError } from '../../src/errors';
import { loadPolicy, parsePolicy } from '../../src/node/policy-file';
import { Policy } from '../../src/policy';
import { thrown } from '../policy/helpers';

const EXAMPLES = join(__dirname, '../../examples/policies');
const H = 3_600_000;

async function rejection(promise: Promise<unknown>): Promise<PolicyError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyError);
    return error as PolicyError;
  }
  throw new Error('expected a PolicyError');
}

describe('the example policies', () => {
  it('acme.yaml and acme.json load, and are the same policy', async () => {
    const yaml = await loadPolicy(join(EXAMPLES, 'acme.yaml'));
    const json = await loadPolicy(join(EXAMPLES, 'acme.json'));
    expect(yaml.id).toBe('acme');
    expect(yaml.planIds).toEqual(['basic', 'premium']);
    expect(json.toJSON()).toEqual(yaml.toJSON());
  });

  it('acme has a Madrid calendar, a range target and a strict bound', async () => {
    const acme = await loadPolicy(join(EXAMPLES, 'acme.yaml'));
    expect(acme.calendar('business').zone).toBe('Europe/Madrid');
    const p1 = acme.resolve({ plan: 'basic', priority: 'Crítica' });
    expect(p1.targets.response).toMatchObject({ clock: '24/7', target: 0.5 * H, bound: 'strict' });
    expect(p1.targets.resolution).toMatchObject({ clock: 'business', min: 4 * H, target: 8 * H, bound: 'inclusive' });
    expect(p1.offHoursIntake).toBe(true);
    expect(acme.resolve({ plan: 'basic', priority: 'P2' }).offHoursIntake).toBe(false);
    expect(acme.resolve({ plan: 'premium', priority: 'p4' }).warnings).toEqual([0.5, 0.75, 0.9]);
  });

  it('acme deadlines by hand, in Madrid', async () => {
    const acme = await loadPolicy(join(EXAMPLES, 'acme.yaml'));
    const p1 = acme.resolve({ plan: 'basic', priority: 'p1' }).targets.resolution!;
    // Reported Thursday 2025-05-01 is Labour Day (closed); take Wednesday 2025-04-30 17:00 (UTC+2).
    // Wednesday 17:00–18:30 = 1.5 h; Thursday 1 May closed; Friday 2 May is the Community of
    // Madrid's day (closed); Monday 5 May 09:00–14:00 (5 h): expected by 4 h at 1.5 + 2.5 = 11:30,
    // due at 8 h: 1.5 + 5 = 6.5 by 14:00, then 15:00 + 1.5 = 16:30.
    expect(p1.calendar.add('2025-04-30 17:00', p1.min!)).toEqual(new Date('2025-05-05T11:30:00+02:00'));
    expect(p1.calendar.add('2025-04-30 17:00', p1.target)).toEqual(new Date('2025-05-05T16:30:00+02:00'));
    // Premium p2, 4–8 h on `extended` (Mon–Fri 08:00–20:00, Sat 09:00–14:00): from Friday 2025-03-07
    // 18:00 (UTC+1): 2 h Friday, Saturday 09:00 + 2 h = 11:00 expected; due 2 + 5 (Saturday) + 1 = Monday 09:00.
    const p2 = acme.resolve({ plan: 'premium', priority: 'Alta' }).targets.resolution!;
    expect(p2.calendar.add('2025-03-07 18:00', p2.min!)).toEqual(new Date('2025-03-08T11:00:00+01:00'));
    expect(p2.calendar.add('2025-03-07 18:00', p2.target)).toEqual(new Date('2025-03-10T09:00:00+01:00'));
  });

  it('policy.schema.json beside them is Policy.jsonSchema(), up to date', () => {
    expect(JSON.parse(readFileSync(join(EXAMPLES, 'policy.schema.json'), 'utf8'))).toEqual(Policy.jsonSchema());
  });
});

describe('parsePolicy', () => {
  const yaml = readFileSync(join(EXAMPLES, 'acme.yaml'), 'utf8');
  const json = readFileSync(join(EXAMPLES, 'acme.json'), 'utf8');

  it('reads text in either format', () => {
    expect(parsePolicy(yaml, 'yaml').toJSON()).toEqual(parsePolicy(json, 'json').toJSON());
  });

  it('reports YAML syntax errors with line and column', () => {
    const error = thrown(() => parsePolicy('id: acme\nid: again\n', 'yaml', 'acme.yaml'));
    expect(error.code).toBe('INVALID_POLICY');
    expect(error.message).toBe('acme.yaml:2:1: not valid YAML: Map keys must be unique');
    expect(thrown(() => parsePolicy('id: acme\nplans: [1, 2\nname: x\n', 'yaml')).message).toBe(
      'line 3, column 1: not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
    );
  });

  it('reports JSON syntax errors with line and column', () => {
    const error = thrown(() => parsePolicy('{\n  "id": "acme",\n  "name": }\n', 'json', 'acme.json'));
    expect(error.message).toMatch(/^acme\.json:3:11: not valid JSON: /);
    expect(thrown(() => parsePolicy('{"id": "acme",}', 'json')).message).toMatch(
      /^line 1, column 15: not valid JSON: /,
    );
    expect(thrown(() => parsePolicy('{"id": "acme"', 'json')).message).toMatch(/^line 1, column 13: not valid JSON: /);
  });

  it('points validation errors at the line of the value, in YAML and JSON', () => {
    const badYaml = yaml.replace(
      'response: { duration: PT2H, clock: business }',
      'response: { duration: PT2H, clock: office }',
    );
    // line:column of the first character of `needle`, 1-based.
    const where = (text: string, needle: string) => {
      const before = text.slice(0, text.indexOf(needle)).split('\n');
      return `${before.length}:${before.at(-1)!.length + 1}`;
    };
    expect(thrown(() => parsePolicy(badYaml, 'yaml', 'acme.yaml')).message).toBe(
      `plans[0].priorities[1].targets.response.clock: 'office' is not a calendar of this policy (known: business, extended, 24/7) (at acme.yaml:${where(badYaml, 'office')})`,
    );
    const badJson = json.replace('"zone": "Europe/Madrid"', '"zone": "Europe/Madird"');
    const error = thrown(() => parsePolicy(badJson, 'json', 'acme.json'));
    expect(error.code).toBe('UNKNOWN_ZONE');
    expect(error.message).toBe(
      `calendars.business.zone: 'Europe/Madird' is not a known time zone: expected an IANA name such as 'America/Bogota' (at acme.json:${where(badJson, '"Europe/Madird"')})`,
    );
  });

  it('points a missing field at its parent', () => {
    const error = thrown(() =>
      parsePolicy('id: acme\nlang: en\ncalendars: { b: "24/7" }\nplans:\n  - id: x\n    business: b\n', 'yaml'),
    );
    expect(error.message).toBe(
      [
        '2 problems:',
        '- name: is missing: expected a policy name (at line 1, column 1)',
        '- plans[0].priorities: is missing: expected a list of priorities (at line 5, column 5)',
      ].join('\n'),
    );
  });

  it('refuses other formats', () => {
    expect(thrown(() => parsePolicy('', 'toml' as never)).message).toBe(
      "format: 'toml' is not a policy format: expected 'yaml' or 'json'",
    );
  });
});

describe('loadPolicy', () => {
  it('refuses a file that is neither YAML nor JSON', async () => {
    const error = await rejection(loadPolicy('policy.toml'));
    expect(error.message).toBe("path: 'policy.toml' is not a policy file: expected a .yaml, .yml or .json file");
    expect(error.code).toBe('INVALID_INPUT');
  });

  it('names the file in locations', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'habil-'));
    try {
      await writeFile(join(dir, 'bad.yml'), 'id: acme\nname: Acme\nlang: fr\n');
      const error = await rejection(loadPolicy(join(dir, 'bad.yml')));
      expect(error.issues[0]?.message).toBe("'fr' is invalid: expected 'es' or 'en' (at bad.yml:3:7)");
    } finally {
      await rm(dir, { recursive: true });
    }
  });
});

// Issue 16, deliverable 5: what a hostile or careless policy file gets.
describe('hostile policy files', () => {
  const json = readFileSync(join(EXAMPLES, 'acme.json'), 'utf8');
  const yaml = readFileSync(join(EXAMPLES, 'acme.yaml'), 'utf8');

  it('refuses duplicate JSON keys with their path and place, wherever they are', () => {
    const error = thrown(() =>
      parsePolicy(json.replace('"id": "acme",', '"id": "acme", "id": "evil",'), 'json', 'a.json'),
    );
    expect(error.code).toBe('INVALID_POLICY');
    expect(error.path).toBe('id');
    expect(error.message).toMatch(
      /^id: a\.json:2:17: the key 'id' appears twice: JSON\.parse would silently keep the last$/,
    );
    const nested = thrown(() => parsePolicy('{"plans": [{"id": "a"}, {"id": "b", "id": "c"}]}', 'json'));
    expect(nested.path).toBe('plans[1].id');
  });

  it('accepts a byte-order mark in JSON and YAML', () => {
    expect(parsePolicy(`\uFEFF${json}`, 'json').toJSON()).toEqual(parsePolicy(json, 'json').toJSON());
    expect(parsePolicy(`\uFEFF${yaml}`, 'yaml').toJSON()).toEqual(parsePolicy(json, 'json').toJSON());
  });

  it('reads a .json file as JSON only: YAML that is not JSON is refused, a large file is fast', () => {
    expect(thrown(() => parsePolicy('id: acme\n', 'json')).message).toMatch(/^line 1, column 1: not valid JSON: /);
    expect(thrown(() => parsePolicy('{"id": "acme", # note\n}', 'json')).message).toMatch(
      /^line 1, column 16: not valid JSON: /,
    );
    // 15 MB of JSON (through a YAML parser: tens of seconds and gigabytes): read, then refused by validation.
    const spec = JSON.parse(json);
    spec.notes = Array.from({ length: 300_000 }, (_, i) => ({ date: '2024-12-25', name: `h${i}` }));
    const big = JSON.stringify(spec, null, 1);
    expect(big.length).toBeGreaterThan(15_000_000);
    const started = performance.now();
    const error = thrown(() => parsePolicy(big, 'json', 'big.json'));
    expect(error.message).toBe("has unknown key 'notes' (at big.json:1:1)");
    expect(performance.now() - started).toBeLessThan(20_000);
  }, 60_000);

  it('limits YAML aliases: an alias bomb is a PolicyError at the first alias', () => {
    const bomb = [
      'a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]',
      ...Array.from({ length: 8 }, (_, i) => {
        const [me, prev] = [String.fromCharCode(98 + i), String.fromCharCode(97 + i)];
        return `${me}: &${me} [${Array(9).fill(`*${prev}`).join(', ')}]`;
      }),
      'id: bomb',
    ].join('\n');
    const started = performance.now();
    const error = thrown(() => parsePolicy(bomb, 'yaml', 'bomb.yaml'));
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(error.code).toBe('INVALID_POLICY');
    expect(error.message).toBe(
      "bomb.yaml:2:8: aliases expand to more than 100 nodes (yaml's maxAliasCount): refused as an alias bomb",
    );
  });

  it('refuses nesting past 64 levels as a PolicyError with its path, in JSON and YAML', () => {
    for (const depth of [100, 100_000]) {
      const deep = `{"id": ${'['.repeat(depth)}${']'.repeat(depth)}}`;
      const error = thrown(() => parsePolicy(deep, 'json'));
      expect(error.message).toMatch(/^id(\[0\]){63}: nests values more than 64 levels deep$/);
      const deepYaml = thrown(() => parsePolicy(`id: ${'['.repeat(depth)}${']'.repeat(depth)}\n`, 'yaml'));
      expect(deepYaml.message).toMatch(/nests values more than 64 levels deep$/);
    }
  }, 60_000);

  it('refuses calendars nested past 16 combinations, in files and in code', () => {
    let calendar: unknown = { zone: 'UTC', hours: '24/7' };
    for (let i = 0; i < 20; i++) calendar = { intersect: [calendar] };
    const spec = JSON.parse(json);
    spec.calendars.business = calendar;
    const error = thrown(() => parsePolicy(JSON.stringify(spec), 'json'));
    expect(error.message).toMatch(
      /^calendars\.business(\.intersect\[0\]){16}: nests calendars more than 16 levels deep/,
    );
    for (let i = 0; i < 5000; i++) calendar = { union: [calendar] };
    expect(() => Policy.from({ ...spec, calendars: { ...spec.calendars, business: calendar } })).toThrow(PolicyError);
  });

  it('loadPolicy: a missing file and a directory are PolicyErrors saying so', async () => {
    expect((await rejection(loadPolicy('nope/missing.yaml'))).message).toBe(
      "path: 'nope/missing.yaml' cannot be read: no such file",
    );
    const dir = await mkdtemp(join(tmpdir(), 'habil-'));
    try {
      const folder = join(dir, 'folder.json');
      await mkdir(folder);
      expect((await rejection(loadPolicy(folder))).message).toBe(`path: '${folder}' cannot be read: is a directory`);
    } finally {
      await rm(dir, { recursive: true });
    }
  });
});
