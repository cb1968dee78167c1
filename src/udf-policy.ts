// The policy a warehouse call names: a built-in id, a PolicySpec, or `{ builtin, contract }`,
// compiled once per distinct text and cached, since a warehouse calls once per row with the
// same policy.

import { Policy, policies } from './index';
import { InputError, issueAt, missingAt } from './errors';
import { CACHE_LIMIT, evictOldest, readJson } from './udf-input';

/** A policy as SQL hands it over: a built-in id, a PolicySpec, or `{ builtin, contract }`. */
export type UdfPolicyInput = string | Record<string, unknown>;

const BUILT_IN = ['icg', 'websaas', 'hosting'] as const;
const WITH_CONTRACT = ['itac', 'isys'] as const;
const cache = new Map<string, Policy>();

/**
 * The compiled policy for a call's policy argument.
 *
 * @example
 * policyOf('icg').id; //=> 'icg'
 */
export function policyOf(input: UdfPolicyInput): Policy {
  if (input === undefined || input === null)
    throw new InputError([
      missingAt('policy', "is missing: pass a built-in id such as 'icg' or a policy spec as JSON"),
    ]);
  const key = typeof input === 'string' ? input.trim() : JSON.stringify(input);
  const cached = cache.get(key);
  if (cached) return cached;
  const policy = buildPolicy(input, key);
  if (cache.size >= CACHE_LIMIT) evictOldest(cache);
  cache.set(key, policy);
  return policy;
}

function buildPolicy(input: UdfPolicyInput, key: string): Policy {
  if (typeof input === 'string' && !key.startsWith('{')) return builtIn(key, undefined);
  const spec = readJson<Record<string, unknown>>(input, 'policy');
  if (typeof spec.builtin === 'string') return builtIn(spec.builtin, spec.contract);
  return Policy.from(spec as never);
}

function builtIn(id: string, contract: unknown): Policy {
  if (isOneOf(BUILT_IN, id)) return policies[id];
  if (isOneOf(WITH_CONTRACT, id)) {
    if (contract === undefined) {
      throw new InputError([
        issueAt('policy', id, `needs its contract: pass {"builtin":"${id}","contract":{"targets":{...}}}`),
      ]);
    }
    return policies[id](contract as never);
  }
  throw new InputError([
    issueAt('policy', id, `is not a built-in policy (known: ${[...BUILT_IN, ...WITH_CONTRACT].join(', ')}) nor JSON`),
  ]);
}

function isOneOf<T extends string>(list: readonly T[], id: string): id is T {
  return list.some((item) => item === id);
}
