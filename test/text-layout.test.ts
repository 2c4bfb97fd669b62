import { describe, expect, it } from 'vitest';
import { layoutText, type SourceLine } from '../src/readers/text/text-layout.js';
import type { Block, Cell } from '../src/types.js';

/** Lines numbered from 1, as the reader hands them over. */
const lines = (...texts: string[]): SourceLine[] => texts.map((text, i) => ({ text, line: i + 1 }));
/** A row whose cells all stand on one line. */
const row = (line: number, ...texts: string[]): Cell[] => texts.map((text) => ({ text, line }));
/** A row laid out one cell per line: [text, line] pairs. */
const stacked = (...cells: [string, number][]): Cell[] => cells.map(([text, line]) => ({ text, line }));
const table = (line: number, ...rows: Cell[][]): Block => ({ kind: 'table', aligned: false, rows, line });
const paragraph = (line: number, text: string): Block => ({ kind: 'paragraph', text, line });

describe('layoutText: tab-separated rows (seeds 001, 003, 004)', () => {
  it('makes one table of consecutive tab rows, blank lines included, and a paragraph ends it', () => {
    expect(layoutText(lines('规章\t0\t0\t0', '规范性文件\t5\t5\t5', '', '行政许可\t231\t1\t27269', '正文一段。'))).toEqual([
      table(1, row(1, '规章', '0', '0', '0'), row(2, '规范性文件', '5', '5', '5'), row(4, '行政许可', '231', '1', '27269')),
      paragraph(5, '正文一段。'),
    ]);
  });

  it('keeps empty cells from leading and trailing tabs, for the extractor to judge', () => {
    expect(layoutText(lines('\t\t(七) 总计\t12\t2\t14', '5.要求行政机关确认或重新出具已获取信息\t\t0\t0\t'))).toEqual([
      table(1, row(1, '', '', '(七) 总计', '12', '2', '14'), row(2, '5.要求行政机关确认或重新出具已获取信息', '', '0', '0', '')),
    ]);
  });

  it('normalizes each cell: full-width forms folded, NBSP and zero-width characters gone, edges trimmed', () => {
    expect(layoutText(lines('（一）予以公开\t１２\u00a0\t\u200b3\t 35,381 '))).toEqual([table(1, row(1, '(一)予以公开', '12', '3', '35,381'))]);
  });

  it('keeps a heading right under a table out of it', () => {
    expect(layoutText(lines('规章\t0\t0\t0', '三、收到和处理政府信息公开申请情况'))).toEqual([
      table(1, row(1, '规章', '0', '0', '0')),
      paragraph(2, '三、收到和处理政府信息公开申请情况'),
    ]);
  });

  it('reads a CR left at the end of a line (CRLF split on LF) as nothing', () => {
    expect(layoutText(lines('规章\t0\t0\t0\r', '正文。\r'))).toEqual([table(1, row(1, '规章', '0', '0', '0')), paragraph(2, '正文。')]);
  });
});

