// The built package's classes carry their own names: in a REPL, in util.inspect and in stack
// traces a Calendar prints as `Calendar`, not as the `_Calendar` esbuild names a class that
// refers to itself in its body, nor as the `_class` tsup's CommonJS pass names a class with field
// initializers (the sources avoid both; keepNames would cost ~22 KB gzipped). Every exported
// class of every entry, from ESM and from CommonJS, and errors' `name`.
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, exportsSubpath, run } from './helpers';

// Prints [export name, class name] for every exported class, and how instances inspect.
const PROGRAM = `
  const { inspect } = require('node:util');
  const classes = Object.entries(habil)
    .filter(([, value]) => typeof value === 'function' && /^class\\b/.test(Function.prototype.toString.call(value)))
    .map(([key, value]) => [key, value.name]);
  const instances = habil.policies
    ? [
        habil.policies.icg.constructor.name,
        inspect(habil.Calendar.from({ zone: 'UTC', hours: '24/7' })).split(' ')[0],
        String(new habil.PolicyError([])).split(':')[0],
        new habil.TicketError('T', []).stack.split(':')[0],
      ]
    : [];
  console.log(JSON.stringify({ classes, instances }));
`;

const ENTRIES = ['habil', ...['habil/node', 'habil/sql'].filter((e) => exportsSubpath(`./${e.slice(6)}`))];

async function names(entry: string, system: 'esm' | 'cjs') {
  const load =
    system === 'esm'
      ? `import * as habil from '${entry}'; import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);`
      : `const habil = require('${entry}');`;
  const args = system === 'esm' ? ['--input-type=module', '-e', `${load}\n${PROGRAM}`] : ['-e', `${load}\n${PROGRAM}`];
  const result = await run(process.execPath, args);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as { classes: [string, string][]; instances: string[] };
}

beforeAll(() => ensureBuilt(), 5 * 60_000);

// habil/node and habil/sql export no class today: checked all the same, for the day they do.
describe.each(ENTRIES)("the classes of '%s'", (entry) => {
  it.each(['esm', 'cjs'] as const)('are named as exported (%s)', async (system) => {
    const { classes, instances } = await names(entry, system);
    expect(classes.filter(([exported, name]) => name !== exported)).toEqual([]);
    if (entry === 'habil') {
      expect(classes.map(([exported]) => exported)).toEqual(
        expect.arrayContaining(['Calendar', 'Policy', 'PolicyVersions', 'HabilError', 'PolicyError', 'SpecError']),
      );
      expect(instances).toEqual(['Policy', 'Calendar', 'PolicyError', 'TicketError']);
    }
  });
});
