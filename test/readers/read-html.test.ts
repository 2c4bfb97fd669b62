import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block, Cell, Paragraph, Table } from '../../src/types.js';
import { readHtml, readHtmlString } from '../../src/readers/html/read-html.js';
import { readDocument } from '../../src/readers/read-document.js';

const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'readers', 'html');
const fixture = (name: string) => readFileSync(join(dir, name));
const utf8 = (html: string) => new TextEncoder().encode(html);

const p = (text: string, line: number): Paragraph => ({ kind: 'paragraph', text, line });
const c = (text: string, line: number): Cell => ({ text, line });
const m = (text: string, line: number): Cell => ({ text, line, merged: true });

/** A table's texts row by row, "^" standing for a merged copy (whose text is its origin's). */
/** Blocks without the cells' grid positions, which the position test checks on its own. */
function unplaced<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (key, v) => (key === 'source' ? undefined : v)));
}

function grid(block: Block | undefined): string[] {
  if (block?.kind !== 'table') throw new Error(`expected a table, got ${JSON.stringify(block)}`);
  return block.rows.map((row) => row.map((cell) => (cell.merged ? '^' : cell.text)).join(' | '));
}

function blocksOf(bytes: Uint8Array): Block[] {
  const result = readHtml(bytes);
  expect(result.problems).toEqual([]);
  return result.value!.document.blocks;
}

function unreadableCause(result: { problems: { rule: string; data?: Record<string, unknown> }[] }) {
  return result.problems.map((problem) => ({ rule: problem.rule, zh: problem.data?.zh, en: problem.data?.en }));
}

