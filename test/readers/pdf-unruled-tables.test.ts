import { describe, expect, it } from 'vitest';
import type { Block, Table } from '../../src/types.js';
import { layoutPdf } from '../../src/readers/pdf/pdf-layout.js';
import type { PageContent, PdfTextItem } from '../../src/readers/pdf/pdf-page-content.js';

// Hand-made pages of tables drawn without ruling lines, as WPS, Word and LibreOffice export them with
// borders off: cells vertically centered (or top-aligned), labels wrapping in narrow columns, group
// labels in columns of their own, tables running over page breaks. 10 pt text, lines 15 pt apart.

/** Text drawn one item per character, 10 pt wide each. */
function chars(text: string, x: number, baseline: number, size = 10): PdfTextItem[] {
  return [...text].map((ch, i) => ({ text: ch, x0: x + i * size, x1: x + (i + 1) * size, baseline, size }));
}

/** A number drawn at x, 5 pt a digit. */
const num = (text: string, x: number, baseline: number): PdfTextItem => ({ text, x0: x, x1: x + 5 * text.length, baseline, size: 10 });

/** Values in the columns at x = 250, 300, 350 …; null leaves a cell blank. */
const values = (baseline: number, ...texts: (string | null)[]): PdfTextItem[] =>
  texts.flatMap((t, i) => (t === null ? [] : [num(t, 250 + 50 * i, baseline)]));

/** Header words over the value columns. */
const heads = (baseline: number, ...texts: string[]): PdfTextItem[] => texts.flatMap((t, i) => chars(t, 248 + 50 * i, baseline));

function page(number: number, items: PdfTextItem[]): PageContent {
  return { page: number, width: 595, height: 842, items, hRules: [], vRules: [] };
}

const tables = (blocks: Block[]) => blocks.filter((b): b is Table => b.kind === 'table');
const paragraphs = (blocks: Block[]) => blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));

/** A table's texts row by row, "^" standing for a merged copy. */
const grid = (table: Table) => table.rows.map((row) => row.map((cell) => (cell.merged ? '^' : cell.text)).join(' | '));

