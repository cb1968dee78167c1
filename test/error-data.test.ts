// Errors as data (issue 11): every error class carries path, value and expected, and the
// message is built from them; audit rows read the value from the error.
import { describe, expect, it } from 'vitest';
import {
  CalendarExhaustedError,
  HabilError,
  IcsError,
  InputError,
  InvalidDurationError,
  InvalidInstantError,
  issueAt,
  MissingPeerError,
  missingAt,
  PolicyError,
  problemAt,
  SpecError,
  TicketError,
} from '../src/errors';
import { Calendar, evaluate, Policy, policies } from '../src/index';
import { RowAuditor } from '../src/sla/audit';

/** What `fn` throws (it must throw a HabilError). */
function thrown(fn: () => unknown): HabilError {
  try {
    fn();
  } catch (error) {
    if (error instanceof HabilError) return error;
    throw error;
  }
  throw new Error('did not throw');
}

describe('issues as data', () => {
  it('issueAt keeps path, value and expected, and builds the message from them', () => {
    expect(issueAt('hours.mon[0]', '9-17', 'is not a window')).toEqual({
      path: 'hours.mon[0]',
      value: '9-17',
      expected: 'is not a window',
      message: "'9-17' is not a window",
    });
    expect(issueAt('zone', 'Mars', 'is not a known time zone', 'UNKNOWN_ZONE').code).toBe('UNKNOWN_ZONE');
  });

  it('missingAt says the value is missing (key present, undefined); problemAt carries no value', () => {
    const missing = missingAt('reportedAt', 'is missing: expected an instant');
    expect('value' in missing && missing.value === undefined).toBe(true);
    expect(missing).toMatchObject({
      expected: 'is missing: expected an instant',
      message: 'is missing: expected an instant',
    });
    const problem = problemAt('', 'row has 3 fields where the header has 4');
    expect('value' in problem).toBe(false);
    expect(problem.expected).toBe(problem.message);
  });
});

describe('every error class carries path, value and expected', () => {
  it('SpecError', () => {
    const error = thrown(() => Calendar.from({ zone: 'UTC', hours: { tue: ['07:00-12:30', '12:00-17:00'] } }));
    expect(error).toBeInstanceOf(SpecError);
    expect(error).toMatchObject({ code: 'INVALID_SPEC', path: 'hours.tue[1]', value: '12:00-17:00' });
    expect(error.expected).toBe("overlaps '07:00-12:30'");
    const zone = thrown(() => Calendar.from({ zone: 'Mars/Olympus', hours: '24/7' }));
    expect(zone).toMatchObject({ code: 'UNKNOWN_ZONE', path: 'zone', value: 'Mars/Olympus' });
    const window = thrown(() => Calendar.from({ zone: 'UTC', hours: { mon: ['9-17'] } }));
    expect(window).toMatchObject({ path: 'hours.mon[0]', value: '9-17' });
    expect(window.expected).toMatch(/^is not a window: expected 'HH:MM-HH:MM'/);
  });

  it('InvalidInstantError and InvalidDurationError', () => {
    const cal = Calendar.from({ zone: 'UTC', hours: '24/7' });
    const instant = thrown(() => cal.add('2024-02-30 10:00', 'PT1H'));
    expect(instant).toBeInstanceOf(InvalidInstantError);
    expect(instant).toMatchObject({
      path: 'at',
      value: '2024-02-30 10:00',
      expected: 'names a date that does not exist',
    });
    const duration = thrown(() => cal.add('2024-03-01 10:00', 'P1D'));
    expect(duration).toBeInstanceOf(InvalidDurationError);
    expect(duration).toMatchObject({ path: 'duration', value: 'P1D' });
    expect(duration.message).toBe(`duration: 'P1D' ${duration.expected}`);
  });

  it('CalendarExhaustedError, IcsError and MissingPeerError carry where and what was expected', () => {
    const exhausted = thrown(() => Calendar.from({ zone: 'UTC', hours: {} }).nextOpen('2024-01-01'));
    expect(exhausted).toBeInstanceOf(CalendarExhaustedError);
    expect(exhausted.expected).toBe(exhausted.message);
    const ics = new IcsError('holidays.ics', 7, "'DTSTART:x' is not an iCalendar date");
    expect(ics).toMatchObject({ path: 'holidays.ics:7', line: 7, expected: "'DTSTART:x' is not an iCalendar date" });
    const peer = new MissingPeerError('holidays', 'needs date-holidays: hand it over with usePeers');
    expect(peer).toMatchObject({ code: 'MISSING_PEER', path: 'holidays' });
  });

  it('PolicyError: a spec problem and a lookup', () => {
    const spec = thrown(() =>
      Policy.from({
        id: 'p',
        name: 'P',
        lang: 'en',
        calendars: { business: '24/7' },
        plans: [
          {
            id: 'std',
            business: 'nope',
            priorities: [{ id: 'high', label: 'High', targets: { response: { duration: 'PT1H', clock: 'business' } } }],
          },
        ],
      }),
    );
    expect(spec).toBeInstanceOf(PolicyError);
    expect(spec).toMatchObject({ path: 'plans[0].business', value: 'nope' });
    const lookup = thrown(() => policies.hosting.resolve({ plan: 'gold', priority: 'high' }));
    expect(lookup).toMatchObject({ code: 'UNKNOWN_PLAN', path: 'plan', value: 'gold' });
    expect(lookup.expected).toMatch(/^is not a plan of policy 'hosting'/);
  });

  it('TicketError: each issue with the value at its path', () => {
    const now = '2024-03-05 10:00';
    const error = thrown(() =>
      evaluate(
        policies.icg,
        { id: 'T-9', priority: 'urgent', reportedAt: '2024-03-04 10:00', resolvedAt: '2024-03-04 09:00' },
        { now },
      ),
    );
    expect(error).toBeInstanceOf(TicketError);
    expect(error).toMatchObject({ ticketId: 'T-9', path: 'resolvedAt', value: '2024-03-04 09:00' });
    const shape = thrown(() => evaluate(policies.icg, { priority: 'urgent', reportedAt: 42.5 }, { now }));
    expect(shape).toMatchObject({ path: 'reportedAt', value: 42.5 });
  });

  it('InputError: a bad argument', () => {
    const error = thrown(() => Calendar.from({ zone: 'UTC', hours: '24/7' }).without(42 as never));
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ code: 'INVALID_INPUT', value: 42 });
    expect(error.message).toBe(`${error.path}: 42 ${error.expected}`);
  });

  it("an audit's error row takes the field's value from the error, not by walking the ticket again", () => {
    const auditor = new RowAuditor(policies.icg, { now: '2024-03-05' });
    const row = auditor.row({ line: 7, ticket: { id: 'A', priority: 'P9', reportedAt: '2024-03-04 10:00' } }, 1);
    expect(row).toMatchObject({ kind: 'error', line: 7, ticketId: 'A', field: 'priority', value: 'P9' });
    const pause = auditor.row(
      { id: 'B', priority: 'urgent', reportedAt: '2024-03-04 10:00', pauses: [{ from: '2024-03-04 11:00', to: 'x' }] },
      2,
    );
    expect(pause).toMatchObject({ kind: 'error', field: 'pauses[0].to', value: 'x' });
  });
});
