import { describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import type { Io } from '../src/io.js';
import { langOfArgs } from '../src/commander-messages.js';

async function run(args: string[]) {
  let stderr = '';
  const io: Io = { stdout: () => {}, stderr: (t) => void (stderr += t), stderrIsTTY: false, cwd: process.cwd(), setExitCode: () => {} };
  const code = await main(args, io);
  return { code, stderr };
}

describe("commander's usage errors", () => {
  it('are said in Chinese with the English beside, by default', async () => {
    const cases: [string[], string][] = [
      [['parse', '--bogus'], '错误：未知选项 --bogus（error: unknown option \'--bogus\'）'],
      [['parse', 'a', 'b'], '错误：parse 参数过多：应为 1 个，收到 2 个'],
      [['validate', 'x', '-f', 'nope'], '错误：选项 -f, --format <format> 的取值“nope”无效，可选：stylish, json'],
      [['frob'], '错误：未知命令 frob'],
      [['validate', '--timeout'], '错误：选项 --timeout <seconds> 缺少取值'],
      [['validate', 'x', '--jobs', '0'], '的取值“0”无效：应为不小于 1 的整数'],
      [['validate', 'x', '--rule', 'foo=error'], '没有规则“foo”（见 gov-report rules）'],
      [['validate', 'x', '--formt', 'json'], '（是否要用 --format？ Did you mean --format?）'],
    ];
    for (const [args, said] of cases) {
      const r = await run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toContain(said);
      expect(r.stderr).toContain('（加 --help 查看全部选项 add --help for the options）');
    }
  });

  it('are commander’s own English with --lang en, wherever it stands', async () => {
    const r = await run(['valdate', 'x', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("error: unknown command 'valdate'\n(Did you mean validate?)\n(add --help for the options)\n");
    expect((await run(['parse', '--lang=en', '--bogus'])).stderr).toMatch(/^error: unknown option '--bogus'/);
  });

  it('finds the language in the arguments, never after "--"', () => {
    expect(langOfArgs(['parse', 'x', '--lang', 'en'])).toBe('en');
    expect(langOfArgs(['--lang=zh'])).toBe('zh');
    expect(langOfArgs(['parse', '--', '--lang', 'en'])).toBe('zh');
    expect(langOfArgs(['parse', '--lang', 'fr'])).toBe('zh');
  });
});
