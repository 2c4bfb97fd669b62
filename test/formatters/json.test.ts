import { describe, expect, it } from 'vitest';
import { formatBatch } from '../../src/formatters/batch-util.js';
import { json } from '../../src/formatters/json.js';
import { ndjson } from '../../src/formatters/ndjson.js';
import { checked, context, report, sampleResults } from './hand-built.js';

const totals = {
  files: 3,
  skipped: 1,
  unreadable: 1,
  timedOut: 0,
  tooLarge: 0,
  crashed: 0,
  filesWithErrors: 2,
  filesWithWarnings: 1,
  errors: 2,
  warnings: 1,
  infos: 0,
  rules: {
    'input-unreadable': { error: 1, warning: 0, info: 0 },
    'requests-balance': { error: 1, warning: 0, info: 0 },
    'row-missing': { error: 0, warning: 1, info: 0 },
  },
  elapsedMs: 1234,
};

describe('json', () => {
  it('is one versioned document: every file with its record, then the totals', () => {
    const results = sampleResults();
    const text = formatBatch(json, results, context(), 1234);
    const a = results[0]!;
    const c = results[2]!;
    expect(JSON.parse(text)).toEqual({
      version: 1,
      tool: { name: 'gov-report', version: '0.1.0' },
      files: [
        { path: 'reports/a.txt', status: 'checked', elapsedMs: 12.3, report: a.status === 'checked' && a.report },
        { path: 'reports/b.html', status: 'checked', elapsedMs: 12.3, report: report('reports/b.html', []) },
        { path: 'reports/sub/c.pdf', status: 'checked', elapsedMs: 0.5, report: c.status === 'checked' && c.report },
        { path: 'reports/notes.md', status: 'skipped' },
      ],
      totals,
    });
  });

  it('writes one file per line, so that a long batch streams', () => {
    const lines = formatBatch(json, sampleResults(), context(), 1234).split('\n');
    expect(lines[0]).toBe('{"version":1,"tool":{"name":"gov-report","version":"0.1.0"},"files":[');
    expect(lines.slice(1, 5).map((l) => JSON.parse(l.replace(/,$/, '')).path)).toEqual(['reports/a.txt', 'reports/b.html', 'reports/sub/c.pdf', 'reports/notes.md']);
    expect(lines[5]).toBe(`],"totals":${JSON.stringify(totals)}}`);
    expect(lines[6]).toBe('');
  });

  it('is valid JSON for an empty batch', () => {
    expect(JSON.parse(formatBatch(json, [], context(), 0)).files).toEqual([]);
  });
});

describe('ndjson', () => {
  it('gives one line per file and a summary line', () => {
    const lines = formatBatch(ndjson, sampleResults(), context(), 1234).trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.type, l.path, l.status])).toEqual([
      ['file', 'reports/a.txt', 'checked'],
      ['file', 'reports/b.html', 'checked'],
      ['file', 'reports/sub/c.pdf', 'checked'],
      ['file', 'reports/notes.md', 'skipped'],
      ['summary', undefined, undefined],
    ]);
    expect(lines[0].report.findings.map((f: { rule: string }) => f.rule)).toEqual(['requests-balance', 'row-missing']);
    expect(lines[4]).toEqual({ type: 'summary', version: 1, tool: { name: 'gov-report', version: '0.1.0' }, totals });
  });

  it('marks a file the pipeline did not finish', () => {
    const [line] = formatBatch(ndjson, [checked(0, 'slow.pdf', [], 30000, { failure: 'timeout' })], context(), 0).split('\n');
    expect(JSON.parse(line!)).toMatchObject({ type: 'file', path: 'slow.pdf', failure: 'timeout', elapsedMs: 30000 });
  });
});
