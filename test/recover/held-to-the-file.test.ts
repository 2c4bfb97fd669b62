import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/report.js';
import type { Report } from '../../src/record/schema.js';

/**
 * What the recovery of run-together digits must not do: cut digits whose blanks left no trace as if
 * every cell had printed, cut under columns no header gives, take a sentence for a table row, or
 * change a clean report. Each case is a report the fixtures give, changed in one place.
 */
const root = join(import.meta.dirname, '..', '..');
const seed001 = readFileSync(join(root, 'fixtures', '001_dde6e9dcd5a2f618.txt'), 'utf8');
const seed003 = readFileSync(join(root, 'fixtures', '003_6e2b379abcfd2652.txt'), 'utf8');
const parse = (text: string): Promise<Report> => parseReport({ path: 'x.txt', bytes: new Uint8Array(Buffer.from(text)) });
const rules = (r: Report) => r.findings.map((f) => f.rule);

/** The seed with each tab row's cells run together: labels joined, then the values joined. */
function dumped(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const cells = line.split('\t');
      if (cells.length < 3) return line;
      const labels = cells.filter((c) => !/^[-+]?[\d.]*$/.test(c.trim())).join('');
      const values = cells.filter((c) => /^[-+]?[\d.]+$/.test(c.trim())).join('');
      return labels + values;
    })
    .join('\n');
}

describe('run-together digits are held to what the file says', () => {
  it('keeps a clean report’s short row as read when the digits would also fit a cut across its spaces', async () => {
    // 24 | 17 | 3 | (blank) | 2 | 8 | 54 pasted with the blank lost: six numbers under seven columns.
    const text = seed001.replace(/2\.其他法律行政法规禁止公开(\t0){7}/, '2.其他法律行政法规禁止公开\t24\t17\t3\t2\t8\t54');
    expect(text).not.toBe(seed001);
    const report = await parse(text);
    expect(report.requests.withheld.prohibitedByLaw.natural).toBe(24);
    expect(report.requests.withheld.prohibitedByLaw.business).toBeNull();
    expect(rules(report)).toContain('row-misaligned');
    expect(rules(report)).not.toContain('digits-run-together');
  });

  it('takes no sentence ending in a number for a table row in a clean report', async () => {
    const clean = await parse(seed001);
    const text = seed001.replace('二、主动公开政府信息情况', '全年网站访问量总计290\n重复申请3\n行政许可12\n二、主动公开政府信息情况');
    const report = await parse(text);
    expect(report.requests).toEqual(clean.requests);
    expect(report.active).toEqual(clean.active);
  });

  it('takes no postcode under the appeals header for its data row', async () => {
    const text = seed001.replace(/\n0\t0\t0\t1\t1\t1\t0\t0\t0\t1\t0\t0\t0\t0\t0/, '\n邮政编码\t453000');
    expect(text).not.toBe(seed001);
    const report = await parse(text);
    expect(report.appeals.reconsideration.upheld).toBeNull();
    expect(rules(report)).toContain('row-missing');
  });

  it('reads a dump of seed 001 back with its values, and leaves 行政许可’s run null (signs, marks and cuts compete)', async () => {
    const report = await parse(dumped(seed001));
    // Read off the seed's own table: 一、本年新收 10 | 2 | 0 | 0 | 0 | 0 | 12; (七)总计 12 | 2 | … | 14.
    expect(report.requests.received).toEqual({ natural: 10, business: 2, research: 0, nonprofit: 0, legal: 0, otherOrg: 0, total: 12 });
    expect(report.requests.total).toEqual({ natural: 12, business: 2, research: 0, nonprofit: 0, legal: 0, otherOrg: 0, total: 14 });
    // 行政许可 231 | 1 | 27269 ran together as 231127269: many cuts, no identity.
    expect(report.active.licensing).toEqual({ previousItems: null, change: null, decisions: null });
    expect(report.findings.some((f) => f.rule === 'digits-run-together' && f.severity === 'warning' && f.location.path === 'active.licensing')).toBe(true);
  });

  it('reads a "-" between digits as a possible mark of none: 12-30 leaves 本年增/减 and 处理决定数量 null', async () => {
    const text = dumped(seed001).replace(/行政许可\d+/, '行政许可12-30');
    const report = await parse(text);
    // 12 | -30 | ·, 12 | -3 | 0 and 12 | - | 30 all read 上一年项目数量 as 12 (no sign may stand in it).
    expect(report.active.licensing).toEqual({ previousItems: 12, change: null, decisions: null });
  });

  it('cuts no run in the 2021 tables when no header gives the item’s columns', async () => {
    // Seed 003 is a 2021 report: drop its table 二 headers, then run the cells together.
    const text = dumped(seed003.replace(/信息内容\t[^\n]*\n/g, ''));
    const report = await parse(text);
    expect(report.findings.some((f) => f.rule === 'digits-run-together' && f.message.includes('没有可据以确定列的表头'))).toBe(true);
    for (const item of Object.values(report.active)) for (const v of Object.values(item)) expect(v).toBeNull();
  });

  it('settles no cut that only the row’s own printed total decides (a wrong total would pick a wrong cut)', async () => {
    // Seed 001's appeals row, its first group's total misprinted 1 where 10 was due: 9 1 0 0 1.
    const text = dumped(seed001).replace(/\n000111000100000/, '\n910010000000303');
    expect(text).not.toBe(dumped(seed001));
    const report = await parse(text);
    for (const group of [report.appeals.reconsideration, report.appeals.litigation.direct, report.appeals.litigation.afterReconsideration]) {
      for (const v of Object.values(group)) expect(v).toBeNull();
    }
  });

  it('settles no row of a table one row of which its header’s columns cannot hold (a subtotal column unnamed)', async () => {
    // One request row given an eighth number (a 小计 the header does not name): 10 | 2 | 0 | 0 | 0 | 0 | 2 | 12.
    const text = dumped(seed001).replace('一、本年新收政府信息公开申请数量102000012', '一、本年新收政府信息公开申请数量1020000212');
    expect(text).not.toBe(dumped(seed001));
    const report = await parse(text);
    expect(report.requests.received.total).toBeNull();
    expect(report.requests.total.total).toBeNull();
    expect(report.findings.some((f) => f.rule === 'digits-run-together' && f.message.includes('列的设定存疑'))).toBe(true);
  });

  it('keeps a section heading with a page number after it a heading', async () => {
    const text = dumped(seed001).replace('四、政府信息公开行政复议、行政诉讼情况', '四、政府信息公开行政复议、行政诉讼情况 4');
    const report = await parse(text);
    expect(report.sections.map((s) => s.number)).toContain(4);
  });

  it('does not call a report with no title pre-format for a year its text mentions most', async () => {
    const body = ['一、总体情况', '2018年以来，我局持续推进政务公开。2018年完成平台建设。', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'];
    const report = await parse(body.join('\n'));
    expect(report.meta.year).toBe(2018);
    expect(report.findings.some((f) => f.rule === 'table-missing' && f.severity === 'error')).toBe(true);
  });
});
