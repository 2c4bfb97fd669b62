import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPORT_EXTENSIONS } from '../../src/batch/plan-files.js';
import { xmlProblems } from '../formatters/xml-check.js';
import { ROOT, runCli, type CliRun } from './run-cli.js';

// The folder of the acceptance test: the seeds, the readers' fixtures, fixtures/batch's corrupt
// files and its nested directory.
const CORRUPT = ['binary.txt', 'cut-off.pdf', 'empty.txt', 'not-found.html', 'truncated.docx'].map((f) => `fixtures/batch/corrupt/${f}`);
const NESTED = ['fixtures/batch/nested/deeper/synthetic-2021-stacked.txt', 'fixtures/batch/nested/synthetic-2019-portal.html'];

function listFixtures(root = ROOT): { reports: string[]; others: string[] } {
  const all = (readdirSync(join(root, 'fixtures'), { recursive: true }) as string[])
    .filter((p) => !p.split('/').some((part) => part.startsWith('.')))
    .map((p) => `fixtures/${p}`)
    .filter((p) => !statSync(join(root, p)).isDirectory())
    .sort((a, b) => (a < b ? -1 : 1));
  return { reports: all.filter((p) => REPORT_EXTENSIONS.includes(extname(p).toLowerCase())), others: all.filter((p) => !REPORT_EXTENSIONS.includes(extname(p).toLowerCase())) };
}

// Every format on one folder: the seeds beside a copy of fixtures/batch (corrupt files, a nested
// folder). The whole fixtures folder, PDFs and all, takes seconds a run: it is checked once, as json.
const runs = new Map<string, CliRun>();
let folder: string;
beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'gov-report-folder-'));
  for (const f of readdirSync(join(ROOT, 'fixtures')).filter((f) => /^\d{3}_/.test(f))) cpSync(join(ROOT, 'fixtures', f), join(folder, 'fixtures', f));
  cpSync(join(ROOT, 'fixtures/batch'), join(folder, 'fixtures/batch'), { recursive: true });
  runs.set('json', await runCli(['validate', 'fixtures', '--format', 'json', '--no-config']));
  for (const format of ['ndjson', 'sarif', 'junit', 'github', 'stylish']) runs.set(format, await runCli(['validate', 'fixtures', '--format', format, '--no-config'], { cwd: folder }));
}, 120_000);

