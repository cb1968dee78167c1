// A small JSON Schema (2020-12) validator for the keywords Policy.jsonSchema() uses, written
// plainly so a test can check exported files against the published schema without a dependency.
// An unknown keyword throws: the schema growing a keyword must not silently pass everything.

type Schema = Record<string, unknown> | boolean;

const IGNORED = new Set(['$schema', 'title', 'description', '$defs']);
const KNOWN = new Set([
  'type',
  'properties',
  'required',
  'additionalProperties',
  'propertyNames',
  'items',
  'minItems',
  'enum',
  'const',
  'anyOf',
  'oneOf',
  'not',
  '$ref',
  'minLength',
  'pattern',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
]);

const typeOf = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v;

/** The paths at which `value` breaks `schema` (empty: valid); `root` resolves '#/$defs/...' refs. */
export function schemaErrors(schema: Schema, value: unknown, root: Schema = schema, path = '$'): string[] {
  if (schema === true) return [];
  if (schema === false) return [`${path}: no value allowed`];
  const errors: string[] = [];
  const fail = (why: string) => errors.push(`${path}: ${why}`);
  for (const [key, rule] of Object.entries(schema)) {
    if (IGNORED.has(key)) continue;
    if (!KNOWN.has(key)) throw new Error(`schema keyword ${key} is not supported by this validator`);
    const r = rule as never;
    switch (key) {
      case 'type': {
        const t = typeOf(value);
        const ok = ([] as string[]).concat(r).some((want) => want === t || (want === 'number' && t === 'integer'));
        if (!ok) fail(`expected ${String(r)}, got ${t}`);
        break;
      }
      case '$ref': {
        const name = /^#\/\$defs\/(.+)$/.exec(r)?.[1];
        const defs = (root as Record<string, Record<string, Schema>>).$defs;
        if (!name || !defs?.[name]) throw new Error(`unresolvable $ref ${String(r)}`);
        errors.push(...schemaErrors(defs[name], value, root, path));
        break;
      }
      case 'enum':
        if (!(r as unknown[]).includes(value)) fail(`not one of ${JSON.stringify(r)}`);
        break;
      case 'const':
        if (value !== r) fail(`not ${JSON.stringify(r)}`);
        break;
      case 'anyOf':
      case 'oneOf': {
        const passing = (r as Schema[]).filter((s) => schemaErrors(s, value, root, path).length === 0).length;
        if (key === 'anyOf' ? passing === 0 : passing !== 1) fail(`${key}: ${passing} of the alternatives match`);
        break;
      }
      case 'not':
        if (schemaErrors(r, value, root, path).length === 0) fail('matches a schema it must not');
        break;
    }
    if (typeof value === 'string') {
      if (key === 'minLength' && [...value].length < r) fail(`shorter than ${r}`);
      if (key === 'pattern' && !new RegExp(r, 'u').test(value)) fail(`does not match ${String(r)}`);
    }
    if (typeof value === 'number') {
      if (key === 'minimum' && value < r) fail(`below ${r}`);
      if (key === 'maximum' && value > r) fail(`above ${r}`);
      if (key === 'exclusiveMinimum' && value <= r) fail(`not above ${r}`);
      if (key === 'exclusiveMaximum' && value >= r) fail(`not below ${r}`);
    }
    if (Array.isArray(value)) {
      if (key === 'items')
        for (const [i, v] of value.entries()) errors.push(...schemaErrors(r, v, root, `${path}[${i}]`));
      if (key === 'minItems' && value.length < r) fail(`fewer than ${r} items`);
    }
    if (typeOf(value) === 'object') {
      const object = value as Record<string, unknown>;
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      if (key === 'properties') {
        for (const [name, s] of Object.entries(properties))
          if (name in object) errors.push(...schemaErrors(s, object[name], root, `${path}.${name}`));
      }
      if (key === 'required') for (const name of r as string[]) if (!(name in object)) fail(`${name} is missing`);
      if (key === 'additionalProperties') {
        for (const name of Object.keys(object))
          if (!(name in properties)) errors.push(...schemaErrors(r, object[name], root, `${path}.${name}`));
      }
      if (key === 'propertyNames')
        for (const name of Object.keys(object)) errors.push(...schemaErrors(r, name, root, `${path}{${name}}`));
    }
  }
  return errors;
}
