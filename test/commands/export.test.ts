import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPORT_EXTENSIONS } from '../../src/batch/plan-files.js';
import { exportColumns } from '../../src/export/columns.js';
import { parseCsv } from './csv-parse.js';
import { ROOT, runCli, type CliRun } from './run-cli.js';

const keys = exportColumns().map((c) => c.key);
let run: CliRun;
let table: Record<string, string>[];

beforeAll(async () => {
  run = await runCli(['export', 'fixtures', '--format', 'csv', '--no-config']);
  const [header, ...rows] = parseCsv(run.stdout.replace(/^\uFEFF/, ''));
  table = rows.map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i]!])));
}, 120_000);

const row = (path: string) => table.find((r) => r['source.path'] === path)!;

describe('gov-report export fixtures --format csv', () => {
  it('is UTF-8 with a BOM, one header of dotted keys, and one row per report', () => {
    expect(run.stdout.startsWith('\uFEFFsource.path,source.format,meta.title,')).toBe(true);
    expect(parseCsv(run.stdout.replace(/^\uFEFF/, ''))[0]).toEqual(keys);
    const reports = (readdirSync(join(ROOT, 'fixtures'), { recursive: true }) as string[])
      .map((p) => `fixtures/${p}`)
      .filter((p) => !statSync(join(ROOT, p)).isDirectory() && REPORT_EXTENSIONS.includes(extname(p).toLowerCase()))
      .sort((a, b) => (a < b ? -1 : 1));
    expect(table.map((r) => r['source.path'])).toEqual(reports);
    for (const r of table) expect(Object.keys(r)).toHaveLength(keys.length);
  });

  it('gives the values read off seed 001 (2019 format), blank in the 2021-only columns', () => {
    expect(row('fixtures/001_dde6e9dcd5a2f618.txt')).toMatchObject({
      'source.format': 'txt',
      'meta.agency': '夏邑县人民政府',
      'meta.year': '2020',
      'meta.template': '2019',
      'active.licensing.previousItems': '231',
      'active.licensing.decisions': '27269',
      'active.otherServices.decisions': '220809',
      'active.procurement.amount': '111.1',
      'active.regulations.repealed': '',
      'active.fees.amount': '',
      'requests.received.natural': '10',
      'requests.received.business': '2',
      'requests.received.total': '12',
      'requests.carriedOver.natural': '2',
      'requests.unavailable.notHeld.total': '6',
      'requests.unavailable.unclear.natural': '5',
      'requests.total.total': '14',
      'requests.otherDisposal.natural': '0',
      'requests.otherDisposal.noCorrection.natural': '',
      'appeals.reconsideration.pending': '1',
      'appeals.reconsideration.total': '1',
      'appeals.litigation.direct.upheld': '1',
      errors: '0',
      warnings: '0',
    });
  });

  it('gives seed 003 (2021 format, no 其他 column) its values and leaves the missing column blank', () => {
    expect(row('fixtures/003_6e2b379abcfd2652.txt')).toMatchObject({
      'meta.template': '2021',
      'active.normativeDocuments.issued': '15',
      'active.normativeDocuments.repealed': '7',
      'active.normativeDocuments.inForce': '127',
      'active.normativeDocuments.published': '',
      'active.penalties.decisions': '1',
      'requests.received.natural': '40',
      'requests.received.total': '40',
      'requests.received.otherOrg': '',
      'requests.unavailable.notHeld.natural': '35',
      'requests.otherDisposal.natural': '',
    });
    expect(Number(row('fixtures/003_6e2b379abcfd2652.txt').errors)).toBeGreaterThan(0);
  });

  it('gives amounts in 万元 with their decimals, and thousands separators gone (seeds 000, 004)', () => {
    expect(row('fixtures/004_10687c40e7fd93a5.txt')).toMatchObject({ 'active.procurement.amount': '17233.32', 'active.licensing.decisions': '2505', 'active.penalties.previousItems': '2641', 'requests.received.total': '4' });
    expect(row('fixtures/000_ad3c2041cc5fe348.txt')).toMatchObject({ 'active.licensing.decisions': '35381', 'active.procurement.amount': '62698', 'active.fees.change': '9' });
  });

  it('gives an unreadable file a row of blanks and its error count', () => {
    const empty = row('fixtures/batch/corrupt/empty.txt');
    expect(empty).toMatchObject({ 'source.format': '', 'meta.template': '', 'requests.received.total': '', errors: '1', warnings: '0' });
  });

  it('exits 1 because some reports have errors, and says what was left blank', () => {
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^gov-report: 导出 \d+ 份报告（其中 \d+ 份无法读取，数据为空）；跳过 \d+ 个非报告格式的文件\n$/);
  });
});

