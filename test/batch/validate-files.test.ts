import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BatchInputError, validateFiles, type ValidateFilesOptions } from '../../src/batch/validate-files.js';
import type { FileResult } from '../../src/batch/summary.js';

const fakeWorker = new URL('./workers/fake-worker.mjs', import.meta.url);
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gov-report-batch-'));
  for (const f of ['a.txt', 'b.txt', 'c.txt', 'slow-300.txt', 'stall.txt', 'crash.txt', 'exit.txt', 'd.txt', 'e.txt', 'notes.odt']) writeFileSync(join(dir, f), 'x');
  mkdirSync(join(dir, 'queued'));
  for (const f of ['slow-500-a.txt', 'slow-500-b.txt', 'slow-500-c.txt']) writeFileSync(join(dir, 'queued', f), 'x');
});

async function collect(paths: string[], options: ValidateFilesOptions): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for await (const r of validateFiles(paths, { cwd: dir, workerUrl: fakeWorker, ...options })) results.push(r);
  return results;
}

const describeResult = (r: FileResult) => {
  if (r.status === 'skipped') return `${r.path} skipped`;
  const unreadable = r.report.findings.find((f) => f.rule === 'input-unreadable');
  return `${r.path} ${r.failure ?? 'ok'}${unreadable ? ` ${unreadable.severity}: ${unreadable.message}` : ''}`;
};

