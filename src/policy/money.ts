// Money as the charters state it, counted exactly: an amount in a currency's minor units (an
// integer, never a float), the ISO 4217 code and its number of decimals, and what the amount
// leaves out ("+ IVA") kept as written, never added. Sums and products are BigInt, so no total
// drifts or overflows; amounts leave as decimal strings ('120900.00').

import { type Issue, issueAt } from '../errors';
import type { MoneySpec } from './spec';

/** A price read for arithmetic: its amount in the currency's minor units. */
export interface Price {
  currency: string;
  /** Minor units (cents for COP and USD, yen for JPY): a safe integer. */
  minor: number;
  note?: string;
}

/** An amount in a report: an exact decimal string in the currency's decimals. */
export interface Money {
  currency: string;
  /** '120900.00' for COP 120.900: the currency's ISO 4217 decimals, '.' as separator. */
  amount: string;
  /** What the amount excludes, as the policy states it ('+ IVA'). */
  note?: string;
}

// ISO 4217 minor units: 2 decimals but for these (the UDF bundle carries no full code list).
const DECIMALS: Record<string, number> = {};
for (const [decimals, codes] of [
  [0, 'BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF'],
  [3, 'BHD IQD JOD KWD LYD OMR TND'],
  [4, 'CLF UYW'],
] as const)
  for (const code of codes.split(' ')) DECIMALS[code] = decimals;

/**
 * The number of decimals (ISO 4217 minor unit) of a currency code: 2 but for the few others.
 *
 * @example
 * currencyDecimals('COP'); //=> 2
 * currencyDecimals('JPY'); //=> 0
 */
export function currencyDecimals(code: string): number {
  return DECIMALS[code] ?? 2;
}

/** The digits of a decimal amount: a number as the decimal it prints as (0.1 is '0.1', never a binary fraction). */
function digitsOf(amount: number | string): RegExpExecArray | null {
  return /^(\d+)(?:\.(\d+))?$/.exec(typeof amount === 'number' ? String(amount) : amount.trim());
}

/**
 * Why money cannot be read exactly (more decimals than the currency has, a size past exact
 * integers), or undefined when it can. The currency's form (ISO 4217 'COP') is the schema's check.
 *
 * @example
 * moneyIssue({ amount: '1.5', currency: 'JPY' }, 'rate')?.path; //=> 'rate.amount'
 */
export function moneyIssue({ amount, currency }: MoneySpec, path: string): Issue | undefined {
  const decimals = currencyDecimals(currency);
  const digits = digitsOf(amount);
  const fraction = digits?.[2] ?? '';
  if (
    !digits ||
    fraction.length > decimals ||
    !Number.isSafeInteger(Number(digits[1] + fraction.padEnd(decimals, '0')))
  )
    return issueAt(
      `${path}.amount`,
      amount,
      `is not an amount of ${currency} (0 or more, ${decimals} decimals at most)`,
    );
  return undefined;
}

/**
 * Money of a checked spec in minor units.
 *
 * @example
 * readPrice({ amount: 120_900, currency: 'COP', note: '+ IVA' }); //=> { currency: 'COP', minor: 12_090_000, note: '+ IVA' }
 */
export function readPrice(spec: MoneySpec): Price {
  const digits = digitsOf(spec.amount)!;
  const minor = Number(digits[1]! + (digits[2] ?? '').padEnd(currencyDecimals(spec.currency), '0'));
  return { currency: spec.currency, minor, ...(spec.note === undefined ? {} : { note: spec.note }) };
}

/**
 * `quantity` times a price, as report money: exact, whatever the size.
 *
 * @example
 * moneyOf({ currency: 'COP', minor: 12_090_000, note: '+ IVA' }, 3n); //=> { currency: 'COP', amount: '362700.00', note: '+ IVA' }
 */
export function moneyOf(price: Price, quantity: bigint): Money {
  return {
    currency: price.currency,
    amount: decimalOf(BigInt(price.minor) * quantity, currencyDecimals(price.currency)),
    ...(price.note === undefined ? {} : { note: price.note }),
  };
}

/**
 * Minor units as a decimal string with `decimals` places.
 *
 * @example
 * decimalOf(12_090_000n, 2); //=> '120900.00'
 */
export function decimalOf(minor: bigint, decimals: number): string {
  const sign = minor < 0n ? '-' : '';
  const digits = (minor < 0n ? -minor : minor).toString().padStart(decimals + 1, '0');
  if (decimals === 0) return sign + digits;
  return `${sign}${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}

/**
 * A decimal string of report money back in minor units (for sums).
 *
 * @example
 * minorOf({ currency: 'COP', amount: '120900.00' }); //=> 12_090_000n
 */
export function minorOf(money: Money): bigint {
  return BigInt(money.amount.replace('.', ''));
}

/**
 * Money for people, grouped as the language writes numbers; the note as the policy states it.
 *
 * @example
 * formatMoney({ currency: 'COP', amount: '120900.00', note: '+ IVA' }, 'es'); //=> 'COP 120.900,00 + IVA'
 * formatMoney({ currency: 'COP', amount: '120900.00' }, 'en'); //=> 'COP 120,900.00'
 */
export function formatMoney(money: Money, lang: 'es' | 'en'): string {
  const [whole = '', fraction] = money.amount.split('.');
  const [group, point] = lang === 'es' ? ['.', ','] : [',', '.'];
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, group);
  return `${money.currency} ${grouped}${fraction === undefined ? '' : point + fraction}${money.note ? ` ${money.note}` : ''}`;
}
