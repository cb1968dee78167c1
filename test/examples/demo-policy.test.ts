// The demo's policy file (examples/policies/icg-seguimiento.yaml) is ICG's charter plus an
// agreed next-reply target: everything but `update` and the naming must stay the built-in
// `icg` policy, so the demo's figures are ICG's.
import { describe, expect, it } from 'vitest';
import { loadPolicy } from '../../src/node/policy-file';
import { policies } from '../../src/policy';

const withoutUpdate = (spec: object): unknown =>
  JSON.parse(JSON.stringify(spec, (key, value) => (key === 'update' ? undefined : value)));

describe('examples/policies/icg-seguimiento.yaml', () => {
  it('is policies.icg with an update target for every priority', async () => {
    const file = (await loadPolicy('examples/policies/icg-seguimiento.yaml')).toJSON();
    const icg = policies.icg.toJSON();
    const { id, name, description, source, ...rest } = file;
    const { id: _id, name: _name, description: _d, source: _s, ...icgRest } = icg;
    expect(id).toBe('icg-seguimiento');
    expect(withoutUpdate(rest)).toEqual(withoutUpdate(icgRest));
    const updates = file.plans.flatMap((plan) => plan.priorities.map((p) => p.targets?.update));
    expect(updates).toEqual(['PT2H', 'PT4H', 'PT8H'].map((duration) => ({ duration, clock: 'business' })));
    expect(source?.lines.every((line) => policies.icg.source?.lines.includes(line))).toBe(true);
  });
});
