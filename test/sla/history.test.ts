// What a history means for the clocks, on plain numbers (minutes from 0): statuses opening
// pauses, stops and reopenings under both rules, update cycles, explicit fields winning.
import { describe, expect, it } from 'vitest';
import type { Issue } from '../../src/errors';
import type { HistoryRules, StatusRule } from '../../src/policy/statuses';
import type { TimedEvent } from '../../src/sla/events';
import { readHistory, type HistoryInput } from '../../src/sla/history';

const RULES: Record<string, StatusRule> = {
  open: { id: 'open', clock: 'run' },
  working: { id: 'working', clock: 'run' },
  pending: { id: 'pending', clock: 'pause', reason: 'customer' },
  vendor: { id: 'vendor', clock: 'pause', reason: 'manufacturer' },
  solved: { id: 'solved', clock: 'stop' },
  closed: { id: 'closed', clock: 'stop' },
};
const rules = (reopen: HistoryRules['reopen'] = 'restart'): HistoryRules => ({
  status: (name) => RULES[name.toLowerCase()],
  statusNames: Object.keys(RULES),
  reopen,
  priorityChange: 'retroactive',
});

type Ev = [number, TimedEvent['kind'], string];
function input(events: Ev[], extra: Partial<HistoryInput> = {}): HistoryInput {
  return {
    reportedAt: 0,
    pauses: [],
    events: events.map(([at, kind, value], index) => ({ at, index, kind, value })),
    ...extra,
  };
}
function read(events: Ev[], now: number, extra: Partial<HistoryInput> = {}, reopen?: HistoryRules['reopen']) {
  const issues: Issue[] = [];
  const history = readHistory(input(events, extra), rules(reopen), now, issues);
  return { history, issues };
}

describe('readHistory', () => {
  it('a ticket without events keeps its explicit instants: response falls back to resolution', () => {
    const { history } = read([], 100, { resolvedAt: 50, pauses: [{ from: 10, to: 20 }] });
    expect(history).toEqual({
      respondedAt: 50,
      resolution: [{ start: 0, end: 50 }],
      updates: [],
      pauses: [{ from: 10, to: 20 }],
      priorities: [],
    });
  });

  it('a pause status opens a pause with its reason until the next status; open ones last until now', () => {
    const { history } = read(
      [
        [10, 'status', 'Pending'],
        [20, 'status', 'vendor'],
        [30, 'status', 'working'],
        [40, 'status', 'pending'],
      ],
      100,
    );
    expect(history.pauses).toEqual([
      { from: 10, to: 20, reason: 'customer', status: 'Pending' },
      { from: 20, to: 30, reason: 'manufacturer', status: 'vendor' },
      { from: 40, reason: 'customer', status: 'pending' },
    ]);
    expect(history.resolution).toEqual([{ start: 0 }]);
  });

  it('a stop completes resolution and response; a reopen under restart starts a new cycle', () => {
    const { history } = read(
      [
        [10, 'status', 'pending'],
        [20, 'status', 'solved'],
        [30, 'status', 'closed'],
        [40, 'status', 'open'],
        [60, 'status', 'solved'],
      ],
      100,
    );
    expect(history.respondedAt).toBe(20);
    // Each cycle says what started and ended it, by the help desk's own status names.
    expect(history.resolution).toEqual([
      { start: 0, end: 20, endedBy: { status: 'solved' } },
      { start: 40, end: 60, startedBy: { status: 'open' }, endedBy: { status: 'solved' } },
    ]);
    expect(history.reopenings).toEqual([{ at: 40, status: 'open' }]);
    expect(history.pauses).toEqual([{ from: 10, to: 20, reason: 'customer', status: 'pending' }]);
  });

  it('under continue, a stopped span is a resolution-only pause and the last stop completes', () => {
    const { history } = read(
      [
        [20, 'status', 'solved'],
        [40, 'status', 'pending'],
        [50, 'status', 'open'],
        [60, 'status', 'solved'],
      ],
      100,
      {},
      'continue',
    );
    expect(history.resolution).toEqual([{ start: 0, end: 60, endedBy: { status: 'solved' } }]);
    expect(history.reopenings).toEqual([{ at: 40, status: 'pending' }]);
    expect(history.pauses).toEqual([
      { from: 20, to: 40, status: 'solved', stops: ['resolution'] },
      { from: 40, to: 50, reason: 'customer', status: 'pending' },
    ]);
  });

  it('update cycles: armed by a customer message, a second one changes nothing, ended by the next reply or a stop', () => {
    const { history } = read(
      [
        [5, 'message', 'agent'],
        [10, 'message', 'customer'],
        [15, 'message', 'customer'],
        [30, 'message', 'agent'],
        [40, 'message', 'customer'],
        [50, 'status', 'solved'],
        [55, 'message', 'customer'],
        [70, 'message', 'customer'],
      ],
      100,
    );
    expect(history.respondedAt).toBe(5);
    expect(history.updates).toEqual([
      { start: 10, end: 30, startedBy: { message: 'customer' }, endedBy: { message: 'agent' } },
      { start: 40, end: 50, startedBy: { message: 'customer' }, endedBy: { status: 'solved' } },
    ]);
  });

  it('events after now are unknown: they only announce the next change', () => {
    const { history } = read(
      [
        [10, 'message', 'customer'],
        [50, 'message', 'agent'],
        [60, 'status', 'solved'],
      ],
      40,
    );
    expect(history.updates).toEqual([{ start: 10, startedBy: { message: 'customer' } }]);
    expect(history.respondedAt).toBeUndefined();
    expect(history.resolution).toEqual([{ start: 0 }]);
    expect(history.nextEventAt).toBe(50);
  });

  it('explicit respondedAt and resolvedAt win; stopped spans before resolvedAt are not counted', () => {
    const { history } = read(
      [
        [10, 'message', 'agent'],
        [20, 'status', 'solved'],
        [30, 'message', 'customer'],
        [40, 'status', 'open'],
        [45, 'message', 'customer'],
      ],
      100,
      { respondedAt: 12, resolvedAt: 42 },
    );
    expect(history.respondedAt).toBe(12);
    expect(history.resolution).toEqual([{ start: 0, end: 42, endedBy: { field: 'resolvedAt' } }]);
    expect(history.pauses).toEqual([{ from: 20, to: 40, status: 'solved', stops: ['resolution'] }]);
    // After the explicit resolution no update is owed.
    expect(history.updates).toEqual([]);
  });

  it('unknown statuses are issues with their event path, also after now', () => {
    const { issues } = read(
      [
        [10, 'status', 'Nope'],
        [200, 'status', 'later'],
      ],
      100,
    );
    expect(issues.map((i) => i.path)).toEqual(['events[0].status', 'events[1].status']);
    expect(issues[0]!.message).toMatch(/'Nope' is not a status of the policy \(known: open, working/);
  });

  it('every priority change is kept, in order, for the judge to resolve', () => {
    const { history } = read(
      [
        [10, 'priority', 'urgent'],
        [200, 'priority', 'normal'],
      ],
      100,
    );
    expect(history.priorities.map((p) => [p.at, p.value])).toEqual([
      [10, 'urgent'],
      [200, 'normal'],
    ]);
  });
});
