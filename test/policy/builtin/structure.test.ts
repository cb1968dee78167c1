// The built-in policies skip the structural parse (so taking one never loads zod): this holds
// them to it. Each spec passes the schema untouched, and Policy.from of it is the built-in.
import { describe, expect, it } from 'vitest';
import { Policy, policies } from '../../../src/index';
import { hostingSpec } from '../../../src/policy/builtin/hosting';
import { icgSpec } from '../../../src/policy/builtin/icg';
import { websaasSpec } from '../../../src/policy/builtin/websaas';
import { policySchemas } from '../../../src/policy/schema';
import { parseWith } from '../../../src/validate';

describe('built-in policies without the structural parse', () => {
  for (const [id, spec] of [
    ['icg', icgSpec],
    ['websaas', websaasSpec],
    ['hosting', hostingSpec],
  ] as const) {
    it(`${id}: its spec passes the schema as it is, and Policy.from of it is the built-in`, () => {
      const parsed = parseWith(policySchemas().policyParseSchema, spec());
      expect(parsed).toEqual({ ok: true, value: spec() });
      expect(Policy.from(spec()).toJSON()).toEqual(policies[id].toJSON());
    });
  }
});
