// What every built-in shares: its charter (each quoted line really is in seeds/), the
// calendar names DESIGN.md fixes, Bogotá with Colombian holidays, and immutability.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { policies, type Policy } from '../../../src/policy';

const SEEDS = join(__dirname, '../../../seeds');
const itac = policies.itac({ targets: { critical: { response: 'PT1H' } } });
const isys = policies.isys({ targets: { high: { response: 'PT1H' } } });
const builtins: [string, Policy, string][] = [
  ['icg', policies.icg, '000_99dc4b4e22752387.txt'],
  ['websaas', policies.websaas, '001_bca359b1c4922adc.txt'],
  ['itac', itac, '002_bc5e31caa95033fe.txt'],
  ['hosting', policies.hosting, '003_8b38afff9237852f.txt'],
  ['isys', isys, '004_5eab8bc32e3debb2.txt'],
];

describe.each(builtins)('built-in %s', (id, policy, file) => {
  it('has its id, Spanish labels, and names its charter file', () => {
    expect(policy.id).toBe(id);
    expect(policy.lang).toBe('es');
    expect(policy.source?.file).toBe(file);
    expect(policy.source?.lines.length).toBeGreaterThan(0);
  });

  it('quotes only lines that are in the charter, word for word', () => {
    const charter = readFileSync(join(SEEDS, file), 'utf8');
    for (const line of policy.source!.lines) expect(charter, line).toContain(line);
  });

  it("names its calendars 'business' and '24/7'; every weekly calendar is Bogotá with Colombian holidays", () => {
    const { calendars } = policy.toJSON();
    expect(calendars['24/7']).toBe('24/7');
    expect(policy.calendar('24/7').zone).toBe('America/Bogota');
    for (const [name, spec] of Object.entries(calendars)) {
      if (spec === '24/7') continue;
      expect(spec, name).toMatchObject({ zone: 'America/Bogota', holidays: [{ country: 'CO' }] });
    }
    expect(calendars.business).toBeDefined();
  });

  it('is frozen, and its JSON is a copy', () => {
    expect(Object.isFrozen(policy)).toBe(true);
    expect(Object.isFrozen(policy.planIds)).toBe(true);
    const json = policy.toJSON();
    json.plans[0]!.priorities[0]!.label = 'changed';
    expect(policy.toJSON().plans[0]!.priorities[0]!.label).not.toBe('changed');
    const terms = policy.resolve({ plan: policy.planIds[0], priority: json.plans[0]!.priorities[0]!.id });
    expect(Object.isFrozen(terms)).toBe(true);
    expect(Object.isFrozen(terms.warnings)).toBe(true);
  });
});

describe('policies', () => {
  it('builds each complete policy once and shares it', () => {
    expect(policies.icg).toBe(policies.icg);
    expect(policies.hosting).toBe(policies.hosting);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(policies)).toBe(true);
  });

  it('closes Colombian public holidays: 2024-03-25 (San José) is closed, Easter Sunday is not a weekday anyway', () => {
    expect(policies.icg.calendar('business').isOpen('2024-03-25 10:00')).toBe(false);
    expect(policies.icg.calendar('business').isOpen('2024-03-26 10:00')).toBe(true);
  });
});
