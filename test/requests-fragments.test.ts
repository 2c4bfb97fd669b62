import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/report.js';
import { closestLabel, editDistance } from '../src/tables/match-label.js';

/** The 2021 request table's rows, in order, with natural-person values whose identities all hold (5 + 1 = 5 + 1). */
const ROWS: [string, number][] = [
  ['一、本年新收政府信息公开申请数量', 5],
  ['二、上年结转政府信息公开申请数量', 1],
  ['(一)予以公开', 2],
  ['(二)部分公开(区分处理的,只计这一情形,不计其他情形)', 1],
  ['1.属于国家秘密', 0],
  ['2.其他法律行政法规禁止公开', 0],
  ['3.危及"三安全一稳定"', 0],
  ['4.保护第三方合法权益', 0],
  ['5.属于三类内部事务信息', 0],
  ['6.属于四类过程性信息', 0],
  ['7.属于行政执法案卷', 0],
  ['8.属于行政查询事项', 0],
  ['1.本机关不掌握相关政府信息', 1],
  ['2.没有现成信息需要另行制作', 0],
  ['3.补正后申请内容仍不明确', 0],
  ['1.信访举报投诉类申请', 0],
  ['2.重复申请', 0],
  ['3.要求提供公开出版物', 0],
  ['4.无正当理由大量反复申请', 0],
  ['5.要求行政机关确认或重新出具已获取信息', 0],
  ['1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', 1],
  ['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', 0],
  ['3.其他', 0],
  ['(七)总计', 5],
  ['四、结转下年度继续办理', 1],
];
const GROUP_BEFORE: Record<number, string> = { 2: '三、本年度办理结果', 4: '(三)不予公开', 12: '(四)无法提供', 15: '(五)不予处理', 20: '(六)其他处理' };
const HEADER = '| 申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |';
const values = (n: number) => [n, 0, 0, 0, 0, 0, n].join(' | ');

/** A Markdown report whose request table is one pipe table; `row` may rewrite or drop a row's label. */
function report(row: (label: string, i: number) => string | null = (l) => l, extra = ''): string {
  const lines = ['# 某县人民政府办公室2023年政府信息公开工作年度报告', '', '三、收到和处理政府信息公开申请情况', '', HEADER, '|---|---|---|---|---|---|---|---|'];
  ROWS.forEach(([label, n], i) => {
    const group = GROUP_BEFORE[i];
    const written = row(label, i);
    if (written === null) lines.push(`| ${values(n)} |`);
    else lines.push(`| ${group ? `${group} ${written}` : written} | ${values(n)} |`);
  });
  return [...lines, '', extra].join('\n');
}
const parse = (text: string) => parseReport({ path: 'r.md', bytes: Buffer.from(text) });
const natural = (r: Awaited<ReturnType<typeof parse>>) => [
  r.requests.partiallyGranted.natural,
  r.requests.withheld.stateSecret.natural,
  r.requests.unavailable.notHeld.natural,
  r.requests.unavailable.needsCreation.natural,
];
// The synthetic reports hold the request table alone: the other tables' and sections' findings are true and beside the point.
const ALONE = new Set(['table-missing', 'section-missing']);
const summary = (r: Awaited<ReturnType<typeof parse>>) => r.findings.filter((f) => !ALONE.has(f.rule)).map((f) => `${f.rule} ${f.severity} ${f.location.line ?? ''} ${f.message}`);
const errors = (r: Awaited<ReturnType<typeof parse>>) => r.findings.filter((f) => f.severity === 'error' && !ALONE.has(f.rule));

describe('request rows without labels, placed by the statutory order', () => {
  it('places label-less value rows when as many rows as the gap needs stand in it, and says so', async () => {
    // Rows 13 and 14 ((四)1, (四)2) lose their labels, as in a converter's Markdown.
    const r = await parse(report((l, i) => (i === 12 || i === 13 ? null : l)));
    expect(r.requests.unavailable.notHeld).toEqual({ natural: 1, business: 0, research: 0, nonprofit: 0, legal: 0, otherOrg: 0, total: 1 });
    expect(r.requests.unavailable.needsCreation.natural).toBe(0);
    expect(summary(r)).toEqual([
      'label-variant info 19 该行数值没有行名，按法定行序归入“（四）1.本机关不掌握相关政府信息”',
      'label-variant info 20 该行数值没有行名，按法定行序归入“（四）2.没有现成信息需要另行制作”',
    ]);
  });

  it('leaves them alone when the count does not fit the gap: no value is guessed', async () => {
    // One label-less row where two rows are missing: which one it is cannot be told.
    const r = await parse(report((l, i) => (i === 13 ? '' : i === 12 ? null : l)).replace(/\| {2}\| 0 \| 0/, '| 注 | 0 | 0'));
    expect(r.requests.unavailable.notHeld.natural).toBeNull();
    expect(r.findings.filter((f) => f.rule === 'label-variant')).toEqual([]);
  });
});

