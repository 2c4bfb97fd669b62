import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/report.js';
import type { Finding } from '../src/record/schema.js';

/**
 * The arithmetic rules, driven through small hand-written tab-separated reports. Each case states
 * the complete list of findings, worked out from the numbers in the table below.
 */

type Row7 = [number | string, number | string, number | string, number | string, number | string, number | string, number | string];
type Layout = '2019' | '2021';

/** The request table's rows: key, label cells as printed, and the 2019/2021 layouts that have the row. */
const ROWS: { key: string; label: string; layouts: Layout[] }[] = [
  { key: 'received', label: '一、本年新收政府信息公开申请数量', layouts: ['2019', '2021'] },
  { key: 'carriedOver', label: '二、上年结转政府信息公开申请数量', layouts: ['2019', '2021'] },
  { key: 'granted', label: '三、本年度办理结果\t(一) 予以公开', layouts: ['2019', '2021'] },
  { key: 'partiallyGranted', label: '\t(二) 部分公开（区分处理的，只计这一情形，不计其他情形）', layouts: ['2019', '2021'] },
  { key: 'withheld.stateSecret', label: '\t(三) 不予公开\t1.属于国家秘密', layouts: ['2019', '2021'] },
  { key: 'withheld.prohibitedByLaw', label: '\t\t2.其他法律行政法规禁止公开', layouts: ['2019', '2021'] },
  { key: 'withheld.endangersSafety', label: '\t\t3.危及“三安全一稳定”', layouts: ['2019', '2021'] },
  { key: 'withheld.thirdPartyRights', label: '\t\t4.保护第三方合法权益', layouts: ['2019', '2021'] },
  { key: 'withheld.internalAffairs', label: '\t\t5.属于三类内部事务信息', layouts: ['2019', '2021'] },
  { key: 'withheld.processInformation', label: '\t\t6.属于四类过程性信息', layouts: ['2019', '2021'] },
  { key: 'withheld.enforcementFiles', label: '\t\t7.属于行政执法案卷', layouts: ['2019', '2021'] },
  { key: 'withheld.queryMatters', label: '\t\t8.属于行政查询事项', layouts: ['2019', '2021'] },
  { key: 'unavailable.notHeld', label: '\t(四) 无法提供\t1.本机关不掌握相关政府信息', layouts: ['2019', '2021'] },
  { key: 'unavailable.needsCreation', label: '\t\t2.没有现成信息需要另行制作', layouts: ['2019', '2021'] },
  { key: 'unavailable.unclear', label: '\t\t3.补正后申请内容仍不明确', layouts: ['2019', '2021'] },
  { key: 'notProcessed.complaint', label: '\t(五) 不予处理\t1.信访举报投诉类申请', layouts: ['2019', '2021'] },
  { key: 'notProcessed.duplicate', label: '\t\t2.重复申请', layouts: ['2019', '2021'] },
  { key: 'notProcessed.publication', label: '\t\t3.要求提供公开出版物', layouts: ['2019', '2021'] },
  { key: 'notProcessed.excessive', label: '\t\t4.无正当理由大量反复申请', layouts: ['2019', '2021'] },
  { key: 'notProcessed.confirmation', label: '\t\t5.要求行政机关确认或重新出具已获取信息', layouts: ['2019', '2021'] },
  { key: 'otherDisposal', label: '\t(六) 其他处理', layouts: ['2019'] },
  { key: 'otherDisposal.noCorrection', label: '\t(六) 其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', layouts: ['2021'] },
  { key: 'otherDisposal.unpaidFee', label: '\t\t2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', layouts: ['2021'] },
  { key: 'otherDisposal.other', label: '\t\t3.其他', layouts: ['2021'] },
  { key: 'total', label: '\t(七) 总计', layouts: ['2019', '2021'] },
  { key: 'carriedForward', label: '四、结转下年度继续办理', layouts: ['2019', '2021'] },
];

const Z: Row7 = [0, 0, 0, 0, 0, 0, 0];

