// Shared by the policy tests: hours in ms, Bogotá instants with an explicit offset (so no test
// depends on the process zone), and the deadline of one target as the SLA layer computes it.
import { expect } from 'vitest';
import { PolicyError } from '../../src/errors';
import type { Policy, ResolvedTarget, TargetKind, TermsQuery } from '../../src/policy';

export const H = 3_600_000;
export const MIN = 60_000;

/** '2024-03-04T09:30' in Bogotá (UTC-5 all year: Colombia has no DST). */
export function bogota(wall: string): Date {
  return new Date(`${wall}:00-05:00`);
}

/** '2025-03-04T09:30' in Madrid, with the offset the test states. */
export function at(wall: string, offset: string): Date {
  return new Date(`${wall}:00${offset}`);
}

export function target(policy: Policy, query: TermsQuery, kind: TargetKind): ResolvedTarget {
  const found = policy.resolve(query).targets[kind];
  if (!found) throw new Error(`no ${kind} target for ${JSON.stringify(query)}`);
  return found;
}

/** When the target runs out for a ticket reported at `reportedAt` (a wall time in the business zone). */
export function due(policy: Policy, query: TermsQuery, kind: TargetKind, reportedAt: string): Date {
  const t = target(policy, query, kind);
  return t.calendar.add(reportedAt, t.target);
}

/** For a range target, when its lower bound runs out. */
export function expectedBy(policy: Policy, query: TermsQuery, kind: TargetKind, reportedAt: string): Date {
  const t = target(policy, query, kind);
  if (t.min === undefined) throw new Error(`${kind} of ${JSON.stringify(query)} is not a range`);
  return t.calendar.add(reportedAt, t.min);
}

/** The PolicyError `fn` throws; fails the test when it throws nothing or something else. */
export function thrown(fn: () => unknown): PolicyError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyError);
    return error as PolicyError;
  }
  throw new Error('expected a PolicyError');
}
