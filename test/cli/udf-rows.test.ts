// rowJudge, the row function of `habil udf`, on seeded random rows (malformed ones included):
// the ways of saying the same thing give the same answers, row for row. A fixed --now read once
// answers as the clock does; --zone naming the plan's own zone answers as no --zone does.
import { describe, expect, it } from 'vitest';
import { rowJudge } from '../../src/cli/udf-rows';
import { policies } from '../../src/index';
import { findZone } from '../../src/time/zone';
import { INPUT, NOW, OUTPUT, randomRows } from './udf-rows';

const judges = (zone?: string, fixed?: boolean) =>
  rowJudge({
    policy: policies.icg,
    input: INPUT,
    output: OUTPUT,
    now: () => NOW,
    fixedNow: fixed ? Date.parse(NOW) : undefined,
    zone: zone === undefined ? undefined : findZone(zone),
  });

describe('rowJudge', () => {
  const rows = randomRows('icg', 2000, 7).filter((row) => row.values !== undefined);

  it('a fixed now read once answers as the clock giving that instant does', () => {
    const clock = judges();
    const fixed = judges(undefined, true);
    for (const { values } of rows) expect(fixed(values!)).toEqual(clock(values!));
  });

  // Only the errors may differ: --zone reads instants before the ticket's other fields are
  // checked, so a row with two faults may name the other, and messages show instants as read.
  it("--zone America/Bogota (icg's own zone) answers as no --zone; rows refused are refused", () => {
    const plain = judges();
    const zoned = judges('America/Bogota');
    let judged = 0;
    for (const { values } of rows) {
      const answer = zoned(values!);
      const expected = plain(values!);
      expect(answer.slice(0, -2)).toEqual(expected.slice(0, -2));
      expect(answer.at(-1) === null).toBe(expected.at(-1) === null);
      if (answer.at(-1) === null) judged++;
    }
    expect(judged).toBeGreaterThan(rows.length / 4);
  });

  it('a later now column overrides an earlier one, NULL aside', () => {
    const judge = rowJudge({
      policy: policies.icg,
      input: ['priority', 'reportedAt', 'now', 'now'],
      output: ['resolution.status'],
      now: () => NOW,
    });
    expect(judge(['urgent', '2024-03-01 16:00', '2024-03-01T21:00:00Z', null])).toEqual(['running']);
    expect(judge(['urgent', '2024-03-01 16:00', null, '2024-03-01T21:00:00Z'])).toEqual(['running']);
    expect(judge(['urgent', '2024-03-01 16:00', '2024-03-01T21:00:00Z', NOW])).toEqual(['breached']);
  });
});