/**
 * A complete request table that adds up. Columns: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计.
 *   row totals:   17 = 10+3+1+0+2+1, 3 = 2+1, 8 = 5+2+1, 2 = 1+1, 4 = 3+1, 18 = 11+4+1+2, 2 = 1+1 …
 *   （七）总计:    自然人 11 = 5+1+1+3+1; 商业企业 4 = 2+1+1; 科研机构 1; 法律服务机构 2 = 1+1; 总计 18 = 8+2+1+1+4+1+1
 *   勾稽关系:      自然人 10+2 = 11+1; 商业企业 3+1 = 4+0; 其他 1+0 = 0+1; 总计 17+3 = 18+2
 */
const VALID_2019: Record<string, Row7> = {
  received: [10, 3, 1, 0, 2, 1, 17],
  carriedOver: [2, 1, 0, 0, 0, 0, 3],
  granted: [5, 2, 1, 0, 0, 0, 8],
  partiallyGranted: [1, 0, 0, 0, 1, 0, 2],
  'withheld.thirdPartyRights': [1, 0, 0, 0, 0, 0, 1],
  'withheld.processInformation': [0, 0, 0, 0, 1, 0, 1],
  'unavailable.notHeld': [3, 1, 0, 0, 0, 0, 4],
  'notProcessed.duplicate': [1, 0, 0, 0, 0, 0, 1],
  otherDisposal: [0, 1, 0, 0, 0, 0, 1],
  total: [11, 4, 1, 0, 2, 0, 18],
  carriedForward: [1, 0, 0, 0, 0, 1, 2],
};

/** The same table in the 2021 layout: the (六) row is split in three; 1 application went to 3.其他. */
const VALID_2021: Record<string, Row7> = {
  ...Object.fromEntries(Object.entries(VALID_2019).filter(([k]) => k !== 'otherDisposal')),
  'otherDisposal.other': [0, 1, 0, 0, 0, 0, 1],
};

/** 行政复议, 未经复议直接起诉, 复议后起诉; each 维持 纠正 其他 尚未审结 总计. */
const VALID_APPEALS = [2, 1, 0, 1, 4, 1, 0, 1, 0, 2, 0, 0, 0, 1, 1];

interface Built {
  bytes: Uint8Array;
  /** Line of each request row, of the appeals data row and of the request header. */
  line: Record<string, number>;
}

interface Options {
  layout?: Layout;
  requests?: Record<string, Row7 | null>;
  appeals?: (number | string)[] | null;
  /** The 8-column variant: a 法人或其他组织小计 column before 总计, values given per row. */
  subtotals?: Record<string, number | string>;
}