describe('validateFiles with a worker pool', () => {
  it('turns a stalled, a crashing and a dying worker into error findings, replaces the workers, and goes on', async () => {
    const results = await collect(['*.txt', '*.odt'], { jobs: 2, timeoutMs: 1000 });
    expect(results.map(describeResult)).toEqual([
      'a.txt ok',
      'b.txt ok',
      'c.txt ok',
      'crash.txt crash error: 无法读取文件：处理时内部出错：cannot cope with crash.txt',
      'd.txt ok',
      'e.txt ok',
      'exit.txt crash error: 无法读取文件：处理时内部出错：worker exited with code: 3',
      'slow-300.txt ok',
      'stall.txt timeout error: 无法读取文件：处理超时（超过 1 秒），已中止',
      'notes.odt skipped',
    ]);
    expect(results.map((r) => r.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('blames the one file a terminated worker was on and checks the rest of its task again', async () => {
    // One thread and 40 files: tasks of several files each, one of them holding a stall and an exit.
    const many = join(dir, 'many');
    mkdirSync(many);
    const names = Array.from({ length: 40 }, (_, i) => (i === 13 ? 'stall-13.txt' : i === 17 ? 'exit-17.txt' : `f-${String(i).padStart(2, '0')}.txt`));
    for (const f of names) writeFileSync(join(many, f), 'x');
    const results = await collect(['many'], { jobs: 1, timeoutMs: 1000 });
    const failures = results.flatMap((r) => (r.status === 'checked' && r.failure ? [`${r.path} ${r.failure}`] : []));
    expect(failures).toEqual(['many/exit-17.txt crash', 'many/stall-13.txt timeout']);
    expect(results.map((r) => r.path)).toEqual(names.map((n) => `many/${n}`).sort());
    expect(results.filter((r) => r.status === 'checked' && !r.failure)).toHaveLength(38);
  });

  it('times a file from when a worker takes it, not from when it was queued', async () => {
    // One thread, three files of 500 ms each and a 1 s limit: queued time must not count.
    const results = await collect(['queued'], { jobs: 1, timeoutMs: 1000 });
    expect(results.map(describeResult)).toEqual(['queued/slow-500-a.txt ok', 'queued/slow-500-b.txt ok', 'queued/slow-500-c.txt ok']);
  });

  it('yields in completion order when asked', async () => {
    // late.txt is taken first but finishes only once the test has received another result: only a
    // batch that yields in completion order can hand over other.txt first.
    const order = join(dir, 'order');
    mkdirSync(order);
    for (const f of ['late.txt', 'other.txt']) writeFileSync(join(order, f), 'x');
    const paths: string[] = [];
    for await (const r of validateFiles(['order/late.txt', 'order/other.txt'], { cwd: dir, workerUrl: fakeWorker, jobs: 2, order: 'completion' })) {
      paths.push(r.path);
      writeFileSync(join(order, 'late.txt.go'), '');
    }
    expect(paths).toEqual(['order/other.txt', 'order/late.txt']);
  });

  it('uses the language and rule settings for its own findings', async () => {
    const [timedOut] = await collect(['stall.txt'], { jobs: 1, timeoutMs: 200, lang: 'en', rules: { 'input-unreadable': 'warning' } });
    expect(timedOut?.status === 'checked' && timedOut.report.findings).toEqual([
      { rule: 'input-unreadable', severity: 'warning', message: 'cannot read the file: timed out after 0.2 s; stopped', location: {} },
    ]);
  });

  it('reports the plan before reading anything', async () => {
    let plan: unknown;
    await collect(['a.txt', 'queued', '*.odt'], { jobs: 2, onPlan: (p) => (plan = p) });
    expect(plan).toEqual({ files: 4, skipped: 1 });
  });

  it('yields nothing, not even the skipped files, when no file is left to check', async () => {
    let plan: unknown;
    expect(await collect(['*.odt'], { jobs: 2, onPlan: (p) => (plan = p) })).toEqual([]);
    expect(plan).toEqual({ files: 0, skipped: 1 });
  });

  it('refuses a glob that matches nothing before reading anything', async () => {
    await expect(collect(['*.nothing'], {})).rejects.toBeInstanceOf(BatchInputError);
  });

  it('stops its workers when the caller stops early', async () => {
    const seen: string[] = [];
    for await (const r of validateFiles(['.'], { cwd: dir, workerUrl: fakeWorker, jobs: 2, timeoutMs: 60_000 })) {
      seen.push(r.path);
      if (seen.length === 2) break;
    }
    expect(seen).toEqual(['a.txt', 'b.txt']);
  });
});

const seeds = join(import.meta.dirname, '../../fixtures');

describe('validateFiles in process (the real pipeline)', () => {
  it('refuses a file above the size limit without reading it, and checks the rest', async () => {
    const results: FileResult[] = [];
    const options = { cwd: seeds, inProcess: true, maxBytes: 8 * 1024, detail: 'no-cells' } as const;
    for await (const r of validateFiles(['000_ad3c2041cc5fe348.txt', '003_6e2b379abcfd2652.txt', 'missing.txt'], options)) results.push(r);
    expect(results.map(describeResult)).toEqual([
      '000_ad3c2041cc5fe348.txt too-large error: 无法读取文件：文件过大（9.5 KiB，上限 8.0 KiB），未读取',
      '003_6e2b379abcfd2652.txt ok',
      'missing.txt ok error: 无法读取文件：文件不存在',
    ]);
    const [big, small] = results;
    expect(big?.status === 'checked' && big.report.source).toEqual({ path: '000_ad3c2041cc5fe348.txt', format: null, encoding: null, bytes: 9685, sha256: '' });
    expect(small?.status === 'checked' && small.report.meta.template).toBe('2021');
    // Cells were dropped: only findings and values travel.
    expect(small?.status === 'checked' && 'cells' in small.report && small.report.cells).toEqual([]);
  });

  it('sends source, meta and findings alone when asked for findings only', async () => {
    const results: FileResult[] = [];
    for await (const r of validateFiles(['003_6e2b379abcfd2652.txt'], { cwd: seeds, inProcess: true, detail: 'findings' })) results.push(r);
    const [only] = results;
    expect(only?.status === 'checked' && Object.keys(only.report)).toEqual(['version', 'source', 'meta', 'findings']);
    expect(only?.status === 'checked' && only.report.meta.template).toBe('2021');
    expect(only?.status === 'checked' && only.report.findings.map((f) => f.rule)).toContain('column-missing');
    // No output of a findings-only batch shows the hash: it is left out, not computed.
    expect(only?.status === 'checked' && only.report.source.sha256).toBe('');
  });

  it('reads a device or a pipe up to the size limit: /dev/zero is refused, /dev/null is empty', async () => {
    const results: FileResult[] = [];
    for await (const r of validateFiles(['/dev/zero', '/dev/null'], { inProcess: true, maxBytes: 4096, lang: 'en' })) results.push(r);
    expect(results.map(describeResult)).toEqual([
      '/dev/zero too-large error: cannot read the file: input beyond the limit of 4.0 KiB; not read',
      '/dev/null ok error: cannot read the file: the file is empty',
    ]);
  });
});
