// Money as the charters state it, counted exactly: an amount in a currency's minor units (an
// integer, never a float), the ISO 4217 code and its number of decimals, and what the amount
// leaves out ("+ IVA") kept as written, never added. Sums and products are BigInt, so no total
// drifts or overflows; amounts leave as decimal strings ('120900.00').

import { PolicyError, show, type Issue } from '../errors';
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

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;

/**
 * Reads money exactly, or collects why not into `issues` (paths under `path`).
 *
 * @example
 * readPrice({ amount: 120_900, currency: 'COP', note: '+ IVA' }, 'price', []); //=> { currency: 'COP', minor: 12_090_000, note: '+ IVA' }
 */
export function readPrice(spec: MoneySpec, path: string, issues: Issue[]): Price | undefined {
  if (!/^[A-Z]{3}$/.test(spec.currency)) {
    issues.push({
      path: `${path}.currency`,
      message: `${show(spec.currency)} is not an ISO 4217 currency code: expected e.g. 'COP', 'USD', 'EUR'`,
    });
    return undefined;
  }
  const decimals = currencyDecimals(spec.currency);
  // A number is read as the decimal it prints as (0.1 is '0.1'), so no binary fraction leaks in.
  const text = typeof spec.amount === 'number' ? String(spec.amount) : spec.amount.trim();
  const match = DECIMAL.exec(text);
  const fraction = match?.[2] ?? '';
  const minor = match ? Number(match[1]! + fraction.padEnd(decimals, '0')) : Number.NaN;
  if (!match || fraction.length > decimals || !Number.isSafeInteger(minor)) {
    issues.push({
      path: `${path}.amount`,
      message: `${show(spec.amount)} is not an amount of ${spec.currency}: expected 0 or more with at most ${decimals} decimal${decimals === 1 ? '' : 's'}, such as ${decimals === 0 ? "'1500'" : "'120900' or '99.50'"}`,
    });
    return undefined;
  }
  return { currency: spec.currency, minor, ...(spec.note === undefined ? {} : { note: spec.note }) };
}

/**
 * Reads money or throws a PolicyError naming the field.
 *
 * @example
 * toPrice({ amount: '99.5', currency: 'USD' }, 'rate').minor; //=> 9950
 */
export function toPrice(spec: MoneySpec, path: string): Price {
  const issues: Issue[] = [];
  const price = readPrice(spec, path, issues);
  if (!price) throw new PolicyError(issues);
  return price;
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