describe('layoutText: one cell per line, each after a tab (seed 000)', () => {
  it('joins a header cell broken over two lines, and starts a row after each blank line', () => {
    const input = lines('\t信息内容', '\t本年新', '制作数量', '\t本年新', '公开数量', '\t对外公开总数量', '', '\t规章', '\t0', '\t0', '\t0', '', '二、主动公开政府信息情况');
    expect(layoutText(input)).toEqual([
      table(
        1,
        stacked(['信息内容', 1], ['本年新制作数量', 2], ['本年新公开数量', 4], ['对外公开总数量', 6]),
        stacked(['规章', 8], ['0', 9], ['0', 10], ['0', 11]),
      ),
      paragraph(13, '二、主动公开政府信息情况'),
    ]);
  });

  it('keeps a lone tab line as an empty cell (the corner cells of seed 000’s request header)', () => {
    expect(layoutText(lines('\t', '\t自然人', '\t总计', '', '\t', '\t商业企业'))).toEqual([
      table(1, stacked(['', 1], ['自然人', 2], ['总计', 3]), stacked(['', 5], ['商业企业', 6])),
    ]);
  });

  it('does not join a heading that follows a cell', () => {
    expect(layoutText(lines('\t规章', '\t0', '二、主动公开政府信息情况'))).toEqual([
      table(1, stacked(['规章', 1], ['0', 2])),
      paragraph(3, '二、主动公开政府信息情况'),
    ]);
  });

  it('does not join a long prose line that follows a cell', () => {
    const prose = '这是一个很长的段落文字，超过了二十个字的长度限制所以不是续行';
    expect(layoutText(lines('\t规章', prose))).toEqual([table(1, stacked(['规章', 1])), paragraph(2, '这是一个很长的段落文字,超过了二十个字的长度限制所以不是续行')]);
  });

  // A header cell broken over two lines is text; a number never continues on the next line. Without
  // a blank line after the table, a short note is glued onto the last number, and the extractor
  // would then lose the whole row (seed 000 with a note line put in place of blank line 395 lost all
  // 15 appeals values before this was fixed).
  it('does not join a short note line onto a number cell above it', () => {
    expect(layoutText(lines('\t规章', '\t0', '\t0', '注：单位为件'))).toEqual([
      table(1, stacked(['规章', 1], ['0', 2], ['0', 3])),
      paragraph(4, '注:单位为件'),
    ]);
  });
});

describe('layoutText: one cell per line without tabs (pasted from a browser)', () => {
  it('makes a row of a short label followed by lines of numbers, up to the next blank line', () => {
    expect(layoutText(lines('规章', '0', '0', '0', '', '规范性文件', '5', '5', '5', '', '这是正文。'))).toEqual([
      table(1, stacked(['规章', 1], ['0', 2], ['0', 3], ['0', 4]), stacked(['规范性文件', 6], ['5', 7], ['5', 8], ['5', 9])),
      paragraph(11, '这是正文。'),
    ]);
  });

  // The 2021 active tables have one value per row: "行政许可" then "0".
  it('takes a label followed by a single number as a row', () => {
    expect(layoutText(lines('规章', '0', '', '正文。'))).toEqual([table(1, stacked(['规章', 1], ['0', 2])), paragraph(4, '正文。')]);
  });

  // Unlabelled numbers make a row only in the numbers of section 四 (fifteen of them).
  it('never takes a heading for the label of such a row, and leaves a few unlabelled numbers alone', () => {
    expect(layoutText(lines('六、其他需要报告的事项', '1', '2', '3'))).toEqual([
      paragraph(1, '六、其他需要报告的事项'),
      paragraph(2, '1'),
      paragraph(3, '2'),
      paragraph(4, '3'),
    ]);
  });
});

describe('layoutText: space-separated rows (text taken out of PDFs)', () => {
  it('splits "label n n n" rows, with signed, grouped and decimal numbers', () => {
    expect(layoutText(lines('规范性文件 5 5 5', '行政许可 231 +1 27,269', '8. 属于行政查询事项 0 0 0', '政府集中采购 84 17,233.32'))).toEqual([
      table(
        1,
        row(1, '规范性文件', '5', '5', '5'),
        row(2, '行政许可', '231', '+1', '27,269'),
        row(3, '8. 属于行政查询事项', '0', '0', '0'),
        row(4, '政府集中采购', '84', '17,233.32'),
      ),
    ]);
  });

  it('splits a row of numbers only (the appeals data row)', () => {
    expect(layoutText(lines('0 0 0 1 1 1 0 0 0 1 0 0 0 0 0'))).toEqual([table(1, row(1, '0', '0', '0', '1', '1', '1', '0', '0', '0', '1', '0', '0', '0', '0', '0'))]);
  });

  it('keeps "-" marks among the numbers', () => {
    expect(layoutText(lines('行政许可 231 - 27269'))).toEqual([table(1, row(1, '行政许可', '231', '-', '27269'))]);
  });

  it('splits columns kept apart by runs of three or more spaces (pdftotext -layout)', () => {
    expect(layoutText(lines('信息内容   本年新制作数量   本年新公开数量'))).toEqual([table(1, row(1, '信息内容', '本年新制作数量', '本年新公开数量'))]);
  });
});

