import { describe, expect, it } from 'vitest';
import { cellValue, isRunText, splitRun, type RowSpec } from '../../src/tables/recover/split-run.js';

const plain = (k: number) => Array.from({ length: k }, () => ({}));
// A request row: six applicant columns and 总计.
const REQUEST: RowSpec = { cells: plain(7), sums: [{ parts: [0, 1, 2, 3, 4, 5], total: 6 }] };
// The appeals row: three groups of four results and their 总计.
const APPEALS: RowSpec = { cells: plain(15), sums: [0, 5, 10].map((o) => ({ parts: [o, o + 1, o + 2, o + 3], total: o + 4 })) };
// 2019 table 二 rows: 上一年项目数量, 本年增/减 (signed), 处理决定数量; 采购项目数量, 采购总金额.
const LICENSING: RowSpec = { cells: [{}, { signed: true }, {}], sums: [] };
const PROCUREMENT: RowSpec = { cells: [{}, { decimal: true }], sums: [] };

describe('splitRun', () => {
  it('cuts a request row by its total: the issue’s 352000037 is 35, 2, 0, 0, 0, 0, 37 and nothing else', () => {
    expect(splitRun('352000037', REQUEST).splits).toEqual([[35, 2, 0, 0, 0, 0, 37]]);
  });

  it('keeps every cut the row total allows when several do', () => {
    expect(splitRun('1100002', REQUEST).splits).toEqual([[1, 1, 0, 0, 0, 0, 2]]);
    // 101000011: 10+1 = 11 and 1+10 = 11 both fit.
    const both = splitRun('101000011', REQUEST).splits;
    expect(both).toHaveLength(2);
    expect(both).toEqual(
      expect.arrayContaining([
        [10, 1, 0, 0, 0, 0, 11],
        [1, 0, 10, 0, 0, 0, 11],
      ]),
    );
  });

  it('allows no leading zero but a lone 0, and no cut at all when the digits are too few', () => {
    expect(splitRun('0000000', REQUEST).splits).toEqual([[0, 0, 0, 0, 0, 0, 0]]);
    expect(splitRun('000000', REQUEST).splits).toEqual([]);
    expect(cellValue('07', 0, 2, {})).toBeNull();
    expect(cellValue('0', 0, 1, {})).toBe(0);
  });

  it('applies each appeal group’s total: 000111000100000', () => {
    expect(splitRun('000111000100000', APPEALS).splits).toEqual([[0, 0, 0, 1, 1, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0]]);
  });

  it('puts a sign only at the start of the signed column: 4127-9511 leaves three cuts', () => {
    expect(splitRun('4127-9511', LICENSING).splits).toEqual([
      [4127, -951, 1],
      [4127, -95, 11],
      [4127, -9, 511],
    ]);
    expect(splitRun('-4127', { cells: [{}, {}], sums: [] }).splits).toEqual([]);
  });

  it('puts a decimal point only in an amount column, with digits on both sides', () => {
    expect(splitRun('3111.1', PROCUREMENT).splits).toEqual([
      [311, 1.1],
      [31, 11.1],
      [3, 111.1],
    ]);
    expect(splitRun('31.11', { cells: [{ decimal: false }, {}], sums: [] }).splits).toEqual([]);
  });

  it('says when its budget ran out instead of returning part of the cuts as if complete', () => {
    const long = splitRun('1'.repeat(40), { cells: plain(7), sums: [] }, { budget: 5_000 });
    expect(long.exhausted).toBe(true);
    const few = splitRun('1'.repeat(9), { cells: plain(7), sums: [] });
    expect(few.exhausted).toBe(false);
    expect(few.splits).toHaveLength(28);
  });

  it('records where each cell starts, so the cell keeps its own text', () => {
    const { splits, starts } = splitRun('352000037', REQUEST);
    expect(splits).toHaveLength(1);
    expect(starts[0]).toEqual([0, 2, 3, 4, 5, 6, 7]);
  });

  it('tells digit runs from other text', () => {
    expect(isRunText('352000037')).toBe(true);
    expect(isRunText('35 2000037')).toBe(true);
    expect(isRunText('4127-9511')).toBe(true);
    expect(isRunText('12件')).toBe(false);
    expect(isRunText('12-')).toBe(false);
    expect(isRunText('914.')).toBe(false);
  });
});
