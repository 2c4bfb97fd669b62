import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../src/index.js';
// @ts-expect-error: a plain .mjs module shared with `npm run accuracy`
import { loadCases, scoreCase } from '../scripts/accuracy-cases.mjs';

interface Case {
  name: string;
  file: string;
  group: string;
  kind: string;
  values: Record<string, unknown>;
  undecided: Set<string>;
  agencyContains: string | null;
  errorRules?: string[];
}

const root = join(import.meta.dirname, '..');
const cases = loadCases(root) as Case[];
const corpusPresent = existsSync(join(root, '..', 'shared', 'corpus'));
// The cells each file is still read wrong, by key: every case must read right except exactly these.
// A fix takes its keys out of this file (the test fails until it does); a regression is a failure.
// Kept in the open so that `npm run accuracy` and the README figures can be checked against it.
const gaps = JSON.parse(readFileSync(join(root, 'test', 'corpus', 'known-gaps.json'), 'utf8')) as Record<string, string[]>;

if (!corpusPresent) console.log('corpus suite: ../shared/corpus/ is absent, its hand-read fixtures were not run (the variants were)');

describe('hand-read corpus fixtures and seed variants: every annotated cell as the file says', () => {
  it('has cases to check', () => {
    expect(cases.filter((c) => c.group === 'variants').length).toBeGreaterThanOrEqual(38);
    if (corpusPresent) expect(cases.filter((c) => c.group === 'corpus').length).toBe(27);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const report = await parseFile(c.file);
    const { wrong } = scoreCase(report, c) as { wrong: { key: string }[] };
    expect(wrong.map((w) => w.key)).toEqual(gaps[c.name] ?? []);
    // No false errors: a variant of a seed gets the errors of the seed's own damage and no others.
    if (c.errorRules) expect([...new Set(report.findings.filter((f) => f.severity === 'error').map((f) => f.rule))].filter((r) => !c.errorRules!.includes(r))).toEqual([]);
  });
});
