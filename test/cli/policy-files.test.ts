// Hostile policy and contract files through the command (issue 16, deliverable 5): every one is
// a usage error in one line (exit 2) naming the file, line and column, never a raw exception.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { habil, NOW, SAMPLE } from './run-habil';

const dir = mkdtempSync(join(tmpdir(), 'habil-policy-files-'));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const BOMB = [
  'a: &a [x, x, x, x, x, x, x, x, x]',
  'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
  'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
  'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
  'targets: { critical: { response: PT1H } }',
].join('\n');

describe('habil audit with a hostile --policy or --contract', () => {
  const acme = readFileSync('examples/policies/acme.json', 'utf8');
  const contract = { targets: { critical: { response: 'PT1H', resolution: 'PT8H' } } };
  const audit = (...policy: string[]) => habil('audit', SAMPLE, ...policy, '--now', NOW, '--format', 'json');

  it('an alias bomb, as a policy and as a contract', async () => {
    const policy = await audit('--policy', file('bomb.yaml', BOMB));
    expect(policy).toMatchObject({ code: 2, out: '' });
    expect(policy.err).toBe(
      "habil: policy: bomb.yaml:2:8: aliases expand to more than 100 nodes (yaml's maxAliasCount): refused as an alias bomb\n",
    );
    const asContract = await audit('--policy', 'itac', '--contract', file('bomb-contract.yaml', BOMB));
    expect(asContract.code).toBe(2);
    expect(asContract.err).toMatch(/^habil: .*bomb-contract\.yaml:2:8: aliases expand to more than 100 nodes/);
  });

  it('duplicate JSON keys, as a policy and as a contract', async () => {
    const policy = await audit('--policy', file('dup.json', acme.replace('"id": "acme",', '"id": "acme", "id": "x",')));
    expect(policy.code).toBe(2);
    expect(policy.err).toMatch(/^habil: policy: id: dup\.json:2:17: the key 'id' appears twice/);
    const dup = '{"targets": {"critical": {"response": "PT1H"}, "critical": {"response": "PT9H"}}}';
    const asContract = await audit('--policy', 'itac', '--contract', file('dup-contract.json', dup));
    expect(asContract.code).toBe(2);
    expect(asContract.err).toMatch(/targets\.critical: dup-contract\.json:1:48: the key 'critical' appears twice/);
  });

  it('a byte-order mark is accepted in JSON and YAML policies and contracts', async () => {
    expect((await habil('policies', file('bom.json', `\uFEFF${acme}`))).code).toBe(0);
    const json = file('bom-contract.json', `\uFEFF${JSON.stringify(contract)}`);
    const yaml = file('bom-contract.yaml', '\uFEFFtargets:\n  critical: { response: PT1H, resolution: PT8H }\n');
    for (const path of [json, yaml]) expect((await habil('policies', 'itac', '--contract', path)).code).toBe(0);
  });

  it('a .json contract is JSON only, and deep nesting is an error, not a stack overflow', async () => {
    const yamlInJson = await audit('--policy', 'itac', '--contract', file('yaml.json', 'targets: {}\n'));
    expect(yamlInJson.code).toBe(2);
    expect(yamlInJson.err).toMatch(/yaml\.json:1:1: not valid JSON/);
    const deep = `{"targets": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    for (const args of [
      ['--policy', file('deep.json', deep)],
      ['--policy', 'itac', '--contract', file('deep-contract.json', deep)],
    ]) {
      const result = await audit(...args);
      expect(result.code).toBe(2);
      expect(result.err).toMatch(/targets(\[0\]){63}: nests values more than 64 levels deep\n$/);
    }
  });
});
