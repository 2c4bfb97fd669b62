import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Package hygiene (issue 15): what a user installs works, holds what it says, and no more. */
const root = join(import.meta.dirname, '..');

describe('the package', () => {
  it('loads with require() as well as import (the exports map has a default condition)', () => {
    const out = execFileSync(process.execPath, ['-e', "const m = require('gov-report'); console.log(typeof m.parseFile, typeof m.ReportSchema)"], { cwd: root, encoding: 'utf8' });
    expect(out.trim()).toBe('function object');
  });

  it('offers what users need and not the CLI’s internals', async () => {
    const api = await import(join(root, 'dist', 'index.js'));
    for (const name of ['parseFile', 'parseReport', 'formatReportText', 'validateFiles', 'RULES', 'ReportSchema', 'exportColumns', 'recordJsonSchema']) expect(api).toHaveProperty(name);
    for (const name of ['main', 'emptySummary', 'addToSummary', 'exceedsLimits', 'hasRecord']) expect(api).not.toHaveProperty(name);
  });

  it('ships source maps that carry their sources (src/ is not in the package)', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { files: string[] };
    expect(pkg.files).not.toContain('src');
    const maps = (readdirSync(join(root, 'dist'), { recursive: true }) as string[]).filter((f) => f.endsWith('.map'));
    expect(maps.length).toBeGreaterThan(20);
    for (const f of maps) expect((JSON.parse(readFileSync(join(root, 'dist', f), 'utf8')) as { sourcesContent?: unknown[] }).sourcesContent, f).toBeDefined();
  });

  it('has a README whose links to files point at files in the repository', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const links = [...readme.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)].map((m) => m[1]!).filter((href) => !/^[a-z]+:/.test(href));
    for (const href of links) expect(existsSync(join(root, href)), href).toBe(true);
  });
});
