import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/index.js';
import { readHeaderFields } from '../../src/meta/header-fields.js';
import type { FlatRow } from '../../src/tables/flatten.js';

const root = join(import.meta.dirname, '..', '..');
const corpus = join(root, '..', 'shared', 'corpus');
const corpusPresent = existsSync(corpus);
if (!corpusPresent) console.log('header-fields: ../shared/corpus/ is absent, the corpus 001 and 002 header cases were not run');

const paragraph = (text: string, line = 1): FlatRow => ({ cells: [{ text, line }], line, table: null, aligned: false });
const filler = (n: number) => Array.from({ length: n }, (_, i) => paragraph('本年度我单位认真贯彻落实条例。', i + 1));

describe('readHeaderFields', () => {
  it('reads a crawler’s header block: the date without its time, and the page address', () => {
    const rows = [
      paragraph('标题: 平潭县人民政府2012年政府信息公开工作年度报告', 1),
      paragraph('发布时间: 2013-01-17 00:00', 2),
      paragraph('文号: ', 3),
      paragraph('原文链接: https://www.example.gov.cn/zwgk/201301/t20130117_1.htm', 4),
    ];
    expect(readHeaderFields(rows)).toEqual({ published: '2013-01-17', url: 'https://www.example.gov.cn/zwgk/201301/t20130117_1.htm' });
  });

  it('reads a date written in 年月日, padding month and day', () => {
    expect(readHeaderFields([paragraph('发布日期：2021年1月8日')])).toEqual({ published: '2021-01-08', url: null });
    expect(readHeaderFields([paragraph('发布时间：2020/12/31')])).toEqual({ published: '2020-12-31', url: null });
    // 成文日期 says when it was written, not published.
    expect(readHeaderFields([paragraph('成文日期：2020/12/31')])).toEqual({ published: null, url: null });
  });

  it('reads fields from a portal’s metadata table cells', () => {
    const row: FlatRow = {
      cells: [
        { text: '发布日期：2021-01-28', line: 3 },
        { text: '网址：http://www.example.gov.cn/a.html', line: 3 },
      ],
      line: 3,
      table: 0,
      aligned: true,
    };
    expect(readHeaderFields([row])).toEqual({ published: '2021-01-28', url: 'http://www.example.gov.cn/a.html' });
  });

  it('takes the first date a header states', () => {
    expect(readHeaderFields([paragraph('发布时间: 2013-01-17 00:00'), paragraph('发布日期：2014-02-25')]).published).toBe('2013-01-17');
  });

  it.each(['发布日期：2021-13-08', '发布日期：2021-00-08', '发布日期：2021年1月32日', '发布日期：2021-01-00', '发布日期：2021-02-30'])('gives no date for an invalid one: %s', (text) => {
    expect(readHeaderFields([paragraph(text)])).toEqual({ published: null, url: null });
  });

  it('reads a field in the first 40 rows only', () => {
    expect(readHeaderFields([...filler(39), paragraph('发布时间: 2013-01-17 00:00', 40)]).published).toBe('2013-01-17');
    expect(readHeaderFields([...filler(40), paragraph('发布时间: 2013-01-17 00:00', 41)]).published).toBeNull();
    expect(readHeaderFields([...filler(40), paragraph('原文链接: https://www.example.gov.cn/a.htm', 41)]).url).toBeNull();
  });

  it('takes no date or address from prose: an address not named as a field, a date in a long paragraph', () => {
    expect(readHeaderFields([paragraph('本报告的电子版可在门户网站（http://www.example.gov.cn）下载。')])).toEqual({ published: null, url: null });
    const long = `${'本年度我单位认真贯彻落实条例，不断完善工作机制。'.repeat(14)}发布时间：2020-01-01`;
    expect(long.length).toBeGreaterThan(300);
    expect(readHeaderFields([paragraph(long)])).toEqual({ published: null, url: null });
  });
});

// Both files open with the crawler's header block (read by eye):
//   001: "发布时间: 2013-01-17 00:00", "原文链接: https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/201301/t20130117_80725.htm"
//   002: "发布时间: 2014-02-25 00:00", "原文链接: https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/201402/t20140225_80774.htm"
// They report on 2012 and 2013, before the statutory format: no template, one note, nothing unreadable.
describe('the header block of real crawler dumps', () => {
  const cases = [
    ['001_pingtan-county-gov-2012.txt', '2013-01-17', 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/201301/t20130117_80725.htm', '2012年度'],
    ['002_pingtan-zone-local-tax-2013.txt', '2014-02-25', 'https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/201402/t20140225_80774.htm', '2013年度'],
  ] as const;
  it.skipIf(!corpusPresent).each(cases)('gives %s its publication date and address, and a pre-2019 note only', async (file, published, url, year) => {
    const report = await parseFile(join(corpus, file));
    expect(report.meta.published).toBe(published);
    expect(report.meta.url).toBe(url);
    expect(report.meta.template).toBeNull();
    expect(report.findings.map((f) => [f.rule, f.severity])).toEqual([['table-missing', 'info']]);
    expect(report.findings[0]!.message).toContain(year);
  });
});