describe('layoutText: prose', () => {
  it('leaves headings and sentences with numbers in them as paragraphs (text normalized, not split)', () => {
    expect(
      layoutText(lines('一、总体情况', '2020 年 9 月，我县召开政务公开标准化规范化工作', '对照 26 个试点领域公开编制目录', '全年共受理14件，办结12件。', '其中：通过网站公开 300 条，微信 150 条。')),
    ).toEqual([
      paragraph(1, '一、总体情况'),
      paragraph(2, '2020 年 9 月,我县召开政务公开标准化规范化工作'),
      paragraph(3, '对照 26 个试点领域公开编制目录'),
      paragraph(4, '全年共受理14件,办结12件。'),
      paragraph(5, '其中:通过网站公开 300 条,微信 150 条。'),
    ]);
  });

  it('does not split a sentence that ends in a comma before its numbers', () => {
    expect(layoutText(lines('本年新收申请，12 14'))).toEqual([paragraph(1, '本年新收申请,12 14')]);
  });

  it('gives nothing for blank lines only', () => {
    expect(layoutText(lines('', '   ', '\u00a0'))).toEqual([]);
  });
});

describe('layoutText: pipes between cells (crawler dumps, converters without a delimiter row)', () => {
  it('reads "| a | b |" rows with or without the outer pipes, keeps inner empty cells and drops trailing filler', () => {
    expect(layoutText(lines('| 规章 | 0 | | 25 |', '行政许可 | 3 | ||', '| 第二十条第(一)项 | |||'))).toEqual([
      table(1, row(1, '规章', '0', '', '25'), row(2, '行政许可', '3')),
      paragraph(3, '第二十条第(一)项'),
    ]);
  });

  it('reads one cell per line ending in a pipe as the one-cell-per-line layout', () => {
    expect(layoutText(lines('信息内容 |', '规章 |', '0 |', '0 |', '25 | ||'))).toEqual([
      paragraph(1, '信息内容'),
      table(2, stacked(['规章', 2], ['0', 3], ['0', 4], ['25', 5])),
    ]);
  });
});

describe('layoutText: a label and one value (section 二 as converters print it)', () => {
  it('makes "行政许可 97" a row of two cells', () => {
    expect(layoutText(lines('行政许可 97', '行政事业性收费 0.5'))).toEqual([table(1, row(1, '行政许可', '97'), row(2, '行政事业性收费', '0.5'))]);
  });

  it('leaves prose that wraps before a number alone: it has spaces, punctuation or is long', () => {
    const prose = ['市科委通过部门网站当年发布政府信息 393', '涉及的行政诉讼数为,共 0', '截至 2024 年 12 月 31', '全年共受理政府信息公开申请并依法答复办结共计 12'];
    expect(layoutText(lines(...prose))).toEqual(prose.map((t, i) => paragraph(i + 1, t)));
  });
});

