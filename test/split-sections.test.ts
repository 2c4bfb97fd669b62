import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutText } from '../src/readers/text/text-layout.js';
import { flattenDocument, rowTexts, soleText, type FlatRow } from '../src/tables/flatten.js';
import { splitSections } from '../src/sections/split-sections.js';
import { parseReport } from '../src/report.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const seedLines = (name: string) => readFileSync(join(fixtures, name), 'utf8').split('\n');

function rowsOf(texts: readonly string[]): FlatRow[] {
  return flattenDocument({ blocks: layoutText(texts.map((text, i) => ({ text, line: i + 1 }))) });
}

/** The section each source line was put in (the line of a row's first cell). */
function sectionOfLine(rows: readonly FlatRow[], rowSection: readonly number[], line: number): number | undefined {
  const i = rows.findIndex((r) => r.line === line);
  return i < 0 ? undefined : rowSection[i];
}

const split = (...texts: string[]) => splitSections(rowsOf(texts)).sections;

describe('splitSections on seed 000', () => {
  const lines = seedLines('000_ad3c2041cc5fe348.txt');
  const rows = rowsOf(lines);
  const result = splitSections(rows);

  it('finds the six sections, the first one without its numeral', () => {
    expect(result.sections).toEqual([
      { number: 1, heading: '总体情况', line: 1 },
      { number: 2, heading: '二、主动公开政府信息情况', line: 15 },
      { number: 3, heading: '三、收到和处理政府信息公开申请情况', line: 90 },
      { number: 4, heading: '四、政府信息公开行政复议、行政诉讼情况', line: 352 },
      { number: 5, heading: '五、存在的主要问题及改进情况', line: 397 },
      { number: 6, heading: '六、其他需要报告的事项', line: 406 },
    ]);
    expect(result.bodyStart).toBe(0);
  });

  it('keeps the sub-point "三、开展延津县基层政务公开标准化规范化工作" (line 7) inside section 一', () => {
    expect(lines[6]).toBe('三、开展延津县基层政务公开标准化规范化工作');
    expect(sectionOfLine(rows, result.rowSection, 7)).toBe(1);
    expect(sectionOfLine(rows, result.rowSection, 14)).toBe(1);
  });

  it('puts the request table’s rows, "四、结转下年度继续办理" (line 342) included, in section 三', () => {
    expect(lines[341]).toBe('\t四、结转下年度继续办理');
    expect(sectionOfLine(rows, result.rowSection, 108)).toBe(3); // 一、本年新收…
    expect(sectionOfLine(rows, result.rowSection, 342)).toBe(3);
    expect(sectionOfLine(rows, result.rowSection, 380)).toBe(4); // the appeals data row
  });
});

describe('splitSections on seed 001', () => {
  const rows = rowsOf(seedLines('001_dde6e9dcd5a2f618.txt'));
  const result = splitSections(rows);

  it('finds the six headings after the title line', () => {
    expect(result.sections).toEqual([
      { number: 1, heading: '一、总体情况', line: 5 },
      { number: 2, heading: '二、主动公开政府信息情况', line: 21 },
      { number: 3, heading: '三、收到和处理政府信息公开申请情况', line: 42 },
      { number: 4, heading: '四、政府信息公开行政复议、行政诉讼情况', line: 73 },
      { number: 5, heading: '五、存在的主要问题及改进情况', line: 80 },
      { number: 6, heading: '六、其他需要报告的事项', line: 90 },
    ]);
    expect(sectionOfLine(rows, result.rowSection, 3)).toBe(0); // the title, before the body
  });

  it('does not take the request table’s row labels 一、二、三、四、 for headings', () => {
    for (const line of [47, 48, 50, 71]) expect(sectionOfLine(rows, result.rowSection, line)).toBe(3);
  });
});

