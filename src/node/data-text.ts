// YAML or JSON text to plain data, for policy files and contracts: the one place habil reads
// such text, and where hostile text stops. JSON is parsed as JSON only (JSON.parse: through a
// YAML parser a 23 MB file took 32 s and 2.9 GB); jsonc-parser's visitor, run on valid JSON,
// refuses duplicate keys (JSON.parse silently keeps the last) and, on invalid JSON, finds the
// line of the first error. YAML keys must be unique and its aliases may expand to at most
// MAX_YAML_ALIASES nodes (an alias bomb). A byte-order mark is accepted in both. Data nested
// deeper than MAX_DATA_DEPTH is refused before anything recurses into it. Every problem is a
// PolicyError whose message says file:line:column.

import { type JSONPath, printParseErrorCode, visit as visitJson } from 'jsonc-parser';
import { type Document, parseDocument, visit as visitYaml } from 'yaml';
import { PolicyError, show, problemAt } from '../errors';

/** The formats a policy or contract file may be written in. */
export type DataFormat = 'yaml' | 'json';

/** How deep objects and arrays may nest: a policy needs about ten levels. */
export const MAX_DATA_DEPTH = 64;

const TOO_DEEP = `nests values more than ${MAX_DATA_DEPTH} levels deep`;

/** How many nodes YAML aliases may expand to in one file (yaml's maxAliasCount). */
export const MAX_YAML_ALIASES = 100;

/** Parsed data, and where a path of it sits in the text (for validation messages). */
export interface ParsedText {
  data: unknown;
  /** `file:line:col` of the value at `path`, or of its nearest parent present; undefined if none. */
  locate(path: readonly (string | number)[]): string | undefined;
}

const JSON_OPTIONS = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };

/**
 * Parses YAML or JSON text. `source` (a file name) prefixes locations: `acme.json:12:7`.
 *
 * @example
 * parseDataText('{"id": "a", "id": "b"}', 'json', 'p.json'); // throws PolicyError: id: p.json:1:13: the key 'id' appears twice
 */
export function parseDataText(text: string, format: DataFormat, source?: string): ParsedText {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const at = (offset: number) => {
    const { line, col } = position(body, Math.min(offset, Math.max(body.length - 1, 0)));
    return source === undefined ? `line ${line}, column ${col}` : `${source}:${line}:${col}`;
  };
  return format === 'json' ? parseJson(body, at, source) : parseYaml(body, at);
}

function parseJson(text: string, at: (offset: number) => string, source: string | undefined): ParsedText {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const first = firstJsonError(text);
    const where = first === undefined ? (source ?? 'JSON') : at(first.offset);
    const why = first?.code ?? (error as Error).message.split('\n')[0];
    throw new PolicyError([problemAt('', `${where}: not valid JSON: ${why}`)]);
  }
  checkDepth(data);
  const duplicates: PolicyErrorIssue[] = [];
  const keys: (Set<string> | undefined)[] = [];
  visitJson(
    text,
    {
      onObjectBegin: () => void keys.push(new Set()),
      onArrayBegin: () => void keys.push(undefined),
      onObjectEnd: () => void keys.pop(),
      onArrayEnd: () => void keys.pop(),
      onObjectProperty: (key, offset, _length, _line, _col, pathTo) => {
        const seen = keys.at(-1);
        if (seen?.has(key)) {
          duplicates.push(
            problemAt(
              pathText([...pathTo(), key]),
              `${at(offset)}: the key ${show(key)} appears twice: JSON.parse would silently keep the last`,
            ),
          );
        }
        seen?.add(key);
      },
    },
    JSON_OPTIONS,
  );
  if (duplicates.length > 0) throw new PolicyError(duplicates);
  return { data, locate: (path) => locateJson(text, path, at) };
}

const FOUND = Symbol('found');

/**
 * Where the value at `path` starts, or its nearest parent: one visit that looks only at values
 * no deeper than the path and stops when it is found (building a tree of a large file took
 * seconds).
 */
