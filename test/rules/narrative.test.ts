import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReport } from '../../src/report.js';

// Seed 001: 本年新收 12, 上年结转 2, （七）总计 14; 行政复议 total 1, 行政诉讼 1 + 0. Its text: "全年共受理依申请政府信息公开14件".
const seed001 = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', '001_dde6e9dcd5a2f618.txt'), 'utf8');
const SENTENCE = '全年共受理依申请政府信息公开14件';

async function narrative(text: string) {
  const report = await parseReport({ path: 'a.txt', bytes: new TextEncoder().encode(text) });
  return report.findings.filter((f) => f.rule.startsWith('narrative-')).map((f) => [f.rule, f.location.line, f.message]);
}
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('narrative-requests', () => {
  it('accepts any reading the wording allows: 受理 14 is 新收 12 + 上年结转 2, 12 is 新收 alone, in Chinese numerals too', async () => {
    expect(seed001).toContain(SENTENCE);
    expect(await narrative(seed001)).toEqual([]);
    expect(await narrative(seed001.replace(SENTENCE, '全年共受理依申请政府信息公开 12 件'))).toEqual([]);
    expect(await narrative(seed001.replace(SENTENCE, '全年共受理政府信息公开申请十四件'))).toEqual([]);
    expect(await narrative(seed001.replace(SENTENCE, '全年办结政府信息公开申请14件'))).toEqual([]);
  });

  it('warns when no reading fits, naming the sentence and the cells', async () => {
    const text = seed001.replace(SENTENCE, '全年共受理依申请政府信息公开 41 件');
    expect(await narrative(text)).toEqual([
      ['narrative-requests', lineOf(text, '41 件'), expect.stringMatching(/^正文称“.*共受理依申请政府信息公开 41 件”（41），与表格不符：本年新收 12，本年新收加上年结转 14$/)],
    ]);
  });

  it('leaves a part, another year and a comparison alone', async () => {
    for (const clause of ['其中通过政府网站申请 9 件', '比上年受理申请增加 5 件', '上年共受理政府信息公开申请 30 件']) {
      expect(await narrative(seed001.replace(SENTENCE, `${SENTENCE}，${clause}`)), clause).toEqual([]);
    }
  });
});

describe('narrative-appeals', () => {
  it('compares the counts of 行政复议 and 行政诉讼 with table 四', async () => {
    const fits = seed001.replace(SENTENCE, `${SENTENCE}。本年度被申请行政复议 1 件，引起行政诉讼1起`);
    expect(await narrative(fits)).toEqual([]);
    const wrong = seed001.replace(SENTENCE, `${SENTENCE}。本年度被申请行政复议 3 件`);
    expect(await narrative(wrong)).toEqual([['narrative-appeals', lineOf(wrong, '行政复议 3 件'), '正文称“本年度被申请行政复议 3 件”（3），与表格不符：行政复议总计 1']]);
  });
});

describe('narrative-active', () => {
  // Seed 001's 规范性文件: 本年新制作 5, 本年新公开 5, 对外公开总数 5.
  const AT = '(一) 主动公开情况。';
  it('compares the 规范性文件 the text says were made with table 二', async () => {
    expect(seed001).toContain(AT);
    expect(await narrative(seed001.replace(AT, `${AT}全年制发规范性文件5件。`))).toEqual([]);
    expect(await narrative(seed001.replace(AT, `${AT}全年出台五件规范性文件。`))).toEqual([]);
    const wrong = seed001.replace(AT, `${AT}全年制发规范性文件8件。`);
    expect(await narrative(wrong)).toEqual([['narrative-active', lineOf(wrong, '制发规范性文件8件'), '正文称“全年制发规范性文件8件”（8），与表格不符：本年制发件数 5，本年新公开数量 5']]);
  });
});
