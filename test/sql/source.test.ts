// toSql reads a policy through the terms source (src/policy/source.ts); versions are refused
// with the reason (the compiled tables hold one policy's terms).
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

  it('reads now in the policy zone, and refuses versions, even of one policy', () => {
    const plain = toSql(policies.icg, { dialect: 'duckdb', years: [2024, 2024] });
    expect(plain.query?.({ now: '2024-03-01 16:00' })).toContain(String(Date.parse('2024-03-01T21:00:00Z')));
    const one = Policy.versions([{ from: '2020-01-01', policy: policies.icg }]);
    expect(() => toSql(one, { dialect: 'duckdb' })).toThrow(PolicyError);
    expect(() => toSql(one, { dialect: 'duckdb' })).toThrow(
      /^source: 'PolicyVersions' is not valid: expected one Policy/,
    );
  });
});