describe('request rows whose labels are misspelt, misread or cut', () => {
  it('reads a misread label by the closest statutory one and says how it was written', async () => {
    const r = await parse(report((l) => l.replace('其他法律行政法规禁止公开', '其他法律行政止公开').replace('内部事务', '内部事物').replace('不掌握相关', '不掌屋相关')));
    expect(r.findings.filter((f) => f.rule === 'label-variant').map((f) => f.message)).toEqual([
      '行名“其他法律行政止公开”与法定表述不同，按“（三）2.其他法律行政法规禁止公开”读取',
      '行名“属于三类内部事物信息”与法定表述不同，按“（三）5.属于三类内部事务信息”读取',
      '行名“本机关不掌屋相关政府信息”与法定表述不同，按“（四）1.本机关不掌握相关政府信息”读取',
    ]);
    expect(r.requests.withheld.prohibitedByLaw.natural).toBe(0);
    expect(r.requests.withheld.internalAffairs.total).toBe(0);
    expect(r.requests.unavailable.notHeld.total).toBe(1);
    expect(errors(r)).toEqual([]);
  });

  it('reads a label cut at a cell edge', async () => {
    const r = await parse(report((l) => l.replace('2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '2.申请人逾期未按收')));
    expect(r.requests.otherDisposal).toMatchObject({ unpaidFee: { natural: 0, total: 0 } });
    expect(r.findings.filter((f) => f.rule === 'label-variant').map((f) => f.message)).toEqual(['行名“申请人逾期未按收”不完整，按“（六）2.申请人逾期未按收费通知要求缴纳费用”读取']);
  });
});

describe('closestLabel', () => {
  const targets = ['行政许可', '行政处罚', '行政强制', '规章', '其他法律行政法规禁止公开', '重复申请', '无正当理由大量反复申请'].map((text) => ({ text, value: text }));
  it.each([
    ['行政许司', '行政许可'],
    ['行政处伐', '行政处罚'],
    ['其他法律行政止公开', '其他法律行政法规禁止公开'],
    ['其他法律行政法规禁', '其他法律行政法规禁止公开'],
    ['无正当理由大量反复', '无正当理由大量反复申请'],
  ])('names %s as %s', (label, want) => {
    expect(closestLabel(label, targets)?.value).toBe(want);
  });
  it.each(['规范', '行政复议', '行政诉讼', '申请', '申请人情况', '行政', '法律服务机构', '其他', '重复'])('names nothing for the near-miss %s', (label) => {
    expect(closestLabel(label, targets)).toBeNull();
  });
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('行政复议', '行政议复', 2)).toBe(1);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});

describe('header rows and repeated tables', () => {
  it('never reads the header row holding 总计 as the (七)总计 row', async () => {
    const r = await parse(report());
    expect(r.requests.total).toEqual({ natural: 5, business: 0, research: 0, nonprofit: 0, legal: 0, otherOrg: 0, total: 5 });
    expect(summary(r)).toEqual([]);
    // An HTML grid with a spare empty column after 总计: the header row then has a "value" after its
    // last label, and still is a header.
    const td = (cells: (string | number)[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
    const header = td(['申请人情况', '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计', '']);
    const body = ROWS.map(([label, n]) => td([label, n, 0, 0, 0, 0, 0, n, ''])).join('');
    const html = `<html><body><p>三、收到和处理政府信息公开申请情况</p><table>${header}${body}</table></body></html>`;
    const spare = await parseReport({ path: 'r.html', bytes: Buffer.from(html) });
    expect(spare.requests.total).toEqual({ natural: 5, business: 0, research: 0, nonprofit: 0, legal: 0, otherOrg: 0, total: 5 });
    expect(spare.findings.filter((f) => f.rule.startsWith('requests-') || f.rule === 'row-misaligned')).toEqual([]);
  });

  it('reads the copy naming the most rows when the table is printed twice, and says where the other stands', async () => {
    const partial = ['附件：申请情况统计表', '', HEADER, '|---|---|---|---|---|---|---|---|', `| 一、本年新收政府信息公开申请数量 | ${values(9)} |`, `| 二、上年结转政府信息公开申请数量 | ${values(9)} |`, `| (一)予以公开 | ${values(9)} |`].join('\n');
    const r = await parse(report((l) => l, partial));
    expect(r.requests.received.natural).toBe(5);
    expect(r.findings.filter((f) => f.rule === 'table-located').map((f) => f.message)).toEqual(['申请情况表出现 2 处，采用第 7 行起的一处（25 行可识别）；另见第 37 行']);
  });
});

describe('a request table split into fragments with bogus or repeated headers', () => {
  // Six columns: the report's table has no 其他 column, which only its own header tells.
  const six = (n: number) => [n, 0, 0, 0, 0, n].join(' | ');
  const SIX = '|  | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 总计 |';
  const fragments = (rows: [string, number][]) => {
    const out = ['三、收到和处理政府信息公开申请情况', '自然人法人或其他组织总计', ''];
    rows.forEach(([label, n], i) => {
      // Every third fragment prints the real header again, the others a bogus one or a header copied from table 四.
      const header = i === 2 ? SIX : i % 2 === 0 ? '| 数据1 | 数据2 | 数据3 | 数据4 | 数据5 | 数据6 | 数据7 |' : '| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 |';
      out.push(header, '|---|---|---|---|---|---|---|', `| ${label} | ${six(n)} |`, '');
    });
    return out.join('\n');
  };

  it('takes the columns from the best header seen inside the table, and keys rows by their labels', async () => {
    const rows = ROWS.map(([label, n], i): [string, number] => [GROUP_BEFORE[i] ? `${GROUP_BEFORE[i]} ${label}` : label, n]);
    const r = await parse(fragments(rows));
    expect(r.requests.received).toEqual({ natural: 5, business: 0, research: 0, nonprofit: 0, legal: 0, otherOrg: null, total: 5 });
    // "3.其他" after a fragment whose copied header names 总计: still （六）3.
    expect(r.requests.otherDisposal).toMatchObject({ other: { natural: 0, total: 0 } });
    expect(r.requests.total).toMatchObject({ natural: 5, total: 5 });
    expect(r.findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual(['column-missing', 'table-missing', 'table-missing']);
  });
});

describe('request header cells broken over two lines', () => {
  it('names a column by the first half of its name ("商业" / "企业") and keeps the statutory seven', async () => {
    const text = ['三、收到和处理政府信息公开申请情况', '自然人 | 法人或其他组织 | 总计 |', '商业 | 科研 | 社会公益组织 | 法律服务机构 | 其他 |', '企业 | 机构 |', '一、本年新收政府信息公开申请数量 | 0 | | | | | | 0 |'].join('\n');
    const r = await parseReport({ path: 'r.txt', bytes: Buffer.from(text) });
    expect(r.requests.received).toEqual({ natural: 0, business: null, research: null, nonprofit: null, legal: null, otherOrg: null, total: 0 });
  });
});

describe('a 2021 report printing （六）其他处理 as one row, as the 2019 form does (corpus 027)', () => {
  it('keeps the one row beside the three statutory sub-rows (null), and checks the table as printed', async () => {
    const one = ROWS.filter(([label]) => !/^([12]\.申请人|3\.其他$)/.test(label));
    one.splice(20, 0, ['(六)其他处理', 1]);
    const text = [
      '二、主动公开政府信息情况',
      '信息内容\t本年制发件数\t本年废止件数\t现行有效件数',
      '规章\t0\t0\t0',
      HEADER.replace(/ \| /g, '\t').replace(/^\| | \|$/g, ''),
      ...one.map(([label, n]) => `${label}\t${[n, 0, 0, 0, 0, 0, n].join('\t')}`),
    ].join('\n');
    const r = await parseReport({ path: 'r.txt', bytes: Buffer.from(text) });
    expect(r.meta.template).toBe('2021');
    const blank = { natural: null, business: null, research: null, nonprofit: null, legal: null, otherOrg: null, total: null };
    expect(r.requests.otherDisposal).toEqual({ noCorrection: blank, unpaidFee: blank, other: blank, natural: 1, business: 0, research: 0, nonprofit: 0, legal: 0, otherOrg: 0, total: 1 });
    // The synthetic section 二 holds 规章 alone; the request table is whole and its identities hold.
    expect(r.findings.filter((f) => f.rule.startsWith('requests-') || f.rule === 'row-missing').map((f) => f.message)).toEqual([
      '主动公开情况表缺少 5 行（表格残缺、中断，或行名无法识别）：行政规范性文件、行政许可、行政处罚、行政强制、行政事业性收费',
    ]);
  });
});