describe('readHtml', () => {
  it('reads a GBK portal page declared as gb2312 and keeps only the report, its title and its table', () => {
    const result = readHtml(fixture('portal-gbk.html'));
    expect(result.problems).toEqual([]);
    expect(result.value!.encoding).toBe('gb18030');
    // No menu, breadcrumb, article info, share/print links, related list, footer or script text.
    expect(unplaced(result.value!.document.blocks)).toEqual([
      p('夏邑县人民政府2020年政府信息公开工作年度报告', 43),
      p('本报告根据《中华人民共和国政府信息公开条例》要求编制。', 46),
      p('一、总体情况', 47),
      p('2020年,我县认真贯彻落实新修订的《条例》,全年共受理依申请政府信息公开14件。', 48),
      p('二、主动公开政府信息情况', 49),
      {
        kind: 'table',
        line: 50,
        aligned: true,
        rows: [
          [c('第二十条第(一)项', 51), m('第二十条第(一)项', 51), m('第二十条第(一)项', 51), m('第二十条第(一)项', 51)],
          [c('信息内容', 52), c('本年新制作数量', 52), c('本年新公开数量', 52), c('对外公开总数量', 52)],
          [c('规章', 53), c('0', 53), c('0', 53), c('0', 53)],
          [c('规范性文件', 54), c('5', 54), c('5', 54), c('5', 54)],
        ],
      },
      p('三、收到和处理政府信息公开申请情况', 56),
      p('全年共收到申请14件,均已按期答复。', 57),
      p('四、政府信息公开行政复议、行政诉讼情况', 58),
      p('1件引起复议,尚未办结;1件引起行政诉讼,结果维持。', 59),
      p('五、存在的主要问题及改进情况', 60),
      p('一是公开内容不够全面;', 61),
      p('二是解读形式较为单一。', 61),
      p('六、其他需要报告的事项', 62),
      p('无其他需要报告事项。', 63),
    ]);
  });

  it('expands the statutory request table: merged header, the 勾稽 note over 3 rows and 3 columns, group labels as rowspans', () => {
    const blocks = blocksOf(fixture('request-table.html'));
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph']);
    expect(blocks[0]).toEqual(p('三、收到和处理政府信息公开申请情况', 8));
    expect(blocks[2]).toEqual(p('四、政府信息公开行政复议、行政诉讼情况', 89));
    const table = blocks[1] as Table;
    expect(table.line).toBe(9);
    expect(table.aligned).toBe(true);
    const note = '(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)';
    const zeros = '0 | 0 | 0 | 0 | 0 | 0 | 0';
    expect(grid(table)).toEqual([
      `${note} | ^ | ^ | 申请人情况 | ^ | ^ | ^ | ^ | ^ | ^`,
      `^ | ^ | ^ | 自然人 | 法人或其他组织 | ^ | ^ | ^ | ^ | 总计`,
      `^ | ^ | ^ | ^ | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | ^`,
      `一、本年新收政府信息公开申请数量 | ^ | ^ | 40 | 2 | 0 | 0 | 0 | 1 | 43`,
      `二、上年结转政府信息公开申请数量 | ^ | ^ | 1 | 0 | 0 | 0 | 0 | 0 | 1`,
      `三、本年度办理结果 | (一)予以公开 | ^ | 5 | 1 |  |  |  | 0 | 6`,
      `^ | (二)部分公开(区分处理的,只计这一情形,不计其他情形) | ^ | ${zeros}`,
      `^ | (三)不予公开 | 1.属于国家秘密 | ${zeros}`,
      `^ | ^ | 2.其他法律行政法规禁止公开 | ${zeros}`,
      `^ | ^ | 3.危及“三安全一稳定” | ${zeros}`,
      `^ | ^ | 4.保护第三方合法权益 | ${zeros}`,
      `^ | ^ | 5.属于三类内部事务信息 | ${zeros}`,
      `^ | ^ | 6.属于四类过程性信息 | ${zeros}`,
      `^ | ^ | 7.属于行政执法案卷 | ${zeros}`,
      `^ | ^ | 8.属于行政查询事项 | ${zeros}`,
      `^ | (四)无法提供 | 1.本机关不掌握相关政府信息 | 35 | 1 | 0 | 0 | 0 | 1 | 37`,
      `^ | ^ | 2.没有现成信息需要另行制作 | ${zeros}`,
      `^ | ^ | 3.补正后申请内容仍不明确 | ${zeros}`,
      `^ | (五)不予处理 | 1.信访举报投诉类申请 | ${zeros}`,
      `^ | ^ | 2.重复申请 | ${zeros}`,
      `^ | ^ | 3.要求提供公开出版物 | ${zeros}`,
      `^ | ^ | 4.无正当理由大量反复申请 | ${zeros}`,
      `^ | ^ | 5.要求行政机关确认或重新出具已获取信息 | ${zeros}`,
      `^ | (六)其他处理 | 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | ${zeros}`,
      `^ | ^ | 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 | ${zeros}`,
      `^ | ^ | 3.其他 | 1 | 0 | 0 | 0 | 0 | 0 | 1`,
      `^ | (七)总计 | ^ | 41 | 2 |  |  | 0 | 1 | 44`,
      `四、结转下年度继续办理 | ^ | ^ | ${zeros}`,
    ]);
    // A merged copy carries its origin's text and line.
    expect(table.rows[2]![1]).toEqual(m(note, 12));
    expect(table.rows[2]![3]).toEqual(m('自然人', 16));
    expect(table.rows[26]![0]).toEqual(m('三、本年度办理结果', 36));
    expect(table.rows[9]![1]).toEqual(m('(三)不予公开', 45));
    // Each origin cell stands on the line its <td> starts on.
    expect(unplaced(table.rows[3])).toEqual([
      c('一、本年新收政府信息公开申请数量', 28),
      m('一、本年新收政府信息公开申请数量', 28),
      m('一、本年新收政府信息公开申请数量', 28),
      ...['40', '2', '0', '0', '0', '1', '43'].map((text) => c(text, 29)),
    ]);
  });

  it('joins cell text split by <br>, <p>, <span> and source line breaks, keeps blank cells blank and short rows short', () => {
    const blocks = blocksOf(fixture('active-tables.html'));
    expect(blocks.map((b) => (b.kind === 'paragraph' ? b.text : grid(b)))).toEqual([
      '二、主动公开政府信息情况',
      [
        '第二十条第(一)项 | ^ | ^ | ^',
        '信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量',
        '规章 | 0 |  | 0',
        '规范性文件 | 4 | 4 | 4',
        // Word's hidden row of column widths is gone.
      ],
      [
        '第二十条第(五)项 | ^ | ^ | ^',
        '信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量',
        '行政许可 | 452 | +212 | 35,381',
        '其他对外管理服务事项 |  | - | 3,206',
      ],
      [
        '第二十条第(九)项 | ^ | ^',
        '信息内容 | 采购项目数量 | 采购总金额(单位:万元)',
        // The amount cell is not in the page: it stays missing, not blank.
        '政府集中采购 | 253',
      ],
    ]);
    expect(unplaced((blocks[1] as Table).rows[1])).toEqual([c('信息内容', 20), c('本年新制作数量', 21), c('本年新公开数量', 23), c('对外公开总数量', 25)]);
  });

  it('rebuilds tables written as paragraphs the way the text reader does', () => {
    const blocks = blocksOf(fixture('paragraph-tables.html'));
    const row = (line: number, ...texts: string[]) => texts.map((text) => c(text, line));
    const lines = (first: number, ...texts: string[]) => texts.map((text, i) => c(text, first + i));
    expect(blocks).toEqual([
      p('二、主动公开政府信息情况', 6),
      p('第二十条第(一)项', 7),
      // Cells apart by runs of full-width spaces or &nbsp;.
      {
        kind: 'table',
        line: 8,
        aligned: false,
        rows: [row(8, '信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'), row(9, '规章', '0', '0', '0'), row(10, '规范性文件', '5', '5', '5')],
      },
      p('第二十条第(五)项', 11),
      // A header row split by <br> has no numbers to be recognized by: its cells stay paragraphs, as in text.
      p('信息内容', 12),
      p('上一年项目数量', 12),
      p('本年增/减', 12),
      p('处理决定数量', 12),
      // Rows split by <br>, then rows of <div> cells (a blank one among them), run together into one table.
      {
        kind: 'table',
        line: 13,
        aligned: false,
        rows: [
          row(13, '行政许可', '231', '1', '27269'),
          row(14, '其他对外管理服务事项', '551', '0', '220809'),
          // The caption line between them is a paragraph.
        ],
      },
      p('第二十条第(六)项', 15),
      {
        kind: 'table',
        line: 16,
        aligned: false,
        rows: [row(16, '行政处罚', '1808', '0', '1668'), row(17, '行政强制', '111', '', '6')],
      },
      p('第二十条第(八)项', 18),
      // One <p> per cell, rows ended by an empty <p>.
      { kind: 'table', line: 20, aligned: false, rows: [lines(20, '行政事业性收费', '7', '0')] },
      p('第二十条第(九)项', 24),
      // Tab-separated text in <pre>.
      { kind: 'table', line: 25, aligned: false, rows: [row(25, '政府集中采购', '3', '111.1')] },
      p('三、收到和处理政府信息公开申请情况', 26),
    ]);
  });

  it('reads the cells of layout tables as blocks and keeps the data table nested in them', () => {
    const blocks = blocksOf(fixture('layout-table.html'));
    expect(blocks.map((b) => (b.kind === 'paragraph' ? `${b.line}: ${b.text}` : grid(b)))).toEqual([
      '22: 台前县人民政府2020年政府信息公开工作年度报告',
      '26: 一、总体情况',
      '27: 2020年,新增主动公开政府信息10998条。',
      // A one-cell frame around a note is not a table.
      '29: 注:本报告所列数据的统计期限自2020年1月1日起至2020年12月31日止。本报告电子版可在台前县人民政府门户网站下载,如对本报告有任何疑问,请与台前县人民政府办公室联系。',
      '31: 四、政府信息公开行政复议、行政诉讼情况',
      [
        '行政复议 | ^ | ^ | ^ | ^ | 行政诉讼 | ^ | ^ | ^ | ^ | ^ | ^ | ^ | ^ | ^',
        '结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | ^ | ^ | ^ | ^ | 复议后起诉 | ^ | ^ | ^ | ^',
        '^ | ^ | ^ | ^ | ^ | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计',
        '0 | 0 | 0 | 1 | 1 | 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0',
      ],
      '59: 五、存在的主要问题及改进情况',
      '60: 六、其他需要报告的事项',
      '61: 无',
    ]);
    // The left menu (a layout table of links beside the content) is not part of the report.
    expect(blocks.some((b) => b.kind === 'paragraph' && b.text.includes('信息公开年报'))).toBe(false);
  });

  it('reads the markup browsers repair: no tbody, unclosed cells and rows, rows in a stray <form>, a table in a paragraph, Word comments, text after </body>', () => {
    const html = [
      '<html><body><p>一、总体情况</p>',
      '<p>二、主动公开政府信息情况<table border=1>',
      '<tr><th>信息内容<td>本年制发件数<td>本年废止件数<td>现行有效件数',
      '<tr><td>规章<td>1<td>0<td>5</tr>',
      '<form action="/x"><tr><td><![if !supportLists]>规范性文件<![endif]><o:p></o:p><td>2<td>&nbsp;<td>7</tr></form>',
      '</table></p>',
      '</body></html>',
      '<p>三、收到和处理政府信息公开申请情况</p>',
    ].join('\n');
    expect(unplaced(blocksOf(utf8(html)))).toEqual([
      p('一、总体情况', 1),
      p('二、主动公开政府信息情况', 2),
      {
        kind: 'table',
        line: 2,
        aligned: true,
        rows: [
          [c('信息内容', 3), c('本年制发件数', 3), c('本年废止件数', 3), c('现行有效件数', 3)],
          [c('规章', 4), c('1', 4), c('0', 4), c('5', 4)],
          [c('规范性文件', 5), c('2', 5), c('', 5), c('7', 5)],
        ],
      },
      p('三、收到和处理政府信息公开申请情况', 8),
    ]);
  });

  it('reads a page with no section headings whole, from <body>', () => {
    const html = '<html><body><p>规章　0　0　0</p><table><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table></body></html>';
    expect(unplaced(blocksOf(utf8(html)))).toEqual([
      { kind: 'table', line: 1, aligned: false, rows: [[c('规章', 1), c('0', 1), c('0', 1), c('0', 1)]] },
      { kind: 'table', line: 1, aligned: true, rows: [[c('a', 1), c('1', 1)], [c('b', 1), c('2', 1)]] },
    ]);
  });

  it('does not take a paragraph that names every section for the report itself', () => {
    const html = [
      '<html><body><div class="menu"><a href="/">首页</a></div><div class="content">',
      '<p>本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六部分组成。</p>',
      '<p>一、总体情况</p>',
      '<p>二、主动公开政府信息情况</p>',
      '</div><div class="footer">版权所有</div></body></html>',
    ].join('\n');
    expect(blocksOf(utf8(html)).map((b) => (b as Paragraph).text)).toEqual([
      '本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六部分组成。',
      '一、总体情况',
      '二、主动公开政府信息情况',
    ]);
  });

  it('refuses a page nested thousands of levels deep before parsing it', () => {
    const html = `<html><body>${'<div>'.repeat(20_000)}一、总体情况${'</div>'.repeat(20_000)}</body></html>`;
    const result = readHtml(utf8(html));
    expect(result.value).toBeNull();
    expect(unreadableCause(result)).toEqual([
      { rule: 'input-unreadable', zh: 'HTML 元素嵌套层级过深，无法读取', en: 'the HTML nests its elements too deeply to be read' },
    ]);
  });

  it('takes the title from <title> when the page shows none above the article', () => {
    const html = [
      '<html><head><title>汝阳县人民政府2020年政府信息公开工作年度报告-汝阳县人民政府网</title></head><body>',
      '<div class="nav"><a href="/">首页</a></div>',
      '<div class="content"><p>一、总体情况</p><p>二、主动公开政府信息情况</p><p>三、收到和处理政府信息公开申请情况</p></div>',
      '</body></html>',
    ].join('\n');
    expect(unplaced(blocksOf(utf8(html)))).toEqual([
      p('汝阳县人民政府2020年政府信息公开工作年度报告', 1),
      p('一、总体情况', 3),
      p('二、主动公开政府信息情况', 3),
      p('三、收到和处理政府信息公开申请情况', 3),
    ]);
  });

  it('prefers the copy shown when a page holds the report twice', () => {
    const report = '<p>一、总体情况</p><p>二、主动公开政府信息情况</p><p>六、其他需要报告的事项</p>';
    const html = `<body><div id="print" style="display:none">${report}<p>打印版</p></div>\n<div id="show">${report}</div></body>`;
    expect(unplaced(blocksOf(utf8(html)))).toEqual([p('一、总体情况', 2), p('二、主动公开政府信息情况', 2), p('六、其他需要报告的事项', 2)]);
  });

  it('joins Chinese broken by a source line break without a space and Latin words with one', () => {
    const html = '<table><tr><td>本年新\n  制作数量</td><td>35,<br>381</td><td>Total<br>amount</td><td>结果 维持</td></tr><tr><td>x</td><td>1</td></tr></table>';
    const table = blocksOf(utf8(html))[0] as Table;
    expect(table.rows[0]!.map((cell) => cell.text)).toEqual(['本年新制作数量', '35,381', 'Total amount', '结果 维持']);
  });

  it('runs rowspan="0" to the end of the table, fills holes left by spans with blank cells and does not pad short rows', () => {
    const html = [
      '<table>',
      '<tr><td rowspan="0">组</td><td>a</td><td>b</td><td rowspan="3">c</td></tr>',
      '<tr><td>d</td></tr>',
      '<tr><td>e</td><td>f</td></tr>',
      '</table>',
    ].join('\n');
    expect(grid(blocksOf(utf8(html))[0])).toEqual(['组 | a | b | c', '^ | d |  | ^', '^ | e | f | ^']);
  });

  it('gives a table caption as the paragraph before the table', () => {
    const html = '<table>\n<caption>第二十条第（八）项</caption>\n<tr><td>信息内容</td><td>本年收费金额（单位：万元）</td></tr>\n<tr><td>行政事业性收费</td><td>1.5</td></tr>\n</table>';
    expect(unplaced(blocksOf(utf8(html)))).toEqual([
      p('第二十条第(八)项', 2),
      { kind: 'table', line: 1, aligned: true, rows: [[c('信息内容', 3), c('本年收费金额(单位:万元)', 3)], [c('行政事业性收费', 4), c('1.5', 4)]] },
    ]);
  });

  it('honours a byte-order mark over the charset the page declares', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('<html><head><meta charset="gbk"></head><body><p>总体情况</p></body></html>')]);
    const result = readHtml(bytes);
    expect(result.value!.encoding).toBe('utf-8');
    expect(unplaced(result.value!.document.blocks)).toEqual([p('总体情况', 1)]);
  });

  it('reads the charset from <meta http-equiv> and from an XML declaration', () => {
    // "总体情况" in GBK.
    const gbk = [0xd7, 0xdc, 0xcc, 0xe5, 0xc7, 0xe9, 0xbf, 0xf6];
    for (const head of ['<meta http-equiv="Content-Type" content="text/html; charset=GBK">', '']) {
      const prefix = head === '' ? '<?xml version="1.0" encoding="gb2312"?>\n<html><body><p>' : `<html><head>${head}</head><body><p>`;
      const bytes = new Uint8Array([...utf8(prefix), ...gbk, ...utf8('</p></body></html>')]);
      const result = readHtml(bytes);
      expect(result.value!.encoding).toBe('gb18030');
      expect(unplaced(result.value!.document.blocks)).toEqual([p('总体情况', head === '' ? 2 : 1)]);
    }
  });

  it('reads UTF-8 as UTF-8 when a stale template still declares gb2312', () => {
    const result = readHtml(utf8('<html><head><meta charset="gb2312"></head><body><p>一、总体情况</p></body></html>'));
    expect(result.value).toEqual({ document: { blocks: [p('一、总体情况', 1)] }, encoding: 'utf-8' });
  });

  it('detects GBK in a page that declares nothing, and UTF-16 by its byte-order mark', () => {
    const gbk = new Uint8Array([...utf8('<html><body><p>'), 0xd7, 0xdc, 0xcc, 0xe5, 0xc7, 0xe9, 0xbf, 0xf6, ...utf8('</p></body></html>')]);
    expect(readHtml(gbk).value).toEqual({ document: { blocks: [p('总体情况', 1)] }, encoding: 'gb18030' });
    const text = '<html><body><p>总体情况</p></body></html>';
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) new DataView(utf16.buffer).setUint16(2 + i * 2, text.charCodeAt(i), true);
    expect(readHtml(utf16).value).toEqual({ document: { blocks: [p('总体情况', 1)] }, encoding: 'utf-16le' });
  });

  it('finds a page with no text of its own unreadable and says why', () => {
    const pages = [
      '<html><head><script>document.write("一、总体情况")</script></head><body><div id="app"></div><script src="app.js"></script></body></html>',
      '<html><frameset cols="20%,80%"><frame src="menu.html"><frame src="report.html"></frameset></html>',
    ];
    for (const page of pages) {
      const result = readHtml(utf8(page));
      expect(result.value).toBeNull();
      expect(unreadableCause(result)).toEqual([
        {
          rule: 'input-unreadable',
          zh: '页面中没有正文文字（正文可能由脚本加载，或报告在附件、框架或图片中）',
          en: 'the page has no text of its own (it may be loaded by scripts, or the report is in an attachment, a frame or an image)',
        },
      ]);
    }
  });

  it('is what readDocument uses for a page saved from a portal', async () => {
    const result = await readDocument(fixture('portal-gbk.html'));
    expect(result.format).toBe('html');
    expect(result.problems).toEqual([]);
    expect(result.value!.document.blocks[0]).toEqual(p('夏邑县人民政府2020年政府信息公开工作年度报告', 43));
  });
});

describe('readHtmlString', () => {
  it('numbers paragraphs and table rows in order when asked for block numbering', () => {
    const html = '<p>一、总体情况</p><table><tr><td>规章</td><td>0</td></tr><tr><td>规范性文件</td><td>5</td></tr></table><p>无</p>';
    expect(unplaced(readHtmlString(html, null, { numbering: 'blocks' }))).toEqual({
      value: {
        encoding: null,
        document: {
          blocks: [
            p('一、总体情况', 1),
            { kind: 'table', line: 2, aligned: true, rows: [[c('规章', 2), c('0', 2)], [c('规范性文件', 3), c('5', 3)]] },
            p('无', 4),
          ],
        },
      },
      problems: [],
    });
  });

  it('keeps tabs as cell separators when asked to', () => {
    const html = '<p>信息内容\t本年制发件数</p><p>规章\t0</p>';
    expect(readHtmlString(html, 'utf-8', { numbering: 'blocks', keepTabs: true }).value!.document.blocks).toEqual([
      { kind: 'table', line: 1, aligned: false, rows: [[c('信息内容', 1), c('本年制发件数', 1)], [c('规章', 2), c('0', 2)]] },
    ]);
  });
});