function onlyTable(blocks: Block[]): Table {
  const found = tables(blocks);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('unruled tables: a row label wrapping over several lines', () => {
  it('joins a label over two lines whose values stand centered between them, without numbering', () => {
    const blocks = layoutPdf([
      page(1, [
        ...chars('信息内容', 72, 100), ...heads(100, '甲', '乙', '丙'),
        ...chars('行政许可', 72, 115), ...values(115, '231', '1', '5'),
        ...chars('其他对外管理', 72, 130),
        ...values(137.5, '551', '0', '6'),
        ...chars('服务事项', 72, 145),
      ]),
    ]);
    expect(grid(onlyTable(blocks))).toEqual(['信息内容 | 甲 | 乙 | 丙', '行政许可 | 231 | 1 | 5', '其他对外管理服务事项 | 551 | 0 | 6']);
  });

  it('gives each numbered label its lines, whether its values stand on its first, middle or last line', () => {
    const blocks = layoutPdf([
      page(1, [
        ...chars('项目', 72, 100), ...heads(100, '甲', '乙'),
        ...chars('1.属于国家', 72, 115), ...values(115, '0', '1'),
        ...chars('秘密', 72, 130),
        ...chars('2.其他法律', 72, 145),
        ...chars('行政法规', 72, 160), ...values(160, '0', '2'),
        ...chars('禁止公开', 72, 175),
        ...chars('3.危及三安', 72, 190),
        ...chars('全一稳定', 72, 205), ...values(205, '0', '3'),
        ...chars('4.保护第三方', 72, 220), ...values(220, '0', '4'),
      ]),
    ]);
    const table = onlyTable(blocks);
    expect(grid(table)).toEqual(['项目 | 甲 | 乙', '1.属于国家秘密 | 0 | 1', '2.其他法律行政法规禁止公开 | 0 | 2', '3.危及三安全一稳定 | 0 | 3', '4.保护第三方 | 0 | 4']);
    // A label's cell is where its first line is; the values are on their own line.
    expect(table.rows[2]!.map((c) => c.line)).toEqual([4, 5, 5]);
  });

  it('keeps a label line to the row above when its values stand on the first line and nothing else tells (Word top alignment)', () => {
    const blocks = layoutPdf([
      page(1, [
        ...chars('信息内容', 72, 100), ...heads(100, '甲', '乙'),
        ...chars('行政规范性', 72, 115), ...values(115, '15', '7'),
        ...chars('文件', 72, 130),
        ...chars('规章', 72, 145), ...values(145, '0', '0'),
      ]),
    ]);
    expect(grid(onlyTable(blocks))).toEqual(['信息内容 | 甲 | 乙', '行政规范性文件 | 15 | 7', '规章 | 0 | 0']);
  });

  it('joins a numbered label standing above its values, the part below them too, and keeps the section heading after the table out', () => {
    const blocks = layoutPdf([
      page(1, [
        ...chars('项目', 72, 100), ...heads(100, '甲', '乙'),
        ...chars('一、本年新收政府', 72, 115),
        ...values(122.5, '1', '2'),
        ...chars('信息公开申请数量', 72, 130),
        ...chars('二、上年结转政府', 72, 145),
        ...values(152.5, '3', '4'),
        ...chars('信息公开申请数量', 72, 160),
        // A heading close below, but reaching into the value columns: no label.
        ...chars('三、收到和处理政府信息公开申请情况说明', 72, 175),
      ]),
    ]);
    expect(grid(onlyTable(blocks))).toEqual(['项目 | 甲 | 乙', '一、本年新收政府信息公开申请数量 | 1 | 2', '二、上年结转政府信息公开申请数量 | 3 | 4']);
    expect(paragraphs(blocks)).toEqual(['三、收到和处理政府信息公开申请情况说明']);
  });

  it('keeps a numbered label with no values of its own (a group label printed as a row) a row of its own', () => {
    const blocks = layoutPdf([
      page(1, [
        ...chars('项目', 72, 100), ...heads(100, '甲', '乙'),
        ...chars('二、上年结转', 72, 115), ...values(115, '1', '2'),
        ...chars('三、本年度办理结果', 72, 130),
        ...chars('（一）予以公开', 72, 145), ...values(145, '3', '4'),
      ]),
    ]);
    expect(grid(onlyTable(blocks))).toEqual(['项目 | 甲 | 乙', '二、上年结转 | 1 | 2', '三、本年度办理结果 |  | ', '(一)予以公开 | 3 | 4']);
  });

  it('keeps a numbered label-only line a row of its own above a row whose unnumbered label is indented: they are not lines of one cell', () => {
    const blocks = layoutPdf([
      page(1, [
        ...chars('项目', 72, 100), ...heads(100, '甲', '乙'),
        ...chars('三、本年度办理结果', 72, 115),
        ...chars('予以公开', 92, 130), ...values(130, '3', '4'),
      ]),
    ]);
    expect(grid(onlyTable(blocks))).toEqual(['项目 | 甲 | 乙', '三、本年度办理结果 |  | ', '予以公开 | 3 | 4']);
  });

  it('keeps a label spread over its cell ("规　　章") whole: text beside one line only is no group label', () => {
    const blocks = layoutPdf([
      page(1, [
        ...chars('信息内容', 72, 100), ...heads(100, '甲', '乙'),
        ...chars('规', 72, 115), ...chars('章', 112, 115), ...values(115, '0', '0'),
        ...chars('规范性文件', 72, 130), ...values(130, '5', '5'),
      ]),
    ]);
    expect(grid(onlyTable(blocks))).toEqual(['信息内容 | 甲 | 乙', '规章 | 0 | 0', '规范性文件 | 5 | 5']);
  });
});

describe('unruled tables: group labels beside the rows', () => {
  /** Rows "k.第k类" at x = 100 on lines 15 pt apart from y = 115, with values 0 and k. */
  const subRows = (count: number, x = 100) =>
    Array.from({ length: count }, (_, i) => [...chars(`${i + 1}.第${i + 1}类`, x, 115 + 15 * i), ...values(115 + 15 * i, '0', String(i + 1))]).flat();

  it('makes a group label printed one character a line in its own column one cell, out of the row labels', () => {
    // 办理结果 centered in its column: each character half a line off the rows beside it.
    const group = ['办', '理', '结', '果'].flatMap((ch, i) => chars(ch, 72, 122.5 + 15 * i));
    const blocks = layoutPdf([page(1, [...chars('项目', 100, 100), ...heads(100, '甲', '乙'), ...subRows(5), ...group])]);
    expect(grid(onlyTable(blocks))).toEqual([
      ' | 项目 | 甲 | 乙',
      ' | 1.第1类 | 0 | 1',
      '办理结果 | 2.第2类 | 0 | 2',
      '^ | 3.第3类 | 0 | 3',
      '^ | 4.第4类 | 0 | 4',
      ' | 5.第5类 | 0 | 5',
    ]);
  });

  it('cuts a group label from the row label it is drawn a few points from, and joins its lines, one of them between rows', () => {
    // （三） ends 5 pt before the row labels (LibreOffice's cell padding); 开 is centered below 不予公.
    const group = [...chars('（三）', 72, 130), ...chars('不予公', 72, 145), ...chars('开', 82, 152.5)];
    const blocks = layoutPdf([page(1, [...chars('项目', 107, 100), ...heads(100, '甲', '乙'), ...subRows(4, 107), ...group])]);
    expect(grid(onlyTable(blocks))).toEqual([' | 项目 | 甲 | 乙', ' | 1.第1类 | 0 | 1', '(三)不予公开 | 2.第2类 | 0 | 2', '^ | 3.第3类 | 0 | 3', ' | 4.第4类 | 0 | 4']);
  });

  it('puts two levels of group labels in two columns, left to right', () => {
    const outer = ['结', '果'].flatMap((ch, i) => chars(ch, 50, 130 + 15 * i));
    const inner = [...chars('（三）', 66, 130), ...chars('不予公开', 66, 145)];
    const blocks = layoutPdf([page(1, [...chars('项目', 125, 100), ...heads(100, '甲', '乙'), ...subRows(3, 125), ...outer, ...inner])]);
    expect(grid(onlyTable(blocks))).toEqual([' |  | 项目 | 甲 | 乙', ' |  | 1.第1类 | 0 | 1', '结果 | (三)不予公开 | 2.第2类 | 0 | 2', '^ | ^ | 3.第3类 | 0 | 3']);
  });
});

describe('unruled tables: columns by x-position', () => {
  it('keeps a blank cell in its column, and a row whose only value is its first, drawn on a line of its own', () => {
    const blocks = layoutPdf([
      page(1, [
        ...chars('项目', 72, 100), ...heads(100, '甲', '乙', '丙'),
        ...chars('1.第一类', 72, 115), ...values(115, '1', null, '3'),
        ...chars('2.第二', 72, 130),
        ...values(137.5, '4'),
        ...chars('类', 72, 145),
        ...chars('3.第三类', 72, 160), ...values(160, '5', '6', '7'),
      ]),
    ]);
    expect(grid(onlyTable(blocks))).toEqual(['项目 | 甲 | 乙 | 丙', '1.第一类 | 1 |  | 3', '2.第二类 | 4 |  | ', '3.第三类 | 5 | 6 | 7']);
  });

  it('cuts header words drawn closer than a cell gap over their own columns, and a header cell drawn right after the label column', () => {
    // Value columns at 130, 180, 230, 280. "勾稽关系说明" ends 3 pt before "自然人" (over the first column);
    // "商业企业" and "科研机构" are 5 pt apart over the second and third.
    const row = (label: string, y: number, ...v: string[]) => [...chars(label, 54, y), ...v.map((t, i) => num(t, 130 + 50 * i, y))];
    const blocks = layoutPdf([
      page(1, [
        ...chars('勾稽关系说明', 54, 100), ...chars('自然人', 117, 100), ...chars('总计', 273, 100),
        ...chars('商业企业', 160, 115), ...chars('科研机构', 205, 115),
        ...row('一、本年新收', 130, '1', '2', '3', '4'),
        ...row('二、上年结转', 145, '5', '6', '7', '8'),
      ]),
    ]);
    expect(grid(onlyTable(blocks))).toEqual(['勾稽关系说明 | 自然人 |  |  | 总计', ' |  | 商业企业 | 科研机构 | ', '一、本年新收 | 1 | 2 | 3 | 4', '二、上年结转 | 5 | 6 | 7 | 8']);
  });
});

describe('unruled tables over a page break', () => {
  const runningHeader = (y: number) => chars('某某县人民政府办公室', 400, y, 9);
  const pageNumber = (n: number) => [{ text: `-${n}-`, x0: 290, x1: 305, baseline: 800, size: 10 }];
  const header = (y: number) => [...chars('项目', 72, y), ...heads(y, '甲', '乙')];

  it('is one table when the next page repeats its header: the repeat, the page number and the running header dropped, a label ending the page joined', () => {
    const blocks = layoutPdf([
      page(1, [
        ...runningHeader(60),
        ...chars('正文', 72, 400),
        ...header(600),
        ...chars('1.第一类', 72, 615), ...values(615, '0', '1'),
        ...chars('2.第二类', 72, 630), ...values(630, '0', '2'),
        ...chars('3.第三类', 72, 645), ...values(645, '0', '3'),
        ...chars('名称', 72, 660),
        ...pageNumber(1),
      ]),
      page(2, [
        ...runningHeader(60),
        ...header(100),
        ...chars('4.第四类', 72, 115), ...values(115, '0', '4'),
        ...chars('5.第五', 72, 130),
        ...values(137.5, '0', '5'),
        ...chars('类', 72, 145),
        ...chars('四、政府信息公开行政复议、行政诉讼情况', 72, 180),
      ]),
    ]);
    const table = onlyTable(blocks);
    expect(grid(table)).toEqual(['项目 | 甲 | 乙', '1.第一类 | 0 | 1', '2.第二类 | 0 | 2', '3.第三类名称 | 0 | 3', '4.第四类 | 0 | 4', '5.第五类 | 0 | 5']);
    expect(table.rows.map((row) => row[0]!.page)).toEqual([1, 1, 1, 1, 2, 2]);
    expect(paragraphs(blocks)).toEqual(['正文', '四、政府信息公开行政复议、行政诉讼情况']);
  });

  it('is one table when the next page goes on with rows in its value columns, without the header', () => {
    const blocks = layoutPdf([
      page(1, [...chars('正文', 72, 400), ...header(700), ...chars('1.第一类', 72, 715), ...values(715, '0', '1'), ...pageNumber(1)]),
      page(2, [...chars('2.第二类', 72, 100), ...values(100, '0', '2'), ...chars('3.第三类', 72, 115), ...values(115, '0', '3'), ...pageNumber(2)]),
    ]);
    expect(grid(onlyTable(blocks))).toEqual(['项目 | 甲 | 乙', '1.第一类 | 0 | 1', '2.第二类 | 0 | 2', '3.第三类 | 0 | 3']);
  });

  it('is two tables when the next page starts another table, in other columns', () => {
    const blocks = layoutPdf([
      page(1, [...chars('正文', 72, 400), ...header(700), ...chars('1.第一类', 72, 715), ...values(715, '0', '1'), ...pageNumber(1)]),
      page(2, [
        ...chars('信息内容', 72, 100), ...chars('丙', 398, 100), ...chars('丁', 448, 100),
        ...chars('规章', 72, 115), num('7', 400, 115), num('8', 450, 115),
        ...pageNumber(2),
      ]),
    ]);
    expect(tables(blocks).map(grid)).toEqual([
      ['项目 | 甲 | 乙', '1.第一类 | 0 | 1'],
      ['信息内容 | 丙 | 丁', '规章 | 7 | 8'],
    ]);
  });
});
