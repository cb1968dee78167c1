// Policies as files (Node only: the core entry reads no files). Owns turning a file into a
// Policy, and pointing every problem at its place in the file: syntax errors by line and column
// (./data-text), validation errors by their spec path plus the line of the value it names.

import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { PolicyError, type Issue, issueAt } from '../errors';
import { Policy } from '../policy/policy';
import type { PolicySpec } from '../policy/spec';
import { type DataFormat, parseDataText, type ParsedText } from './data-text';

/** The formats a policy file may be written in. */
export type PolicyFormat = DataFormat;

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
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const why = reason(error as NodeJS.ErrnoException);
    throw new PolicyError([issueAt('path', path, `cannot be read: ${why}`)], 'INVALID_INPUT');
  }
  return parsePolicy(text, format, basename(path));
}

/**
 * Parses policy text. `source` (a file name) prefixes locations: `acme.yaml:12:7`. JSON is read
 * as JSON only, duplicate keys refused; see ./data-text for every limit.
 *
 * @example
 * parsePolicy(fs.readFileSync('acme.json', 'utf8'), 'json');
 * parsePolicy('id: acme\nname: Acme\n...', 'yaml', 'acme.yaml');
 */
export function parsePolicy(text: string, format: PolicyFormat, source?: string): Policy {
  if (format !== 'yaml' && format !== 'json') {
    throw new PolicyError(
      [issueAt('format', format, "is not a policy format: expected 'yaml' or 'json'")],
      'INVALID_INPUT',
    );
  }
  const parsed = parseDataText(text, format, source);
  try {
    return Policy.from(parsed.data as PolicySpec);
  } catch (error) {
    if (!(error instanceof PolicyError)) throw error;
    throw new PolicyError(
      error.issues.map((issue) => locate(issue, parsed)),
      error.code,
    );
  }
}

function reason(error: NodeJS.ErrnoException): string {
  if (error.code === 'ENOENT') return 'no such file';
  if (error.code === 'EISDIR') return 'is a directory';
  return error.code ?? error.message;
}

function formatOf(path: string): PolicyFormat {
  const ext = extname(path).toLowerCase();
  if (ext === '.yaml' || ext === '.yml') return 'yaml';
  if (ext === '.json') return 'json';
  throw new PolicyError(
    [issueAt('path', path, 'is not a policy file: expected a .yaml, .yml or .json file')],
    'INVALID_INPUT',
  );
}

/** The issue with ` (at file:line:col)` added: the value its path names, or the nearest parent present. */
function locate(issue: Issue, parsed: ParsedText): Issue {
  const where = parsed.locate(splitPath(issue.path));
  return where === undefined ? issue : { ...issue, message: `${issue.message} (at ${where})` };
}

/** 'plans[0].priorities[1].targets' -> ['plans', 0, 'priorities', 1, 'targets']. */
function splitPath(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const part of path.match(/[^.[\]]+|\[\d+\]/g) ?? [])
    out.push(part.startsWith('[') ? Number(part.slice(1, -1)) : part);
  return out;
}
