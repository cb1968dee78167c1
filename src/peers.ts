// The two heavy dependencies, loaded on first need instead of at import: zod (~150 ms, ~440 KB
// minified), which reads only what the hand-written shape checks do not recognise, and
// date-holidays (~400 ms, ~1.4 MB with moment-timezone), which a calendar needs only for a
// country or year beyond the table baked at build time (./calendar/holiday-table). Both are
// synchronous APIs, so loading is synchronous too: Node, Deno and Bun hand out `require` through
// `process.getBuiltinModule`, with no import of a Node built-in here (the core runs in browsers);
// a browser bundle, which has no such door, receives them once through `usePeers`.

import type HolidaysClass from 'date-holidays';
import type { z } from 'zod';
import { MissingPeerError } from './errors';

/**
 * The modules `usePeers` accepts. Typed loosely on purpose: the published declarations then
 * need neither zod's nor date-holidays' types.
 */
export interface Peers {
  /** `import * as zod from 'zod'`. */
  zod?: { z: object };
  /** `import Holidays from 'date-holidays'`. */
  Holidays?: abstract new (
    ...args: never[]
  ) => object;
}

const given: { zod?: { z: typeof z }; Holidays?: typeof HolidaysClass } = {};
type Require = (id: string) => unknown;
let nodeRequire: Require | null | undefined;

/**
 * Hands habil its optional dependencies where it cannot load them itself (a browser bundle).
 * Node, Deno and Bun never need this.
 *
 * @example
 * import * as zod from 'zod';
 * import Holidays from 'date-holidays';
 * usePeers({ zod, Holidays }); // then Policy.from and { country: 'DE' } work in the page too
 */
export function usePeers(peers: Peers): void {
  // The caller hands over the real modules; the loose public type above cannot say so.
  if (peers.zod) given.zod = peers.zod as { z: typeof z };
  if (peers.Holidays) given.Holidays = peers.Holidays as typeof HolidaysClass;
}

/** zod's `z`, loaded on first call. */
export function zod(): typeof z {
  given.zod ??= load<{ z: typeof z }>('zod', 'zod', 'checking a spec or ticket the fast shape checks do not recognise');
  return given.zod.z;
}

/** date-holidays' `Holidays` class, loaded on first call. */
export function dateHolidays(path: string): typeof HolidaysClass {
  if (!given.Holidays) {
    const module = load<{ default?: typeof HolidaysClass }>(
      'date-holidays',
      'Holidays',
      'holidays of a country or year beyond the built-in table',
      path,
    );
    given.Holidays = module.default ?? (module as unknown as typeof HolidaysClass);
  }
  return given.Holidays;
}

function load<T>(id: string, name: string, why: string, path = ''): T {
  const require = requireFunction();
  if (require) return require(id) as T;
  throw new MissingPeerError(
    path,
    `${why} needs ${id}, which this runtime cannot load by itself: import ${name} from '${id}' and call usePeers({ ${name} }) once`,
  );
}

/** `require` resolving from this module, where the runtime offers one; null in a browser. */
function requireFunction(): Require | null {
  if (nodeRequire !== undefined) return nodeRequire;
  const runtime = globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } };
  const moduleApi = runtime.process?.getBuiltinModule?.('node:module') as
    | { createRequire(from: string): Require }
    | undefined;
  nodeRequire = moduleApi ? moduleApi.createRequire(import.meta.url) : null;
  return nodeRequire;
}