describe('export options', () => {
  const seeds = ['fixtures/000_ad3c2041cc5fe348.txt', 'fixtures/001_dde6e9dcd5a2f618.txt', 'fixtures/004_10687c40e7fd93a5.txt'];

  it('--header zh gives the report’s Chinese labels; --no-bom drops the BOM', async () => {
    const zh = await runCli(['export', ...seeds, '--header', 'zh', '--no-bom', '--no-config']);
    expect(zh.code).toBe(0);
    const [header] = parseCsv(zh.stdout);
    expect(zh.stdout.startsWith('文件,文件格式,标题,机关,年度,报告格式,规章-本年新制作数量/本年制发件数,')).toBe(true);
    expect(header).toContain('本年新收-自然人');
    expect(header).toContain('行政诉讼-复议后起诉-总计');
    expect(header!.slice(-4)).toEqual(['错误数', '警告数', '发布日期', '原文链接']);
  });

  it('--format ndjson gives one object per report keyed by the same dotted keys', async () => {
    const out = await runCli(['export', ...seeds, '--format', 'ndjson', '--no-config']);
    expect(out.code).toBe(0);
    const lines = out.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l['source.path'])).toEqual(seeds);
    expect(Object.keys(lines[0])).toEqual(keys);
    expect(lines[2]).toMatchObject({ 'active.procurement.amount': 17233.32, 'meta.template': '2019', 'requests.otherDisposal.noCorrection.total': null, errors: 0 });
  });

  it('exits 2 with nothing on stdout, not even the CSV header, when a glob matches nothing or nothing is left to export', async () => {
    const glob = await runCli(['export', 'fixtures/*.nothing', '--no-config']);
    expect(glob).toEqual({ code: 2, stdout: '', stderr: 'gov-report: no file matches "fixtures/*.nothing"\n' });
    const none = await runCli(['export', 'fixtures/batch/schema', '--no-config']);
    expect(none).toEqual({ code: 2, stdout: '', stderr: 'gov-report: 没有找到要导出的报告文件 (fixtures/batch/schema)\n' });
  });

  it('--output writes the file atomically', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gov-report-export-'));
    const out = await runCli(['export', ...seeds, '--output', join(dir, '年报.csv'), '--no-config']);
    expect(out).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(readdirSync(dir)).toEqual(['年报.csv']);
    expect(parseCsv(readFileSync(join(dir, '年报.csv'), 'utf8').replace(/^\uFEFF/, ''))).toHaveLength(4);
  });
});

describe('gov-report schema', () => {
  it('prints the JSON Schema of the record, which the records validate against', async () => {
    const out = await runCli(['schema']);
    expect(out.code).toBe(0);
    const schema = JSON.parse(out.stdout);
    const { z } = await import('zod');
    const { ReportSchema } = await import('../../src/record/schema.js');
    expect(schema).toEqual(JSON.parse(JSON.stringify(z.toJSONSchema(ReportSchema))));
    expect(schema.properties.requests.anyOf).toHaveLength(2);
    const { Ajv2020 } = await import('ajv/dist/2020.js');
    const validate = new Ajv2020({ strict: false }).compile(schema);
    const json = await runCli(['validate', 'fixtures/001_dde6e9dcd5a2f618.txt', 'fixtures/003_6e2b379abcfd2652.txt', '--format', 'json', '--no-config']);
    for (const file of JSON.parse(json.stdout).files) {
      validate(file.report);
      expect(validate.errors ?? []).toEqual([]);
    }
  });
});