describe('splitSections on heading forms', () => {
  it('reads the long forms real reports use', () => {
    expect(
      split(
        '某县人民政府2020年政府信息公开工作年度报告',
        '一、总体情况',
        '正文。',
        '二、行政机关主动公开政府信息情况',
        '三、收到和处理政府信息公开申请情况',
        '四、因政府信息公开工作被申请行政复议、提起行政诉讼情况',
        '五、政府信息公开工作存在的主要问题及改进情况',
        '六、其他需要报告的事项',
      ),
    ).toEqual([
      { number: 1, heading: '一、总体情况', line: 2 },
      { number: 2, heading: '二、行政机关主动公开政府信息情况', line: 4 },
      { number: 3, heading: '三、收到和处理政府信息公开申请情况', line: 5 },
      { number: 4, heading: '四、因政府信息公开工作被申请行政复议、提起行政诉讼情况', line: 6 },
      { number: 5, heading: '五、政府信息公开工作存在的主要问题及改进情况', line: 7 },
      { number: 6, heading: '六、其他需要报告的事项', line: 8 },
    ]);
  });

  it('reads the short form "五、存在问题及改进情况"', () => {
    expect(split('一、总体情况', '五、存在问题及改进情况')).toEqual([
      { number: 1, heading: '一、总体情况', line: 1 },
      { number: 5, heading: '五、存在问题及改进情况', line: 2 },
    ]);
  });

  it('reads the statutory headings without their numerals', () => {
    expect(split('总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况', '政府信息公开行政复议、行政诉讼情况', '存在的主要问题及改进情况', '其他需要报告的事项').map((s) => s.number)).toEqual([
      1, 2, 3, 4, 5, 6,
    ]);
  });

  it('reads "一．", "二. " and "三 、" like "一、", with full-width and spaced punctuation', () => {
    expect(split('一．总体情况', '二.主动公开政府信息情况', '三、收到和处理政府信息公开申请情况')).toEqual([
      { number: 1, heading: '一.总体情况', line: 1 },
      { number: 2, heading: '二.主动公开政府信息情况', line: 2 },
      { number: 3, heading: '三、收到和处理政府信息公开申请情况', line: 3 },
    ]);
  });

  it('reads a heading pasted with stray tabs after it', () => {
    expect(split('一、总体情况\t\t', '二、主动公开政府信息情况\t')).toEqual([
      { number: 1, heading: '一、总体情况', line: 1 },
      { number: 2, heading: '二、主动公开政府信息情况', line: 2 },
    ]);
  });

  it('prefers the statutory heading to an earlier sub-point that shares its numeral and keyword', () => {
    const texts = ['一、总体情况', '二、主动公开情况', '三、依申请公开情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况'];
    const rows = rowsOf(texts);
    const result = splitSections(rows);
    expect(result.sections).toEqual([
      { number: 1, heading: '一、总体情况', line: 1 },
      { number: 2, heading: '二、主动公开政府信息情况', line: 4 },
      { number: 3, heading: '三、收到和处理政府信息公开申请情况', line: 5 },
    ]);
    expect(result.rowSection).toEqual([1, 1, 1, 2, 3]);
  });

  it('does not take the request table’s labels for headings even on lines of their own', () => {
    expect(split('三、收到和处理政府信息公开申请情况', '一、本年新收政府信息公开申请数量\t1\t2', '三、本年度办理结果', '四、结转下年度继续办理', '四、政府信息公开行政复议、行政诉讼情况')).toEqual([
      { number: 3, heading: '三、收到和处理政府信息公开申请情况', line: 1 },
      { number: 4, heading: '四、政府信息公开行政复议、行政诉讼情况', line: 5 },
    ]);
  });

  it('does not take a long sentence that starts with a numeral for a heading', () => {
    expect(split('一、总体情况', '二、主动公开政府信息情况方面，我县全年共主动公开政府信息五千余条，其中通过政府网站公开四千余条，通过政务新媒体公开一千余条。')).toEqual([
      { number: 1, heading: '一、总体情况', line: 1 },
    ]);
  });

  it('gives no sections, and the whole text before the body, when there is no heading', () => {
    const result = splitSections(rowsOf(['正文。', '没有任何标题']));
    expect(result).toEqual({ sections: [], rowSection: [0, 0], bodyStart: 2 });
  });
});

