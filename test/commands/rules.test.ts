import { describe, expect, it } from 'vitest';
import { main } from '../../src/main.js';
import type { Io } from '../../src/io.js';
import { RULES } from '../../src/rules/index.js';

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const io: Io = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), stderrIsTTY: false, cwd: process.cwd(), setExitCode: () => {} };
  return { code: await main(args, io), stdout: () => stdout, stderr: () => stderr };
}

describe('gov-report rules', () => {
  it('lists every rule', async () => {
    const r = await run(['rules']);
    expect(r.code).toBe(0);
    expect(r.stdout().trim().split('\n').map((l) => l.split(/\s+/)[0])).toEqual(RULES.map((rule) => rule.id));
  });

  it("documents one rule: what it checks and every message it gives, in both languages", async () => {
    const r = await run(['rules', 'published-late']);
    expect(r.code).toBe(0);
    expect(r.stdout()).toContain('published-late (warning)\n年度报告晚于法定期限公布（条例第四十九条）\nThe report was published after its statutory deadline (article 49)\n');
    expect(r.stdout()).toContain('  noDate\n    文件中未找到发布日期，未核对公布期限\n    no publication date found in the file: the deadline was not checked\n');
    const json = JSON.parse((await run(['rules', 'personal-data', '--format', 'json'])).stdout());
    expect(Object.keys(json.messages)).toEqual(['id', 'mobile']);
  });

  it('refuses an unknown rule id with status 2', async () => {
    const r = await run(['rules', 'no-such-rule']);
    expect(r.code).toBe(2);
    expect(r.stderr()).toContain('no rule "no-such-rule"');
  });
});
