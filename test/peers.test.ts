// zod and date-holidays load on first need: through the runtime's `require` in Node, or, where
// there is none (a browser), from what usePeers handed over, else a MissingPeerError that says
// how to hand them over.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MissingPeerError } from '../src/errors';

type Runtime = { getBuiltinModule?: unknown };
const runtime = process as unknown as Runtime;
const original = runtime.getBuiltinModule;

afterEach(() => {
  runtime.getBuiltinModule = original;
  vi.resetModules();
});

/** A fresh copy of src/peers, seeing no `process.getBuiltinModule`, as in a browser. */
async function peersInBrowser() {
  vi.resetModules();
  runtime.getBuiltinModule = undefined;
  return import('../src/peers');
}

describe('peers', () => {
  it('in Node, load themselves on first call', async () => {
    const peers = await import('../src/peers');
    expect(typeof peers.zod().object).toBe('function');
    expect(new (peers.dateHolidays('holidays'))('DE').getHolidays(2024).length).toBeGreaterThan(5);
  });

  it('without a require, throw MissingPeerError naming the fix, until handed over', async () => {
    const peers = await peersInBrowser();
    // A fresh module graph: its MissingPeerError is not the one imported above, so match by name.
    expect(() => peers.zod()).toThrow(expect.objectContaining({ name: MissingPeerError.name, code: 'MISSING_PEER' }));
    expect(() => peers.zod()).toThrow(/call usePeers\(\{ zod \}\)/);
    expect(() => peers.dateHolidays('holidays[0]')).toThrow(/holidays\[0\]: .*usePeers\(\{ Holidays \}\)/);
    const zod = await import('zod');
    const { default: Holidays } = await import('date-holidays');
    peers.usePeers({ zod, Holidays });
    expect(peers.zod()).toBe(zod.z);
    expect(peers.dateHolidays('holidays')).toBe(Holidays);
  });
});
