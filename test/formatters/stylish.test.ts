import { describe, expect, it } from 'vitest';
import { formatBatch } from '../../src/formatters/batch-util.js';
import { stylish } from '../../src/formatters/stylish.js';
import { checked, context, finding, sampleResults, skipped } from './hand-built.js';

describe('stylish', () => {
  it('groups findings by file, aligned, and closes with per-rule counts, files and time (zh)', () => {
    expect(formatBatch(stylish, sampleResults(), context('zh'), 1234)).toBe(
      [
        'reports/a.txt',
        '  行 12  错误  一+二 与 三（七）+四 不等：14 ≠ 15  requests-balance',
        '  行 40  警告  缺少行：结转下年度继续办理  row-missing',
        '',
        'reports/sub/c.pdf',
        '  -  错误  无法读取文件：文件为空  input-unreadable',
        '',
        '✖ 3 个问题（2 个错误，1 个警告），涉及 2 个文件',
        '',
        '  规则               错误   警告   提示',
        '  input-unreadable      1      0      0',
        '  requests-balance      1      0      0',
        '  row-missing           0      1      0',
        '',
        '检查 3 个文件，其中无法读取 1 个；跳过 1 个非报告格式的文件：reports/notes.md',
        '用时 1.23 秒',
        '',
      ].join('\n'),
    );
  });

  it('speaks English with --lang en', () => {
    expect(formatBatch(stylish, sampleResults(), context('en'), 1234)).toBe(
      [
        'reports/a.txt',
        '  line 12  error    一+二 与 三（七）+四 不等：14 ≠ 15  requests-balance',
        '  line 40  warning  缺少行：结转下年度继续办理  row-missing',
        '',
        'reports/sub/c.pdf',
        '  -  error  无法读取文件：文件为空  input-unreadable',
        '',
        '✖ 3 problems (2 errors, 1 warning) in 2 files',
        '',
        '  rule              errors  warnings   info',
        '  input-unreadable       1         0      0',
        '  requests-balance       1         0      0',
        '  row-missing            0         1      0',
        '',
        '3 files checked, 1 unreadable; 1 skipped (not a report format): reports/notes.md',
        '1.23 s',
        '',
      ].join('\n'),
    );
  });

  it('gives a single file its findings and one summary line', () => {
    const results = [checked(0, 'a.txt', [finding('row-missing', 'warning', '缺少行', { page: 2, line: 7 })])];
    expect(formatBatch(stylish, results, context('zh'), 50)).toBe('a.txt\n  第 2 页 行 7  警告  缺少行  row-missing\n\n✖ 1 个问题（0 个错误，1 个警告；用时 0.05 秒）\n');
  });

  it('says so when nothing was found', () => {
    expect(formatBatch(stylish, [checked(0, 'a.txt', [])], context('en'), 20)).toBe('✔ no problems (0.02 s)\n');
    expect(formatBatch(stylish, [checked(0, 'a.txt', []), checked(1, 'b.txt', [])], context('zh'), 2000)).toBe(
      '✔ 未发现问题\n\n检查 2 个文件\n用时 2.00 秒\n',
    );
  });

  it('names why files could not be read and cuts a long list of skipped files', () => {
    const results = [
      checked(0, 'big.pdf', [finding('input-unreadable', 'error', '文件过大')], 1, { failure: 'too-large' }),
      checked(1, 'slow.pdf', [finding('input-unreadable', 'error', '处理超时')], 1, { failure: 'timeout' }),
      ...Array.from({ length: 22 }, (_, i) => skipped(i + 2, `x/${String(i).padStart(2, '0')}.doc`)),
    ];
    const text = formatBatch(stylish, results, context('en'), 0);
    expect(text).toContain('2 files checked, 2 unreadable (1 timed out, 1 too large); 22 skipped (not a report format): x/00.doc, x/01.doc,');
    expect(text).toContain('x/19.doc and 2 more\n');
    expect(text).not.toContain('x/20.doc');
  });
});

describe('stylish in colour', () => {
  it('colours severities and dims positions and rule ids only when told it writes to a terminal', () => {
    const plain = formatBatch(stylish, sampleResults(), context('zh'), 0);
    expect(plain).not.toContain('\x1b[');
    const coloured = formatBatch(stylish, sampleResults(), { ...context('zh'), color: true }, 0);
    expect(coloured).toContain('\x1b[31m错误\x1b[39m');
    expect(coloured).toContain('\x1b[33m警告\x1b[39m');
    // The same text once the colour codes are taken out.
    expect(coloured.replace(/\x1b\[\d+m/g, '')).toBe(plain);
  });
});
