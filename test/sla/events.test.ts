// readEvents: each event says exactly one thing (status, priority or message); the problems of
// an event that says none or several name what it says, and events come out sorted, stably.
import { describe, expect, it } from 'vitest';
import type { Issue } from '../../src/errors';
import { readEvents } from '../../src/sla/events';
import { findZone } from '../../src/time/zone';

const zone = findZone('America/Bogota')!;
const reportedAt = Date.UTC(2024, 2, 4, 13);

function read(raw: unknown): { events: ReturnType<typeof readEvents>; issues: Issue[] } {
  const issues: Issue[] = [];
  return { events: readEvents(raw, zone, reportedAt, issues), issues };
}

describe('readEvents', () => {
  it('reads each kind, null and undefined fields as absent', () => {
    const { events, issues } = read([
      { at: reportedAt + 3, message: 'agent', status: null },
      { at: reportedAt + 1, status: 'Abierto', priority: undefined },
      { at: reportedAt + 2, priority: 'Urgente', message: null },
      { at: reportedAt + 1, message: 'customer' },
    ]);
    expect(issues).toEqual([]);
    expect(events.map((e) => [e.index, e.kind, e.value])).toEqual([
      [1, 'status', 'Abierto'],
      [3, 'message', 'customer'],
      [2, 'priority', 'Urgente'],
      [0, 'message', 'agent'],
    ]);
  });

  it('refuses an event that says nothing, or several things, naming them', () => {
    const { events, issues } = read([
      { at: reportedAt },
      { at: reportedAt, status: 'Abierto', message: 'agent' },
      { at: reportedAt, status: 'Abierto', priority: 'Urgente', message: 'agent' },
      { at: reportedAt, status: 'Abierto' },
    ]);
    expect(events.map((e) => e.index)).toEqual([3]);
    expect(issues.map((i) => [i.path, i.message])).toEqual([
      ['events[0]', expect.stringMatching(/^is missing what happened: expected \{ at, status \}/)],
      ['events[1]', 'has both status and message; one event says one thing'],
      ['events[2]', 'has both status and priority and message; one event says one thing'],
    ]);
  });

  it('names the event and the field of every other problem, and the instant error as the platform gave it', () => {
    const { events, issues } = read([
      'Abierto',
      { at: reportedAt, status: ' ' },
      { status: 'Abierto' },
      { at: '2024-02-30 10:00', status: 'Abierto' },
      { at: 1.5, message: 'agent' },
      { at: reportedAt - 1, message: 'agent' },
      { at: '2024-03-04 08:30', message: 'customer' },
    ]);
    expect(events.map((e) => e.index)).toEqual([6]);
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['events[0]', undefined],
      ['events[1].status', undefined],
      ['events[2].at', undefined],
      ['events[3].at', 'INVALID_INSTANT'],
      ['events[4].at', 'INVALID_INSTANT'],
      ['events[5].at', undefined],
    ]);
    expect(issues[4]).toMatchObject({ value: 1.5, expected: 'is not a whole number of epoch milliseconds' });
  });
});
