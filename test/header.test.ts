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

describe('findHeaderCells: header words run together (a crawler’s dump)', () => {
  const COLUMNS = [
    { key: 'natural', match: /^自然人$/ },
    { key: 'business', match: /^商业企业$/ },
    { key: 'research', match: /^科研机构$/ },
    { key: 'otherOrg', match: /^其他$/ },
    { key: 'subtotal', match: /^小计$/ },
    { key: 'total', match: /^总计$/ },
  ];
  const FUSED = [
    ['自然人', 'natural'],
    ['商业企业', 'business'],
    ['科研机构', 'research'],
    ['其他', 'otherOrg'],
    ['小计', 'subtotal'],
    ['总计', 'total'],
    ['法人或其他组织', null],
  ] as const;
  const keys = (text: string) => findHeaderCells([row(1, text)], 0, 1, COLUMNS, FUSED).map((h) => h.key);

  it('names each column the words name, in order, the longest word first (法人或其他组织 is no 其他)', () => {
    expect(keys('自然人法人或其他组织总计')).toEqual(['natural', 'total']);
    expect(keys('商业企业科研机构其他小计')).toEqual(['business', 'research', 'otherOrg', 'subtotal']);
  });

  it('takes no text with anything else in it for a header', () => {
    expect(keys('其他情况总计')).toEqual([]);
    expect(keys('本年度总计')).toEqual([]);
  });

  it('reads a lone word as its pattern does, without the list', () => {
    expect(keys('总计')).toEqual(['total']);
  });
});
