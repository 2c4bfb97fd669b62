import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/report.js';
import { splitRunOnRows } from '../src/sections/split-run-on-rows.js';
import type { FlatRow } from '../src/tables/flatten.js';

const paragraph = (text: string, line = 1): FlatRow => ({ cells: [{ text, line }], line, table: null, aligned: false });
const prose = '本年度,我县深入贯彻条例,不断完善工作机制,加强信息发布审核,提升公开质量。'.repeat(8);

describe('a body run into one line', () => {
  it('is cut at each statutory heading standing in it between spaces, the parts on the same line', () => {
    const text = `某县人民政府2019年 政府信息公开工作年度报告 一、总体情况 ${prose} (一)主动公开情况。${prose} 二、主动公开政府信息情况 ${prose}`;
    const rows = splitRunOnRows([paragraph(text, 2)]);
    expect(rows.map((r) => r.cells[0]!.text.slice(0, 8))).toEqual(['某县人民政府20', '一、总体情况', prose.slice(0, 8), '二、主动公开政府', prose.slice(0, 8)]);
    expect(rows.every((r) => r.line === 2)).toBe(true);
  });

  it('leaves prose numbering its own points whole, and short lines alone', () => {
    const own = `${prose} 一、加强组织领导 ${prose} 二、完善工作机制 ${prose}`;
    const rows = [paragraph(own), paragraph('一、总体情况 本年度工作正常开展。')];
    expect(splitRunOnRows(rows)).toBe(rows);
  });

  it('gives a one-line report its sections, its template by its year, and no "nothing found" error', async () => {
    const text = `\n某县人民政府2019年 政府信息公开工作年度报告 一、总体情况 ${prose} 二、主动公开政府信息情况 ${prose}`;
    const report = await parseReport({ path: 'one-line.txt', bytes: Buffer.from(text) });
    expect(report.sections.map((s) => [s.number, s.heading, s.line])).toEqual([
      [1, '一、总体情况', 2],
      [2, '二、主动公开政府信息情况', 2],
    ]);
    expect(report.meta).toMatchObject({ year: 2019, template: '2019' });
    expect(report.findings.filter((f) => f.rule === 'input-unreadable')).toEqual([]);
  });

  it('gives a report for a year before 2019 no template: the statutory format did not exist', async () => {
    const text = `某局2013年信息公开年度报告 一、总体情况 ${prose} 二、主动公开政府信息情况 ${prose}`;
    const report = await parseReport({ path: 'old.txt', bytes: Buffer.from(text) });
    expect(report.meta).toMatchObject({ year: 2013, template: null });
  });
});
