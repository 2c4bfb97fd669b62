import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the benchmark's generator is plain JavaScript
import { generateReport } from '../../bench/generate.mjs';
import { parseReport } from '../../src/report.js';
import type { Report } from '../../src/record/schema.js';

/**
 * The suspect cell (issue 15): when identities fail, the one cell whose change by one amount repairs
 * every failing identity and breaks none. Checked on the issue's own example and by mutation: one
 * cell of a complete request table changed by one, in many generated reports.
 */
const root = join(import.meta.dirname, '..', '..');
const seed001 = readFileSync(join(root, 'fixtures', '001_dde6e9dcd5a2f618.txt'), 'utf8');
const parse = (text: string, path = 'x.txt'): Promise<Report> => parseReport({ path, bytes: new Uint8Array(Buffer.from(text)) });
const MUTATIONS = Number(process.env.MUTATIONS ?? 2000);

describe('the suspect cell', () => {
  it('names 一、本年新收 / 自然人 when it says 11 and the other identities hold with 10 (the issue’s example)', async () => {
    const text = seed001.replace(/^(一、本年新收政府信息公开申请数量\t)10\t/m, '$111\t');
    expect(text).not.toBe(seed001);
    const report = await parse(text);
    const suspect = { table: 'requests', row: 'received', column: 'natural', value: 11, proposed: 10, certainty: 'unique' };
    const named = report.findings.filter((f) => f.rule === 'suspect-cell');
    expect(named).toHaveLength(1);
    expect(named[0]!.message).toBe('可能填错的单元格：一、本年新收政府信息公开申请数量/自然人，填为 11；改为 10 则各项核对均成立');
    expect(named[0]!.suspect).toEqual(suspect);
    expect(named[0]!.location).toMatchObject({ line: 47, table: 'requests', row: 'received', column: 'natural' });
    // The failing identities carry it too; the record is not changed.
    for (const f of report.findings.filter((f) => f.rule === 'requests-row-total' || f.rule === 'requests-balance')) expect(f.suspect).toEqual(suspect);
    expect(report.requests.received.natural).toBe(11);
  });

  it('names none when nothing fails, or when no single cell explains the failures', async () => {
    expect((await parse(seed001)).findings.some((f) => f.rule === 'suspect-cell')).toBe(false);
    // Two cells changed in different rows and columns: no one cell repairs every failing identity.
    const two = seed001.replace(/^(一、本年新收政府信息公开申请数量\t)10\t/m, '$111\t').replace(/^(\t\t\(七\) 总计\t)12\t2\t/m, '$112\t3\t');
    expect(two).not.toBe(seed001);
    expect((await parse(two)).findings.some((f) => f.rule === 'suspect-cell')).toBe(false);
  });

  it(`names the changed cell when one cell of a complete request table is changed by one (${MUTATIONS} generated reports)`, async () => {
    let changed = 0;
    let named = 0;
    let right = 0;
    let unique = 0;
    let uniqueRight = 0;
    for (let i = 0; named < MUTATIONS && i < MUTATIONS * 4; i++) {
      const g = generateReport(3_000_000 + i, { template: i % 2 ? '2019' : '2021', layout: ['tab', 'tab-indented', 'stacked', 'html'][i % 4], inject: true });
      if (g.injected?.table !== 'requests') continue;
      changed++;
      const report = await parse(g.text, `x.${g.ext}`);
      const f = report.findings.find((x) => x.rule === 'suspect-cell');
      if (!f) continue;
      named++;
      const hit = f.suspect!.row === g.injected.key && f.suspect!.column === g.injected.column;
      if (hit) right++;
      if (f.suspect!.certainty === 'unique') {
        unique++;
        if (hit) uniqueRight++;
      }
    }
    console.log(`suspect cell: ${changed} tables with one cell changed, a suspect named for ${named}, the changed cell in ${right}; unique ${unique}, of them right ${uniqueRight}`);
    // A unique suspect is the changed cell, always: only that cell repairs every failing identity.
    expect(uniqueRight).toBe(unique);
    expect(unique / changed).toBeGreaterThan(0.9);
  }, 300_000);
});

describe('the parse view of a failing table', () => {
  it('marks the suspect cell "?" and the failing totals "!", and writes the failing identities out under the table', async () => {
    const { formatReportText } = await import('../../src/formatters/report-text.js');
    const report = await parse(seed001.replace(/^(一、本年新收政府信息公开申请数量\t)10\t/m, '$111\t'));
    const text = formatReportText(report, 'zh');
    expect(text).not.toContain('\x1b[');
    expect(text).toMatch(/一、本年新收政府信息公开申请…\s+行 47\s+11\?\s+2\s+0\s+0\s+0\s+0\s+12!/);
    expect(text).toMatch(/（七）总计\s+行 70\s+12!\s+2 /);
    expect(text).toContain('    ! 自然人列勾稽关系不成立：本年新收 11 + 上年结转 2 = 13，但办理结果总计 12 + 结转下年度 0 = 12');
    expect(text).toContain('    ? 可能填错的单元格：一、本年新收政府信息公开申请数量/自然人，填为 11；改为 10 则各项核对均成立');
    // In colour on a terminal, the marks stay.
    const coloured = formatReportText(report, 'zh', { color: true });
    expect(coloured).toContain('\x1b[');
    expect(coloured).toContain('11?');
    // A clean report has no marks and no legend.
    expect(formatReportText(await parse(seed001), 'zh')).not.toMatch(/\d[?!]/);
  });
});
