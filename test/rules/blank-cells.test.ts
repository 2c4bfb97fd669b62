import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/report.js';
import type { Report } from '../../src/record/schema.js';

/**
 * Blank cells (issue 15): one finding per table listing the rows, a blank total on its own, and
 * --blank-as-zero letting the identities count blanks 0 while the record keeps null.
 */
const root = join(import.meta.dirname, '..', '..');
const seed001 = readFileSync(join(root, 'fixtures', '001_dde6e9dcd5a2f618.txt'), 'utf8');
const parse = (text: string, blankAsZero = false): Promise<Report> => parseReport({ path: 'x.txt', bytes: new Uint8Array(Buffer.from(text)) }, { blankAsZero });

// Seed 001 with zeros left blank inside three rows of table 三, the way many bodies print them (a
// tab text cannot show a blank at a row's end: the 总计 cells stay).
const blanked = seed001
  .replace(/(二、上年结转政府信息公开申请数量)\t2\t0\t0\t0\t0\t0\t2/, '$1\t2\t\t\t\t\t\t2')
  .replace(/(1\.属于国家秘密)\t0(\t0){5}\t0/, '$1\t0\t\t\t\t\t\t0')
  .replace(/(2\.其他法律行政法规禁止公开)\t0(\t0){5}\t0/, '$1\t0\t\t\t\t\t\t0');

// The grid variant of seed 002: its 总计 column is blank in every row (the seed has none), 行政复议's too.
const grid002 = readFileSync(join(root, 'fixtures', 'variants', '002_131d603af9a93f8a.grid.html'));

describe('blank cells', () => {
  it('are said once per table, naming the rows, not once per cell', async () => {
    expect(blanked).not.toBe(seed001);
    const report = await parse(blanked);
    const table = report.findings.filter((f) => f.rule === 'cell-blank');
    // 5 blanks in 二、上年结转 and 5 in each of the two sub-rows.
    expect(table).toHaveLength(1);
    expect(table[0]!.message).toBe('申请情况表有 15 个单元格为空，在 3 行：二、上年结转政府信息公开申请数量、（三）1.属于国家秘密、（三）2.其他法律行政法规禁止公开');
    expect(table[0]!.location).toMatchObject({ table: 'requests' });
    expect(report.requests.carriedOver).toEqual({ natural: 2, business: null, research: null, nonprofit: null, legal: null, otherOrg: null, total: 2 });
  });

  it('says blank totals apart from the other blanks, one finding a table', async () => {
    const report = await parseReport({ path: 'x.html', bytes: new Uint8Array(grid002) });
    const totals = report.findings.filter((f) => f.rule === 'cell-blank' && f.message.startsWith('总计单元格为空'));
    expect(totals.map((f) => f.location.table)).toEqual(['requests', 'appeals']);
    expect(totals[0]!.message).toContain('等 11 项');
    expect(totals[1]!.message).toBe('总计单元格为空（总计应有数值，可能漏填）：行政复议/总计');
    expect(totals[1]!.location).toMatchObject({ table: 'appeals', row: 'reconsideration', column: 'total', path: 'appeals.reconsideration.total' });
    expect(report.findings.filter((f) => f.rule === 'cell-blank')).toHaveLength(4);
  });

  it('with --blank-as-zero counts blanks 0 in the identities, says so once, and keeps null in the record', async () => {
    const plain = await parse(blanked);
    const zero = await parse(blanked, true);
    // Without it the blank rows cannot be checked; with it they are, and they hold.
    expect(plain.findings.some((f) => f.rule === 'requests-row-total' && f.message.includes('无法核对'))).toBe(true);
    expect(plain.findings.some((f) => f.rule === 'requests-balance' && f.message.includes('无法核对'))).toBe(true);
    expect(zero.findings.some((f) => f.rule === 'requests-row-total')).toBe(false);
    expect(zero.findings.some((f) => f.rule === 'requests-balance')).toBe(false);
    expect(zero.findings.filter((f) => f.message.startsWith('按“空白即零”核对'))).toHaveLength(1);
    expect(zero.requests).toEqual(plain.requests);
    expect(zero.requests.withheld.stateSecret.business).toBeNull();
  });

  it('with --blank-as-zero still finds a blank that hides a number: the identities fail', async () => {
    // 一、本年新收 10 | 2 | … | 12 with its 自然人 10 left blank: counted 0, the row no longer adds up.
    const text = blanked.replace(/(一、本年新收政府信息公开申请数量)\t10\t/, '$1\t\t');
    expect(text).not.toBe(blanked);
    const report = await parse(text, true);
    expect(report.findings.some((f) => f.rule === 'requests-row-total' && f.severity === 'error')).toBe(true);
  });
});
