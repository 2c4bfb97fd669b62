import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReport, type ParseOptions } from '../../src/report.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
// Seed 001: 夏邑县人民政府's report for 2020, with no date of its own.
const seed001 = readFileSync(join(FIXTURES, '001_dde6e9dcd5a2f618.txt'), 'utf8');

async function late(bytes: Uint8Array | string, options: ParseOptions = {}) {
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  const report = await parseReport({ path: 'a', bytes: data }, options);
  return report.findings.filter((f) => f.rule === 'published-late').map((f) => [f.severity, f.message]);
}

describe('published-late', () => {
  it('a county government publishing after 31 March, by the date under its signature', async () => {
    expect(await late(`${seed001}\n夏邑县人民政府\n2021年4月15日\n`)).toEqual([
      ['warning', '报告于 2021-04-15 公布（据落款日期），晚于法定期限 2021-03-31：县级以上地方人民政府应于次年3月31日前公布上一年度报告（条例第四十九条）'],
    ]);
    expect(await late(`${seed001}\n夏邑县人民政府\n二〇二一年三月二十日\n`)).toEqual([]);
  });

  it('a department after 31 January; a town reports by the departments’ date', async () => {
    const department = seed001.replace(/夏邑县人民政府/g, '夏邑县审计局');
    expect(await late(`${department}\n夏邑县审计局\n2021年2月10日\n`)).toEqual([
      ['warning', '报告于 2021-02-10 公布（据落款日期），晚于法定期限 2021-01-31：政府部门应于次年1月31日前公布上一年度报告（条例第四十九条）'],
    ]);
    const town = seed001.replace(/夏邑县人民政府/g, '夏邑县会亭镇人民政府');
    expect((await late(`${town}\n夏邑县会亭镇人民政府 2021年2月10日\n`)).map(([, m]) => m!)).toEqual([
      '报告于 2021-02-10 公布（据落款日期），晚于法定期限 2021-01-31：乡镇人民政府（同县级政府部门）应于次年1月31日前公布上一年度报告（条例第四十九条）',
    ]);
    // A county named without 人民政府 (titles often say 夏邑县2020年…) is still a county government.
    const bare = seed001.replace(/夏邑县人民政府/g, '夏邑县');
    expect(await late(`${bare}\n夏邑县人民政府办公室\n2021年3月10日\n`)).toEqual([]);
  });

  it('reads past a portal’s furniture and its ISO dates, and needs the signing body above or beside the date', async () => {
    const page = `${seed001}\n夏邑县人民政府\n二○二一年一月二十日\n【打印本页】【关闭窗口】\n2024-05-12\n`;
    expect(await late(page)).toEqual([]);
    const report = await parseReport({ path: 'a', bytes: new TextEncoder().encode(`${seed001}\n夏邑县人民政府\n二○二一年四月二十日\n【打印本页】\n`) });
    const found = report.findings.find((f) => f.rule === 'published-late')!;
    expect(found.message).toContain('报告于 2021-04-20 公布（据落款日期）');
    expect(found.location.line).toBe(seed001.split('\n').length + 2);
    // A date in the last lines with no body above it is no signature.
    expect(await late(`${seed001}\n本报告数据统计截止时间为\n2021年4月20日\n`, { verbose: true })).toEqual([['info', '文件中未找到发布日期，未核对公布期限']]);
  });

  it("takes a crawler's 发布时间 line and a page's <meta> before the signature, and says which", async () => {
    expect(await late(`发布时间：2021-05-06 09:12\n${seed001}\n2021年3月1日\n`, { lang: 'en' })).toEqual([
      ['warning', "published on 2021-05-06 (from the page's publication line), after the deadline of 2021-03-31: a local government at county level or above publishes its report by 31 March of the next year (article 49)"],
    ]);
    const page = readFileSync(join(FIXTURES, 'variants', '001_dde6e9dcd5a2f618.grid.html'), 'utf8');
    const withMeta = page.replace('<head>', '<head>\n<meta name="PubDate" content="2021-04-02 10:00">');
    expect(withMeta).not.toBe(page);
    expect((await late(withMeta)).map(([, m]) => m)).toEqual([
      '报告于 2021-04-02 公布（据网页元数据），晚于法定期限 2021-03-31：县级以上地方人民政府应于次年3月31日前公布上一年度报告（条例第四十九条）',
    ]);
  });

  it('says nothing without a date, and says so with --verbose; a PDF made years later is no date', async () => {
    expect(await late(seed001)).toEqual([]);
    expect(await late(seed001, { verbose: true })).toEqual([['info', '文件中未找到发布日期，未核对公布期限']]);
    // Rendered from a 2020 report in 2026: its creation date is the rendering's, not the publication's.
    const pdf = readFileSync(join(FIXTURES, 'readers', 'pdf', 'report-2020.pdf'));
    expect(await late(pdf)).toEqual([]);
    expect(await late(pdf, { verbose: true })).toEqual([['info', '文件中未找到发布日期，未核对公布期限']]);
  });
});
