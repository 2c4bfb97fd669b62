import { describe, expect, it } from 'vitest';
import { ACTIVE_COLUMNS } from '../src/record/layout.js';
import { findHeaderCells } from '../src/tables/header.js';
import type { FlatRow } from '../src/tables/flatten.js';

const row = (line: number, ...texts: string[]): FlatRow => ({ cells: texts.map((text) => ({ text, line })), line, table: 0, aligned: true });

describe('findHeaderCells', () => {
  // Each case is read twice: the second time answers from what the first remembered, or, for cells
  // too long to be remembered, reads them again; both must give the same hits.
  const twice = (rows: FlatRow[]) => [findHeaderCells(rows, 0, rows.length, ACTIVE_COLUMNS), findHeaderCells(rows, 0, rows.length, ACTIVE_COLUMNS)];

  it('finds each header cell of a row, with its position', () => {
    const rows = [row(10, '信息内容', '采购项目数量', '采购总金额（万元）')];
    for (const hits of twice(rows)) {
      expect(hits).toEqual([
        { key: 'projects', row: 0, index: 1, table: 0, merged: false },
        { key: 'amount', row: 0, index: 2, table: 0, merged: false },
      ]);
    }
  });

  it('takes a spaced-out header longer than any header cell for what it says once squeezed, every time', () => {
    // 37 characters as a PDF spaces them, 19 without the spaces.
    const spaced = '采 购 总 金 额 ( 单 位 : 万 元 , 保 留 4 位 小 数 )';
    expect(spaced.length).toBeGreaterThan(30);
    for (const hits of twice([row(3, spaced)])) expect(hits).toEqual([{ key: 'amount', row: 0, index: 0, table: 0, merged: false }]);
  });

  it('never takes prose that mentions 金额 or 现行有效 for a header, every time', () => {
    const prose = '本年度共公开政府集中采购项目的金额情况，现行有效的规范性文件已全部在门户网站公开。';
    for (const hits of twice([row(7, prose)])) expect(hits).toEqual([]);
  });
});
