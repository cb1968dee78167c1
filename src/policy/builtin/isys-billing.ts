// What an ISYS contract prices. The charter bills two things and prices neither: "servicios de
// soporte por evento en horario extra-laboral (fuera de cobertura del servicio estándar) los
// cuales generan sus respectivos cobros adicionales según el caso", and the per-event service
// that "genera cobro por cada servicio de soporte entregado". So the built-in counts the events,
// and the contract may give their rates and the plans' prices ("se estima en conjunto con el
// cliente"). Their shape is checked with the contract; amounts and currencies with the policy.

import type { z } from 'zod';
import type { MoneySpec, PriceSpec } from '../spec';

/** The prices an ISYS contract may set. */
export interface IsysRates {
  /** Per event served outside the plan's coverage (standard and custom plans). */
  outsideCoverage?: MoneySpec;
  /** Per ticket of the per-event plan ("cada servicio de soporte entregado"). */
  perEvent?: MoneySpec;
}

/** The prices of the contracted plans, per month or year. */
export type IsysPrices = Partial<Record<'standard' | 'custom', PriceSpec>>;

/**
 * The contract fields of ISYS's rates and prices, for the contract's schema (./contract).
 *
 * @example
 * readContract(contract, { ...terms, fields: billingFields });
 */
export function billingFields(zod: typeof z): Record<string, z.ZodType> {
  const money = {
    amount: zod.union([zod.number(), zod.string()]),
    currency: zod.string().regex(/^[A-Z]{3}$/),
    note: zod.string().optional(),
  };
  const rate = zod.strictObject(money).optional();
  const price = zod.strictObject({ ...money, period: zod.enum(['month', 'year']) }).optional();
  return {
    rates: zod.strictObject({ outsideCoverage: rate, perEvent: rate }).optional(),
    prices: zod.strictObject({ standard: price, custom: price }).optional(),
  };
}
