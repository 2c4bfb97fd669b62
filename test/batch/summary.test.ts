import { describe, expect, it } from 'vitest';
import { addToSummary, emptySummary, exceedsLimits } from '../../src/batch/summary.js';
import { checked, finding, sampleResults, skipped } from '../formatters/hand-built.js';

describe('summary', () => {
  it('keeps counts per severity, per rule and per file, never the records', () => {
    const summary = emptySummary();
    for (const r of sampleResults()) addToSummary(summary, r);
    expect(summary).toEqual({
      files: 3,
      skipped: 1,
      skippedSample: ['reports/notes.md'],
      unreadable: 1,
      failures: { 'too-large': 0, timeout: 0, crash: 0 },
      filesWithErrors: 2,
      filesWithWarnings: 1,
      filesWithFindings: 2,
      findings: { error: 2, warning: 1, info: 0 },
      rules: {
        'requests-balance': { error: 1, warning: 0, info: 0 },
        'row-missing': { error: 0, warning: 1, info: 0 },
        'input-unreadable': { error: 1, warning: 0, info: 0 },
      },
      elapsedMs: 0,
      highlights: {
        // The identity before the unreadable file: a number to mend comes first.
        error: [
          { path: 'reports/a.txt', finding: expect.objectContaining({ rule: 'requests-balance' }), ordinal: 0, seq: 1e6 },
          { path: 'reports/sub/c.pdf', finding: expect.objectContaining({ rule: 'input-unreadable' }), ordinal: 0, seq: 3e6 },
        ],
        warning: [{ path: 'reports/a.txt', finding: expect.objectContaining({ rule: 'row-missing' }), ordinal: 0, seq: 1e6 + 1 }],
      },
    });
  });

  it('keeps at most ten highlights and twenty skipped names however long the batch', () => {
    const summary = emptySummary();
    for (let i = 0; i < 5000; i++) {
      addToSummary(summary, checked(i, `f${i}.txt`, [finding('row-missing', 'error', 'x'), finding('cell-blank', 'warning', 'y')]));
      addToSummary(summary, skipped(i, `s${i}.doc`));
    }
    expect(summary.highlights.error).toHaveLength(10);
    expect(summary.highlights.warning).toHaveLength(10);
    expect(summary.skippedSample).toHaveLength(20);
    expect(summary.highlights.error.map((h) => h.path)).toEqual(Array.from({ length: 10 }, (_, i) => `f${i}.txt`));
    expect(summary.findings).toEqual({ error: 5000, warning: 5000, info: 0 });
  });

  it('fails a batch on any error, or on more warnings than allowed', () => {
    const summary = emptySummary();
    addToSummary(summary, checked(0, 'a.txt', [finding('cell-blank', 'warning', 'y'), finding('cell-blank', 'warning', 'z')]));
    expect(exceedsLimits(summary, undefined)).toBe(false);
    expect(exceedsLimits(summary, 2)).toBe(false);
    expect(exceedsLimits(summary, 1)).toBe(true);
    addToSummary(summary, checked(1, 'b.txt', [finding('row-missing', 'error', 'x')]));
    expect(exceedsLimits(summary, 100)).toBe(true);
  });
});
