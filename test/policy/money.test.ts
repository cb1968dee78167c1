// Money read exactly: decimal amounts in a currency's ISO 4217 decimals, never a float; products
// and sums in BigInt, back to decimal strings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currencyDecimals, decimalOf, minorOf, moneyIssue, moneyOf, readPrice } from '../../src/policy/money';

describe('money', () => {
  it('reads the charter price in minor units, the tax kept as a note', () => {
    expect(readPrice({ amount: 120_900, currency: 'COP', note: '+ IVA' })).toEqual({
      currency: 'COP',
      minor: 12_090_000,
      note: '+ IVA',
    });
    expect(readPrice({ amount: '99.5', currency: 'USD' }).minor).toBe(9950);
    expect(readPrice({ amount: 0.1, currency: 'EUR' }).minor).toBe(10);
    expect(readPrice({ amount: '1500', currency: 'JPY' }).minor).toBe(1500);
    expect(readPrice({ amount: '1.234', currency: 'KWD' }).minor).toBe(1234);
  });

  it('knows ISO 4217 decimals', () => {
    expect([
      currencyDecimals('COP'),
      currencyDecimals('JPY'),
      currencyDecimals('BHD'),
      currencyDecimals('CLF'),
    ]).toEqual([2, 0, 3, 4]);
    expect(moneyIssue({ amount: '120900', currency: 'COP' }, 'price')).toBeUndefined();
  });

  it('refuses more decimals than the currency has, negatives, exponents and unsafe sizes', () => {
    for (const [amount, currency] of [
      ['1.5', 'JPY'],
      ['0.001', 'COP'],
      [-1, 'COP'],
      [1e21, 'COP'],
      ['1e3', 'COP'],
      ['', 'COP'],
      ['99999999999999999', 'COP'],
      ['90071992547409.92', 'USD'],
    ] as const) {
      expect(moneyIssue({ amount, currency }, 'rate')?.path).toBe('rate.amount');
    }
  });

  it('multiplies exactly past the float range', () => {
    const price = readPrice({ amount: '90071992547409.91', currency: 'USD' });
    expect(moneyOf(price, 1000n).amount).toBe('90071992547409910.00');
    expect(moneyOf({ currency: 'JPY', minor: 7 }, 3n)).toEqual({ currency: 'JPY', amount: '21' });
    expect(decimalOf(5n, 3)).toBe('0.005');
    expect(decimalOf(-125n, 2)).toBe('-1.25');
  });

  it('decimal strings round-trip through minor units (property)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 30n }),
        fc.constantFrom('COP', 'JPY', 'KWD', 'CLF'),
        (minor, currency) => {
          const money = { currency, amount: decimalOf(minor, currencyDecimals(currency)!) };
          expect(minorOf(money)).toBe(minor);
        },
      ),
    );
  });

  it('a price read from a decimal string is the integer the digits say (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), fc.integer({ min: 0, max: 99 }), (units, cents) => {
        const amount = `${units}.${String(cents).padStart(2, '0')}`;
        expect(moneyIssue({ amount, currency: 'USD' }, 'rate')).toBeUndefined();
        expect(readPrice({ amount, currency: 'USD' }).minor).toBe(units * 100 + cents);
      }),
    );
  });
});
