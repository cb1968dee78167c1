// evaluate() with targets in business days ("2 días hábiles") and warning levels as offsets
// ({ before }, { after }): dues, statuses, reached flags, nextChangeAt and timelines; and a
// property test of day targets against the calendar's own business-day arithmetic.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Calendar, evaluate, Policy, type PolicySpec, renderTimeline } from '../../src/index';

const workday = ['07:00-12:30', '13:30-17:30'];
const business = {
  zone: 'America/Bogota',
  hours: { mon: workday, tue: workday, wed: workday, thu: workday, fri: workday },
  holidays: [{ country: 'CO' as const }],
};

function policy(extra: Partial<PolicySpec> = {}, resolution: PolicySpec['plans'][0]['priorities'][0]['targets'] = {}) {
  return Policy.from({
    id: 'days',
    name: 'Días hábiles',
    lang: 'es',
    calendars: { business, '24/7': '24/7' },
    plans: [
      {
        id: 'standard',
        business: 'business',
        offHoursIntake: ['urgent'],
        priorities: [
          { id: 'urgent', label: 'Urgente', targets: { resolution: { duration: 'PT4H', clock: 'business' } } },
          { id: 'low', label: 'Baja', targets: { resolution: { duration: 'P2D', clock: 'business' }, ...resolution } },
        ],
      },
    ],
    ...extra,
  });
}
const iso = (d: Date | undefined) => d?.toISOString();

describe('targets in business days', () => {
  it('are due the same hour n business days on (the earliest instant with that business time)', () => {
    const sla = evaluate(policy(), { priority: 'low', reportedAt: '2024-03-01 10:00' }, { now: '2024-03-01 11:00' });
    expect(iso(sla.targets.resolution?.due)).toBe('2024-03-05T15:00:00.000Z'); // Tuesday 10:00
    expect(sla.targets.resolution?.target).toBe(19 * 3_600_000); // Fri 10:00 → Tue 10:00: 6.5 + 9.5 + 3
    // From 17:00: Tuesday 17:00 is open, so due then.
    const late = evaluate(policy(), { priority: 'low', reportedAt: '2024-03-01 17:00' }, { now: '2024-03-01 17:10' });
    expect(iso(late.targets.resolution?.due)).toBe('2024-03-05T22:00:00.000Z');
  });

  it('count from the clock start: a deferred report starts at the next opening', () => {
    const sla = evaluate(policy(), { priority: 'low', reportedAt: '2024-03-02 10:00' }, { now: '2024-03-04 08:00' });
    expect(sla.intake.status).toBe('deferred');
    // Monday 07:00 + 2 business days is Wednesday 07:00; the earliest instant with that much
    // business time counted is Tuesday 17:30, so the target is due then.
    expect(iso(sla.targets.resolution?.due)).toBe('2024-03-05T22:30:00.000Z');
  });

  it('land on a window end when the same hour is closed: Friday 17:30 + 1 day is Monday 17:30', () => {
    const p = policy({}, { resolution: { duration: { days: 1 }, clock: 'business' } });
    const sla = evaluate(p, { priority: 'low', reportedAt: '2024-03-01 17:29' }, { now: '2024-03-01 17:29' });
    expect(iso(sla.targets.resolution?.due)).toBe('2024-03-04T22:29:00.000Z');
  });

  it('equal between(start, addBusinessDays(start, n)), due no later than it (property, 1-5 days)', () => {
    const cal = Calendar.from(business);
    const start = Date.UTC(2024, 0, 1);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 700 * 24 * 60 }), fc.integer({ min: 1, max: 5 }), (minutes, n) => {
        const p = policy({}, { resolution: { duration: `P${n}D`, clock: 'business' } });
        const reportedAt = cal.nextOpen(start + minutes * 60_000);
        const sla = evaluate(p, { priority: 'low', reportedAt }, { now: reportedAt });
        const end = cal.addBusinessDays(reportedAt, n);
        expect(sla.targets.resolution?.target).toBe(cal.between(reportedAt, end));
        expect(sla.targets.resolution!.due.getTime()).toBeLessThanOrEqual(end.getTime());
        expect(cal.between(reportedAt, sla.targets.resolution!.due)).toBe(cal.between(reportedAt, end));
      }),
      { seed: 13, numRuns: 60 },
    );
  });
});