describe('gov-report validate fixtures (seeds, readers fixtures, corrupt files, a nested folder)', () => {
  it('gives one entry per file, the corrupt ones as errors, other files as skipped, and exits 1', () => {
    const run = runs.get('json')!;
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout);
    const { reports, others } = listFixtures();
    expect(out.files.filter((f: { status: string }) => f.status === 'checked').map((f: { path: string }) => f.path)).toEqual(reports);
    expect(out.files.filter((f: { status: string }) => f.status === 'skipped').map((f: { path: string }) => f.path)).toEqual(others);
    const byPath = new Map(out.files.map((f: { path: string }) => [f.path, f]));
    for (const path of CORRUPT) {
      const { report } = byPath.get(path) as { report: { findings: { rule: string; severity: string }[] } };
      expect(report.findings.map((f) => `${f.rule}:${f.severity}`)).toEqual(['input-unreadable:error']);
    }
    for (const path of [...NESTED, 'fixtures/001_dde6e9dcd5a2f618.txt']) expect((byPath.get(path) as { report: { findings: unknown[] } }).report.findings).toEqual([]);
    expect(out.totals).toMatchObject({ files: reports.length, skipped: others.length });
    expect(out.totals.unreadable).toBeGreaterThanOrEqual(CORRUPT.length);
  });

  it('gives valid SARIF 2.1.0', () => {
    const run = runs.get('sarif')!;
    expect(run.code).toBe(1);
    const ajv = new Ajv({ allErrors: true, strict: false });
    (addFormatsModule as unknown as (a: Ajv) => Ajv)(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'fixtures/batch/schema/sarif-schema-2.1.0.json'), 'utf8')));
    const log = JSON.parse(run.stdout);
    validate(log);
    expect(validate.errors ?? []).toEqual([]);
    const ndjson = runs.get('ndjson')!.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    const findings = ndjson.reduce((n: number, f: { report?: { findings: unknown[] } }) => n + (f.report?.findings.length ?? 0), 0);
    expect(log.runs[0].results).toHaveLength(findings);
    expect(log.runs[0].results.filter((r: { ruleId: string }) => r.ruleId === 'input-unreadable').map((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0]!.physicalLocation.artifactLocation.uri)).toEqual(
      expect.arrayContaining(CORRUPT),
    );
  });

  it('gives well-formed JUnit with one testsuite per report', () => {
    const run = runs.get('junit')!;
    expect(run.code).toBe(1);
    expect(xmlProblems(run.stdout)).toEqual([]);
    const suites = [...run.stdout.matchAll(/<testsuite name="([^"]*)"/g)].map((m) => m[1]);
    expect(suites).toEqual(listFixtures(folder).reports);
    expect(run.stdout).toContain('<testcase classname="fixtures/batch/corrupt/empty.txt" name="input-unreadable">\n      <failure type="input-unreadable" message="无法读取文件：文件为空">');
  });

  it('gives GitHub annotations, at most 10 of each kind, and a closing line', () => {
    const run = runs.get('github')!;
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    const errors = lines.filter((l) => l.startsWith('::error '));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.length).toBeLessThanOrEqual(10);
    expect(lines.filter((l) => l.startsWith('::warning ')).length).toBeLessThanOrEqual(10);
    // Errors on content come first, unreadable files after them.
    const unreadable = errors.map((l) => l.includes('title=input-unreadable'));
    expect(unreadable[0]).toBe(false);
    expect(lines.at(-1)).toMatch(/^gov-report：\d+ 个错误，\d+ 个警告，涉及 \d+ 个文件（共检查 \d+ 个）/);
    expect(lines.filter((l) => l.startsWith('::group::'))).toHaveLength(lines.filter((l) => l === '::endgroup::').length);
  });

  it('gives one NDJSON line per file and a summary line', () => {
    const run = runs.get('ndjson')!;
    const lines = run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    const { reports, others } = listFixtures(folder);
    expect(lines).toHaveLength(reports.length + others.length + 1);
    expect(lines.at(-1)).toMatchObject({ type: 'summary', version: 1, totals: { files: reports.length } });
  });

  it('gives a stylish listing with the corrupt files and a closing summary', () => {
    const run = runs.get('stylish')!;
    expect(run.code).toBe(1);
    for (const path of CORRUPT) expect(run.stdout).toContain(`${path}\n  -  错误  无法读取文件：`);
    expect(run.stdout).toMatch(/\n检查 \d+ 个文件，其中无法读取 \d+ 个；跳过 \d+ 个非报告格式的文件：fixtures\/000_ad3c2041cc5fe348\.expected\.json、/);
    expect(run.stdout).toMatch(/\n用时 \d+\.\d\d 秒\n$/);
  });
});

describe('gov-report validate FILE', () => {
  it('passes a valid report with one summary line', async () => {
    const run = await runCli(['validate', 'fixtures/001_dde6e9dcd5a2f618.txt', '--no-config']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^✔ 未发现问题（用时 \d+\.\d\d 秒）\n$/);
  });

  it('lists the findings of a broken report, ends with one summary line and exits 1', async () => {
    const run = await runCli(['validate', 'fixtures/002_131d603af9a93f8a.txt', '--no-config', '--lang', 'en']);
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('fixtures/002_131d603af9a93f8a.txt');
    expect(lines.at(-1)).toMatch(/^✖ \d+ problems \(\d+ errors, \d+ warnings?; \d+\.\d\d s\)$/);
    expect(lines.filter((l) => /^✖|^✔/.test(l))).toHaveLength(1);
  });

  it('reports a missing file as an error finding naming it, exit 1', async () => {
    const run = await runCli(['validate', 'no-such-report.txt', '--no-config']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^no-such-report\.txt\n  -  错误  无法读取文件：文件不存在  input-unreadable\n\n✖ 1 个问题（1 个错误，0 个警告；用时 /);
  });
});

