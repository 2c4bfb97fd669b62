import { describe, expect, it } from 'vitest';
import type { FlatRow } from '../../src/tables/flatten.js';
import { unfuseValues } from '../../src/tables/unfuse-values.js';

const paragraph = (text: string, line: number): FlatRow => ({ cells: [{ text, line }], line, table: null, aligned: false });
const tableRow = (texts: string[], line: number, table: number, aligned: boolean): FlatRow => ({
  cells: texts.map((text) => ({ text, line })),
  line,
  table,
  aligned,
});
const texts = (row: FlatRow) => row.cells.map((c) => c.text);

describe('a label with its digits fused to its end', () => {
  it('leaves a sentence ending in a number alone in a file that shows no cells run together', () => {
    const rows = [paragraph('一、本年新收政府信息公开申请数量352000037', 7), paragraph('总计290', 8)];
    expect(unfuseValues(rows)).toBe(rows);
  });

  it('makes a paragraph a table row of its label and its digits, numbered below 0, in a file that shows cells run together', () => {
    // "0000000" can only be cells run together: the file is a dump.
    const rows = unfuseValues([paragraph('一、本年新收政府信息公开申请数量352000037', 7), paragraph('二、上年结转政府信息公开申请数量0000000', 8)]);
    expect(rows).toHaveLength(2);
    expect(texts(rows[0]!)).toEqual(['一、本年新收政府信息公开申请数量', '352000037']);
    expect(rows[0]!.cells.map((c) => c.line)).toEqual([7, 7]);
    expect(rows[0]!.line).toBe(7);
    expect(rows[0]!.aligned).toBe(false);
    expect(rows[0]!.table).toBeLessThan(0);
  });

  it('gives consecutive fused paragraphs one table, and starts another after a row between', () => {
    const rows = unfuseValues([
      paragraph('一、本年新收政府信息公开申请数量352000037', 1),
      paragraph('二、上年结转政府信息公开申请数量0000000', 2),
      paragraph('(五)不予处理', 3),
      paragraph('四、结转下年度继续办理0000000', 4),
    ]);
    expect(rows.map(texts)).toEqual([
      ['一、本年新收政府信息公开申请数量', '352000037'],
      ['二、上年结转政府信息公开申请数量', '0000000'],
      ['(五)不予处理'],
      ['四、结转下年度继续办理', '0000000'],
    ]);
    const [first, second, between, after] = rows.map((r) => r.table);
    expect(first).toBeLessThan(0);
    expect(second).toBe(first);
    expect(between).toBeNull();
    expect(after).toBeLessThan(0);
    expect(after).not.toBe(first);
  });

  it('joins the digits a text layout cut at a stray space again, keeping the row’s table', () => {
    const rows = unfuseValues([tableRow(['(七)总计62', '290615103'], 5, 0, false), tableRow(['行政事业性收费24+', '11'], 6, 0, false)]);
    expect(rows.map(texts)).toEqual([
      ['(七)总计', '62 290615103'],
      ['行政事业性收费', '24+ 11'],
    ]);
    expect(rows.map((r) => r.table)).toEqual([0, 0]);
  });

  it('cuts a signed run from its label', () => {
    expect(unfuseValues([paragraph('第二十条第(五)项', 1), paragraph('行政许可4127-9511', 2)]).map(texts)).toEqual([['第二十条第(五)项'], ['行政许可', '4127-9511']]);
  });

  it('leaves a label and its digits amid prose a sentence, even in a dump (no table row beside it)', () => {
    const rows = [paragraph('规章000', 1), paragraph('第二十条第(一)项', 2), paragraph('全年推进政务公开。', 10), paragraph('行政强制12', 11), paragraph('加强培训。', 12)];
    const out = unfuseValues(rows);
    expect(out.map(texts)).toEqual([['规章', '000'], ['第二十条第(一)项'], ['全年推进政务公开。'], ['行政强制12'], ['加强培训。']]);
    expect(out[3]!.table).toBeNull();
  });

  it('leaves digits with a mark of none in them uncut (the run began before the label seems to end)', () => {
    const rows = [paragraph('规章000', 1), paragraph('一、本年新收政府信息公开申请数量2812242一066', 2)];
    expect(unfuseValues(rows).map(texts)[1]).toEqual(['一、本年新收政府信息公开申请数量2812242一066']);
  });

  it('leaves prose ending in a number and aligned rows as they are', () => {
    const rows = [
      paragraph('邮编：350400', 1),
      paragraph('联系电话：24336243', 2),
      paragraph('本年度共收到政府信息公开申请，共计12', 3),
      paragraph('平潭县人民政府 2013年1月16日', 4),
      tableRow(['(七)总计62', '290615103'], 5, 1, true),
      // The cells after the label hold words, not digits.
      tableRow(['(七)总计62', '件'], 6, 0, false),
    ];
    expect(unfuseValues(rows)).toBe(rows);
  });

  it('leaves a sentence longer than any statutory label alone though it ends in digits', () => {
    const rows = [paragraph(`本年度${'认真做好政府信息公开工作并不断完善工作机制'.repeat(3)}共计12`, 1)];
    expect(unfuseValues(rows)).toBe(rows);
  });
});