describe('warning and escalation levels as offsets', () => {
  const levels = policy({ warnings: [0.5, { before: 'PT1H' }, { after: 'PT2H' }] });
  const ticket = { priority: 'urgent', reportedAt: '2024-03-04 08:00' }; // 4 business hours: due 12:00

  it('give exact instants, as written, with reached flags', () => {
    const sla = evaluate(levels, ticket, { now: '2024-03-04 11:15' });
    const r = sla.targets.resolution!;
    expect(r.warnings.map((w) => [w.level, iso(w.at), w.reached])).toEqual([
      [0.5, '2024-03-04T15:00:00.000Z', true], // 10:00
      [{ before: 'PT1H' }, '2024-03-04T16:00:00.000Z', true], // 11:00
      [{ after: 'PT2H' }, '2024-03-04T20:00:00.000Z', false], // 12:00 + 2 business hours, over lunch: 15:00
    ]);
    expect(r.status).toBe('at-risk');
    expect(iso(sla.nextChangeAt)).toBe('2024-03-04T17:00:00.001Z'); // the breach, just after 12:00
  });

  it('a level before due makes a target at risk; an escalation level after due only marks itself', () => {
    const early = evaluate(levels, ticket, { now: '2024-03-04 09:00' });
    expect(early.targets.resolution?.status).toBe('running');
    expect(iso(early.nextChangeAt)).toBe('2024-03-04T15:00:00.000Z');
    const breached = evaluate(levels, ticket, { now: '2024-03-04 14:00' });
    expect(breached.targets.resolution?.status).toBe('breached');
    expect(breached.targets.resolution?.warnings[2]?.reached).toBe(false);
    expect(iso(breached.nextChangeAt)).toBe('2024-03-04T20:00:00.000Z'); // the escalation is the next change
    const escalated = evaluate(levels, ticket, { now: '2024-03-04 15:30' });
    expect(escalated.targets.resolution?.warnings[2]?.reached).toBe(true);
    expect(escalated.nextChangeAt).toBeUndefined();
  });

  it('mark reached levels on the timeline: percentages, and business time before (-) or after (+) due', () => {
    const svg = renderTimeline({ policy: levels, ticket, now: '2024-03-04 15:30' }, { lang: 'en' });
    for (const label of ['50 %', '-1 h', '+2 h']) expect(svg).toContain(label);
  });

  it('are explained with their exact instants and whether each was reached, in Spanish and English', () => {
    const at = (now: string) => evaluate(levels, ticket, { now, explain: true }).targets.resolution!.explanation!.text;
    const before = at('2024-03-04 11:15');
    expect(before.en).toContain(
      'Warning levels: 50 % 2024-03-04 10:00, reached; -1 h 2024-03-04 11:00, reached; escalation +2 h 2024-03-04 15:00, not reached.',
    );
    expect(before.es).toContain(
      'Niveles de alerta: 50 % 2024-03-04 10:00, alcanzado; -1 h 2024-03-04 11:00, alcanzado; escalamiento +2 h 2024-03-04 15:00, no alcanzado.',
    );
    expect(at('2024-03-04 15:30').en).toContain('escalation +2 h 2024-03-04 15:00, reached.');
    // A policy without levels beyond the default still names its one level.
    const plain = evaluate(policy(), ticket, { now: '2024-03-04 09:00', explain: true });
    expect(plain.targets.resolution!.explanation!.text.en).toContain(
      'Warning levels: 75 % 2024-03-04 11:00, not reached.',
    );
  });

  it('label an escalation line as such on the timeline, in both languages', () => {
    const en = renderTimeline({ policy: levels, ticket, now: '2024-03-04 15:30' }, { lang: 'en' });
    expect(en).toContain('Escalation +2 h');
    expect(en).toContain('Warning -1 h');
    expect(en).not.toContain('Warning +2 h');
    const es = renderTimeline({ policy: levels, ticket, now: '2024-03-04 15:30' }, { lang: 'es' });
    expect(es).toContain('Escalamiento +2 h');
    // Not reached yet: not drawn.
    expect(renderTimeline({ policy: levels, ticket, now: '2024-03-04 14:00' }, { lang: 'en' })).not.toContain(
      'Escalation',
    );
  });
});