function build(opts: Options = {}): Built {
  const layout = opts.layout ?? '2019';
  const requests = { ...(layout === '2019' ? VALID_2019 : VALID_2021), ...opts.requests };
  const appeals = opts.appeals === undefined ? VALID_APPEALS : opts.appeals;
  const out: string[] = [];
  const line: Record<string, number> = {};
  const push = (text: string, key?: string) => {
    out.push(text);
    if (key) line[key] = out.length;
  };
  // The year the template is for: a 2021 table in a 2020 report is a template-mismatch of its own.
  push(`某县人民政府${layout === '2019' ? 2020 : 2021}年政府信息公开工作年度报告`);
  push('一、总体情况');
  push('本年度共收到政府信息公开申请17件。');
  push('二、主动公开政府信息情况');
  if (layout === '2019') {
    push('第二十条第（一）项\t\t\t');
    push('信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量');
    push('规章\t0\t0\t0');
    push('规范性文件\t5\t5\t5');
    push('第二十条第（五）项\t\t\t');
    push('信息内容\t上一年项目数量\t本年增/减\t处理决定数量');
    push('行政许可\t231\t1\t27269');
    push('其他对外管理服务事项\t551\t0\t220809');
    push('第二十条第（六）项\t\t\t');
    push('信息内容\t上一年项目数量\t本年增/减\t处理决定数量');
    push('行政处罚\t1808\t0\t1668');
    push('行政强制\t111\t0\t6');
    push('第二十条第（八）项\t\t\t');
    push('信息内容\t上一年项目数量\t本年增/减\t');
    push('行政事业性收费\t7\t0\t');
    push('第二十条第（九）项\t\t\t');
    push('信息内容\t采购项目数量\t采购总金额（单位：万元）\t');
    push('政府集中采购\t3\t111.1\t');
  } else {
    push('第二十条第（一）项\t\t\t');
    push('信息内容\t本年制发件数\t本年废止件数\t现行有效件数');
    push('规章\t0\t0\t0');
    push('行政规范性文件\t15\t7\t127');
    push('第二十条第（五）项\t\t\t');
    push('信息内容\t本年处理决定数量\t\t');
    push('行政许可\t12\t\t');
    push('第二十条第（六）项\t\t\t');
    push('信息内容\t本年处理决定数量\t\t');
    push('行政处罚\t1\t\t');
    push('行政强制\t0\t\t');
    push('第二十条第（八）项\t\t\t');
    push('信息内容\t本年收费金额（单位：万元）\t\t');
    push('行政事业性收费\t0\t\t');
  }
  push('三、收到和处理政府信息公开申请情况');
  push('(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)\t申请人情况\t\t\t\t\t\t');
  push('\t自然人\t法人或其他组织\t\t\t\t\t总计');
  push(`\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t${opts.subtotals ? '小计\t' : ''}`, 'header');
  for (const row of ROWS) {
    if (!row.layouts.includes(layout)) continue;
    const values = row.key in requests ? requests[row.key] : Z;
    if (values === null) continue; // the row is left out of the report
    const cells = values!.map(String);
    if (opts.subtotals) cells.splice(6, 0, String(opts.subtotals[row.key] ?? (values!.slice(1, 6) as number[]).reduce((a, b) => a + Number(b), 0)));
    push(`${row.label}\t${cells.join('\t')}`, row.key);
  }
  push('四、政府信息公开行政复议、行政诉讼情况');
  push('行政复议\t\t\t\t\t行政诉讼\t\t\t\t\t\t\t\t\t');
  push('结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉\t\t\t\t');
  push('\t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计', 'appealsHeader');
  if (appeals) push(appeals.map(String).join('\t'), 'appeals');
  // Sections 五 and 六 as the content rules ask: problems and measures, the fee, the assessment results.
  push('五、存在的主要问题及改进情况');
  push('信息公开工作仍存在不足，下一步将加强培训。');
  push('六、其他需要报告的事项');
  push('本年度未收取信息处理费。工作考核、社会评议和责任追究结果：无责任追究情况。');
  return { bytes: new Uint8Array(Buffer.from(out.join('\n'), 'utf8')), line };
}

const with2019 = (changes: Record<string, Row7 | null>) => ({ requests: changes });
const row = (key: string, change: (r: Row7) => void): Record<string, Row7> => {
  const r = [...(VALID_2019[key] ?? Z)] as Row7;
  change(r);
  return { [key]: r };
};

async function findings(opts: Options, lang: 'zh' | 'en' = 'zh'): Promise<{ findings: Finding[]; line: Record<string, number> }> {
  const b = build(opts);
  const report = await parseReport({ path: 'rules.txt', bytes: b.bytes }, { lang });
  return { findings: report.findings, line: b.line };
}

