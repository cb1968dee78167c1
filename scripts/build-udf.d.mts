// Types of ./build-udf.mjs, for the tests that import it.
import type { Metafile } from 'esbuild';

export const root: string;
export function bundleUdf(options?: {
  holidays?: string;
  minify?: boolean;
}): Promise<{ text: string; metafile: Metafile; bytes: number; gzip: number }>;
