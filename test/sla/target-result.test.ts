// TargetResult is discriminated by status: `metAt` exists exactly when met, `breachedAt`
// exactly when breached, so code narrowing on status can trust them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, policies, type TargetResult } from '../../src/index';

const HOUR = 3_600_000;
const start = Date.UTC(2024, 2, 1, 12);

describe('TargetResult', () => {
  it('has metAt when met, breachedAt when breached, neither otherwise', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Urgente', 'Importante', 'Normal'),
        fc.integer({ min: 0, max: 24 * 14 }),
        fc.option(fc.integer({ min: 0, max: 24 * 14 }), { nil: undefined }),
        fc.integer({ min: 0, max: 24 * 14 }),
        (priority, reported, handled, later) => {
          const reportedAt = start + reported * HOUR;
          const ticket = {
            priority,
            reportedAt,
            ...(handled === undefined
              ? {}
              : { respondedAt: reportedAt + handled * HOUR, resolvedAt: reportedAt + handled * HOUR }),
          };
          const sla = evaluate(policies.icg, ticket, { now: reportedAt + later * HOUR });
          for (const result of [sla.targets.response, sla.targets.resolution] as (TargetResult | undefined)[]) {
            if (!result) continue;
            expect(result.metAt !== undefined).toBe(result.status === 'met');
            expect(result.breachedAt !== undefined).toBe(result.status === 'breached');
            if (result.status === 'met') expect(result.metAt.getTime()).toBeGreaterThanOrEqual(reportedAt);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