describe('the hand-written reports these tests are built on', () => {
  it('a complete 2019 report that adds up gives no findings at all', async () => {
    const b = build();
    const report = await parseReport({ path: 'rules.txt', bytes: b.bytes });
    expect(report.findings).toEqual([]);
    expect(report.meta.template).toBe('2019');
    expect(report.requests.received).toEqual({ natural: 10, business: 3, research: 1, nonprofit: 0, legal: 2, otherOrg: 1, total: 17 });
    expect(report.requests.carriedForward).toEqual({ natural: 1, business: 0, research: 0, nonprofit: 0, legal: 0, otherOrg: 1, total: 2 });
    expect(report.appeals.reconsideration).toEqual({ upheld: 2, corrected: 1, other: 0, pending: 1, total: 4 });
  });

  it('a complete 2021 report that adds up gives no findings at all', async () => {
    const b = build({ layout: '2021' });
    const report = await parseReport({ path: 'rules.txt', bytes: b.bytes });
    expect(report.findings).toEqual([]);
    expect(report.meta.template).toBe('2021');
    expect((report.requests.otherDisposal as Record<string, unknown>).other).toEqual({ natural: 0, business: 1, research: 0, nonprofit: 0, legal: 0, otherOrg: 0, total: 1 });
  });

  it('the 8-column variant with a 法人或其他组织小计 column that adds up gives no findings at all', async () => {
    const report = await parseReport({ path: 'rules.txt', bytes: build({ subtotals: {} }).bytes });
    expect(report.findings).toEqual([]);
    expect(report.requests.received).toEqual({ natural: 10, business: 3, research: 1, nonprofit: 0, legal: 2, otherOrg: 1, total: 17 });
  });
});

describe('requests-balance (一 + 二 = （七）总计 + 四, every column)', () => {
  // The one cell that repairs both failing identities: the one changed, with the value it had.
  const SUSPECT_CF = { table: 'requests', row: 'carriedForward', column: 'natural', value: 2, proposed: 1, certainty: 'unique' };
  it('one changed value: 四 自然人 1 → 2 breaks the 自然人 column and row 四', async () => {
    const { findings: f, line } = await findings(with2019(row('carriedForward', (r) => (r[0] = 2))));
    expect(f).toEqual([
      {
        rule: 'requests-balance',
        severity: 'error',
        message: '自然人列勾稽关系不成立：本年新收 10 + 上年结转 2 = 12，但办理结果总计 11 + 结转下年度 2 = 13',
        location: { line: line.total, section: 3, table: 'requests', row: 'total', column: 'natural', path: 'requests.total.natural' },
        actual: 13,
        expected: 12,
        suspect: SUSPECT_CF,
      },
      {
        rule: 'requests-row-total',
        severity: 'error',
        message: '“四、结转下年度继续办理”行：各申请人之和为 3，但总计为 2',
        location: { line: line.carriedForward, section: 3, table: 'requests', row: 'carriedForward', column: 'total', path: 'requests.carriedForward.total' },
        actual: 2,
        expected: 3,
        suspect: SUSPECT_CF,
      },
      {
        rule: 'suspect-cell',
        severity: 'warning',
        message: '可能填错的单元格：四、结转下年度继续办理/自然人，填为 2；改为 1 则各项核对均成立',
        location: { line: line.carriedForward, section: 3, table: 'requests', row: 'carriedForward', column: 'natural', path: 'requests.carriedForward.natural' },
        suspect: SUSPECT_CF,
      },
    ]);
  });

  it('row 四 changed so that it still adds up: only the balance of 自然人 and 总计 fails', async () => {
    const { findings: f, line } = await findings(
      with2019(
        row('carriedForward', (r) => {
          r[0] = 2;
          r[6] = 3;
        }),
      ),
      'en',
    );
    expect(f).toEqual([
      {
        rule: 'requests-balance',
        severity: 'error',
        message: 'natural: received 10 + carried over 2 = 12, but total 11 + carried forward 2 = 13',
        location: { line: line.total, section: 3, table: 'requests', row: 'total', column: 'natural', path: 'requests.total.natural' },
        actual: 13,
        expected: 12,
      },
      {
        rule: 'requests-balance',
        severity: 'error',
        message: 'total: received 17 + carried over 3 = 20, but total 18 + carried forward 3 = 21',
        location: { line: line.total, section: 3, table: 'requests', row: 'total', column: 'total', path: 'requests.total.total' },
        actual: 21,
        expected: 20,
      },
    ]);
  });

  it('a "-" in row 一 leaves its column unchecked: exactly one warning saying so', async () => {
    const { findings: f, line } = await findings(with2019(row('received', (r) => (r[4] = '-'))));
    const table = { line: line.received, section: 3, table: 'requests', path: 'requests' };
    expect(f).toEqual([
      { rule: 'requests-balance', severity: 'warning', message: '无法核对勾稽关系（缺少数值）：法律服务机构列', location: table },
      { rule: 'requests-row-total', severity: 'warning', message: '1 行无法核对总计（缺少数值）：一、本年新收政府信息公开申请数量', location: table },
      {
        rule: 'cell-blank',
        severity: 'info',
        message: '单元格标为“-”，按无数值处理：一、本年新收政府信息公开申请数量/法律服务机构',
        location: { line: line.received, section: 3, table: 'requests', row: 'received', column: 'legal', path: 'requests.received.legal' },
      },
    ]);
  });

  it('a missing row 二 leaves every column unchecked: one warning listing them', async () => {
    const { findings: f, line } = await findings(with2019({ carriedOver: null }), 'en');
    const table = { line: line.received, section: 3, table: 'requests', path: 'requests' };
    expect(f).toEqual([
      { rule: 'requests-balance', severity: 'warning', message: 'balance not checked, values missing in column(s): natural, business, research, nonprofit, legal and 2 more', location: table },
      { rule: 'requests-row-total', severity: 'warning', message: '1 row(s) not checked, values missing: carriedOver', location: table },
      { rule: 'row-missing', severity: 'error', message: 'request table: row carriedOver is missing', location: { section: 3, table: 'requests', row: 'carriedOver', path: 'requests.carriedOver' } },
    ]);
  });
});

