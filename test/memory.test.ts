import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectGarbage } from '../src/batch/collect-garbage.js';
import { detachedString } from '../src/detached-string.js';
import { parseReport } from '../src/report.js';

const seed = readFileSync(join(import.meta.dirname, '..', 'fixtures', '001_dde6e9dcd5a2f618.txt'), 'utf8');
// About 0.5 MB of text once decoded: what a report would leave behind if anything kept it alive.
const FILLER = '按照条例要求，坚持以公开为常态、不公开为例外，持续深化政务公开。'.repeat(8000);

describe('memory over many reports', () => {
  it('keeps no report text alive once the report is done, though labels and header cells are cached', async () => {
    // Each report words one header cell and one row label its own way, as real reports do: both go into
    // the caches that live for the whole process.
    const report = (i: number) =>
      seed
        .replace('自然人', `自然人（第${i}类申请人说明）`)
        .replace('本年新收政府信息公开申请数量', `本年新收政府信息公开申请数量（第${i}批次）`)
        .concat('\n', FILLER, String(i), '\n');
    collectGarbage();
    const before = process.memoryUsage().heapUsed;
    let received = 0;
    for (let i = 0; i < 50; i++) {
      const record = await parseReport({ path: `r${i}.txt`, bytes: Buffer.from(report(i)) }, { cells: false });
      received += record.requests.received.total ?? 0;
    }
    collectGarbage();
    const retainedMb = (process.memoryUsage().heapUsed - before) / 1e6;
    // The reports were read as reports: seed 001 receives 12 requests a year.
    expect(received).toBe(50 * 12);
    // Kept alive through the caches' keys, the 50 texts were 26 MB.
    expect(retainedMb).toBeLessThan(8);
  });
});

describe('detachedString', () => {
  it('gives the same text, Chinese, ASCII or empty', () => {
    const big = '本年新收政府信息公开申请数量 abc 123'.repeat(100);
    for (const text of [big.slice(3, 40), 'plain ascii text here', '', '自然人', '𠀀 outside the BMP']) expect(detachedString(text)).toBe(text);
  });
});
