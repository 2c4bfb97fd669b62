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

  it('allows no leading zero but a lone 0; a blank cell leaves no trace, so fewer digits read several ways', () => {
    expect(splitRun('0000000', REQUEST).splits).toEqual([[0, 0, 0, 0, 0, 0, 0]]);
    // Six zeros under seven columns: one cell printed nothing, any of the seven.
    const six = splitRun('000000', REQUEST).splits;
    expect(six).toHaveLength(7);
    for (const reading of six) expect([reading.filter((v) => v === 0).length, reading.filter((v) => v === null).length]).toEqual([6, 1]);
    expect(cellValue('07', 0, 2, {})).toBeNull();
    expect(cellValue('0', 0, 1, {})).toBe(0);
  });

  it('reads a blank where the digits also fit one: 241732854 is 24|17|3|·|2|8|54 as well as 2|4|1|7|32|8|54', () => {
    const readings = splitRun('241732854', REQUEST).splits;
    expect(readings).toEqual(expect.arrayContaining([
      [24, 17, 3, null, 2, 8, 54],
      [2, 4, 1, 7, 32, 8, 54],
    ]));
  });

  it('applies each appeal group’s total: fifteen zeros read one way, 000111000100000 many (blanks may hide anywhere)', () => {
    expect(splitRun('000000000000000', APPEALS).splits).toEqual([[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]]);
    const readings = splitRun('000111000100000', APPEALS).splits;
    expect(readings).toContainEqual([0, 0, 0, 1, 1, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0]);
    // Each reading keeps every group's total.
    for (const r of readings) for (const o of [0, 5, 10]) expect((r[o] ?? 0) + (r[o + 1] ?? 0) + (r[o + 2] ?? 0) + (r[o + 3] ?? 0)).toBe(r[o + 4] ?? 0);
  });

  it('puts a sign only at the start of the signed column, and reads a lone "-" as a mark of none: 4127-9511', () => {
    expect(splitRun('4127-9511', LICENSING).splits).toEqual([
      [4127, -9511, null],
      [4127, -951, 1],
      [4127, -95, 11],
      [4127, -9, 511],
      [4127, null, 9511],
    ]);
    expect(splitRun('-4127', { cells: [{}, {}], sums: [] }).splits).toEqual([[null, 4127]]);
  });

  it('puts a decimal point only in an amount column, with digits on both sides', () => {
    expect(splitRun('3111.1', PROCUREMENT).splits).toEqual([
      [311, 1.1],
      [31, 11.1],
      [3, 111.1],
      [null, 3111.1],
    ]);
    expect(splitRun('31.11', { cells: [{ decimal: false }, {}], sums: [] }).splits).toEqual([]);
  });

  it('says when its budget ran out instead of returning part of the readings as if complete', () => {
    const long = splitRun('1'.repeat(40), { cells: plain(7), sums: [] }, { budget: 5_000 });
    expect(long.exhausted).toBe(true);
    const few = splitRun('1'.repeat(9), { cells: plain(7), sums: [] });
    expect(few.exhausted).toBe(false);
    // Every cell printed: 28 cuts (8 gaps, 6 cut); with blanks there are more.
    expect(few.splits.filter((r) => !r.includes(null))).toHaveLength(28);
    expect(few.splits.length).toBeGreaterThan(28);
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
