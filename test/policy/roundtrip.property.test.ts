// Properties over generated policies: toJSON round-trips through Policy.from (and through JSON
// text), every name a priority declares resolves to it however it is cased or accented, and a
// resolved target always carries the numbers its spec wrote.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HolidaySpec, WeeklyCalendarSpec } from '../../src/calendar/spec';
import {
  Policy,
  type ChannelSpec,
  type PauseSpec,
  type PlanSpec,
  type PolicySpec,
  type PrioritySpec,
  type TargetSpec,
} from '../../src/policy';
import { toDurationMs } from '../../src/time/duration';

const zones = fc.constantFrom('Europe/Madrid', 'America/Bogota', 'UTC', 'Asia/Tokyo', 'America/New_York');
// Calendars are not what is under test here (test/engine has them): days that never overlap.
const windows = fc.constantFrom<string[]>(
  ['09:00-17:00'],
  ['07:00-12:30', '13:30-17:30'],
  ['06:00-24:00'],
  ['00:00-20:00'],
  ['08:00-12:00', '13:00-18:00'],
);
const weekly: fc.Arbitrary<WeeklyCalendarSpec> = fc.record(
  {
    zone: zones,
    hours: fc.record(
      { mon: windows, tue: windows, wed: windows, thu: windows, fri: windows, sat: windows, sun: windows },
      { requiredKeys: ['mon'] },
    ),
    holidays: fc.constantFrom<HolidaySpec[]>(
      [{ country: 'CO' }],
      ['2025-12-24'],
      [{ date: '2025-12-31', hours: ['12:00-24:00'] }],
      [{ from: '2025-12-26', to: '2026-01-02' }],
    ),
  },
  { requiredKeys: ['zone', 'hours'] },
);
const calendars = fc.record({
  business: fc.oneof({ weight: 5, arbitrary: weekly }, { weight: 1, arbitrary: fc.constant('24/7' as const) }),
  extended: fc.option(weekly, { nil: undefined }),
});

const duration = fc.oneof(
  fc.integer({ min: 1, max: 200 }).map((h) => `PT${h}H`),
  fc.integer({ min: 1, max: 600 }).map((m) => `PT${m}M`),
  fc.integer({ min: 1, max: 100 * 3_600_000 }),
);
const bound = fc.constantFrom(undefined, 'inclusive' as const, 'strict' as const);

function target(clocks: readonly string[]): fc.Arbitrary<TargetSpec> {
  const clock = fc.constantFrom(...clocks);
  const fixed = fc
    .record({ duration, clock, bound })
    .map(({ bound: b, ...rest }) => (b ? { ...rest, bound: b } : rest));
  const range = fc.record({ a: duration, b: duration, clock, bound }).map(({ a, b, clock: c, bound: k }) => {
    const [min, max] = toDurationMs(a) <= toDurationMs(b) ? [a, b] : [b, a];
    return k ? { min, max, clock: c, bound: k } : { min, max, clock: c };
  });
  return fc.oneof(fixed, range);
}

function targets(clocks: readonly string[]) {
  return fc.record({ response: target(clocks), resolution: target(clocks) }, { requiredKeys: [] });
}

/** Names unique by construction: every alias embeds its priority's id. */
const accents: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú' };
function priority(id: string, clocks: readonly string[]): fc.Arbitrary<PrioritySpec> {
  return fc
    .record(
      {
        label: fc.constantFrom('Prioridad', 'Impacto', 'Nivel').map((word) => `${word} ${id}`),
        aliases: fc.subarray([`alias ${id}`, `${id.toUpperCase()}!`, `nivél ${id}`]),
        definition: fc.string(),
        examples: fc.array(fc.string(), { maxLength: 2 }),
        targets: targets(clocks),
        requestTargets: targets(clocks),
      },
      { requiredKeys: ['label'] },
    )
    .map((p) => ({ id, ...p }));
}

