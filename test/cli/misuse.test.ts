// Every misuse of the CLI is a usage error (exit 2) in one style, `habil: …` on stderr, naming
// the flag or argument the user typed; a file whose every row is rejected is a misuse whose
// message says the fix.

import { describe, expect, it } from 'vitest';
import { habil, NOW, SAMPLE } from './run-habil';

describe('habil: misuse names the flag the user typed', () => {
  it.each([
    [
      ['due', '--policy', 'icg', '--priority', 'urgent', '--at', '01/03/2024 16:00'],
      /^habil: --at: '01\/03\/2024 16:00'/,
    ],
    [['due', '--policy', 'icg', '--priority', 'nope', '--at', '2024-03-01 16:00'], /^habil: --priority: 'nope'/],
    [['due', '--policy', 'hosting', '--priority', 'high', '--at', '2024-03-01 16:00'], /^habil: --plan: is missing/],
    [['audit', SAMPLE, '--policy', 'icg', '--now', 'yesterday'], /^habil: --now: 'yesterday' is not/],
    [
      ['audit', SAMPLE, '--policy', 'icg', '--now', NOW, '--lang', 'en'],
      /^habil: --lang applies to --format html only/,
    ],
    [
      ['audit', SAMPLE, '--policy', 'icg', '--now', NOW, '--workers', '0'],
      /^habil: --workers '0': expected a whole number from 1/,
    ],
    [['audit', 'missing.csv', '--policy', 'icg'], /^habil: cannot read missing.csv/],
    [['due', '--policy', 'icg'], /^habil: required option '--priority <priority>' not specified/],
    [['frobnicate'], /^habil: unknown command 'frobnicate'/],
  ])('%j: exit 2, habil: and the flag', async (argv, message) => {
    const { code, err, out } = await habil(...argv);
    expect(err).toMatch(message);
    expect(err).not.toMatch(/^error:|reportedAt|icg-tickets\.csv: now/m);
    expect(out).toBe('');
    expect(code).toBe(2);
  });

  it('a file whose every row is rejected for want of a plan: exit 2, pass --plan', async () => {
    const { code, err } = await habil('audit', SAMPLE, '--policy', 'hosting', '--now', NOW, '--format', 'json');
    expect(err).toMatch(/^habil: every row of examples\/data\/icg-tickets\.csv \(1000\) was rejected/m);
    expect(err).toMatch(/pass --plan \(one of level-1, level-2, level-3\)/);
    expect(code).toBe(2);
    // The fix the message gives: with --plan the rows are judged (some are rejected for their priority).
    const planned = await habil(
      'audit',
      SAMPLE,
      '--policy',
      'hosting',
      '--plan',
      'level-1',
      '--now',
      NOW,
      '--format',
      'json',
    );
    expect(planned.err).toMatch(/1000 rows read: 114 evaluated, 886 rejected/);
    expect(planned.code).toBe(0);
  });

  it('a wrong --date-format for the file: exit 2, check --date-format', async () => {
    const { code, err } = await habil(
      'audit',
      SAMPLE,
      '--policy',
      'icg',
      '--now',
      NOW,
      '--format',
      'json',
      '--date-format',
      'dd/MM/yyyy HH:mm',
    );
    expect(err).toMatch(/not written as --date-format 'dd\/MM\/yyyy HH:mm' says/);
    expect(code).toBe(2);
  });

  it('some rows rejected, others evaluated: not a misuse (exit 0)', async () => {
    const { code } = await habil('audit', SAMPLE, '--policy', 'websaas', '--now', NOW, '--format', 'json');
    expect(code).toBe(0);
  });
});
