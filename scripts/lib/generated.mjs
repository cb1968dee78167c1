// A generated source file kept in git (the baked holidays and zone offsets): written only when
// its text changes, or with `--check` (argv) compared without writing, exiting 1 when stale.

import { readFileSync, writeFileSync } from 'node:fs';

/** Writes `source` to `target` if it differs; with --check, reports a stale file instead. */
export function writeGenerated(target, source, script) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {}
  if (current === source) return;
  if (process.argv.includes('--check')) {
    console.error(`${target} is stale: run node ${script}`);
    process.exit(1);
  }
  writeFileSync(target, source);
}
