// esbuild plugins and helpers shared by the UDF build, the size report and the browser test.
//
// - noNodeBuiltins: fails the bundle on any Node built-in (`node:fs`, `fs`, ...), naming who
//   imported it: the core entry must run in browsers and warehouses.
// - dedupeMoment: date-holidays-parser and caldate each nest a copy of moment-timezone in a
//   development install (ours also has moment-timezone 0.6 at the root for the benchmarks);
//   a user's install hoists one. Resolving every import to one copy keeps bundles honest.
// - zodEnglishOnly: zod's `z.locales` namespace drags every locale (~330 KB minified) into a
//   bundle, although habil only ever uses English messages (zod's default, which zod's own
//   schemas.js imports directly). Only for the UDF bundles: a user's bundler sees plain zod.
// - holidayTable: replaces date-holidays with a table of precomputed years (see
//   ./holiday-table.mjs), for dist/habil.udf.lite.js.

import { builtinModules, createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);
const BUILTINS = new Set(builtinModules.filter((m) => !m.startsWith('_')));

/** Fails the build on any import of a Node built-in. */
export function noNodeBuiltins() {
  return {
    name: 'no-node-builtins',
    setup(build) {
      build.onResolve({ filter: /^[a-z_:/]+$/ }, (args) => {
        if (!args.path.startsWith('node:') && !BUILTINS.has(args.path)) return undefined;
        return {
          errors: [
            {
              text: `'${args.path}' is a Node built-in, imported by ${args.importer}: the core entry must not import one`,
            },
          ],
        };
      });
    },
  };
}

/** Resolves moment and moment-timezone to a single copy, the one date-holidays-parser gets. */
export function dedupeMoment() {
  const parserDir = dirname(require.resolve('date-holidays-parser/package.json'));
  const momentTimezone = require.resolve('moment-timezone', { paths: [parserDir] });
  const moment = require.resolve('moment', { paths: [dirname(momentTimezone)] });
  return {
    name: 'dedupe-moment',
    setup(build) {
      build.onResolve({ filter: /^moment-timezone$/ }, () => ({ path: momentTimezone }));
      build.onResolve({ filter: /^moment$/ }, () => ({ path: moment }));
    },
  };
}

/** Keeps only zod's English locale (habil never selects another one). */
export function zodEnglishOnly() {
  const zodRoot = dirname(require.resolve('zod/package.json'));
  const en = join(zodRoot, 'v4', 'locales', 'en.js');
  return {
    name: 'zod-english-only',
    setup(build) {
      build.onResolve({ filter: /\/locales\/index\.js$/ }, (args) => {
        if (!args.importer.startsWith(join(zodRoot, 'v4'))) return undefined;
        return { path: 'zod-locales-en', namespace: 'zod-english-only' };
      });
      build.onLoad({ filter: /.*/, namespace: 'zod-english-only' }, () => ({
        contents: `export { default as en } from ${JSON.stringify(en)};`,
        loader: 'js',
        resolveDir: zodRoot,
      }));
    },
  };
}

/**
 * Leaves zod's JSON Schema writer and reader out (`z.toJSONSchema`, `z.fromJSONSchema`, about
 * 40 KB minified): a warehouse never asks for `Policy.jsonSchema()`, and zod's namespace export
 * would keep them in. zod calls them only when asked for a JSON Schema; the stand-ins throw.
 */
export function zodWithoutJsonSchema() {
  const names = [
    'aggregateChecks',
    'allProcessors',
    'extractDefs',
    'finalize',
    'fromJSONSchema',
    'handleUnrepresentable',
    'initializeContext',
    'process',
    'processSchema',
    'toJSONSchema',
  ];
  return zodStub(
    'zod-without-json-schema',
    'JSON Schema',
    /\/(json-schema-processors|to-json-schema|json-schema-generator|from-json-schema)\.js$/,
    [
      ...names.map((name) => `export const ${name} = unavailable;`),
      'export const createToJSONSchemaMethod = () => unavailable;',
      'export const createStandardJSONSchemaMethod = () => unavailable;',
      'export class JSONSchemaGenerator { constructor() { unavailable(); } }',
    ],
  );
}

/**
 * Leaves zod's schema compiler out (`z.compile`, about 29 KB minified, zod 4.6): habil never
 * calls it, zod's own parsing never reaches it (only its namespace re-exports it), and a
 * warehouse's V8 may not allow the code it generates anyway; the stand-ins throw.
 */
export function zodWithoutCompile() {
  return zodStub('zod-without-compile', 'z.compile', /\/compile\.js$/, [
    'export const INVALID = Symbol.for("zod.compile.invalid");',
    'export class ZodCompileAsyncError extends Error {}',
    'export class ZodCompileUnsupportedError extends Error {}',
    ...['compile', 'withParser', 'compileFn'].map((name) => `export const ${name} = unavailable;`),
  ]);
}

/** A plugin replacing zod v4 modules matching `modules` by `exports`, where `unavailable` throws: `what` is missing. */
function zodStub(name, what, modules, exports) {
  const zodRoot = dirname(require.resolve('zod/package.json'));
  const unavailable = `() => { throw new Error(${JSON.stringify(`${what} is not part of the habil warehouse bundles`)}); }`;
  return {
    name,
    setup(build) {
      build.onResolve({ filter: modules }, (args) => {
        if (!args.importer.startsWith(join(zodRoot, 'v4'))) return undefined;
        return { path: name, namespace: name };
      });
      build.onLoad({ filter: /.*/, namespace: name }, () => ({
        contents: [`const unavailable = ${unavailable};`, ...exports].join('\n'),
        loader: 'js',
      }));
    },
  };
}

/** Replaces `import Holidays from 'date-holidays'` with a module of precomputed years. */
export function holidayTable(source) {
  return {
    name: 'holiday-table',
    setup(build) {
      build.onResolve({ filter: /^date-holidays$/ }, () => ({ path: 'date-holidays', namespace: 'holiday-table' }));
      build.onLoad({ filter: /.*/, namespace: 'holiday-table' }, () => ({ contents: source, loader: 'js' }));
    },
  };
}

/** Bytes of a text, and of its gzip (level 9). */
export function sizes(text) {
  const buffer = Buffer.from(text);
  return { bytes: buffer.length, gzip: gzipSync(buffer, { level: 9 }).length };
}

/** 123456 → '120.6 KiB'. */
export function kib(bytes) {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MiB` : `${(bytes / 1024).toFixed(1)} KiB`;
}

/** Output bytes per npm package (or 'habil'), from an esbuild metafile, largest first. */
export function bytesByPackage(metafile) {
  const byPackage = new Map();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules)/.exec(input);
      const name = match ? match[1] : 'habil';
      byPackage.set(name, (byPackage.get(name) ?? 0) + bytesInOutput);
    }
  }
  return [...byPackage].sort((a, b) => b[1] - a[1]);
}
