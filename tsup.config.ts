import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const versionOf = (path: string) =>
  (JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as { version: string }).version;
const version = versionOf('./package.json');

export default defineConfig([
  {
    // The library: the core (no Node built-ins), habil/node (files and streams) and habil/sql
    // (policies compiled to SQL, off the core's import path), plus the worker thread auditFile
    // starts (it finds it beside itself: import.meta.url, shimmed in CJS).
    entry: {
      index: 'src/index.ts',
      node: 'src/node/index.ts',
      sql: 'src/sql/index.ts',
      'audit-worker': 'src/node/audit-worker.ts',
    },
    format: ['esm', 'cjs'],
    dts: { entry: { index: 'src/index.ts', node: 'src/node/index.ts', sql: 'src/sql/index.ts' } },
    shims: true,
    sourcemap: true,
    // Both configs build at once into dist/: this one must not clean away the CLI's output.
    clean: ['!cli.*', '!cli-*'],
    target: 'node20',
    // One shared chunk holds the core, so habil and habil/node share one Policy and Calendar
    // (a policy from loadPolicy works with evaluate, a built-in with auditFile).
    splitting: true,
    // luxon inside the chunks: its published ESM file is 262 KB, most of it doc comments, which
    // node reads, decodes and parses at every start (~10 ms of a ~60 ms cold start); bundled,
    // esbuild drops the comments. habil reads the DateTime and Duration values callers pass by
    // their luxon markers (isLuxonDateTime, isLuxonDuration), so any luxon 3 of the caller's works.
    noExternal: ['luxon'],
    // luxon's MIT licence asks its notice to travel with its code; its build carries none.
    banner: {
      js: `/*! habil ${version} (MIT). Bundles luxon ${versionOf('./node_modules/luxon/package.json')} (MIT, Copyright 2019 JS Foundation and other contributors). */`,
    },
  },
  {
    // The `habil` command: ESM only (top-level await); src/cli/main.ts carries the shebang.
    // Split, so `habil --version` loads a few lines, not the program (chunks named cli-*).
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    splitting: true,
    esbuildOptions(options) {
      options.chunkNames = 'cli-[name]-[hash]';
    },
    define: { __HABIL_VERSION__: JSON.stringify(version) },
  },
]);