describe('requests-row-total (总计 = 自然人 + the five organisation columns, every row)', () => {
  it('one changed value: （一） 商业企业 2 → 3 breaks row （一） and the 商业企业 column', async () => {
    const { findings: f, line } = await findings(with2019(row('granted', (r) => (r[1] = 3))));
    const suspect = { table: 'requests', row: 'granted', column: 'business', value: 3, proposed: 2, certainty: 'unique' };
    expect(f).toEqual([
      {
        rule: 'requests-row-total',
        severity: 'error',
        message: '“（一）予以公开”行：各申请人之和为 9，但总计为 8',
        location: { line: line.granted, section: 3, table: 'requests', row: 'granted', column: 'total', path: 'requests.granted.total' },
        actual: 8,
        expected: 9,
        suspect,
      },
      {
        rule: 'suspect-cell',
        severity: 'warning',
        message: '可能填错的单元格：（一）予以公开/商业企业，填为 3；改为 2 则各项核对均成立',
        location: { line: line.granted, section: 3, table: 'requests', row: 'granted', column: 'business', path: 'requests.granted.business' },
        suspect,
      },
      {
        rule: 'requests-outcome-total',
        severity: 'error',
        message: '商业企业列：各项办理结果之和为 5，但（七）总计为 4',
        location: { line: line.total, section: 3, table: 'requests', row: 'total', column: 'business', path: 'requests.total.business' },
        actual: 4,
        expected: 5,
        suspect,
      },
    ]);
  });

  it('a 商业企业 application moved from （四）1 to （一） without the totals: only the two rows fail', async () => {
    const { findings: f, line } = await findings(
      with2019({ ...row('granted', (r) => (r[1] = 3)), ...row('unavailable.notHeld', (r) => (r[1] = 0)) }),
      'en',
    );
    expect(f).toEqual([
      {
        rule: 'requests-row-total',
        severity: 'error',
        message: 'row granted: applicants add up to 9, but the total says 8',
        location: { line: line.granted, section: 3, table: 'requests', row: 'granted', column: 'total', path: 'requests.granted.total' },
        actual: 8,
        expected: 9,
      },
      {
        rule: 'requests-row-total',
        severity: 'error',
        message: 'row unavailable.notHeld: applicants add up to 3, but the total says 4',
        location: { line: line['unavailable.notHeld'], section: 3, table: 'requests', row: 'unavailable.notHeld', column: 'total', path: 'requests.unavailable.notHeld.total' },
        actual: 4,
        expected: 3,
      },
    ]);
  });

  it('a blank cell leaves its row unchecked: exactly one warning saying so', async () => {
    const { findings: f, line } = await findings(with2019(row('granted', (r) => (r[3] = ''))));
    const table = { line: line.received, section: 3, table: 'requests', path: 'requests' };
    expect(f).toEqual([
      { rule: 'requests-row-total', severity: 'warning', message: '1 行无法核对总计（缺少数值）：（一）予以公开', location: table },
      { rule: 'requests-outcome-total', severity: 'warning', message: '无法核对办理结果总计（缺少数值）：社会公益组织列', location: table },
      {
        rule: 'cell-blank',
        severity: 'warning',
        message: '单元格为空：（一）予以公开/社会公益组织',
        location: { line: line.granted, section: 3, table: 'requests', row: 'granted', column: 'nonprofit', path: 'requests.granted.nonprofit' },
      },
    ]);
  });

  it('in the 8-column variant, a 小计 that is not the sum of the organisations is an error of its own', async () => {
    const { findings: f, line } = await findings({ subtotals: { received: 6 } });
    expect(f).toEqual([
      {
        rule: 'requests-row-total',
        severity: 'error',
        message: '“一、本年新收政府信息公开申请数量”行：法人或其他组织之和为 7，但小计为 6',
        location: { line: line.received, section: 3, table: 'requests', row: 'received', column: 'subtotal', path: 'requests.received.subtotal' },
        actual: 6,
        expected: 7,
      },
    ]);
  });
});

