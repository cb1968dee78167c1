// A policy as an editable policy file: the spec `loadPolicy` and `--policy file.yaml` read back
// as the same policy. YAML carries comments: a header saying what the file is, and above each
// term the charter lines it comes from (./charter-quotes), so whoever edits a number sees why it
// is what it is. JSON has no comments: the quotes stay under `source.lines` in both.

import { type Document, isMap, isScalar, isSeq, visit, Document as YamlDocument } from 'yaml';
import { PolicyError, issueAt } from '../errors';
import type { Policy } from '../policy/policy';
import { charterQuotes } from './charter-quotes';
import type { PolicyFormat } from './policy-file';

/** What `exportPolicy` may add to a YAML file. */
export interface ExportPolicyOptions {
  /** Lines for the file's header comment, after the policy's name (e.g. how to use the file). */
  header?: readonly string[];
}

/**
 * The text of a policy file for `policy`: YAML with the charter's lines as comments, or JSON.
 * `parsePolicy(exportPolicy(p, format), format)` is `p` again.
 *
 * @example
 * import { policies } from 'habil';
 * import { exportPolicy } from 'habil/node';
 * fs.writeFileSync('icg.yaml', exportPolicy(policies.icg, 'yaml'));
 */
export function exportPolicy(policy: Policy, format: PolicyFormat, options: ExportPolicyOptions = {}): string {
  const spec = policy.toJSON();
  if (format === 'json') return `${JSON.stringify(spec, null, 2)}\n`;
  if (format !== 'yaml') {
    throw new PolicyError(
      [issueAt('format', format, "is not a policy format: expected 'yaml' or 'json'")],
      'INVALID_INPUT',
    );
  }
  const doc = new YamlDocument(spec, { aliasDuplicateObjects: false }); // shared objects written out, never as &anchors
  compact(doc);
  doc.commentBefore = comment([`${spec.name} (policy '${spec.id}')`, ...(options.header ?? [])]);
  for (const quote of charterQuotes(spec)) {
    note(doc, quote.path, comment(['charter:', ...quote.lines.map((line) => `  ${quoted(line)}`)]));
  }
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** Comment text: yaml prefixes each line with '#', so each line starts with a space. */
function comment(lines: readonly string[]): string {
  return lines.map((line) => ` ${line}`).join('\n');
}

/** A charter line fit for a one-line comment: tabs (table cells) as ' | ', no markdown bold. */
function quoted(line: string): string {
  return `"${line
    .replace(/\*\*/g, '')
    .replace(/\t+/g, ' | ')
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .trim()}"`;
}

/** Puts `text` above the node at `path`: above its key in a map, above the item in a list. */
function note(doc: Document, path: readonly (string | number)[], text: string): void {
  const parent = path.length > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents;
  const last = path[path.length - 1];
  if (isSeq(parent) && typeof last === 'number') {
    const item = parent.items[last];
    if (item && (isMap(item) || isSeq(item) || isScalar(item))) item.commentBefore = text;
  } else if (isMap(parent)) {
    const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === last);
    if (pair && isScalar(pair.key)) pair.key.commentBefore = text;
  }
}

/** Short lists and maps of scalars (hours, aliases, a target, a holiday) on one line: `[07:00-12:30, 13:30-17:30]`. */
function compact(doc: Document): void {
  const short = (node: { toJSON(): unknown }) => JSON.stringify(node.toJSON()).length <= 72;
  visit(doc, {
    Seq(_, seq) {
      if (seq.items.every(isScalar) && short(seq)) seq.flow = true;
    },
    Map(_, map) {
      if (map.items.every((pair) => isScalar(pair.value)) && short(map)) map.flow = true;
    },
  });
}
