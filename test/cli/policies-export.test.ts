// `habil policies <id> --format yaml|json [--out file]`: a policy as an editable policy file,
// written like every CLI output; and what `habil policies itac|isys` says without a contract.
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CONTRACT_SNIPPETS } from '../../src/cli/contract-hint';
import { parsePolicy } from '../../src/node/policy-file';
import { type IsysContract, type ItacContract, policies } from '../../src/policy';
import { habil } from './run-habil';

const dir = mkdtempSync(join(tmpdir(), 'habil-policies-'));

describe('habil policies <id> --format yaml|json', () => {
  it.each(['icg', 'websaas', 'hosting'] as const)(
    '%s: YAML to stdout, with a header saying what to do with it',
    async (id) => {
      const { code, out, err } = await habil('policies', id, '--format', 'yaml');
      expect({ code, err }).toEqual({ code: 0, err: '' });
      expect(out).toMatch(
        new RegExp(`^# .* \\(policy '${id}'\\)\\n# Written by \`habil policies ${id} --format yaml\``),
      );
      expect(out).toMatch(/--policy \.\/this-file\.yaml/);
      expect(out).toContain(`docs/policies/${id}.md`);
      expect(parsePolicy(out, 'yaml').toJSON()).toEqual(policies[id].toJSON());
    },
  );

  it('JSON with --out: written atomically, nothing on stdout, the same policy', async () => {
    const target = join(dir, 'icg.json');
    const { code, out } = await habil('policies', 'icg', '--format', 'json', '--out', target);
    expect({ code, out }).toEqual({ code: 0, out: '' });
    expect(parsePolicy(readFileSync(target, 'utf8'), 'json').toJSON()).toEqual(policies.icg.toJSON());
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a contract policy with its contract, and a policy file, export too', async () => {
    const itac = await habil('policies', 'itac', '--contract', 'examples/contracts/itac.yaml', '--format', 'json');
    const contract = parse(readFileSync('examples/contracts/itac.yaml', 'utf8')) as ItacContract;
    expect(JSON.parse(itac.out)).toEqual(policies.itac(contract).toJSON());
    const acme = await habil('policies', 'examples/policies/acme.yaml', '--format', 'yaml');
    expect(acme.out).toMatch(/a policy file habil reads as the same policy/);
    expect(acme.out).not.toMatch(/docs\/policies\//);
    expect(parsePolicy(acme.out, 'yaml').id).toBe('acme');
  });

  it('misuse is a usage error naming the flag, and --out is left alone', async () => {
    const target = join(dir, 'untouched.yaml');
    expect(await habil('policies', 'icg', '--format', 'xml')).toMatchObject({
      code: 2,
      err: "habil: --format 'xml': expected one of table, yaml, json\n",
    });
    expect(await habil('policies', '--format', 'yaml')).toMatchObject({
      code: 2,
      err: expect.stringMatching(/--format yaml exports one policy: name it/),
    });
    expect(await habil('policies', 'icg', '--out', target)).toMatchObject({
      code: 2,
      err: expect.stringMatching(/--out applies to --format yaml\|json/),
    });
    const itac = await habil('policies', 'itac', '--format', 'yaml', '--out', target);
    expect(itac).toMatchObject({
      code: 2,
      err: expect.stringMatching(
        /^habil: --format yaml: policy 'itac' takes its targets from your support contract: pass --contract .*examples\/contracts\/itac\.yaml/,
      ),
    });
    expect(existsSync(target)).toBe(false);
    expect((await habil('policies', 'icg', '--format', 'yaml', '--out', join(dir, 'no/such/dir.yaml'))).code).toBe(4);
  });
});

describe('habil policies itac|isys without --contract', () => {
  it.each(['itac', 'isys'] as const)('%s shows a contract and the commands to run with one (exit 0)', async (id) => {
    const { code, out, err } = await habil('policies', id);
    expect({ code, err }).toEqual({ code: 0, err: '' });
    expect(out).toContain(CONTRACT_SNIPPETS[id].split('\n')[0]);
    expect(out).toContain(`examples/contracts/${id}.yaml`);
    expect(out).toContain(`examples/policies/${id}.yaml`);
    expect(out).toContain(`habil policies ${id} --contract ./contract.yaml --format yaml`);
    expect(out.split('\n').filter((l) => [...l].length > 80)).toEqual([]);
  });

  it('the contracts shown are contracts the policies accept', () => {
    expect(policies.itac(parse(CONTRACT_SNIPPETS.itac) as ItacContract).planIds).toEqual(['8x5', '24x7']);
    expect(policies.isys(parse(CONTRACT_SNIPPETS.isys) as IsysContract).planIds).toEqual([
      'standard',
      'custom',
      'per-event',
    ]);
  });

  it('no `habil policies <id>` output sends the user back to `habil policies <id>`', async () => {
    for (const id of ['icg', 'websaas', 'hosting', 'itac', 'isys']) {
      for (const argv of [
        ['policies', id],
        ['policies', id, '--format', 'yaml'],
      ]) {
        const { out, err } = await habil(...argv);
        // The same command, quoted or at the end of a sentence, with nothing after it.
        expect(`${out}\n${err}`, argv.join(' ')).not.toMatch(new RegExp(`habil policies ${id}(['"\`)]|$)`, 'm'));
      }
    }
    // Other commands point at the example contract, and at `habil policies itac` (which shows it).
    const audit = await habil('audit', 'examples/data/itac-tickets.csv', '--policy', 'itac');
    expect(audit).toMatchObject({ code: 2, err: expect.stringContaining('examples/contracts/itac.yaml') });
  });
});
