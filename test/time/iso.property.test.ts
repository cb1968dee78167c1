// The char-code ISO 8601 scanner (src/time/instant.ts) and the integer civil arithmetic
// (src/time/civil.ts) against the old regex / Date.UTC code in test/support/iso-reference.ts:
// same number, or the same InvalidInstantError (path, value and message), for well-formed
// strings built from parts (in and out of range) and for random mutations of them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInstantError } from '../../src/errors';
import { dateParts, formatLocalDate, localDate, parseLocalDate, parseWallTime } from '../../src/time/civil';
import { toEpochMs } from '../../src/time/instant';
import { findZone, type Zone } from '../../src/time/zone';
import {
  legacyDateParts,
  legacyLocalDate,
  legacyParseIso,
  legacyParseLocalDate,
  legacyParseWallTime,
  referenceLocalDate,
  referenceParseIso,
  referenceParseLocalDate,
} from '../support/iso-reference';

const ZONES: readonly Zone[] = ['UTC', 'America/Bogota', 'America/New_York', 'Australia/Lord_Howe'].map(
  (name) => findZone(name)!,
);
const RUNS = 4000;

type Outcome = { ok: number } | { error: string; path: string; value: string };

function outcome(read: () => number): Outcome {
  try {
    return { ok: read() };
  } catch (error) {
    if (!(error instanceof InvalidInstantError)) throw error;
    const [issue] = error.issues;
    return { error: error.message, path: issue!.path, value: issue!.message };
  }
}

// --- arbitraries ---------------------------------------------------------------------------

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const num = (min: number, max: number, width: number, edges: number[] = []) =>
  fc.oneof(fc.integer({ min, max }), fc.constantFrom(...edges, min, max)).map((n) => pad(n, width));

/** Whitespace JS trims and \s matches, plus lookalikes it does not (U+180E, U+200B). */
const SPACES = [
  ' ',
  '  ',
  '\t',
  '\n',
  '\r\n',
  '\v',
  '\f',
  '\u00a0',
  '\u1680',
  '\u2003',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
];
const space = fc.oneof({ weight: 6, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.constantFrom(...SPACES) });

const year = fc
  .oneof(
    { weight: 3, arbitrary: fc.integer({ min: 1970, max: 2100 }) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 9999 }) },
    { weight: 1, arbitrary: fc.constantFrom(0, 1, 50, 99, 100, 400, 1600, 1900, 2000, 9999) },
  )
  .map((y) => pad(y, 4));
const date = fc
  .tuple(year, num(0, 13, 2, [1, 2, 12]), num(0, 32, 2, [1, 28, 29, 30, 31]))
  .map(([y, m, d]) => `${y}-${m}-${d}`);

// 1-9 digits are allowed; none and 10 are near misses.
const fraction = fc
  .tuple(
    fc.constantFrom('.', ','),
    fc.oneof({ weight: 5, arbitrary: fc.stringMatching(/^\d{1,9}$/) }, fc.constantFrom('', '0123456789')),
  )
  .map(([mark, digits]) => mark + digits);
const clock = fc
  .tuple(
    num(0, 25, 2, [0, 23, 24]),
    num(0, 60, 2, [0, 59]),
    fc.option(fc.tuple(num(0, 60, 2, [0, 59]), fc.option(fraction))),
  )
  .map(([h, m, rest]) => `${h}:${m}${rest ? `:${rest[0]}${rest[1] ?? ''}` : ''}`);
const time = fc.option(
  fc.tuple(fc.constantFrom('T', 't', ' '), clock).map(([sep, c]) => sep + c),
  { freq: 4 },
);

const offset = fc.option(
  fc.oneof(
    fc.constantFrom('Z', 'z'),
    fc
      .tuple(
        fc.constantFrom('+', '-'),
        num(0, 25, 2, [0, 5, 14, 23]),
        fc.constantFrom('', ':', 'colon-less'),
        num(0, 61, 2, [0, 30, 45, 59]),
      )
      .map(([sign, h, style, m]) => (style === '' ? sign + h : style === ':' ? `${sign}${h}:${m}` : sign + h + m)),
    // Near misses: '+05:', '+5', '+05:3', '+053', '-0530:'...
    fc
      .tuple(fc.constantFrom('+', '-'), fc.array(fc.constantFrom('0', '1', '5', '9', ':'), { maxLength: 6 }))
      .map(([sign, cs]) => sign + cs.join('')),
  ),
  { freq: 3 },
);

const wellFormed = fc
  .tuple(space, date, time, space, offset, space)
  .map(([lead, d, t, mid, o, trail]) => `${lead}${d}${t ?? ''}${o === null ? '' : mid + o}${trail}`);

/** Characters to insert or substitute: syntax, separators, whitespace and non-ASCII digits. */
const NOISE = [
  ...'0123456789',
  '-',
  ':',
  'T',
  't',
  ' ',
  '+',
  'Z',
  'z',
  '.',
  ',',
  'x',
  '٣',
  '１',
  '\u00a0',
  '\ufeff',
  '\u2028',
  '\u180e',
  '\u200b',
];

type Edit = { kind: 'drop' | 'insert' | 'replace'; at: number; char: string };
const edit = fc.record({
  kind: fc.constantFrom('drop', 'insert', 'replace'),
  at: fc.nat(),
  char: fc.constantFrom(...NOISE),
}) as fc.Arbitrary<Edit>;

function mutate(text: string, edits: Edit[]): string {
  let s = text;
  for (const { kind, at, char } of edits) {
    const i = at % (s.length + 1);
    if (kind === 'insert') s = s.slice(0, i) + char + s.slice(i);
    else if (kind === 'drop') s = s.slice(0, i) + s.slice(i + 1);
    else s = s.slice(0, i) + char + s.slice(i + 1);
  }
  return s;
}
const mutated = fc
  .tuple(wellFormed, fc.array(edit, { minLength: 1, maxLength: 3 }))
  .map(([s, edits]) => mutate(s, edits));

