import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProgress, renderProgress } from '../../src/batch/progress.js';
import { atomicFileSink } from '../../src/batch/output-sink.js';
import { addToSummary, emptySummary } from '../../src/batch/summary.js';
import { checked, finding } from '../formatters/hand-built.js';

describe('progress', () => {
  it('renders a bar with counts and time', () => {
    expect(renderProgress({ done: 5, total: 20, errors: 2, warnings: 1, elapsedMs: 1500 }, 'zh', 8)).toBe('[##------] 5/20 · 2 个错误 · 1 个警告 · 1.5 秒');
    expect(renderProgress({ done: 20, total: 20, errors: 0, warnings: 0, elapsedMs: 0 }, 'en', 4)).toBe('[####] 20/20 · 0 errors · 0 warnings · 0.0 s');
  });

  it('redraws at most ten times a second on a terminal, and clears its line at the end', () => {
    let out = '';
    let now = 0;
    const progress = createProgress((t) => (out += t), true, 3, 'en', () => now);
    const summary = emptySummary();
    for (const t of [0, 50, 400]) {
      now = t;
      addToSummary(summary, checked(0, 'a.txt', [finding('row-missing', 'error', 'x')]));
      progress.update(summary);
    }
    progress.finish();
    expect(out.split('\r\x1b[2K')).toEqual(['', '[########----------------] 1/3 · 1 errors · 0 warnings · 0.0 s', '[########################] 3/3 · 3 errors · 0 warnings · 0.4 s', '']);
  });

  it('writes nothing when stderr is not a terminal', () => {
    let out = '';
    const progress = createProgress((t) => (out += t), false, 100, 'zh');
    progress.update(emptySummary());
    progress.finish();
    expect(out).toBe('');
  });
});

describe('atomic output file', () => {
  it('appears only on commit, complete, with no temporary file left', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gov-report-sink-'));
    const sink = atomicFileSink(join(dir, 'out.txt'));
    for (let i = 0; i < 10_000; i++) sink.write(`行 ${i}\n`);
    expect(readdirSync(dir).filter((f) => f === 'out.txt')).toEqual([]);
    sink.commit();
    expect(readdirSync(dir)).toEqual(['out.txt']);
    expect(readFileSync(join(dir, 'out.txt'), 'utf8').split('\n')).toHaveLength(10_001);
  });

  it('leaves the previous file in place when aborted', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gov-report-sink-'));
    writeFileSync(join(dir, 'out.txt'), 'old');
    const sink = atomicFileSink(join(dir, 'out.txt'));
    sink.write('new');
    sink.abort();
    expect(readdirSync(dir)).toEqual(['out.txt']);
    expect(readFileSync(join(dir, 'out.txt'), 'utf8')).toBe('old');
  });
});
