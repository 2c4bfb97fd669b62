import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/report.js';

const parse = (text: string) => parseReport({ path: 'r.txt', bytes: Buffer.from(text) });
const SECTIONS = ['一、总体情况', '本年度工作正常开展。', '二、主动公开政府信息情况', '详见附表一。', '三、收到和处理政府信息公开申请情况', '详见附表二。', '四、政府信息公开行政复议、行政诉讼情况', '详见附表三。', '五、存在的主要问题及改进情况', '无。', '六、其他需要报告的事项', '无。'];
const ACTIVE = ['第二十条第(一)项', '信息内容\t本年制发件数\t本年废止件数\t现行有效件数', '规章\t0\t0\t0', '行政规范性文件\t3\t1\t20', '第二十条第(五)项', '信息内容\t本年处理决定数量', '行政许可\t97', '第二十条第(六)项', '信息内容\t本年处理决定数量', '行政处罚\t4', '行政强制\t0', '第二十条第(八)项', '信息内容\t本年收费金额(单位:万元)', '行政事业性收费\t1.5'];
const APPEALS = ['行政复议\t行政诉讼', '结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉', '1\t0\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0'];

describe('statutory tables found by their content, wherever they stand', () => {
  it('reads section 二 and section 四 tables from an appendix after section 六, under restarted numbering', async () => {
    const r = await parse([...SECTIONS, '附件:统计表', '一、主动公开政府信息情况', ...ACTIVE, '二、政府信息公开行政复议、行政诉讼情况', ...APPEALS].join('\n'));
    expect(r.active).toEqual({
      regulations: { issued: 0, repealed: 0, inForce: 0 },
      normativeDocuments: { issued: 3, repealed: 1, inForce: 20 },
      licensing: { decisions: 97 },
      penalties: { decisions: 4 },
      enforcement: { decisions: 0 },
      fees: { amount: 1.5 },
    });
    expect(r.appeals.reconsideration).toEqual({ upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 });
    expect(r.findings.filter((f) => f.rule === 'table-missing' && f.location.table !== 'requests')).toEqual([]);
  });

  it('reads them under a missing or renamed heading', async () => {
    const r = await parse(['一、总体情况', '本年度工作正常开展。', '二、政务公开工作', ...ACTIVE, '三、复议诉讼', ...APPEALS].join('\n'));
    expect(r.active.licensing.decisions).toBe(97);
    expect(r.appeals.reconsideration.total).toBe(1);
  });

  it('reads the copy naming more items when section 二 tables are printed twice, and says so', async () => {
    const r = await parse([...SECTIONS.slice(0, 4), ...ACTIVE, ...SECTIONS.slice(4), '附件', '规章\t9\t9\t9', '行政许可\t9', '行政处罚\t9'].join('\n'));
    expect(r.active.regulations).toEqual({ issued: 0, repealed: 0, inForce: 0 });
    expect(r.findings.filter((f) => f.rule === 'table-located').map((f) => f.message)).toEqual(['主动公开情况表出现 2 处，采用第 7 行起的一处（6 行可识别）；另见第 28 行']);
  });

  it('reads a header line naming several columns at once, as OCR and converters leave it', async () => {
    const r = await parse(['二、主动公开政府信息情况', '信息 内容 本年新制作数量 本年新公开数量 对外公开总数量', '规章 0 0 0', '规范性文件 5 4 3', '信息内容 上一年项目数量 本年增/减 处理决定数量', '行政许可 231 -1 27269'].join('\n'));
    expect(r.active.normativeDocuments).toEqual({ issued: 5, published: 4, total: 3 });
    expect(r.active.licensing).toEqual({ previousItems: 231, change: -1, decisions: 27269 });
  });
});

describe('tables as OCR text leaves them: single spaces, misread words, marks of none', () => {
  const ocr = [
    '二、主动公开政府信息情况',
    '信息内容 上一年项目数量 本年增/减 处理决定数量',
    '行政许叮  254  0  6,798',
    '三、收到和处理政府信息公开申请情况',
    '自然人 法人或其他组织 总计',
    '商业企业 科研机构 社会公益组织 法律服务机构',
    '一、本年新收政府信息公开申请数量 40 0 0 0 0 40',
    '1.属于国家秘密 0 / / / / /',
    '四、政府信息公开行政复议、行政诉讼情况',
    '行政复义 行政诉讼',
    '结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉',
    '0 0 0 1 1 0 0 0 0 0 0 0 0 0 0',
  ].join('\n');

  it('reads a misread item label, header words kept apart by single spaces, and a row of one number and marks', async () => {
    const r = await parse(ocr);
    expect(r.active.licensing).toEqual({ previousItems: 254, change: 0, decisions: 6798 });
    // The header names six columns (no 其他): the six values go under them.
    expect(r.requests.received).toEqual({ natural: 40, business: 0, research: 0, nonprofit: 0, legal: 0, otherOrg: null, total: 40 });
    expect(r.requests.withheld.stateSecret).toEqual({ natural: 0, business: null, research: null, nonprofit: null, legal: null, otherOrg: null, total: null });
    expect(r.appeals.reconsideration).toEqual({ upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 });
  });

  it('does not take one header word in a line of prose for a header', async () => {
    const r = await parse(['三、收到和处理政府信息公开申请情况', '其中 自然人 申请 较多', '一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1'].join('\n'));
    expect(r.requests.received).toEqual({ natural: 1, business: 0, research: 0, nonprofit: 0, legal: 0, otherOrg: 0, total: 1 });
  });
});
