// The `--policy` and `--contract` options: a built-in id (icg, websaas, hosting; itac and isys
// with a contract file), or a policy file (.yaml, .yml, .json). Anything that does not name a
// usable policy is a usage error, with the reason.

import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { HabilError, show } from '../errors';
import { policies, type IsysContract, type ItacContract, type Policy } from '../policy';
import type { TermsSource } from '../policy/source';
import { type ContractPolicy, contractNeeded, isContractPolicy } from './contract-hint';
import { UsageError } from './usage';

/** Built-in ids that need no contract. */
export const COMPLETE_POLICIES = ['icg', 'websaas', 'hosting'] as const;
/** Built-in ids whose numbers come from a contract. */
export const CONTRACT_POLICIES: readonly ContractPolicy[] = ['itac', 'isys'];

/**
 * The policy an option names.
 *
 * @example
 * await policyArg('icg'); //=> policies.icg
 * await policyArg('itac', './contract.yaml'); //=> policies.itac(contract)
 */
export async function policyArg(name: string, contractPath?: string): Promise<Policy> {
  try {
    if ((COMPLETE_POLICIES as readonly string[]).includes(name)) {
      if (contractPath !== undefined)
        throw new UsageError(`--contract applies to itac and isys only: policy '${name}' is complete`);
      return policies[name as (typeof COMPLETE_POLICIES)[number]];
    }
    if (isContractPolicy(name)) {
      if (contractPath === undefined) {
        throw new UsageError(contractNeeded(name), '--contract');
      }
      const contract = await readContract(contractPath);
      return name === 'itac' ? policies.itac(contract as ItacContract) : policies.isys(contract as IsysContract);
    }
    // Policy files and YAML contracts load their readers on need: `habil udf` with a built-in starts faster.
    if (existsSync(name)) return await (await import('../node/policy-file')).loadPolicy(name);
    throw new UsageError(
      `${show(name)} is neither a built-in policy (${[...COMPLETE_POLICIES, ...CONTRACT_POLICIES].join(', ')}) nor a policy file`,
    );
  } catch (error) {
    if (error instanceof UsageError) throw error;
    if (HabilError.is(error)) throw new UsageError(`policy: ${error.message}`);
    throw error;
  }
}

async function readContract(path: string): Promise<unknown> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read the contract ${path}: ${(error as Error).message}`);
  }
  const format = path.toLowerCase().endsWith('.json') ? 'json' : 'yaml';
  try {
    return (await import('../node/data-text')).parseDataText(text, format, basename(path)).data;
  } catch (error) {
    if (!HabilError.is(error)) throw error;
    throw new UsageError(`the contract ${path} is not valid ${format.toUpperCase()}: ${error.message}`);
  }
}

/**
 * The zone of a plan's business calendar (default: the first plan's): where the CLI shows wall times.
 *
 * @example
 * businessZone(policies.icg); //=> 'America/Bogota'
 */
export function businessZone(policy: TermsSource, plan?: string): string {
  return policy.plans.find((p) => p.id === plan)?.zone ?? policy.zone;
}
