// Every runnable example (examples/*.mjs) runs with node against the built package, as a user
// runs it after `npm run build`: exit code 0 and something printed. Servers run their
// --self-test (one request to themselves on 127.0.0.1, then exit).

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, root, run } from '../package/helpers';

const ARGS: Record<string, string[]> = { 'http-service.mjs': ['--self-test'] };
const scripts = readdirSync(join(root, 'examples'))
  .filter((file) => file.endsWith('.mjs'))
  .sort();

beforeAll(() => ensureBuilt(), 5 * 60_000);

describe('examples/*.mjs', () => {
  it('there are examples to run', () => {
    expect(scripts).toEqual(expect.arrayContaining(['deadline.mjs', 'http-service.mjs']));
  });

  it.each(scripts)('node examples/%s exits 0 and prints', async (script) => {
    const result = await run(process.execPath, [join('examples', script), ...(ARGS[script] ?? [])], {
      timeoutMs: 120_000,
    });
    expect(result.stderr, `stderr of ${script}`).toBe('');
    expect(result.code, `exit code of ${script}\n${result.stdout}`).toBe(0);
    expect(result.stdout.trim().length).toBeGreaterThan(0);
  });
});
