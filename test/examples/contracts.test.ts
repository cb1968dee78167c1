// The example contracts (examples/contracts/) and the policy files they give
// (examples/policies/itac.yaml, isys.yaml): the committed files are what `habil policies <id>
// --contract ... --format yaml` writes today, and each audits its example tickets
// (examples/data/<id>-tickets.csv) exactly like the built-in with the contract, every row read.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadPolicy } from '../../src/node/policy-file';
import { readTickets } from '../../src/node/read-tickets';
import { type IsysContract, type ItacContract, policies } from '../../src/policy';
import { evaluate } from '../../src/sla/evaluate';
import { habil } from '../cli/run-habil';

const NOW = '2025-03-31T23:59:59-05:00';
const builtin = (id: 'itac' | 'isys') => {
  const contract = parse(readFileSync(`examples/contracts/${id}.yaml`, 'utf8'));
  return id === 'itac' ? policies.itac(contract as ItacContract) : policies.isys(contract as IsysContract);
};

describe.each(['itac', 'isys'] as const)('the %s example contract', (id) => {
  const contract = `examples/contracts/${id}.yaml`;
  const file = `examples/policies/${id}.yaml`;
  const tickets = `examples/data/${id}-tickets.csv`;

  it(`${file} is the export of ${contract}, up to date`, async () => {
    const exported = await habil('policies', id, '--contract', contract, '--format', 'yaml');
    expect(exported.code).toBe(0);
    expect(
      readFileSync(file, 'utf8'),
      `regenerate: habil policies ${id} --contract ${contract} --format yaml --out ${file}`,
    ).toBe(exported.out);
  });

  it(`${file} evaluates ${tickets} exactly like policies.${id}(contract)`, async () => {
    const policy = builtin(id);
    const loaded = await loadPolicy(file);
    let rows = 0;
    for await (const row of readTickets(tickets)) {
      rows++;
      expect('ticket' in row, JSON.stringify(row)).toBe(true);
      if (!('ticket' in row)) continue;
      const expected = evaluate(policy, row.ticket, { now: NOW, explain: true });
      expect(evaluate(loaded, row.ticket, { now: NOW, explain: true })).toEqual(expected);
      // Every example ticket gets a judgement, except where the contract promises nothing.
      if (row.ticket.plan !== 'per-event') expect(Object.keys(expected.targets).length).toBeGreaterThan(0);
    }
    expect(rows).toBeGreaterThanOrEqual(7);
  });

  it(`habil audit ${tickets}: the policy file and the built-in with the contract report the same`, async () => {
    const viaFile = await habil('audit', tickets, '--policy', file, '--now', NOW, '--format', 'json');
    const viaContract = await habil(
      'audit',
      tickets,
      '--policy',
      id,
      '--contract',
      contract,
      '--now',
      NOW,
      '--format',
      'json',
    );
    expect(viaFile.code).toBe(0);
    expect(viaFile.out).toBe(viaContract.out);
    const report = JSON.parse(viaFile.out);
    expect(report.errors ?? report.summary?.errors).toBe(0);
  });
});
