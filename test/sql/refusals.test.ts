// What compiled SQL cannot answer is refused up front with a PolicyError naming it, never
// compiled into SQL that answers wrong: targets in business days and policy versions.

import { expect, test } from 'vitest';
import { Policy, PolicyError, policies } from '../../src/index';
import { toSql } from '../../src/sql/index';

function refusal(run: () => unknown): PolicyError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyError);
    return error as PolicyError;
  }
  throw new Error('expected a PolicyError');
}

test('a target in business days is refused, naming the target and what to use instead', () => {
  const spec = policies.icg.toJSON();
  const plan = spec.plans[0]!;
  const days = Policy.from({
    ...spec,
    plans: [
      {
        ...plan,
        priorities: plan.priorities.map((p) =>
          p.id === 'normal'
            ? { ...p, targets: { ...p.targets, resolution: { duration: 'P2D', clock: 'business' } } }
            : p,
        ),
      },
    ],
  });
  for (const dialect of ['duckdb', 'postgres'] as const) {
    const error = refusal(() => toSql(days, { dialect }));
    expect(error.message).toContain(`plans.${plan.id}.normal.resolution`);
    expect(error.message).toContain('business days');
    expect(error.message).toContain('evaluate()');
  }
  // The same policy with the target in hours compiles.
  expect(toSql(policies.icg, { dialect: 'duckdb' }).query).toBeTypeOf('function');
});

test('policy versions are refused: compiled SQL holds one set of terms', () => {
  const versions = Policy.versions([
    { from: '2020-01-01', policy: policies.icg, label: 'a' },
    { from: '2024-01-01', policy: policies.websaas, label: 'b' },
  ]);
  const error = refusal(() => toSql(versions as unknown as Policy, { dialect: 'duckdb' }));
  expect(error.message).toContain('PolicyVersions');
  expect(error.message).toContain('versions.at(instant).policy');
});
