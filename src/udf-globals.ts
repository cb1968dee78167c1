// What the warehouse bundles need from the engine and bare V8 lacks: structuredClone, which
// habil uses to copy specs (plain data only), some of them while modules load.
// scripts/build-udf.mjs injects this module ahead of all others; it installs only what is
// missing.

const scope = globalThis as { structuredClone?: <T>(value: T) => T };
if (typeof scope.structuredClone !== 'function') scope.structuredClone = clonePlain;

function clonePlain<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (value instanceof Map) return new Map([...value].map(([k, v]) => [clonePlain(k), clonePlain(v)])) as T;
  if (value instanceof Set) return new Set([...value].map(clonePlain)) as T;
  if (Array.isArray(value)) return value.map(clonePlain) as T;
  const copy: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) copy[k] = clonePlain(v);
  return copy as T;
}
