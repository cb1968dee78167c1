// The built-in policies, one per charter in seeds/: three complete policies, compiled on first
// use (and then shared, since policies are immutable), and two factories whose charters defer
// their numbers to a contract.

import type { Policy } from '../policy';
import type { IsysContract, ItacContract } from './contract';
import { hostingPolicy } from './hosting';
import { icgPolicy } from './icg';
import { isysPolicy } from './isys';
import { itacPolicy } from './itac';
import { websaasPolicy } from './websaas';

export type { ContractPriority, ContractTargets, IsysContract, ItacContract } from './contract';

/** The built-in policies. Ids are stable API. */
export interface Policies {
  /** ICG Software Colombia (000_…): plan `standard`; `urgent`, `important`, `normal`. */
  readonly icg: Policy;
  /** WebSaaS (001_…): plan `standard`; `urgent`, `important`, `normal`. */
  readonly websaas: Policy;
  /** Hosting support levels (003_…): plans `level-1`, `level-2`, `level-3`; `high`, `medium`, `low`. */
  readonly hosting: Policy;
  /** ITAC (002_…): plans `8x5`, `24x7`; `critical`, `high`, `medium`, `low`; numbers from the contract. */
  itac(contract: ItacContract): Policy;
  /** ISYS Informática (004_…): plans `standard`, `custom`, `per-event`; `high`, `medium`, `low`; numbers from the contract. */
  isys(contract?: IsysContract): Policy;
}

const cache = new Map<string, Policy>();

function once(id: string, build: () => Policy): Policy {
  let policy = cache.get(id);
  if (!policy) {
    policy = build();
    cache.set(id, policy);
  }
  return policy;
}

/**
 * The built-in policies. Nothing compiles at import: each is built on first access.
 *
 * @example
 * import { policies } from 'habil';
 * policies.icg.resolve({ priority: 'Urgente' }).targets.response?.clock; //=> '24/7'
 * policies.itac({ targets: { critical: { response: 'PT1H', resolution: 'PT8H' } } }).planIds; //=> ['8x5', '24x7']
 */
export const policies: Policies = Object.freeze({
  get icg() {
    return once('icg', icgPolicy);
  },
  get websaas() {
    return once('websaas', websaasPolicy);
  },
  get hosting() {
    return once('hosting', hostingPolicy);
  },
  itac: itacPolicy,
  isys: isysPolicy,
});