function plan(id: string, clocks: readonly string[], businessNames: readonly string[]): fc.Arbitrary<PlanSpec> {
  return fc
    .uniqueArray(fc.constantFrom('urgent', 'high', 'medium', 'low', 'p5'), { minLength: 1, maxLength: 5 })
    .chain((ids) =>
      fc
        .record(
          {
            business: fc.constantFrom(...businessNames),
            coverage: fc.constantFrom(...businessNames),
            label: fc.constant(`Plan ${id}`),
            offHoursIntake: fc.oneof(fc.constant('all' as const), fc.subarray(ids)),
            warnings: fc.array(fc.double({ min: 0.01, max: 0.99, noNaN: true }), { maxLength: 3 }),
            targetsApplyTo: fc.subarray(['incident', 'request'] as ('incident' | 'request')[], { minLength: 1 }),
            price: fc.record({
              amount: fc.nat(),
              currency: fc.constantFrom('EUR', 'COP', 'USD'),
              period: fc.constantFrom('month' as const, 'year' as const),
            }),
            channels: fc.constant<ChannelSpec[]>([
              { id: 'email', label: 'Email', calendar: clocks[0]!, aliases: ['correo'] },
            ]),
            priorities: fc.tuple(...ids.map((p) => priority(p, clocks))),
          },
          { requiredKeys: ['business', 'priorities'] },
        )
        .map((p) => ({ id, ...p })),
    );
}

const policySpec: fc.Arbitrary<PolicySpec> = calendars.chain((cals) => {
  const named: PolicySpec['calendars'] = {
    business: cals.business,
    ...(cals.extended ? { extended: cals.extended } : {}),
    '24/7': '24/7',
  };
  const names = Object.keys(named);
  return fc
    .record(
      {
        lang: fc.constantFrom('es' as const, 'en' as const),
        description: fc.string(),
        warnings: fc.array(fc.double({ min: 0.01, max: 0.99, noNaN: true }), { maxLength: 3 }),
        pauses: fc.constant<PauseSpec[]>([{ reason: 'vendor', aliases: ['fabricante'], stops: ['resolution'] }]),
        plans: fc
          .uniqueArray(fc.constantFrom('basic', 'standard', 'premium'), { minLength: 1, maxLength: 3 })
          .chain((ids) => fc.tuple(...ids.map((id) => plan(id, names, names)))),
      },
      { requiredKeys: ['lang', 'plans'] },
    )
    .map((rest) => ({ id: 'generated', name: 'Generated', calendars: named, ...rest }));
});

/** A name as an export might write it: upper-cased, accents added or dropped, padded. */
function scramble(name: string, seed: number): string {
  const cased = seed % 2 === 0 ? name.toUpperCase() : name.toLowerCase();
  const accented =
    seed % 3 === 0
      ? cased.replace(/[aeiou]/g, (c) => accents[c] ?? c)
      : cased.normalize('NFD').replace(/\p{Diacritic}/gu, '');
  return seed % 5 === 0 ? `  ${accented.replace(/ /g, '   ')} ` : accented;
}

describe('generated policies', () => {
  it('Policy.from(p.toJSON()) is p, through JSON text too', () => {
    fc.assert(
      fc.property(policySpec, (spec) => {
        const policy = Policy.from(spec);
        expect(Policy.from(policy.toJSON()).toJSON()).toEqual(policy.toJSON());
        expect(Policy.from(JSON.parse(JSON.stringify(policy))).toJSON()).toEqual(policy.toJSON());
        expect(policy.toJSON()).toEqual(JSON.parse(JSON.stringify(spec)));
      }),
      { numRuns: 150 },
    );
  });

  it('every id, label and alias resolves to its priority, however it is cased, accented or spaced', () => {
    fc.assert(
      fc.property(policySpec, fc.nat(), (spec, seed) => {
        const policy = Policy.from(spec);
        for (const plan of spec.plans) {
          for (const p of plan.priorities) {
            for (const name of [p.id, p.label, ...(p.aliases ?? [])]) {
              expect(policy.resolve({ plan: plan.id, priority: scramble(name, seed) }).priorityId).toBe(p.id);
            }
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('a resolved target carries the spec numbers: target = duration or max, min for ranges', () => {
    fc.assert(
      fc.property(policySpec, (spec) => {
        const policy = Policy.from(spec);
        for (const plan of spec.plans) {
          for (const p of plan.priorities) {
            const incident = (plan.targetsApplyTo ?? ['incident', 'request']).includes('incident');
            const terms = policy.resolve({ plan: plan.id, priority: p.id });
            for (const kind of ['response', 'resolution'] as const) {
              const written = incident ? p.targets?.[kind] : undefined;
              const resolved = terms.targets[kind];
              if (!written) {
                expect(resolved).toBeUndefined();
                continue;
              }
              expect(resolved?.clock).toBe(written.clock);
              expect(resolved?.bound).toBe(written.bound ?? 'inclusive');
              expect(resolved?.target).toBe(
                toDurationMs(('duration' in written ? written.duration : written.max) as string | number),
              );
              expect(resolved?.min).toBe('min' in written ? toDurationMs(written.min as string | number) : undefined);
              expect(resolved?.calendar).toBe(policy.calendar(written.clock));
            }
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});