describe('layoutText: double-spaced text (a blank line after every line)', () => {
  it('reads the blank lines as nothing, so a row laid out one cell per line stays one row', () => {
    const body = ['一、总体情况', '正文一段。', '二、主动公开政府信息情况', '第二十条第(一)项', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数'];
    const cells = ['规章', '0', '0', '0', '行政规范性文件', '2', '0', '14'];
    const text = [...body, ...cells, '三、收到和处理政府信息公开申请情况', '正文二。', '正文三。', '正文四。'].flatMap((t) => [t, '']);
    const blocks = layoutText(lines(...text));
    const rows = blocks.flatMap((b) => (b.kind === 'table' ? b.rows.map((r) => r.map((c) => c.text)) : []));
    expect(rows).toEqual([
      ['规章', '0', '0', '0'],
      ['行政规范性文件', '2', '0', '14'],
    ]);
  });

  it('keeps blank lines meaningful where lines mostly follow each other (seed 000: rows separated by blank lines)', () => {
    const text = ['\t规章', '\t0', '', '\t规范性文件', '\t5'];
    expect(layoutText(lines(...text))).toEqual([table(1, stacked(['规章', 1], ['0', 2]), stacked(['规范性文件', 4], ['5', 5]))]);
  });
});

describe('layoutText: one cell per line with no blank line between rows', () => {
  it('starts a new row where a label follows a value, or follows a blank cell inside the row', () => {
    const text = ['\t信息内容', '\t上一年项目数量', '\t本年增/减', '\t', '\t行政事业性收费', '\t38', '\t9', '\t', '\t政府集中采购', '\t253', '\t62,698'];
    const blocks = layoutText(lines(...text));
    expect(blocks.flatMap((b) => (b.kind === 'table' ? b.rows.map((r) => r.map((c) => c.text)) : []))).toEqual([
      ['信息内容', '上一年项目数量', '本年增/减', ''],
      ['行政事业性收费', '38', '9', ''],
      ['政府集中采购', '253', '62,698'],
    ]);
  });

  it('keeps a header that starts with a blank corner cell in one row', () => {
    expect(layoutText(lines('\t', '\t自然人', '\t总计'))).toEqual([table(1, stacked(['', 1], ['自然人', 2], ['总计', 3]))]);
  });
});

describe('layoutText: spacer lines inside a dump', () => {
  it('drops a "|" line standing between every cell of a table while the prose above keeps its blank lines', () => {
    const cells = ['信息内容', '本年新制作数量', '规章', '0', '0', '0', '规范性文件', '5', '5', '5', '政府集中采购', '236', '80618元'];
    const text = ['一、总体情况', '正文一段。', '', '正文二段。', '二、主动公开政府信息情况', ...cells.flatMap((c) => [c, '|'])];
    const rows = layoutText(lines(...text)).flatMap((b) => (b.kind === 'table' ? b.rows.map((r) => r.map((c) => c.text)) : []));
    expect(rows).toEqual([
      ['规章', '0', '0', '0'],
      ['规范性文件', '5', '5', '5'],
      ['政府集中采购', '236', '80618元'],
    ]);
  });

  it('reads a label carrying a long template note in brackets as a label of a one-cell-per-line row', () => {
    const note = '规范性文件(行政机关制定发布的决定、公告、通告、意见、通知,以及标题采用“规定”“办法”“细则”等字样的公文)';
    expect(layoutText(lines(note, '87', '0', '0'))).toEqual([table(1, stacked([note, 1], ['87', 2], ['0', 3], ['0', 4]))]);
  });
});

describe('layoutText: a dump with every cell on its own line, closed by a pipe', () => {
  const dump = (...texts: string[]) => layoutText(lines(...texts)).flatMap((b) => (b.kind === 'table' ? b.rows.map((r) => r.map((c) => c.text)) : []));

  it('reads a bare "|" as an empty cell and a line of pipes as the end of a row', () => {
    const header = ['信息内容 |', '本年制发件数 |', '本年废止件数 |', '现行有效件数 |', '规章 |', '/ |', '/ |', '/ |', '行政规范性文件 |', '0 |', '0 |', '0 |'];
    const row = ['一、本年新收政府信息公开申请数量 |', '|', '|', '|', '|', '|', '|', '0 |', '||', '二、上年结转政府信息公开申请数量 |', '|', '|', '|', '|', '|', '|', '0 |', '||'];
    expect(dump(...header, ...row)).toEqual([
      // Nothing in the text parts a header from the first row: label cells run on (the extractors read the last label).
      ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数', '规章', '/', '/', '/'],
      ['行政规范性文件', '0', '0', '0'],
      ['一、本年新收政府信息公开申请数量', '', '', '', '', '', '', '0'],
      ['二、上年结转政府信息公开申请数量', '', '', '', '', '', '', '0'],
    ]);
  });

  it('leaves rows of several piped cells as rows when no bare pipe says the dump is one cell per line', () => {
    const rows = Array.from({ length: 14 }, (_, i) => `行${i} | ${i} | 0 |`);
    expect(dump(...rows)).toEqual(rows.map((_, i) => [`行${i}`, String(i), '0']));
  });
});
