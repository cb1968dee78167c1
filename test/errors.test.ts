// Messages are safe to print and short (issue 16): every value a message quotes goes through
// printable — control characters escaped, cut after MAX_QUOTED characters saying how much was
// left out — and no issue's message, however it was built, carries control characters or a
// megabyte of input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Calendar, HabilError, InvalidInstantError, policies } from '../src/index';
import { MAX_QUOTED, printable, show, terminalText } from '../src/errors';

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069\ufeff]/;

describe('printable', () => {
  it('escapes ESC, C0, C1, DEL and bidi controls, and nothing else', () => {
    expect(printable('\u001b[31mred\u001b[0m')).toBe('\\x1b[31mred\\x1b[0m');
    expect(printable('a\nb\rc\td\u0000e\u007ff\u0085g\u009bh')).toBe('a\\nb\\rc\\td\\x00e\\x7ff\\x85g\\x9bh');
    expect(printable('abc\u202edcb\u2066x\u2069\u200f')).toBe('abc\\u202edcb\\u2066x\\u2069\\u200f');
    expect(printable('Bogotá — 東京 🎉')).toBe('Bogotá — 東京 🎉');
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => !CONTROL.test(printable(text))));
  });

  it('cuts long text to a readable length, saying how much was left out, never half a pair', () => {
    expect(printable('x'.repeat(100), 80)).toBe(`${'x'.repeat(80)}… (20 more)`);
    expect(printable('x'.repeat(80), 80)).toBe('x'.repeat(80));
    expect(printable(`${'x'.repeat(79)}🎉y`, 80)).toBe(`${'x'.repeat(79)}… (3 more)`);
    expect(show('y'.repeat(1_000_000))).toBe(`'${'y'.repeat(MAX_QUOTED)}… (999920 more)'`);
    expect(show({ a: 'z'.repeat(200) })).toMatch(/^\{"a":"z+… \(\d+ more\)$/);
  });

  it('terminalText keeps line breaks and escapes the rest', () => {
    expect(terminalText('one \u001b[2J\ntwo\u0007')).toBe('one \\x1b[2J\ntwo\\x07');
  });
});

describe('error messages', () => {
  const messageOf = (f: () => unknown) => {
    try {
      f();
    } catch (error) {
      if (error instanceof HabilError) return error.message;
      throw error;
    }
    throw new Error('did not throw');
  };

  it('never quote a megabyte, nor print control characters, on any path', () => {
    const big = `\u001b]0;pwned\u0007${'9'.repeat(1_000_000)}`;
    const cal = Calendar.from({ zone: 'UTC', hours: '24/7' });
    const cases = [
      () => cal.add(big, 'PT1H'),
      () => cal.add('2024-03-01', big),
      () => Calendar.from({ zone: big, hours: '24/7' }),
      () => Calendar.from({ zone: 'UTC', hours: '24/7', holidays: [{ country: big }] }),
      () => policies.icg.resolve({ priority: big }),
      () => policies.icg.resolve({ plan: big, priority: 'Urgente' }),
    ];
    for (const f of cases) {
      const message = messageOf(f);
      expect(message.length).toBeLessThan(600);
      expect(message).not.toMatch(CONTROL);
      expect(message).toContain('\\x1b]0;pwned\\x07999');
      expect(message).toMatch(/… \(\d+ more\)/);
    }
  });

  it('keep the issue data as it was: only the message for people is escaped', () => {
    const error = new InvalidInstantError('at', 'a\u001bb', 'is not an instant');
    expect(error.message).toBe("at: 'a\\x1bb' is not an instant");
  });
});
