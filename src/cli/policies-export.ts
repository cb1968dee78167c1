// `habil policies <id> --format yaml|json`: a policy written out as an editable policy file
// (../node/policy-export), to stdout or atomically to --out like every other CLI output.

import type { Policy } from '../policy';
import { openOutput } from './out-file';
import type { CliIO } from './io';
import { COMPLETE_POLICIES, CONTRACT_POLICIES } from './policy-arg';

/**
 * Writes `policy` as a YAML or JSON policy file to `out` (or stdout); `name` is what the user typed.
 *
 * @example
 * await exportTo(policies.icg, 'yaml', 'icg', { out: 'icg.yaml' }, io);
 */
export async function exportTo(
  policy: Policy,
  format: 'yaml' | 'json',
  name: string,
  options: { contract?: string; out?: string },
  io: CliIO,
): Promise<void> {
  const { exportPolicy } = await import('../node/policy-export');
  const builtin = ([...COMPLETE_POLICIES, ...CONTRACT_POLICIES] as readonly string[]).includes(name);
  const command = `habil policies ${name}${options.contract ? ` --contract ${options.contract}` : ''} --format ${format}`;
  const text = exportPolicy(policy, format, {
    header: [
      `Written by \`${command}\`: a policy file habil reads as ${builtin ? `the built-in '${name}'` : 'the same policy'}.`,
      'Edit it, then use it with `--policy ./this-file.yaml` (habil audit, due, sql) or loadPolicy() from habil/node.',
      ...(policy.toJSON().source
        ? ['The charter lines each term comes from are quoted above it; source.lines lists them all.']
        : []),
      ...(builtin ? [`How habil reads each ambiguous line: docs/policies/${policy.id}.md.`] : []),
    ],
  });
  const out = openOutput(options.out, io);
  try {
    out.write(text);
    await out.commit();
  } catch (error) {
    out.discard();
    throw error;
  }
}