describe('a missing section', () => {
  const lines = seedLines('001_dde6e9dcd5a2f618.txt');

  it('is a warning finding naming the section, not a crash, and the table under it is still read', async () => {
    expect(lines[41]).toBe('三、收到和处理政府信息公开申请情况');
    const without = [...lines];
    without[41] = '';
    const report = await parseReport({ path: 'x.txt', bytes: new Uint8Array(Buffer.from(without.join('\n'))) });
    expect(report.sections.map((s) => s.number)).toEqual([1, 2, 4, 5, 6]);
    expect(report.requests.received).toEqual({ natural: 10, business: 2, research: 0, nonprofit: 0, legal: 0, otherOrg: 0, total: 12 });
    expect(report.findings).toEqual([
      { rule: 'section-missing', severity: 'warning', message: '未找到第三部分“收到和处理政府信息公开申请情况”的标题', location: { section: 3 } },
    ]);
  });

  it('is said in English with lang "en"', async () => {
    const without = lines.filter((_, i) => i !== 72); // drop "四、政府信息公开行政复议、行政诉讼情况"
    const report = await parseReport({ path: 'x.txt', bytes: new Uint8Array(Buffer.from(without.join('\n'))) }, { lang: 'en' });
    expect(report.findings).toEqual([
      { rule: 'section-missing', severity: 'warning', message: 'heading of section 4 (政府信息公开行政复议、行政诉讼情况) not found', location: { section: 4 } },
    ]);
  });
});

describe('splitSections: other numberings of the headings', () => {
  const rowsOf = (...texts: string[]) => texts.map((text, i) => ({ cells: [{ text, line: i + 1 }], line: i + 1, table: null, aligned: false }));

  it('reads "第一部分 总体情况" … "第六部分 其他需要报告的事项" as the six sections', () => {
    const { sections } = splitSections(
      rowsOf('第一部分 总体情况', '正文', '第二部分 主动公开政府信息情况', '第三部分 收到和处理政府信息公开申请情况', '第四部分 政府信息公开行政复议、行政诉讼情况', '第五部分 存在的主要问题及改进情况', '第六部分 其他需要报告的事项'),
    );
    expect(sections.map((s) => [s.number, s.line])).toEqual([[1, 1], [2, 3], [3, 4], [4, 5], [5, 6], [6, 7]]);
  });

  it('takes "(二)主动公开政府信息情况" as a heading only when no "二、" heading says the same', () => {
    const parenthesized = splitSections(rowsOf('一、总体情况', '(二)主动公开政府信息情况', '(三)收到和处理政府信息公开申请情况'));
    expect(parenthesized.sections.map((s) => [s.number, s.line])).toEqual([[1, 1], [2, 2], [3, 3]]);
    const both = splitSections(rowsOf('一、总体情况', '(二)主动公开政府信息情况', '二、主动公开政府信息情况'));
    expect(both.sections.map((s) => [s.number, s.line])).toEqual([[1, 1], [2, 3]]);
  });

  it('does not take a parenthesized sub-point that only shares a keyword ("(二)主动公开情况", seed 002 line 11)', () => {
    const { sections } = splitSections(rowsOf('一、总体情况', '(二)主动公开情况'));
    expect(sections.map((s) => s.number)).toEqual([1]);
  });
});

describe('soleText', () => {
  const row = (...cells: { text: string; merged?: boolean }[]): FlatRow => ({ cells: cells.map((c) => ({ ...c, line: 1 })), line: 1, table: 0, aligned: true });

  it.each([
    [row({ text: '一、总体情况' }), '一、总体情况'],
    [row({ text: '' }, { text: '二、主动公开' }, { text: '' }), '二、主动公开'],
    [row({ text: '三、收到和处理' }, { text: '三、收到和处理', merged: true }), '三、收到和处理'],
    [row({ text: '自然人' }, { text: '12' }), null],
    [row({ text: '' }), null],
    [row(), null],
  ])('is the one text rowTexts gives, or null (%#)', (r, expected) => {
    expect(soleText(r)).toBe(expected);
    const texts = rowTexts(r);
    expect(texts.length === 1 ? texts[0] : null).toBe(expected);
  });
});
