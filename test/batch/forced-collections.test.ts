import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

// Every second result, so that five files show the schedule.
vi.mock('../../src/batch/collect-garbage.js', () => ({ FILES_PER_COLLECTION: 2, collectGarbage: vi.fn() }));

const { collectGarbage } = await import('../../src/batch/collect-garbage.js');
const { validateFiles } = await import('../../src/batch/validate-files.js');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gov-report-gc-'));
  for (const f of ['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt']) writeFileSync(join(dir, f), 'x');
});
beforeEach(() => vi.mocked(collectGarbage).mockClear());

async function run(options: Parameters<typeof validateFiles>[1]) {
  const results = [];
  for await (const r of validateFiles(['*.txt'], { cwd: dir, ...options })) results.push(r);
  return results;
}

describe('forced garbage collections in a batch', () => {
  it('the main thread of a pooled batch collects every FILES_PER_COLLECTION results', async () => {
    const results = await run({ jobs: 1, workerUrl: new URL('./workers/fake-worker.mjs', import.meta.url) });
    expect(results).toHaveLength(5);
    expect(collectGarbage).toHaveBeenCalledTimes(2);
  });

  it('a batch that runs the pipeline in the calling thread forces none (it would throw away optimized code)', async () => {
    const results = await run({ inProcess: true });
    expect(results.map((r) => r.status)).toEqual(['checked', 'checked', 'checked', 'checked', 'checked']);
    expect(collectGarbage).not.toHaveBeenCalled();
  });

  it('workers get a 16 MB young generation and the 1 GB old generation', async () => {
    const results = await run({ jobs: 1, workerUrl: new URL('./workers/limits-worker.mjs', import.meta.url) });
    const first = results[0]!;
    expect(first.status).toBe('checked');
    const limits = JSON.parse(first.status === 'checked' ? (first.report.meta.title ?? '') : '');
    expect(limits).toMatchObject({ maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 1024 });
  });
});
