// Every misuse of the public API from JavaScript (no compiler to stop it) is a HabilError that
// names the argument: missing options, a policy that is not one, undefined where an object or a
// list belongs. Never a TypeError from deep inside.
import { describe, expect, it } from 'vitest';
import * as habil from '../src/index';

const ticket = { priority: 'Urgente', reportedAt: '2024-03-01 16:00' };
const now = { now: '2024-03-02T00:00:00-05:00' };
const cal = habil.Calendar.from({ zone: 'UTC', hours: '24/7' });
// Calls as untyped JavaScript makes them.
const loose = <T>(f: T) => f as unknown as (...args: unknown[]) => unknown;

const SYNC: [string, string, () => unknown][] = [
  ['evaluate without options', 'options', () => loose(habil.evaluate)(habil.policies.icg, ticket)],
  ['evaluate with null options', 'options', () => loose(habil.evaluate)(habil.policies.icg, ticket, null)],
  ['evaluate without now', 'now', () => loose(habil.evaluate)(habil.policies.icg, ticket, {})],
  ['evaluate(undefined, ...)', 'policy', () => loose(habil.evaluate)(undefined, ticket, now)],
  ["evaluate('icg', ...)", 'policy', () => loose(habil.evaluate)('icg', ticket, now)],
  ['evaluate without a ticket', '', () => loose(habil.evaluate)(habil.policies.icg, undefined, now)],
  ['Calendar.from(undefined)', '', () => loose(habil.Calendar.from)(undefined)],
  ['cal.add(undefined, undefined)', 'at', () => loose(cal.add.bind(cal))(undefined, undefined)],
  ['cal.add without a duration', 'duration', () => loose(cal.add.bind(cal))('2024-01-01')],
  ['cal.between()', 'a', () => loose(cal.between.bind(cal))()],
  ['cal.isOpen()', 'at', () => loose(cal.isOpen.bind(cal))()],
  ['cal.without(undefined)', 'intervals', () => loose(cal.without.bind(cal))(undefined)],
  ['cal.without([null])', 'intervals[0]', () => loose(cal.without.bind(cal))([null])],
  ['cal.union(5)', '', () => loose(cal.union.bind(cal))(5)],
  ['Policy.from(undefined)', '', () => loose(habil.Policy.from)(undefined)],
  ['Policy.versions(undefined)', 'versions', () => loose(habil.Policy.versions)(undefined)],
  ['policies.itac(undefined)', 'contract', () => loose(habil.policies.itac)(undefined)],
  ['policy.resolve(undefined)', 'ticket', () => loose(habil.policies.icg.resolve.bind(habil.policies.icg))(undefined)],
  ['renderTimeline(undefined)', 'input', () => loose(habil.renderTimeline)(undefined)],
  ['renderHtmlReport(undefined)', 'report', () => loose(habil.renderHtmlReport)(undefined)],
  ['renderHtmlReport(report, {})', 'options.policy', () => loose(habil.renderHtmlReport)({}, {})],
  // Issue 16's reproductions, as written.
  ['policy.resolve(null)', 'ticket', () => loose(habil.policies.icg.resolve.bind(habil.policies.icg))(null)],
  ['renderHtmlReport({})', 'options', () => loose(habil.renderHtmlReport)({})],
  [
    'renderTimeline(input, null)',
    'options',
    () => loose(habil.renderTimeline)({ policy: habil.policies.icg, ticket, now: now.now }, null),
  ],
  [
    'new AuditAccumulator(undefined)',
    'policy',
    () => new (habil.AuditAccumulator as unknown as new (...a: unknown[]) => unknown)(undefined),
  ],
  [
    'new AuditAccumulator(policy)',
    'options',
    () => new (habil.AuditAccumulator as unknown as new (...a: unknown[]) => unknown)(habil.policies.icg),
  ],
];

const ASYNC: [string, string, () => Promise<unknown>][] = [
  ['audit(undefined, ...)', 'policy', () => loose(habil.audit)(undefined, [ticket], now) as Promise<unknown>],
  ['audit without options', 'options', () => loose(habil.audit)(habil.policies.icg, [ticket]) as Promise<unknown>],
  [
    'audit without tickets',
    'tickets',
    () => loose(habil.audit)(habil.policies.icg, undefined, now) as Promise<unknown>,
  ],
];

function caught(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('misuse from JavaScript', () => {
  for (const [name, path, run] of SYNC) {
    it(`${name}: a HabilError at '${path}'`, () => {
      const error = caught(run);
      expect(habil.HabilError.is(error), String(error)).toBe(true);
      expect((error as habil.HabilError).path).toBe(path);
    });
  }
  for (const [name, path, run] of ASYNC) {
    it(`${name}: rejects with a HabilError at '${path}'`, async () => {
      const error = await run().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(habil.HabilError.is(error), String(error)).toBe(true);
      expect((error as habil.HabilError).path).toBe(path);
    });
  }
});