describe('requests-outcome-total (（七）总计 = （一） … （六）, every column)', () => {
  it('one changed value: （七） 自然人 11 → 12 breaks its row, its column and the 勾稽关系', async () => {
    const { findings: f, line } = await findings(with2019(row('total', (r) => (r[0] = 12))));
    const at = (column: string) => ({ line: line.total, section: 3, table: 'requests', row: 'total', column, path: `requests.total.${column}` });
    const suspect = { table: 'requests', row: 'total', column: 'natural', value: 12, proposed: 11, certainty: 'unique' };
    expect(f.map(({ message: _, ...rest }) => rest)).toEqual([
      { rule: 'requests-balance', severity: 'error', location: at('natural'), actual: 13, expected: 12, suspect },
      { rule: 'requests-row-total', severity: 'error', location: at('total'), actual: 18, expected: 19, suspect },
      { rule: 'requests-outcome-total', severity: 'error', location: at('natural'), actual: 12, expected: 11, suspect },
      { rule: 'suspect-cell', severity: 'warning', location: at('natural'), suspect },
    ]);
    expect(f.map((x) => x.message)[0]).toBe('自然人列勾稽关系不成立：本年新收 10 + 上年结转 2 = 12，但办理结果总计 12 + 结转下年度 1 = 13');
    expect(f.map((x) => x.message)[2]).toBe('自然人列：各项办理结果之和为 11，但（七）总计为 12');
  });

  // Row and column keys share the name "total": the row is （七）总计, the column 总计.
  it('names the （七）总计 row by its own label in the row-total message', async () => {
    const { findings: f } = await findings(with2019(row('total', (r) => (r[0] = 12))));
    expect(f.find((x) => x.rule === 'requests-row-total')!.message).toBe('“（七）总计”行：各申请人之和为 19，但总计为 18');
  });

  it('an application moved between columns of （一） without the （七） row: only the two columns fail', async () => {
    const { findings: f, line } = await findings(
      with2019(
        row('granted', (r) => {
          r[0] = 6;
          r[1] = 1;
        }),
      ),
      'en',
    );
    const at = (column: string) => ({ line: line.total, section: 3, table: 'requests', row: 'total', column, path: `requests.total.${column}` });
    expect(f).toEqual([
      { rule: 'requests-outcome-total', severity: 'error', message: 'natural: outcomes add up to 12, but the total handled says 11', location: at('natural'), actual: 11, expected: 12 },
      { rule: 'requests-outcome-total', severity: 'error', message: 'business: outcomes add up to 3, but the total handled says 4', location: at('business'), actual: 4, expected: 3 },
    ]);
  });

  it('counts the three （六） rows of the 2021 layout: one application added to （六）1 is caught', async () => {
    const { findings: f, line } = await findings({ layout: '2021', requests: { 'otherDisposal.noCorrection': [1, 0, 0, 0, 0, 0, 1] } });
    const at = (column: string) => ({ line: line.total, section: 3, table: 'requests', row: 'total', column, path: `requests.total.${column}` });
    expect(f).toEqual([
      { rule: 'requests-outcome-total', severity: 'error', message: '自然人列：各项办理结果之和为 12，但（七）总计为 11', location: at('natural'), actual: 11, expected: 12 },
      { rule: 'requests-outcome-total', severity: 'error', message: '总计列：各项办理结果之和为 19，但（七）总计为 18', location: at('total'), actual: 18, expected: 19 },
    ]);
  });

  it('a missing （六） row leaves every column unchecked: exactly one warning saying so', async () => {
    const { findings: f, line } = await findings(with2019({ otherDisposal: null }));
    const table = { line: line.received, section: 3, table: 'requests', path: 'requests' };
    expect(f).toEqual([
      { rule: 'requests-row-total', severity: 'warning', message: '1 行无法核对总计（缺少数值）：（六）其他处理', location: table },
      {
        rule: 'requests-outcome-total',
        severity: 'warning',
        message: '无法核对办理结果总计（缺少数值）：自然人、商业企业、科研机构、社会公益组织、法律服务机构等 7 项列',
        location: table,
      },
      { rule: 'row-missing', severity: 'error', message: '申请情况表缺少“（六）其他处理”行', location: { section: 3, table: 'requests', row: 'otherDisposal', path: 'requests.otherDisposal' } },
    ]);
  });
});