const zone = fc.constantFrom(...ZONES);
const twoDigitYear = (text: string) => /^\s*00\d\d/.test(text);

// --- toEpochMs on strings ------------------------------------------------------------------

describe('toEpochMs(string) against the old regex reader', () => {
  const same = (text: string, z: Zone) => {
    const path = 'tickets[7].created';
    const actual = outcome(() => toEpochMs(text, z, path));
    expect(actual).toEqual(outcome(() => referenceParseIso(text, z, path)));
    // Outside years 0000-0099 (the fixed Date.UTC bug) nothing changed at all.
    if (!twoDigitYear(text)) expect(actual).toEqual(outcome(() => legacyParseIso(text, z, path)));
    return actual;
  };

  it('agrees on strings built from parts, in range or not', () => {
    const seen = { ok: 0, error: 0 };
    fc.assert(
      fc.property(wellFormed, zone, (text, z) => {
        seen['ok' in same(text, z) ? 'ok' : 'error']++;
      }),
      { numRuns: RUNS },
    );
    // Both branches are exercised in earnest, not just one of them.
    expect(Math.min(seen.ok, seen.error)).toBeGreaterThan(RUNS / 10);
  });

  it('agrees on strings with characters dropped, inserted or replaced', () => {
    fc.assert(
      fc.property(mutated, zone, (text, z) => {
        same(text, z);
      }),
      { numRuns: RUNS },
    );
  });

  it('agrees on arbitrary short strings over the ISO alphabet', () => {
    const chars = fc.constantFrom(...NOISE, '2', '0', '-', ':');
    fc.assert(
      fc.property(
        fc.array(chars, { maxLength: 30 }).map((cs) => cs.join('')),
        zone,
        (text, z) => {
          same(text, z);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

// --- civil helpers -------------------------------------------------------------------------

describe('civil arithmetic against Date', () => {
  it('localDate matches Date.UTC (without its 0-99 rule) for any integers, rolling over months and days', () => {
    const y = fc.oneof(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: -300_000, max: 300_000 }));
    const m = fc.oneof(fc.integer({ min: 1, max: 12 }), fc.integer({ min: -30, max: 30 }));
    const d = fc.oneof(fc.integer({ min: 1, max: 31 }), fc.integer({ min: -400, max: 400 }));
    fc.assert(
      fc.property(y, m, d, (year, month, day) => {
        const actual = localDate(year, month, day);
        expect(actual).toBe(referenceLocalDate(year, month, day));
        if (year < 0 || year > 99) expect(actual).toBe(legacyLocalDate(year, month, day));
      }),
      { numRuns: RUNS },
    );
  });

  it('localDate keeps Date.UTC answers for fractions, NaN and infinities', () => {
    const odd = fc.oneof(
      fc.double({ min: -1e6, max: 1e6 }),
      fc.constantFrom(Number.NaN, Infinity, -Infinity, 1e20, -0, 2.5, 0.5),
    );
    fc.assert(
      fc.property(odd, odd, odd, (year, month, day) => {
        expect(localDate(2024 + year, month, day)).toBe(referenceLocalDate(2024 + year, month, day));
      }),
      { numRuns: RUNS },
    );
  });

  it('dateParts matches a Date for every day number, in range or not', () => {
    const day = fc.oneof(
      fc.integer({ min: -800_000, max: 3_000_000 }),
      fc.integer({ min: -100_000_001, max: 100_000_001 }),
      fc.double({ min: -1e5, max: 1e5 }),
      fc.constantFrom(Number.NaN, -0, 1e8, -1e8),
    );
    fc.assert(
      fc.property(day, (n) => {
        expect(dateParts(n)).toEqual(legacyDateParts(n));
      }),
      { numRuns: RUNS },
    );
  });

  it('formatLocalDate and parseLocalDate round-trip every day of years 0000-9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: localDate(0, 1, 1), max: localDate(9999, 12, 31) }), (n) => {
        const text = formatLocalDate(n);
        expect(text).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(parseLocalDate(text)).toBe(n);
      }),
      { numRuns: RUNS },
    );
  });

  it('parseLocalDate agrees with the old regex reader', () => {
    const dates = fc.oneof(
      date,
      fc.tuple(date, fc.array(edit, { minLength: 1, maxLength: 2 })).map(([s, edits]) => mutate(s, edits)),
    );
    fc.assert(
      fc.property(dates, (text) => {
        const actual = parseLocalDate(text);
        expect(actual).toBe(referenceParseLocalDate(text));
        if (!twoDigitYear(text)) expect(actual).toBe(legacyParseLocalDate(text));
      }),
      { numRuns: RUNS },
    );
  });

  it('parseWallTime agrees with the old regex reader', () => {
    const wall = fc
      .tuple(
        num(0, 25, 2, [0, 24]),
        num(0, 60, 2, [0, 59]),
        fc.option(fc.tuple(num(0, 60, 2, [0, 59]), fc.option(fc.stringMatching(/^\d{0,4}$/)))),
      )
      .map(([h, m, rest]) => `${h}:${m}${rest ? `:${rest[0]}${rest[1] === null ? '' : `.${rest[1]}`}` : ''}`);
    const walls = fc.oneof(
      wall,
      fc.tuple(wall, fc.array(edit, { minLength: 1, maxLength: 2 })).map(([s, edits]) => mutate(s, edits)),
    );
    fc.assert(
      fc.property(walls, (text) => {
        expect(parseWallTime(text)).toBe(legacyParseWallTime(text));
      }),
      { numRuns: RUNS },
    );
  });
});
