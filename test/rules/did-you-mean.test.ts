import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/report.js';

/**
 * A row label too far from the statutory wording to be read as it (issue 15): its row is missing,
 * but the finding points at the line that reads like it, instead of a row-missing with no line.
 */
const root = join(import.meta.dirname, '..', '..');
const seed001 = readFileSync(join(root, 'fixtures', '001_dde6e9dcd5a2f618.txt'), 'utf8');
const parse = (text: string) => parseReport({ path: 'x.txt', bytes: new Uint8Array(Buffer.from(text)) });

describe('row-missing: did you mean', () => {
  it('points at the unnamed row of values that reads like the missing row, with its line', async () => {
    const text = seed001.replace(/^二、上年结转政府信息公开申请数量/m, '二、去年接转信息公开申请量');
    expect(text).not.toBe(seed001);
    const report = await parse(text);
    const missing = report.findings.filter((f) => f.rule === 'row-missing');
    expect(missing).toHaveLength(1);
    expect(missing[0]!.message).toBe('申请情况表缺少“二、上年结转政府信息公开申请数量”行；第 48 行“二、去年接转信息公开申请量”像是此行，行名是否有误？');
    expect(missing[0]!.location).toMatchObject({ line: 48, table: 'requests', row: 'carriedOver' });
    // The record says what the file says: the row is not read under a label it does not carry.
    expect(report.requests.carriedOver.natural).toBeNull();
  });

  it('suggests nothing for a row of values that reads like no statutory row', async () => {
    const text = seed001.replace(/^二、上年结转政府信息公开申请数量/m, '合计');
    const report = await parse(text);
    const missing = report.findings.filter((f) => f.rule === 'row-missing');
    expect(missing.map((f) => f.message)).toEqual(['申请情况表缺少“二、上年结转政府信息公开申请数量”行']);
    expect(missing[0]!.location.line).toBeUndefined();
  });
});
