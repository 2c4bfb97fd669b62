import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatRulesMarkdown } from '../src/commands/rules.js';

const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');

describe('README', () => {
  it('lists the rules exactly as the registry does', () => {
    const table = /<!-- rules:start -->\n([\s\S]*?)<!-- rules:end -->/.exec(readme)?.[1];
    expect(table).toBe(formatRulesMarkdown());
  });

  it('holds exactly two set-up commands: install and run, and the tests', () => {
    const setup = /## Set up\n([\s\S]*?)\n## /.exec(readme)?.[1] ?? '';
    const commands = [...setup.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!.trim());
    expect(commands).toEqual(['npm ci && npx gov-report parse fixtures/001_dde6e9dcd5a2f618.txt', 'npm test']);
  });
});
