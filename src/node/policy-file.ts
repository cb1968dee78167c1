// Policies as files (Node only: the core entry reads no files). Owns reading YAML or JSON text
// into a Policy, and pointing every problem at its place in the file: syntax errors by line and
// column, validation errors by their spec path plus the line of the value that path names.

import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { PolicyError, show, type Issue } from '../errors';
import { Policy } from '../policy/policy';
import type { PolicySpec } from '../policy/spec';

/** The formats a policy file may be written in. */
export type PolicyFormat = 'yaml' | 'json';

/**
 * Reads a policy file: YAML for `.yaml`/`.yml`, JSON for `.json`. Syntax and validation errors
 * are PolicyErrors whose messages say where in the file the problem is.
 *
 * @example
 * const acme = await loadPolicy('examples/policies/acme.yaml');
 * acme.resolve({ plan: 'premium', priority: 'P1' }).targets.response?.bound; //=> 'strict'
 */
export async function loadPolicy(path: string): Promise<Policy> {
  const format = formatOf(path);
  const text = await readFile(path, 'utf8');
  return parsePolicy(text, format, basename(path));
}

/**
 * Parses policy text. `source` (a file name) prefixes locations: `acme.yaml:12:7`.
 *
 * @example
 * parsePolicy(fs.readFileSync('acme.json', 'utf8'), 'json');
 * parsePolicy('id: acme\nname: Acme\n...', 'yaml', 'acme.yaml');
 */
export function parsePolicy(text: string, format: PolicyFormat, source?: string): Policy {
  if (format !== 'yaml' && format !== 'json') {
    throw new PolicyError(
      [{ path: 'format', message: `${show(format)} is not a policy format: expected 'yaml' or 'json'` }],
      'INVALID_INPUT',
    );
  }
  const lines = new LineCounter();
  // JSON is read by JSON.parse (YAML would accept things JSON does not), but also parsed as YAML,
  // a superset, only to find the line of each value a validation error names.
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => {
    const { line, col } = lines.linePos(offset);
    return source === undefined ? `line ${line}, column ${col}` : `${source}:${line}:${col}`;
  };
  let data: unknown;
  if (format === 'json') {
    try {
      data = JSON.parse(text);
    } catch (error) {
      const offset = jsonErrorOffset(text);
      const where = offset < 0 ? (source ?? 'JSON') : at(offset);
      throw new PolicyError(
        [{ path: '', message: `${where}: not valid JSON: ${(error as Error).message.split('\n')[0]}` }],
        'INVALID_POLICY',
      );
    }
  } else {
    if (doc.errors.length > 0) {
      throw new PolicyError(
        doc.errors.map((e) => ({ path: '', message: `${at(e.pos[0])}: not valid YAML: ${e.message}` })),
      );
    }
    data = doc.toJS();
  }
  try {
    return Policy.from(data as PolicySpec);
  } catch (error) {
    if (!(error instanceof PolicyError)) throw error;
    throw new PolicyError(
      error.issues.map((issue) => locate(issue, doc, at)),
      error.code,
    );
  }
}

function formatOf(path: string): PolicyFormat {
  const ext = extname(path).toLowerCase();
  if (ext === '.yaml' || ext === '.yml') return 'yaml';
  if (ext === '.json') return 'json';
  throw new PolicyError(
    [{ path: 'path', message: `${show(path)} is not a policy file: expected a .yaml, .yml or .json file` }],
    'INVALID_INPUT',
  );
}

/** The issue with ` (at file:line:col)` added: the value its path names, or the nearest parent present. */
function locate(issue: Issue, doc: Document, at: (offset: number) => string): Issue {
  if (doc.errors.length > 0) return issue;
  const segments = splitPath(issue.path);
  for (let n = segments.length; n >= 0; n--) {
    const node = doc.getIn(segments.slice(0, n), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return { ...issue, message: `${issue.message} (at ${at(node.range[0])})` };
  }
  return issue;
}

/** 'plans[0].priorities[1].targets' -> ['plans', 0, 'priorities', 1, 'targets']. */
function splitPath(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const part of path.match(/[^.[\]]+|\[\d+\]/g) ?? [])
    out.push(part.startsWith('[') ? Number(part.slice(1, -1)) : part);
  return out;
}

/**
 * The offset of the first JSON syntax error, or -1: V8's JSON.parse messages do not always say
 * where (Node 20: "Unexpected token '}' ... is not valid JSON"), and a file error needs a line.
 */
function jsonErrorOffset(text: string): number {
  let i = 0;
  const fail = (): never => {
    throw new RangeError(String(i));
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const expect = (c: string) => (text[i] === c ? i++ : fail());
  const string = () => {
    expect('"');
    while (i < text.length && text[i] !== '"') {
      if (text.charCodeAt(i) < 0x20) fail();
      i += text[i] === '\\' ? 2 : 1;
    }
    expect('"');
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      ws();
      if (text[i] === close) {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (close === '}') {
          string();
          ws();
          expect(':');
        }
        value();
        ws();
        if (text[i] === ',') i++;
        else {
          expect(close);
          return;
        }
      }
    }
    if (c === '"') {
      string();
      return;
    }
    const literal = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
    literal.lastIndex = i;
    if (!literal.test(text)) fail();
    i = literal.lastIndex;
  };
  try {
    value();
    ws();
    if (i < text.length) fail();
    return -1;
  } catch (error) {
    if (error instanceof RangeError && /^\d+$/.test(error.message))
      return Math.min(Number(error.message), Math.max(text.length - 1, 0));
    throw error;
  }
}
