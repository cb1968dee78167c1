// The README is the front door: it names every guide in docs/, and its two commands exist.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

describe('README', () => {
  it.each(readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')))('lists docs/%s', (file) => {
    expect(readme).toContain(`docs/${file}`);
  });

  it('shows the SLA half: evaluate, audit and the CLI', () => {
    expect(readme).toMatch(/evaluate\(policies\.icg/);
    expect(readme).toMatch(/await audit\(/);
    expect(readme).toMatch(/^habil audit /m);
  });

  it('its commands are scripts of package.json', () => {
    const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts;
    expect(readme).toContain('npm ci && npm run demo');
    expect(scripts.demo).toBeTruthy();
    expect(scripts.test).toBeTruthy();
  });
});
