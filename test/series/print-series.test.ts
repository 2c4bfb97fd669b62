import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, ROOT } from '../commands/run-cli.js';

const seed = (name: string) => join(ROOT, 'fixtures', name);

describe('validate --print-series', () => {
  it("groups a body's years, joins its spellings, takes the configuration's map, and checks nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gov-report-series-'));
    mkdirSync(join(dir, '2020'));
    mkdirSync(join(dir, '2021'));
    copyFileSync(seed('001_dde6e9dcd5a2f618.txt'), join(dir, '2020', 'xiayi.txt'));
    // The next year's report of the same county, its name written 夏邑县政府 throughout.
    const next = readFileSync(seed('001_dde6e9dcd5a2f618.txt'), 'utf8').replace(/2020年/g, '2021年').replace(/夏邑县人民政府/g, '夏邑县政府');
    writeFileSync(join(dir, '2021', 'xiayi.txt'), next);
    copyFileSync(seed('004_10687c40e7fd93a5.txt'), join(dir, '2020', 'taiqian.txt'));
    // A third body, which only the configuration's map joins to 台前县.
    const renamed = readFileSync(seed('004_10687c40e7fd93a5.txt'), 'utf8').replace(/2020年/g, '2021年').replace(/台前县人民政府/g, '台前县政务服务和大数据管理局');
    writeFileSync(join(dir, '2021', 'taiqian.txt'), `台前县政务服务和大数据管理局2021年政府信息公开工作年度报告\n${renamed}`);
    writeFileSync(join(dir, 'gov-report.config.json'), JSON.stringify({ series: { 台前县政务服务和大数据管理局: '台前县人民政府' } }));

    const run = await runCli(['validate', '.', '--print-series'], { cwd: dir });
    expect(run.code).toBe(0);
    const { series } = JSON.parse(run.stdout);
    expect(series.map((s: { body: string; reports: { year: number; path: string }[] }) => [s.body, s.reports.map((r) => `${r.year} ${r.path}`)])).toEqual([
      ['台前县人民政府', ['2020 2020/taiqian.txt', '2021 2021/taiqian.txt']],
      ['夏邑县人民政府', ['2020 2020/xiayi.txt', '2021 2021/xiayi.txt']],
    ]);
    expect(series[0].joined).toEqual([{ name: '台前县政务服务和大数据管理局', how: 'map', into: '台前县人民政府' }]);
    expect(series[1].joined).toEqual([{ name: '夏邑县政府', how: 'normalised', into: '夏邑县人民政府' }]);
  });
});
