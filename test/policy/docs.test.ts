// The docs show what the code does: every error message in docs/policies.md is produced,
// verbatim, by the change the page describes to the YAML example on that page; every built-in's
// page quotes each charter line the policy encodes, and names every id it commits to.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parsePolicy } from '../../src/node/policy-file';
import { policies, Policy, type PolicySpec } from '../../src/policy';

const DOCS = join(__dirname, '../../docs');
const page = readFileSync(join(DOCS, 'policies.md'), 'utf8');
const example = /```yaml\n([\s\S]*?)```/.exec(page)![1]!;

function message(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected an error');
}

const edits: [string, (text: string) => string][] = [
  ['an unknown clock', (t) => t.replace('PT2H, clock: business', 'PT2H, clock: office')],
  ['a shared alias', (t) => t.replace('[P2, Alta]', '[P2, crítica]')],
  ['a backwards range', (t) => t.replace('min: PT4H, max: PT8H', 'min: PT8H, max: PT4H')],
  ['a warning level of 1.2', (t) => t.replace('[0.5, 0.9]', '[0.75, 1.2]')],
  ['a bad window', (t) => t.replace("fri: ['08:00-15:00']", "fri: ['8-15']")],
  ['a duration in weeks', (t) => t.replace('PT16H, clock', 'P2W, clock')],
  ['an unknown key', (t) => t.replace('      - id: p2', '        sla: PT4H\n      - id: p2')],
  [
    'three at once',
    (t) =>
      t
        .replace('PT2H, clock: business', 'PT2H, clock: office')
        .replace("fri: ['08:00-15:00']", "fri: ['8-15']")
        .replace('[P2, Alta]', '[P2, crítica]'),
  ],
];

describe('docs/policies.md', () => {
  it('its YAML example is a valid policy', () => {
    const policy = Policy.from(parse(example) as PolicySpec);
    expect(policy.resolve({ priority: 'crítica' }).targets.resolution).toMatchObject({
      clock: 'business',
      target: 8 * 3_600_000,
      min: 4 * 3_600_000,
    });
  });

  it.each(edits)('shows the error for %s verbatim', (_, edit) => {
    const edited = edit(example);
    expect(edited).not.toBe(example);
    expect(page).toContain(`\`\`\`\n${message(() => Policy.from(parse(edited) as PolicySpec))}\n\`\`\``);
  });

  it('shows file errors verbatim', () => {
    expect(page).toContain(message(() => parsePolicy(edits[0]![1](example), 'yaml', 'acme.yaml')));
    expect(page).toContain(message(() => parsePolicy('id: acme\nid: again\n', 'yaml', 'acme.yaml')));
  });

  it('shows resolve and contract errors verbatim', () => {
    const acme = Policy.from(parse(example) as PolicySpec);
    expect(page).toContain(message(() => acme.resolve({ priority: 'Urgent' })));
    expect(page).toContain(message(() => policies.hosting.resolve({ priority: 'high' })));
    expect(page).toContain(message(() => policies.itac({ targets: {} })));
  });
});

describe.each([
  ['icg', policies.icg],
  ['websaas', policies.websaas],
  ['hosting', policies.hosting],
  ['itac', policies.itac({ targets: { critical: { response: 'PT1H' } } })],
  ['isys', policies.isys({ targets: { high: { response: 'PT1H' } } })],
] as const)('docs/policies/%s.md', (id, policy) => {
  const doc = readFileSync(join(DOCS, 'policies', `${id}.md`), 'utf8');

  it('quotes every charter line the policy encodes, word for word', () => {
    for (const line of policy.source!.lines) expect(doc, line).toContain(line);
  });

  it('names every plan and priority id', () => {
    for (const plan of policy.toJSON().plans) {
      expect(doc).toContain(`\`${plan.id}\``);
      for (const priority of plan.priorities) expect(doc).toContain(`\`${priority.id}\``);
    }
  });

  it('names every status it reads, with each name', () => {
    for (const status of policy.toJSON().statuses ?? []) {
      expect(doc).toContain(`| \`${status.id}\` |`);
      for (const name of [status.label, ...(status.aliases ?? [])]) expect(doc, name).toContain(name!);
    }
  });

  it('shows how to override it', () => {
    expect(doc).toContain("withCalendar('business'");
  });
});