function locateJson(text: string, path: readonly (string | number)[], at: (offset: number) => string): string {
  let best = { length: -1, offset: 0 };
  let depth = 0;
  const consider = (offset: number, pathTo: () => JSONPath) => {
    if (depth > path.length || depth <= best.length) return;
    const here = pathTo();
    if (here.length === depth && here.every((part, i) => part === path[i])) {
      best = { length: depth, offset };
      if (depth === path.length) throw FOUND;
    }
  };
  const open = (offset: number, _l: number, _sl: number, _sc: number, pathTo: () => JSONPath) => {
    consider(offset, pathTo);
    depth++;
  };
  const close = () => void depth--;
  try {
    visitJson(
      text,
      {
        onObjectBegin: open,
        onArrayBegin: open,
        onObjectEnd: close,
        onArrayEnd: close,
        onLiteralValue: (_v, offset, _l, _sl, _sc, pathTo) => consider(offset, pathTo),
      },
      JSON_OPTIONS,
    );
  } catch (error) {
    if (error !== FOUND) throw error;
  }
  return at(best.offset);
}

type PolicyErrorIssue = { path: string; message: string };

/** The first syntax error jsonc-parser finds (offset and code), when JSON.parse refused the text. */
function firstJsonError(text: string): { offset: number; code: string } | undefined {
  let first: { offset: number; code: string } | undefined;
  try {
    visitJson(
      text,
      {
        onError: (code, offset) => {
          first ??= { offset, code: printParseErrorCode(code) };
        },
      },
      JSON_OPTIONS,
    );
  } catch {
    // nested too deep for a recursive parser: the error is said without its place
  }
  return first;
}

function parseYaml(text: string, at: (offset: number) => string): ParsedText {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  // yaml catches its own stack overflow on deep flow collections as RESOURCE_EXHAUSTION.
  const exhausted = doc.errors.find((e) => e.code === 'RESOURCE_EXHAUSTION');
  if (exhausted) throw new PolicyError([problemAt('', `${at(exhausted.pos[0])}: ${TOO_DEEP}`)]);
  if (doc.errors.length > 0) {
    throw new PolicyError(
      doc.errors.slice(0, 10).map((e) => problemAt('', `${at(e.pos[0])}: not valid YAML: ${e.message}`)),
    );
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    if (!(error instanceof ReferenceError || error instanceof RangeError)) throw error;
    const alias = firstAlias(doc);
    const where = alias === undefined ? '' : `${at(alias)}: `;
    const why =
      error instanceof RangeError
        ? TOO_DEEP
        : `aliases expand to more than ${MAX_YAML_ALIASES} nodes (yaml's maxAliasCount): refused as an alias bomb`;
    throw new PolicyError([problemAt('', `${where}${why}`)]);
  }
  checkDepth(data);
  return {
    data,
    locate(path) {
      for (let n = path.length; n >= 0; n--) {
        const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
        if (node?.range) return at(node.range[0]);
      }
      return undefined;
    },
  };
}

function firstAlias(doc: Document): number | undefined {
  let offset: number | undefined;
  visitYaml(doc, {
    Alias(_key, node) {
      offset = node.range?.[0];
      return visitYaml.BREAK;
    },
  });
  return offset;
}

/** Refuses data nested deeper than MAX_DATA_DEPTH, walking it without recursion. */
function checkDepth(data: unknown): void {
  type Step = { value: unknown; depth: number; key?: string | number; parent?: Step };
  const stack: Step[] = [{ value: data, depth: 0 }];
  for (let step = stack.pop(); step; step = stack.pop()) {
    const { value, depth } = step;
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_DATA_DEPTH) throw new PolicyError([problemAt(pathText(pathOf(step)), TOO_DEEP)]);
    const array = Array.isArray(value);
    for (const [key, child] of Object.entries(value))
      if (child !== null && typeof child === 'object')
        stack.push({ value: child, depth: depth + 1, key: array ? Number(key) : key, parent: step });
  }
}

function pathOf(step: { key?: string | number; parent?: typeof step }): (string | number)[] {
  const path: (string | number)[] = [];
  for (let s: typeof step | undefined = step; s?.key !== undefined; s = s.parent) path.unshift(s.key);
  return path;
}

/** ['plans', 0, 'id'] -> 'plans[0].id', as validation paths read. */
function pathText(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** 1-based line and column of an offset (counted on demand: only errors need it). */
function position(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, col: offset - start + 1 };
}
