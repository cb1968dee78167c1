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
});
