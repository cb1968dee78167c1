// The version `habil --version` prints: package.json's, set at build time by tsup's define.

declare const __HABIL_VERSION__: string | undefined;

/** The habil version of this build ('0.0.0-dev' when run from source). */
export const VERSION = typeof __HABIL_VERSION__ === 'string' ? __HABIL_VERSION__ : '0.0.0-dev';
