import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Doc examples import the package by name; run them against the sources. Anchored
    // patterns, 'habil/node' first, so the subpath is never swallowed by 'habil'.
    alias: [
      { find: /^habil\/node$/, replacement: fileURLToPath(new URL('./src/node/index.ts', import.meta.url)) },
      { find: /^habil\/sql$/, replacement: fileURLToPath(new URL('./src/sql/index.ts', import.meta.url)) },
      { find: /^habil$/, replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
    ],
  },
  test: {
    include: ['test/**/*.test.ts', 'examples/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