describe('the request rules with no request table at all', () => {
  // One finding says the table is missing and that its checks cannot run; the three arithmetic rules
  // do not each repeat it.
  it('leave it to table-missing, whose message says the checks cannot run', async () => {
    const none = Object.fromEntries(ROWS.map((r) => [r.key, null]));
    const { findings: f } = await findings(with2019(none), 'en');
    expect(f).toEqual([
      { rule: 'table-missing', severity: 'error', message: 'request table not found: its values are null and its checks cannot run', location: { section: 3, table: 'requests', path: 'requests' } },
    ]);
  });
});

describe('appeals-total (维持 + 纠正 + 其他 + 尚未审结 = 总计, each group)', () => {
  const valid = () => [...VALID_APPEALS];

  it('one changed value: 行政复议 结果维持 2 → 3', async () => {
    const appeals = valid();
    appeals[0] = 3;
    const { findings: f, line } = await findings({ appeals });
    expect(f).toEqual([
      {
        rule: 'appeals-total',
        severity: 'error',
        message: '行政复议：各项之和为 5，但总计为 4',
        location: { line: line.appeals, section: 4, table: 'appeals', row: 'reconsideration', column: 'total', path: 'appeals.reconsideration.total' },
        actual: 4,
        expected: 5,
      },
    ]);
  });

  it('one changed value: 复议后起诉 总计 1 → 0', async () => {
    const appeals = valid();
    appeals[14] = 0;
    const { findings: f, line } = await findings({ appeals }, 'en');
    expect(f).toEqual([
      {
        rule: 'appeals-total',
        severity: 'error',
        message: 'litigation.afterReconsideration: outcomes add up to 1, but the total says 0',
        location: { line: line.appeals, section: 4, table: 'appeals', row: 'litigation.afterReconsideration', column: 'total', path: 'appeals.litigation.afterReconsideration.total' },
        actual: 0,
        expected: 1,
      },
    ]);
  });

  it('a "-" in 未经复议直接起诉 leaves that group unchecked: exactly one warning saying so', async () => {
    const appeals: (number | string)[] = valid();
    appeals[8] = '-';
    const { findings: f, line } = await findings({ appeals });
    expect(f).toEqual([
      { rule: 'appeals-total', severity: 'warning', message: '无法核对总计（缺少数值）：行政诉讼-未经复议直接起诉', location: { line: line.appeals, section: 4, table: 'appeals', path: 'appeals' } },
      {
        rule: 'cell-blank',
        severity: 'info',
        message: '单元格标为“-”，按无数值处理：行政诉讼-未经复议直接起诉/尚未审结',
        location: { line: line.appeals, section: 4, table: 'appeals', row: 'litigation.direct', column: 'pending', path: 'appeals.litigation.direct.pending' },
      },
    ]);
  });

  it('a missing data row leaves all three groups unchecked: one warning, and the row is missing', async () => {
    const { findings: f, line } = await findings({ appeals: null }, 'en');
    const at = { line: line.appealsHeader! - 2, section: 4, table: 'appeals', path: 'appeals' };
    expect(f).toEqual([
      { rule: 'row-missing', severity: 'error', message: 'appeals table: the row of numbers is missing', location: at },
      { rule: 'appeals-total', severity: 'warning', message: 'total not checked, values missing in: reconsideration, litigation.direct, litigation.afterReconsideration', location: at },
    ]);
  });
});

