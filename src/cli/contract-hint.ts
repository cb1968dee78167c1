// What the CLI says when itac or isys comes without --contract: their charters defer every number
// to the support contract, so the user needs to see what a contract file looks like and where
// the complete example lives (examples/contracts/), never a pointer back to the same command.

/** A built-in whose numbers come from a contract (./policy-arg CONTRACT_POLICIES). */
export type ContractPolicy = 'itac' | 'isys';

/**
 * Whether `name` is a built-in that needs --contract.
 *
 * @example
 * isContractPolicy('itac'); //=> true
 */
export function isContractPolicy(name: string): name is ContractPolicy {
  return Object.hasOwn(CONTRACT_SNIPPETS, name);
}

/** The smallest useful contract of each, as YAML (the complete ones: examples/contracts/<id>.yaml). */
export const CONTRACT_SNIPPETS: Record<ContractPolicy, string> = {
  itac: `targets:                 # INCIDENCIA, per criticality level
  critical: { response: PT1H, resolution: PT8H }
  high: { response: PT2H, resolution: PT16H }
requestTargets:          # REQUERIMIENTO (optional)
  low: { response: PT8H, resolution: P10D }
`,
  isys: `targets:                 # optional: without them, coverage and billing only
  high: { response: PT2H, resolution: PT8H }
  medium: { response: PT4H, resolution: PT24H }
rates:
  outsideCoverage: { amount: 95000, currency: COP, note: + IVA }
`,
};

/**
 * The usage error text for a contract policy given without --contract. `flag`: the option of
 * `habil policies <name>` that needs the contract; elsewhere the text points at `habil policies
 * <name>`, which shows an example contract.
 *
 * @example
 * contractNeeded('itac'); //=> "policy 'itac' takes its targets from your support contract: pass --contract ..."
 */
export function contractNeeded(name: ContractPolicy, flag?: string): string {
  const example = `an example: examples/contracts/${name}.yaml in habil's repository`;
  const where = flag ? `${flag}: ` : '';
  const more = flag ? '' : `; 'habil policies ${name}' shows one`;
  return `${where}policy '${name}' takes its targets from your support contract: pass --contract ./contract.yaml (${example}${more})`;
}

/**
 * What `habil policies itac` (no --contract) prints: what the contract looks like, and what to run with one.
 *
 * @example
 * io.stdout.write(contractHint('itac'));
 */
export function contractHint(name: ContractPolicy): string {
  const indent = (text: string) => text.replace(/^(?=.)/gm, '  ');
  return `Policy '${name}': its charter defers every number to your support contract,
so habil needs one. Write the contract's targets in a YAML (or JSON) file, e.g.:

${indent(CONTRACT_SNIPPETS[name])}
habil's repository has a complete one, examples/contracts/${name}.yaml, and the
policy it gives as an editable policy file, examples/policies/${name}.yaml;
docs/policies/${name}.md says what a contract may set and how habil reads the
charter. Then:

  habil policies ${name} --contract ./contract.yaml                 your numbers
  habil policies ${name} --contract ./contract.yaml --format yaml   a file to edit
  habil audit tickets.csv --policy ${name} --contract ./contract.yaml --plan <plan>
`;
}