describe('rule configuration', () => {
  const empty = 'fixtures/batch/corrupt/empty.txt';
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'gov-report-config-'));
    mkdirSync(join(dir, 'sub', 'deeper'), { recursive: true });
    writeFileSync(join(dir, 'empty.txt'), '');
  });

  it('--rule changes a severity', async () => {
    const run = await runCli(['validate', empty, '--no-config', '--rule', 'input-unreadable=warning', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).files[0].report.findings.map((f: { severity: string }) => f.severity)).toEqual(['warning']);
  });

  it('--max-warnings fails a run with more warnings than allowed', async () => {
    expect((await runCli(['validate', empty, '--no-config', '--rule', 'input-unreadable=warning', '--max-warnings', '1'])).code).toBe(0);
    const over = await runCli(['validate', empty, '--no-config', '--rule', 'input-unreadable=warning', '--max-warnings', '0']);
    expect(over.code).toBe(1);
    expect(over.stderr).toBe('gov-report: 警告过多（1 个，上限 0 个）\n');
  });

  it('--quiet shows errors only, and still counts warnings for the exit status', async () => {
    const run = await runCli(['validate', empty, '--no-config', '--rule', 'input-unreadable=warning', '--quiet', '--max-warnings', '0']);
    expect(run.stdout).toMatch(/^✔ 未发现问题/);
    expect(run.code).toBe(1);
    // The failure says why, though --quiet showed no warning.
    expect(run.stderr).toBe('gov-report: 警告过多（1 个，上限 0 个；--quiet 未显示这些警告）\n');
  });

  it('finds gov-report.config.json by walking up from the working directory', async () => {
    writeFileSync(join(dir, 'gov-report.config.json'), JSON.stringify({ rules: { 'input-unreadable': 'off' }, lang: 'en' }));
    const run = await runCli(['validate', '../../empty.txt'], { cwd: join(dir, 'sub', 'deeper') });
    expect(run).toMatchObject({ code: 0, stdout: expect.stringMatching(/^✔ no problems/) });
    // The command line wins over the file.
    const cli = await runCli(['validate', '../../empty.txt', '--rule', 'input-unreadable=error', '--lang', 'zh'], { cwd: join(dir, 'sub', 'deeper') });
    expect(cli.code).toBe(1);
    expect(cli.stdout).toContain('无法读取文件：文件为空');
    // --no-config ignores it.
    expect((await runCli(['validate', '../../empty.txt', '--no-config'], { cwd: join(dir, 'sub', 'deeper') })).code).toBe(1);
  });

  it('leaves out the config file’s ignore patterns, relative to the config file’s folder', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gov-report-ignore-'));
    mkdirSync(join(root, 'reports', 'drafts'), { recursive: true });
    for (const f of ['reports/a.txt', 'reports/drafts/b.txt']) writeFileSync(join(root, f), '');
    writeFileSync(join(root, 'gov-report.config.json'), JSON.stringify({ ignore: ['reports/drafts/**'] }));
    const run = await runCli(['validate', '.', '--format', 'json'], { cwd: join(root, 'reports') });
    expect(JSON.parse(run.stdout).files.map((f: { path: string }) => f.path)).toEqual(['a.txt']);
  });

  it('takes --config FILE', async () => {
    const file = join(dir, 'sub', 'ci.json');
    writeFileSync(file, JSON.stringify({ rules: { 'input-unreadable': 'warning' } }));
    const run = await runCli(['validate', 'empty.txt', '--config', file], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('警告  无法读取文件：文件为空');
  });

  it.each([
    ['not JSON', '{ rules: ', /^gov-report: .*bad\.json: not valid JSON: /],
    ['an unknown key', '{"rule": {}}', /^gov-report: .*bad\.json: Unrecognized key: "rule"\n$/],
    ['an unknown rule', '{"rules": {"requests-balnce": "off"}}', /^gov-report: .*bad\.json: rules\.requests-balnce: unknown rule "requests-balnce" \(known: requests-balance, /],
    ['a bad severity', '{"rules": {"requests-balance": "fatal"}}', /^gov-report: .*bad\.json: rules\.requests-balance: Invalid option: expected one of "off"\|"info"\|"warning"\|"error"\n$/],
    ['a bad value', '{"jobs": 0}', /^gov-report: .*bad\.json: jobs: Too small: expected number to be >=1\n$/],
  ])('rejects a config with %s, naming the file, exit 2', async (_what, text, message) => {
    writeFileSync(join(dir, 'bad.json'), text);
    const run = await runCli(['validate', 'empty.txt', '--config', 'bad.json'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });
});

describe('usage errors and output', () => {
  it.each([
    [['validate', 'fixtures', '--format', 'xml']],
    [['validate', 'fixtures', '--rule', 'no-such-rule=off']],
    [['validate', 'fixtures', '--rule', 'requests-balance=fatal']],
    [['validate', 'fixtures', '--jobs', '0']],
    [['validate', 'fixtures', '--timeout', 'soon']],
  ])('exits 2 for %j', async (args) => {
    const run = await runCli([...args, '--no-config']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^error: /);
  });

  it('exits 2 and says what is missing for validate with no path (paths are optional only for --print-config)', async () => {
    const run = await runCli(['validate', '--no-config']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('validate needs files, folders or patterns');
  });

  it('exits 2 when a glob matches nothing, or nothing is left to check', async () => {
    for (const format of ['stylish', 'json', 'sarif', 'junit']) {
      const glob = await runCli(['validate', 'fixtures/*.nothing', '--format', format, '--no-config']);
      expect(glob).toEqual({ code: 2, stdout: '', stderr: 'gov-report: no file matches "fixtures/*.nothing"\n' });
      const none = await runCli(['validate', 'fixtures/batch/schema', '--format', format, '--no-config']);
      expect(none).toEqual({ code: 2, stdout: '', stderr: 'gov-report: 没有找到要检查的报告文件 (fixtures/batch/schema)\n' });
    }
  });

  it('writes --output atomically: the whole output, no temporary file left, nothing on stdout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gov-report-out-'));
    const run = await runCli(['validate', 'fixtures/batch', '--format', 'sarif', '--output', join(dir, 'report.sarif'), '--no-config']);
    expect(run).toMatchObject({ code: 1, stdout: '' });
    expect(readdirSync(dir)).toEqual(['report.sarif']);
    expect(JSON.parse(readFileSync(join(dir, 'report.sarif'), 'utf8')).version).toBe('2.1.0');
    // A folder that does not exist yet is made, as a user expects of -o reports/out.sarif.
    const nested = await runCli(['validate', 'fixtures/batch', '--output', join(dir, 'no/such/dir/out.txt'), '--no-config']);
    expect(nested.code).toBe(1);
    expect(readdirSync(join(dir, 'no/such/dir'))).toEqual(['out.txt']);
    // A place no folder can be made in is still a clear usage error.
    writeFileSync(join(dir, 'plain'), '');
    const blocked = await runCli(['validate', 'fixtures/batch', '--output', join(dir, 'plain/out.txt'), '--no-config']);
    expect(blocked.code).toBe(2);
    expect(blocked.stderr).toMatch(/^gov-report: cannot write .*out\.txt: (ENOTDIR|EEXIST)\n$/);
  });

  it('leaves a previous --output file alone when the run fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gov-report-out-'));
    writeFileSync(join(dir, 'out.json'), 'previous');
    const run = await runCli(['validate', 'nothing/*.txt', '--output', join(dir, 'out.json'), '--no-config']);
    expect(run.code).toBe(2);
    expect(readdirSync(dir)).toEqual(['out.json']);
    expect(readFileSync(join(dir, 'out.json'), 'utf8')).toBe('previous');
  });

  it('draws a progress bar on stderr only when stderr is a terminal', async () => {
    const tty = await runCli(['validate', 'fixtures/batch', '--no-config'], { tty: true });
    expect(tty.stderr).toMatch(/^\r\x1b\[2K\[[#-]{24}\] \d+\/10 · \d+ 个错误 · \d+ 个警告 · \d+\.\d 秒/);
    expect(tty.stderr.endsWith('\r\x1b[2K')).toBe(true);
    const ci = await runCli(['validate', 'fixtures/batch', '--no-config'], { tty: false });
    expect(ci.stderr).toBe('');
  });
});