describe('a report with none of the statutory tables', () => {
  it('gets one finding saying so, naming pictures as the likely cause', async () => {
    const report = await parseReport({
      path: 'no-tables.txt',
      bytes: Buffer.from('一、总体情况\n本年度工作正常开展。\n二、主动公开政府信息情况\n（表格为图片）\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n仍存在不足，下一步将加强。\n六、其他需要报告的事项\n无。\n'),
    });
    expect(report.findings.map((f) => [f.rule, f.severity, f.message])).toEqual([
      ['table-missing', 'error', '未找到任何法定表格（第二、三、四部分），无法核对；文件中没有数字表格，表格可能以图片形式插入'],
    ]);
  });

  it('names the rows of numbers it could not make out instead, with their line: no picture is blamed for them', async () => {
    const report = await parseReport({
      path: 'unread.txt',
      bytes: Buffer.from('一、总体情况\n本年度工作正常开展。\n二、主动公开政府信息情况\n甲类\t1\t2\t3\n乙类\t4\t5\t6\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n仍存在不足，下一步将加强。\n六、其他需要报告的事项\n无。\n'),
    });
    expect(report.findings.map((f) => [f.rule, f.severity, f.location.line, f.message])).toEqual([
      ['table-missing', 'error', 4, '未找到任何法定表格（第二、三、四部分），无法核对；第 4 行起有数字表格，但其行名和表头无法识别为法定表格'],
    ]);
  });
});

describe('a table read in part', () => {
  it('gets one row-missing finding listing the rows it lacks, at the table, not one error per row', async () => {
    const report = await parseReport({
      path: 'cut.txt',
      bytes: Buffer.from('三、收到和处理政府信息公开申请情况\n\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计\n一、本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1\n二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0\n'),
    });
    const missing = report.findings.filter((f) => f.rule === 'row-missing');
    expect(missing.map((f) => [f.severity, f.location.line, f.location.table, f.message])).toEqual([
      ['error', 3, 'requests', '申请情况表缺少 23 行（表格残缺、中断，或行名无法识别）：（一）予以公开、（二）部分公开、（三）1.属于国家秘密、（三）2.其他法律行政法规禁止公开、（三）3.危及“三安全一稳定”等 23 项'],
    ]);
  });
});
