// Policies as files: the shipped examples load (YAML and JSON, the same policy), and every
// problem in a file says where it is.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
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
