// Contracts that name their own priorities (policies.itac / policies.isys `contract.priorities`)
// and ISYS contracts without targets ("mejor esfuerzo": coverage and billing only).
import { describe, expect, it } from 'vitest';
import { evaluate, PolicyError, policies } from '../../../src/index';

const levels = [
  { id: 'P1', label: 'Crítico', aliases: ['Sev 1', 'Urgente'] },
  { id: 'P2', label: 'Alto' },
  { id: 'P3' },
];

describe('contract.priorities', () => {
  it('replaces ITAC default levels: ids, labels and aliases resolve, the defaults are gone', () => {
    const itac = policies.itac({ priorities: levels, targets: { P1: { response: 'PT1H', resolution: 'PT8H' } } });
    expect(itac.resolve({ plan: '8x5', priority: 'sev 1' }).priorityId).toBe('P1');
    expect(itac.resolve({ plan: '8x5', priority: 'Crítico' }).targets.response?.target).toBe(3_600_000);
    expect(itac.resolve({ plan: '8x5', priority: 'P3' }).targets).toEqual({});
    expect(() => itac.resolve({ plan: '8x5', priority: 'critical' })).toThrow(/'critical' is not a priority/);
  });

  it('replaces ISYS default levels on every plan, per-event included', () => {
    const isys = policies.isys({ priorities: levels, targets: { P2: { resolution: 'PT16H' } } });
    for (const plan of isys.planIds) expect(isys.resolve({ plan, priority: 'Alto' }).priorityId).toBe('P2');
    expect(isys.resolve({ plan: 'standard', priority: 'P2' }).targets.resolution?.target).toBe(16 * 3_600_000);
    expect(isys.resolve({ plan: 'per-event', priority: 'P2' }).targets).toEqual({});
  });

  it('checks targets against the contract levels, and the levels themselves', () => {
    const error = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        expect(e).toBeInstanceOf(PolicyError);
        return (e as PolicyError).message;
      }
      throw new Error('expected a PolicyError');
    };
    expect(error(() => policies.itac({ priorities: levels, targets: { high: { response: 'PT1H' } } }))).toBe(
      "contract.targets.high: 'high' is not a priority of ITAC (known: P1, P2, P3)",
    );
    expect(error(() => policies.itac({ priorities: [], targets: { P1: { response: 'PT1H' } } }))).toMatch(
      /contract\.priorities: \[\] names no priority/,
    );
    expect(error(() => policies.isys({ priorities: [{ id: 'A' }, { id: 'A' }] }))).toBe(
      "contract.priorities[1].id: 'A' is listed twice",
    );
    expect(error(() => policies.isys({ priorities: [{ id: '' }] }))).toMatch(/contract\.priorities\[0\]\.id/);
  });
});

describe('policies.isys without targets', () => {
  it('accepts no contract at all: coverage only, every target absent, tickets still evaluated', () => {
    const isys = policies.isys();
    expect(isys.resolve({ plan: 'standard', priority: 'Alta' }).targets).toEqual({});
    const sla = evaluate(
      isys,
      { plan: 'standard', priority: 'Alta', reportedAt: '2024-03-02 10:00' },
      { now: '2024-03-04 12:00' },
    );
    expect(sla.targets).toEqual({});
    expect(sla.intake.clockStartsAt.toISOString()).toBe('2024-03-02T15:00:00.000Z');
  });

  it('ITAC still needs its targets: its charter defers every number to the contract', () => {
    expect(() => policies.itac({ targets: {} })).toThrow(/contract\.targets: \{\} sets no targets/);
  });
});
