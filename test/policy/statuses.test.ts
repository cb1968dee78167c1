// A policy's status vocabulary: names matched like aliases, unique across statuses, checked
// at the boundary with their paths; reopen and priorityChange default to restart / retroactive.
import { describe, expect, it } from 'vitest';
import { Policy, policies, type PolicySpec } from '../../src/policy';
import { historyRules } from '../../src/policy/statuses';
import { acmeSpec } from './fixtures';
import { thrown } from './helpers';

const withStatuses = (statuses: unknown, extra: Partial<PolicySpec> = {}) =>
  ({ ...acmeSpec(), statuses, ...extra }) as PolicySpec;

describe('policy statuses', () => {
  it('reads names ignoring case and accents; defaults restart and retroactive', () => {
    const rules = historyRules(policies.icg.toJSON());
    expect(rules.status('ESPERANDO CLIENTE')).toEqual({ id: 'pending', clock: 'pause', reason: 'customer' });
    expect(rules.status('  en espera del fabricante ')).toMatchObject({ id: 'manufacturer', reason: 'manufacturer' });
    expect(rules.status('Resuelto')).toEqual({ id: 'resolved', clock: 'stop' });
    expect(rules.status('reabierto')).toEqual({ id: 'open', clock: 'run' });
    expect(rules.status('unheard of')).toBeUndefined();
    expect(rules.reopen).toBe('restart');
    expect(rules.priorityChange).toBe('retroactive');
  });

  it('ITAC pauses resolution while waiting for the information needed to start', () => {
    const itac = policies.itac({ targets: { critical: { response: 'PT1H' } } }).toJSON();
    expect(historyRules(itac).status('Esperando información')).toEqual({
      id: 'pending',
      clock: 'pause',
      reason: 'information',
    });
    expect(itac.pauses).toEqual([expect.objectContaining({ reason: 'information', stops: ['resolution'] })]);
  });

  it('a user policy sets its own vocabulary and rules', () => {
    const policy = Policy.from(
      withStatuses([{ id: 'hold', aliases: ['On Hold'], clock: 'pause', reason: 'customer' }], {
        reopen: 'continue',
        priorityChange: 'restart',
      }),
    );
    const rules = historyRules(policy.toJSON());
    expect(rules.status('on hold')).toEqual({ id: 'hold', clock: 'pause', reason: 'customer' });
    expect([rules.reopen, rules.priorityChange]).toEqual(['continue', 'restart']);
  });

  it('refuses a name held by two statuses, a reason on a run status, an unknown clock or rule', () => {
    const error = thrown(() =>
      Policy.from(
        withStatuses(
          [
            { id: 'open', aliases: ['Abierto'], clock: 'run', reason: 'customer' },
            { id: 'again', aliases: ['abierto'], clock: 'stop' },
            { id: 'odd', clock: 'walk' },
          ],
          { reopen: 'sometimes' as 'restart' },
        ),
      ),
    );
    expect(error.issues.map((i) => i.path)).toEqual(expect.arrayContaining(['statuses[2].clock', 'reopen']));
    const meaning = thrown(() =>
      Policy.from(
        withStatuses([
          { id: 'open', aliases: ['Abierto'], clock: 'run', reason: 'customer' },
          { id: 'again', aliases: ['abierto'], clock: 'stop' },
        ]),
      ),
    );
    expect(meaning.issues).toEqual([
      {
        path: 'statuses[0].reason',
        expected: "is set on a 'run' status: only a 'pause' status has a reason",
        message: "is set on a 'run' status: only a 'pause' status has a reason",
      },
      {
        path: 'statuses[1].aliases[0]',
        value: 'abierto',
        expected:
          "already names status 'open' (statuses[0].aliases[0]): a name must point to one status, compared ignoring case and accents",
        message:
          "'abierto' already names status 'open' (statuses[0].aliases[0]): a name must point to one status, compared ignoring case and accents",
      },
    ]);
  });
});
