// Testing your own code that uses habil: pin "now" and assert on the instants habil computes.
// Run with the project's tests (vitest includes examples/**/*.test.ts).
import { describe, expect, it } from 'vitest';
import { createEscalator } from './my-service';

const at = (iso: string) => () => new Date(iso);

const tickets = [
  // Urgent, reported Friday 16:00 in Bogotá: response due 17:00 (24/7), resolution Monday 09:30.
  { id: 'T-1', priority: 'Urgente', reportedAt: '2024-03-01 16:00' },
  // Normal, answered in time; resolution due after 16 business hours.
  { id: 'T-2', priority: 'Normal', reportedAt: '2024-03-04 08:00', respondedAt: '2024-03-04 09:00' },
];

describe('escalations', () => {
  it('is quiet while every target has time left', () => {
    const escalations = createEscalator({ clock: at('2024-03-01T21:10:00Z') }); // Friday 16:10 in Bogotá
    expect(escalations(tickets)).toEqual([]);
  });

  it('flags the urgent response at 75 % of its hour, then as breached after it', () => {
    expect(createEscalator({ clock: at('2024-03-01T21:50:00Z') })(tickets)).toEqual([
      { id: 'T-1', target: 'response', status: 'at-risk', due: new Date('2024-03-01T22:00:00Z') },
    ]);
    const monday = createEscalator({ clock: at('2024-03-04T14:00:00Z') })(tickets); // Monday 09:00
    expect(monday.map((e) => [e.id, e.target, e.status])).toEqual([
      ['T-1', 'response', 'breached'],
      ['T-1', 'resolution', 'at-risk'],
    ]);
    expect(monday[1]!.due).toEqual(new Date('2024-03-04T14:30:00Z')); // Monday 09:30: lunch and weekend skipped
  });
});
