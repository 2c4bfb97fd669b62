import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/report.js';

const dir = join(import.meta.dirname, '..', 'fixtures');
const name = '001_dde6e9dcd5a2f618';
const seed = readFileSync(join(dir, `${name}.txt`), 'utf8');
const expected = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')) as Record<string, unknown>;

const record = async (text: string) => {
  const r = await parseReport({ path: 'pasted.txt', bytes: Buffer.from(text) });
  return { report: r, data: { meta: r.meta, active: r.active, requests: r.requests, appeals: r.appeals } };
};

/**
 * Seed 001's tables re-laid the ways a browser or a PDF tool pastes them; the record must not change.
 * Seed 001 is complete, so no cell is lost by dropping empty ones.
 */
describe('seed 001 pasted in other layouts', () => {
  it('gives the same record with one cell per line, no tabs and no blank lines between rows', async () => {
    const text = seed
      .split('\n')
      .flatMap((line) => (line.includes('\t') ? line.split('\t').map((c) => c.trim()).filter((c) => c !== '') : [line]))
      .filter((line, i, all) => !(line === '' && all[i - 1]?.includes('\t')))
      .join('\n');
    const { report, data } = await record(text);
    expect(data).toEqual({ meta: expected.meta, active: expected.active, requests: expected.requests, appeals: expected.appeals });
    expect(report.findings).toEqual([]);
  });

  it('gives the same record with cells separated by runs of spaces, as pdftotext -layout writes them', async () => {
    const text = seed
      .split('\n')
      .map((line) => (line.includes('\t') ? line.split('\t').map((c) => c.trim()).filter((c) => c !== '').join('    ') : line))
      .join('\n');
    const { report, data } = await record(text);
    expect(data).toEqual({ meta: expected.meta, active: expected.active, requests: expected.requests, appeals: expected.appeals });
    expect(report.findings).toEqual([]);
  });
});
