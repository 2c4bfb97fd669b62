import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import type { Io } from '../src/io.js';
import { ReportSchema, type Report } from '../src/record/schema.js';

const root = join(import.meta.dirname, '..');
const fixtures = join(root, 'fixtures');
const seed = (n: string) => join(fixtures, { '000': '000_ad3c2041cc5fe348.txt', '001': '001_dde6e9dcd5a2f618.txt', '002': '002_131d603af9a93f8a.txt', '003': '003_6e2b379abcfd2652.txt', '004': '004_10687c40e7fd93a5.txt' }[n]!);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with an Io that captures everything it writes. */
async function run(...argv: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    stderrIsTTY: false,
    cwd: root,
    setExitCode: () => {},
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

async function runJson(...argv: string[]): Promise<{ code: number; report: Report; stderr: string }> {
  const r = await run(...argv, '--format', 'json');
  return { code: r.code, report: ReportSchema.parse(JSON.parse(r.stdout)), stderr: r.stderr };
}

/** A line of the text view's section list: numeral, "行 N", heading. */
const sectionLine = (numeral: string, line: number, heading: string) => new RegExp(`^\\s+${numeral}\\s+行 ${line}\\s+${escape(heading)}$`, 'm');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// The headings and their lines, read off each seed.
const SECTIONS: Record<string, [string, number, string][]> = {
  '000': [
    ['一', 1, '总体情况'],
    ['二', 15, '二、主动公开政府信息情况'],
    ['三', 90, '三、收到和处理政府信息公开申请情况'],
    ['四', 352, '四、政府信息公开行政复议、行政诉讼情况'],
    ['五', 397, '五、存在的主要问题及改进情况'],
    ['六', 406, '六、其他需要报告的事项'],
  ],
  '001': [
    ['一', 5, '一、总体情况'],
    ['二', 21, '二、主动公开政府信息情况'],
    ['三', 42, '三、收到和处理政府信息公开申请情况'],
    ['四', 73, '四、政府信息公开行政复议、行政诉讼情况'],
    ['五', 80, '五、存在的主要问题及改进情况'],
    ['六', 90, '六、其他需要报告的事项'],
  ],
  // 002 lost its section 三 heading with the text between 行政许可 and "8. 属于行政查询事项".
  '002': [
    ['一', 5, '一、总体情况'],
    ['二', 39, '二、主动公开政府信息情况'],
    ['四', 62, '四、政府信息公开行政复议、行政诉讼情况'],
    ['五', 69, '五、存在的主要问题及改进情况'],
    ['六', 83, '六、其他需要报告的事项'],
  ],
  '003': [
    ['一', 5, '一、总体情况'],
    ['二', 17, '二、主动公开政府信息情况'],
    ['三', 34, '三、收到和处理政府信息公开申请情况'],
    ['四', 65, '四、政府信息公开行政复议、行政诉讼情况'],
    ['五', 72, '五、存在的主要问题及改进情况'],
    ['六', 76, '六、其他需要报告的事项'],
  ],
  '004': [
    ['一', 3, '一、总体情况'],
    ['二', 23, '二、主动公开政府信息情况'],
    ['三', 44, '三、收到和处理政府信息公开申请情况'],
    ['四', 73, '四、政府信息公开行政复议、行政诉讼情况'],
    ['五', 80, '五、存在的主要问题及改进情况'],
    ['六', 90, '六、其他需要报告的事项'],
  ],
};
const EXIT: Record<string, number> = { '000': 0, '001': 0, '002': 1, '003': 1, '004': 0 };

describe('gov-report parse on the seeds', () => {
  describe.each(Object.keys(SECTIONS))('seed %s', (n) => {
    it(`exits ${EXIT[n]} and the text view lists every section heading with its line`, async () => {
      const r = await run('parse', seed(n));
      expect(r.code).toBe(EXIT[n]);
      expect(r.stderr).toBe('');
      for (const [numeral, line, heading] of SECTIONS[n]!) expect(r.stdout).toMatch(sectionLine(numeral, line, heading));
    });

    it('shows every finding of the record in the text view, with 行 N where it has a line', async () => {
      const text = await run('parse', seed(n));
      const { report } = await runJson('parse', seed(n));
      const findingLines = text.stdout.split('\n').filter((l) => /\[[a-z-]+\]$/.test(l));
      expect(findingLines).toHaveLength(report.findings.length);
      report.findings.forEach((f, i) => {
        const l = findingLines[i]!;
        expect(l.endsWith(`[${f.rule}]`)).toBe(true);
        expect(l).toContain(f.message);
        if (f.location.line !== undefined) expect(l).toMatch(new RegExp(`^\\s+行 ${f.location.line}\\s`));
        else expect(l).not.toMatch(/行 \d/);
      });
      if (report.findings.length === 0) expect(text.stdout).toMatch(/^未发现问题$/m);
    });

    it(`prints JSON that ReportSchema accepts, and exits ${EXIT[n]}`, async () => {
      const { code, report, stderr } = await runJson('parse', seed(n));
      expect(code).toBe(EXIT[n]);
      expect(stderr).toBe('');
      expect(report.source).toMatchObject({ path: seed(n), format: 'txt', encoding: 'utf-8', bytes: readFileSync(seed(n)).length });
      expect(report.sections.map((s) => [s.number, s.line, s.heading])).toEqual(SECTIONS[n]!.map(([numeral, line, heading]) => ['一二三四五六'.indexOf(numeral) + 1, line, heading]));
    });
  });

  it('seed 002: values read off the truncated file', async () => {
    const { report } = await runJson('parse', seed('002'));
    const requests = report.requests as Record<string, any>;
    expect(requests.received.total).toBeNull(); // the 一、本年新收 row was lost with the missing text
    expect(requests.total.total).toBe(4); // line 59: (七) 总计 … 4
    expect(requests.notProcessed.duplicate.total).toBe(1); // line 54: 2. 重复申请 1 … 1
  });

  it('seed 003: values read off the 2021-format file', async () => {
    const { report } = await runJson('parse', seed('003'));
    const requests = report.requests as Record<string, any>;
    const active = report.active as Record<string, any>;
    expect(report.meta.template).toBe('2021'); // 本年制发件数 / 本年废止件数 / 现行有效件数, (六) in three rows
    expect(requests.received.total).toBe(40); // line 39
    expect(requests.unavailable.notHeld.natural).toBe(35); // line 51
    expect(active.normativeDocuments.inForce).toBe(127); // line 22: 行政规范性文件 15 7 127
  });

  it('seed 001: appeals values read off line 78', async () => {
    const { report } = await runJson('parse', seed('001'));
    expect(report.appeals.reconsideration.pending).toBe(1);
    expect(report.appeals.litigation.direct.upheld).toBe(1);
  });

  it('seed 004: the grouped decimal procurement amount "17,233.32" (line 42)', async () => {
    const { report } = await runJson('parse', seed('004'));
    expect((report.active as Record<string, any>).procurement.amount).toBe(17233.32);
  });

  it('writes the finding messages in Chinese by default', async () => {
    const r = await run('parse', seed('002'));
    expect(r.stdout).toMatch(/^\s+行 67\s+警告\s+无法核对总计（缺少数值）：行政复议\s+\[appeals-total\]$/m);
    expect(r.stdout).toMatch(/^\s+行 49\s+错误\s+申请情况表缺少 11 行（表格残缺、中断，或行名无法识别）：一、本年新收政府信息公开申请数量、/m);
    // Nine of the table's damage, and one of content: the report says nothing of 工作考核 (it does not).
    expect(r.stdout).toMatch(/^问题 \(10\):$/m);
  });

  it('writes the finding messages in English with --lang en', async () => {
    const r = await run('parse', seed('002'), '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^\s+line 67\s+warning\s+total not checked, values missing in: reconsideration\s+\[appeals-total\]$/m);
    expect(r.stdout).toMatch(/^\s+line 49\s+error\s+request table: 11 rows are missing \(the table is incomplete, cut off, or its labels cannot be read\): received, carriedOver, /m);
    expect(r.stdout).toMatch(/^Findings \(10\):$/m);
    const { report } = await runJson('parse', seed('002'), '--lang', 'en');
    expect(report.findings.find((f) => f.rule === 'appeals-total')!.message).toBe('total not checked, values missing in: reconsideration');
    // The five blank cells of 行政复议: its total on its own (a number the check needs), the four others as one.
    expect(report.findings.filter((f) => f.rule === 'cell-blank').map((f) => f.message)).toEqual([
      'blank total cell(s) (a total should hold a number; it may have been left out): appeals.reconsideration.total',
      'appeals has 4 blank cells, in 1 row(s): reconsideration',
    ]);
  });

  it('says "No findings" in English for a clean seed', async () => {
    const r = await run('parse', seed('001'), '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^No findings$/m);
  });
});

describe('gov-report parse on files it cannot read', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'gov-report-cli-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    // An ELF header: NUL bytes, so not text, and no signature of a supported format.
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0]));
    mkdirSync(join(dir, 'folder.txt'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const CASES = [
    { name: 'a missing file', file: () => join(dir, 'missing.txt'), zh: '文件不存在', en: 'no such file' },
    { name: 'a directory', file: () => join(dir, 'folder.txt'), zh: '这是一个目录，不是文件', en: 'is a directory, not a file' },
    { name: 'an empty file', file: () => join(dir, 'empty.txt'), zh: '文件为空', en: 'the file is empty' },
    { name: 'a binary file', file: () => join(dir, 'binary.txt'), zh: '文件不是文本，也不是支持的格式（txt、html、docx、pdf）', en: 'not text, nor a supported format (txt, html, docx, pdf)' },
  ];

  it.each(CASES)('$name: one stderr line naming the file and the problem, nothing on stdout, exit 1', async ({ file, zh }) => {
    const r = await run('parse', file());
    expect(r).toEqual({ code: 1, stdout: '', stderr: `gov-report: ${file()}: 无法读取文件：${zh}\n` });
  });

  it.each(CASES)('$name: the same line in English with --lang en', async ({ file, en }) => {
    const r = await run('parse', file(), '--lang', 'en');
    expect(r).toEqual({ code: 1, stdout: '', stderr: `gov-report: ${file()}: cannot read the file: ${en}\n` });
  });
  it.each(CASES)('$name with --format json: a record whose one finding is input-unreadable, exit 1, stderr empty', async ({ file, en }) => {
    const r = await run('parse', file(), '--format', 'json', '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const report = ReportSchema.parse(JSON.parse(r.stdout));
    expect(report.source.path).toBe(file());
    expect(report.findings).toEqual([{ rule: 'input-unreadable', severity: 'error', message: `cannot read the file: ${en}`, location: {} }]);
  });
});

describe('gov-report usage errors', () => {
  it('exits 2 on an unknown option, and says which', async () => {
    const r = await run('parse', seed('001'), '--bogus');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain("unknown option '--bogus'");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('names the bad value and where the options are, in two lines, not the whole help', async () => {
    const r = await run('validate', seed('001'), '--rule', 'no-such-rule=off', '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      "error: option '--rule <id=severity>' argument 'no-such-rule=off' is invalid. unknown rule \"no-such-rule\" (see gov-report rules)\n(add --help for the options)\n",
    );
    const zh = await run('validate', seed('001'), '--rule', 'no-such-rule=off');
    expect(zh.stderr.split('\n')).toHaveLength(3);
    expect(zh.stderr).toMatch(/^错误：选项 --rule <id=severity> 的取值“no-such-rule=off”无效：没有规则“no-such-rule”/);
  });

  it('exits 2 on an unknown command, and says which', async () => {
    const r = await run('frobnicate', seed('001'));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain("unknown command 'frobnicate'");
  });

  it('exits 2 on parse without a file', async () => {
    const r = await run('parse');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('parse needs a file');
  });

  it('exits 2 on a format it does not have', async () => {
    const r = await run('parse', seed('001'), '--format', 'xml');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });
});

// ---------------------------------------------------------------------------------------------
// The built CLI, spawned: standard input, and which modules a .txt run loads.
// ---------------------------------------------------------------------------------------------
describe('the built CLI', () => {
  const bin = join(root, 'bin', 'gov-report.js');
  let dir: string;

  beforeAll(() => {
    if (!existsSync(join(root, 'dist', 'main.js'))) {
      // tsc exits non-zero on type errors but still emits; what matters is that dist/ is there.
      spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore', timeout: 120_000 });
    }
    expect(existsSync(join(root, 'dist', 'main.js'))).toBe(true);
    dir = mkdtempSync(join(tmpdir(), 'gov-report-load-'));
    // A resolve hook that records every module URL the ESM loader resolves (test-only).
    writeFileSync(
      join(dir, 'hooks.mjs'),
      `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(process.env.GOV_REPORT_LOAD_LOG, result.url + '\\n');
  return result;
}
`,
    );
    // … and, at exit, every CommonJS module required behind the ESM loader's back (opencc-js is
    // loaded with createRequire, which the resolve hook does not see).
    writeFileSync(
      join(dir, 'preload.mjs'),
      `import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';
register(${JSON.stringify(pathToFileURL(join(dir, 'hooks.mjs')).href)});
const require = createRequire(import.meta.url);
process.on('exit', () => appendFileSync(process.env.GOV_REPORT_LOAD_LOG, Object.keys(require.cache).join('\\n') + '\\n'));
`,
    );
  }, 180_000);
  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('reads standard input for "-" and records "-" as the path', () => {
    const bytes = readFileSync(seed('001'));
    const r = spawnSync(process.execPath, [bin, 'parse', '-', '--format', 'json'], { cwd: root, input: bytes, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const report = ReportSchema.parse(JSON.parse(r.stdout));
    expect(report.source).toMatchObject({ path: '-', format: 'txt', encoding: 'utf-8', bytes: bytes.length });
    expect(report.appeals.reconsideration.pending).toBe(1);
    expect(report.appeals.litigation.direct.upheld).toBe(1);
    expect(report.findings).toEqual([]);
  });

  it('reads a damaged report from standard input and exits 1', () => {
    const r = spawnSync(process.execPath, [bin, 'parse', '-'], { cwd: root, input: readFileSync(seed('003')), encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^\s+行 38\s+错误\s+.*\[column-missing\]$/m);
  });

  it('removes the temporary --output file when stopped by a signal, and exits 128 + its number', async () => {
    const out = join(dir, 'out');
    mkdirSync(out);
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      // Standard input left open: the run waits for it, so the signal surely comes mid-run.
      const child = spawn(process.execPath, [bin, 'validate', '-', '--format', 'sarif', '--output', join(out, 'report.sarif'), '--no-config'], { cwd: root, stdio: ['pipe', 'ignore', 'ignore'] });
      const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
      while (!readdirSync(out).some((f) => f.endsWith('.tmp'))) await new Promise((r) => setTimeout(r, 10));
      child.kill(signal);
      expect(await exited).toBe(signal === 'SIGINT' ? 130 : 143);
      expect(readdirSync(out)).toEqual([]);
      child.stdin.destroy();
    }
  }, 60_000);

  it('exits 1 with one stderr line and no stack trace for a missing file', () => {
    const missing = join(dir, 'nope.txt');
    const r = spawnSync(process.execPath, [bin, 'parse', missing], { cwd: root, encoding: 'utf8' });
    expect({ status: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual({ status: 1, stdout: '', stderr: `gov-report: ${missing}: 无法读取文件：文件不存在\n` });
  });

  it('exits 2 for an unknown option', () => {
    const r = spawnSync(process.execPath, [bin, 'parse', seed('001'), '--bogus'], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
  });

  const HEAVY = ['mammoth', 'pdf-parse', 'pdfjs-dist', 'htmlparser2', 'opencc-js'];
  const loaded = (log: string) => HEAVY.filter((name) => log.split('\n').some((url) => url.includes(`/node_modules/${name}/`)));

  function traced(args: string[], file: string): { status: number | null; log: string; stdout: string; stderr: string } {
    const log = join(dir, `${file}.log`);
    writeFileSync(log, '');
    const r = spawnSync(process.execPath, ['--import', pathToFileURL(join(dir, 'preload.mjs')).href, ...args], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, GOV_REPORT_LOAD_LOG: log },
    });
    return { status: r.status, log: readFileSync(log, 'utf8'), stdout: r.stdout, stderr: r.stderr };
  }

  it('never loads mammoth, pdf-parse, pdfjs-dist, htmlparser2 or opencc-js to parse a .txt (CLI)', () => {
    for (const n of ['001', '002']) {
      const r = traced([bin, 'parse', seed(n), '--format', 'json'], `cli-${n}`);
      expect(r.status).toBe(EXIT[n]);
      // The hook sees the modules that are loaded (so an empty list below means something) …
      expect(r.log).toContain('/dist/readers/text/read-text.js');
      expect(r.log).toContain('/node_modules/commander/');
      // … and none of the heavy ones.
      expect(loaded(r.log)).toEqual([]);
    }
  });

  it('never loads mammoth, pdf-parse, pdfjs-dist, htmlparser2 or opencc-js to parse a .txt (library parseFile)', () => {
    const script = `
      const m = await import(${JSON.stringify(pathToFileURL(join(root, 'dist', 'index.js')).href)});
      const report = await m.parseFile(${JSON.stringify(seed('004'))});
      const { createRequire } = await import('node:module');
      const cjs = Object.keys(createRequire(import.meta.url).cache);
      console.log(JSON.stringify({ findings: report.findings.length, cjs }));
    `;
    const r = traced(['--input-type=module', '-e', script], 'api-004');
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as { findings: number; cjs: string[] };
    expect(out.findings).toBe(0);
    expect(r.log).toContain('/dist/readers/text/read-text.js');
    expect(loaded(r.log)).toEqual([]);
    // CommonJS packages required behind the ESM loader's back would show in require.cache.
    expect(HEAVY.filter((name) => out.cjs.some((p) => p.includes(`/node_modules/${name}/`)))).toEqual([]);
  });

  it('loads opencc-js, and only it, to parse a .txt written in Traditional characters', () => {
    const r = traced([bin, 'parse', join(fixtures, 'readers', 'text', 'traditional-mirror-2021.txt'), '--format', 'json'], 'cli-traditional');
    expect(r.status).toBe(0);
    expect(loaded(r.log)).toEqual(['opencc-js']);
  });

  it('records a CommonJS module required with createRequire, so the checks above can fail', () => {
    const script = `const { createRequire } = await import('node:module'); createRequire(import.meta.url)('htmlparser2');`;
    const r = traced(['--input-type=module', '-e', script], 'control-require');
    expect(r.status).toBe(0);
    expect(loaded(r.log)).toContain('htmlparser2');
  });

  it.each(HEAVY)('does record %s when something imports it, so the checks above can fail', (name) => {
    const entry = name === 'pdfjs-dist' ? 'pdfjs-dist/legacy/build/pdf.mjs' : name;
    const r = traced(['--input-type=module', '-e', `await import(${JSON.stringify(entry)});`], `control-${name}`);
    expect(r.status).toBe(0);
    expect(loaded(r.log)).toContain(name);
  });
});

describe('a pipe closed early (gov-report validate … | head)', () => {
  it('stops writing but still ends with the status the findings call for', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, [join(root, 'bin', 'gov-report.js'), 'validate', join(root, 'fixtures'), '--no-config'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // Read the first chunk, then close the pipe as head does.
    await new Promise<void>((done) => child.stdout.once('data', () => done()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((done) => child.on('close', (c) => done(c)));
    expect(stderr).not.toContain('EPIPE');
    // fixtures/ holds reports with errors: 1, not the 0 an early exit would give.
    expect(code).toBe(1);
  }, 60_000);
});

describe('gov-report --help', () => {
  it('ends with examples and the exit statuses, in both languages, and exits 0', async () => {
    const { spawnSync } = await import('node:child_process');
    const r = spawnSync(process.execPath, [join(root, 'bin', 'gov-report.js'), '--help'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('示例 Examples:\n  gov-report parse 报告.txt');
    expect(r.stdout).toMatch(/退出状态 Exit status:\n  0 .*\n  1 .*\n  2 /);
  });
});
