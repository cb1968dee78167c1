// Types of ./bundle.mjs, for the tests that import it.
import type { Metafile, Plugin } from 'esbuild';

export function noNodeBuiltins(): Plugin;
export function dedupeMoment(): Plugin;
export function zodEnglishOnly(): Plugin;
export function holidayTable(source: string): Plugin;
export function sizes(text: string): { bytes: number; gzip: number };
export function kib(bytes: number): string;
export function bytesByPackage(metafile: Metafile): [string, number][];
/** Leaves zod's JSON Schema writer and reader out of a bundle. */
export function zodWithoutJsonSchema(): Plugin;
export function zodWithoutCompile(): Plugin;
