// toSql reads a policy through the terms source (src/policy/source.ts): a Policy, or versions
// holding one policy, compile alike; versions of several policies are refused with the reason.
import { describe, expect, it } from 'vitest';
import { PolicyError } from '../../src/errors';
import { Calendar, Policy, policies } from '../../src/index';
import { isTermsSource } from '../../src/policy/source';
import { toSql } from '../../src/sql/index';

describe('toSql through the terms source', () => {
  it('tells terms sources from calendars by what they do', () => {
    expect(isTermsSource(policies.icg)).toBe(true);
    expect(isTermsSource(Policy.versions([{ from: '2020-01-01', policy: policies.icg }]))).toBe(true);
    expect(isTermsSource(Calendar.from({ zone: 'UTC', hours: '24/7' }))).toBe(false);
    expect(isTermsSource({ termsFor: 'no' })).toBe(false);
    expect(isTermsSource(null)).toBe(false);
  });

  it('compiles versions of one policy as that policy, the query reading now in its zone', () => {
    const options = { dialect: 'duckdb', years: [2024, 2024] } as const;
    const plain = toSql(policies.icg, options);
    const versions = toSql(Policy.versions([{ from: '2020-01-01', policy: policies.icg }]), options);
    expect(versions.text).toBe(plain.text);
    expect(versions.query?.({ now: '2024-03-01 16:00' })).toBe(plain.query?.({ now: '2024-03-01 16:00' }));
    expect(plain.query?.({ now: '2024-03-01 16:00' })).toContain(String(Date.parse('2024-03-01T21:00:00Z')));
  });

  it('refuses versions of several policies, saying how to compile them', () => {
    const versions = Policy.versions([
      { from: '2020-01-01', policy: policies.icg },
      { from: '2022-01-01', policy: policies.icg },
    ]);
    expect(() => toSql(versions, { dialect: 'duckdb' })).toThrow(PolicyError);
    expect(() => toSql(versions, { dialect: 'duckdb' })).toThrow(
      /^source: holds 2 policy versions: compiled SQL judges one/,
    );
  });
});
