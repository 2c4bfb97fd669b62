import { describe, expect, it } from 'vitest';
import { formatBatch } from '../../src/formatters/batch-util.js';
import { escapeData, escapeProperty, github } from '../../src/formatters/github.js';
import { checked, context, finding, sampleResults } from './hand-built.js';

describe('github', () => {
  it('logs every finding in a group per file and annotates them at the end', () => {
    expect(formatBatch(github, sampleResults(), context('zh'), 0)).toBe(
      [
        '::group::reports/a.txt（1 个错误，1 个警告）',
        '  行 12  错误  一+二 与 三（七）+四 不等：14 ≠ 15  requests-balance',
        '  行 40  警告  缺少行：结转下年度继续办理  row-missing',
        '::endgroup::',
        '::group::reports/sub/c.pdf（1 个错误，0 个警告）',
        '  -  错误  无法读取文件：文件为空  input-unreadable',
        '::endgroup::',
        // The identity first, a number the officer must mend; the unreadable file after it (its log says so).
        '::error file=reports/a.txt,line=12,title=requests-balance::一+二 与 三（七）+四 不等：14 ≠ 15',
        '::error file=reports/sub/c.pdf,title=input-unreadable::无法读取文件：文件为空',
        '::warning file=reports/a.txt,line=40,title=row-missing::缺少行：结转下年度继续办理',
        'gov-report：2 个错误，1 个警告，涉及 2 个文件（共检查 3 个）',
        '',
      ].join('\n'),
    );
  });

  it('writes info findings as notices where they stand, after the file’s group', () => {
    const text = formatBatch(github, [checked(0, 'r.txt', [finding('label-variant', 'info', 'label differs', { line: 7 }), finding('row-missing', 'error', 'missing', { line: 9 })])], context('en'), 0);
    const lines = text.split('\n');
    expect(lines.filter((l) => l.startsWith('::notice '))).toEqual(['::notice file=r.txt,line=7,title=label-variant::label differs']);
    expect(lines.indexOf('::notice file=r.txt,line=7,title=label-variant::label differs')).toBe(lines.indexOf('::endgroup::') + 1);
  });

  it('annotates at most 10 errors and 10 warnings, each file’s worst first, and says how many more are in the log', () => {
    const results = Array.from({ length: 12 }, (_, i) =>
      checked(i, `r${String(i).padStart(2, '0')}.txt`, [
        finding('cell-blank', 'warning', `blank ${i}`, { line: 1 }),
        finding('row-missing', 'error', `missing ${i}`, { line: 2 }),
        ...(i === 11 ? [finding('requests-balance', 'error', 'balance 11', { line: 3 })] : []),
        finding('cell-blank', 'warning', `blank again ${i}`, { line: 4 }),
      ]),
    );
    const text = formatBatch(github, results, context('en'), 0);
    const errors = text.split('\n').filter((l) => l.startsWith('::error '));
    const warnings = text.split('\n').filter((l) => l.startsWith('::warning '));
    expect(errors).toHaveLength(10);
    expect(warnings).toHaveLength(10);
    // The balance error of the last file outranks the other files' row errors; then files in order.
    expect(errors.slice(0, 3)).toEqual([
      '::error file=r11.txt,line=3,title=requests-balance::balance 11',
      '::error file=r00.txt,line=2,title=row-missing::missing 0',
      '::error file=r01.txt,line=2,title=row-missing::missing 1',
    ]);
    expect(warnings.at(-1)).toBe('::warning file=r09.txt,line=1,title=cell-blank::blank 9');
    expect(text.trimEnd().split('\n').at(-1)).toBe(
      'gov-report: 13 errors, 24 warnings in 12 files (12 checked); annotations show the 10 most important errors and 10 warnings, 3 more errors and 14 more warnings are in the log above',
    );
    // Everything is in the log.
    expect(text).toContain('  line 4  warning  blank again 11  cell-blank');
  });

  it('escapes workflow-command data and properties', () => {
    expect(escapeData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext');
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
    const text = formatBatch(github, [checked(0, 'dir,x/a:b.pdf', [finding('row-missing', 'error', 'two\nlines', { page: 3 })])], context('en'), 0);
    expect(text).toContain('::error file=dir%2Cx/a%3Ab.pdf,title=row-missing::page 3: two%0Alines\n');
    expect(text).toContain('::group::dir,x/a:b.pdf (1 error, 0 warnings)\n  page 3  error  two%0Alines  row-missing\n::endgroup::\n');
  });
});
