import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/report.js';
import { getPath } from '../src/record/paths.js';

const dir = join(import.meta.dirname, '..', 'fixtures');
const seeds = readdirSync(dir).filter((f) => f.endsWith('.txt'));

interface Expected {
  meta: unknown;
  sections: unknown;
  active: unknown;
  requests: unknown;
  appeals: unknown;
  findings: { rule: string; severity: string; line?: number; table?: string; row?: string; column?: string }[];
}

// Each fixture pairs a report with the record written by reading it (fixtures/<name>.expected.json).
describe.each(seeds)('fixture %s', (name) => {
  const expected = JSON.parse(readFileSync(join(dir, name.replace(/\.txt$/, '.expected.json')), 'utf8')) as Expected;
  const parse = () => parseReport({ path: name, bytes: readFileSync(join(dir, name)) });

  it('gives the record read off the file', async () => {
    const report = await parse();
    expect({ meta: report.meta, sections: report.sections, active: report.active, requests: report.requests, appeals: report.appeals }).toEqual({
      meta: expected.meta,
      sections: expected.sections,
      active: expected.active,
      requests: expected.requests,
      appeals: expected.appeals,
    });
  });

  it('keys every cell by the dotted path of a value in the record', async () => {
    const report = await parse();
    expect(report.cells.length).toBeGreaterThan(0);
    const strays = report.cells.filter((c) => {
      const value = getPath(report, c.path);
      return value !== null && typeof value !== 'number';
    });
    expect(strays).toEqual([]);
  });

  it('with cells: false, gives the same record and findings without the cells', async () => {
    const full = await parse();
    const lean = await parseReport({ path: name, bytes: readFileSync(join(dir, name)) }, { cells: false });
    expect(lean.cells).toEqual([]);
    expect({ ...lean, cells: full.cells }).toEqual(full);
  });

  it('hashes the file, unless told not to', async () => {
    const full = await parse();
    expect(full.source.sha256).toBe(createHash('sha256').update(readFileSync(join(dir, name))).digest('hex'));
    const unhashed = await parseReport({ path: name, bytes: readFileSync(join(dir, name)) }, { sha256: false });
    expect(unhashed.source.sha256).toBe('');
    expect({ ...unhashed, source: full.source }).toEqual(full);
  });

  it('gives the findings the damage in the file calls for', async () => {
    const report = await parse();
    expect(
      report.findings.map((f) => ({
        rule: f.rule,
        severity: f.severity,
        ...(f.location.line !== undefined && { line: f.location.line }),
        ...(f.location.table !== undefined && { table: f.location.table }),
        ...(f.location.row !== undefined && { row: f.location.row }),
        ...(f.location.column !== undefined && { column: f.location.column }),
      })),
    ).toEqual(expected.findings);
  });
});
