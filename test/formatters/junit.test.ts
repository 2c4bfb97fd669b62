import { describe, expect, it } from 'vitest';
import { formatBatch } from '../../src/formatters/batch-util.js';
import { junit } from '../../src/formatters/junit.js';
import { checked, context, finding, sampleResults } from './hand-built.js';
import { xmlProblems } from './xml-check.js';

describe('junit', () => {
  it('gives one testsuite per report and one testcase per rule; errors fail, warnings are output, off rules skipped', () => {
    expect(formatBatch(junit, sampleResults(), context('zh'), 1234)).toBe(
      `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="gov-report">
  <testsuite name="reports/a.txt" tests="4" failures="1" errors="0" skipped="1" time="0.012">
    <testcase classname="reports/a.txt" name="requests-balance">
      <failure type="requests-balance" message="一+二 与 三（七）+四 不等：14 ≠ 15">行 12  错误  一+二 与 三（七）+四 不等：14 ≠ 15</failure>
    </testcase>
    <testcase classname="reports/a.txt" name="input-unreadable"/>
    <testcase classname="reports/a.txt" name="row-missing">
      <system-out>行 40  警告  缺少行：结转下年度继续办理</system-out>
    </testcase>
    <testcase classname="reports/a.txt" name="cell-blank">
      <skipped message="规则已关闭"/>
    </testcase>
  </testsuite>
  <testsuite name="reports/b.html" tests="4" failures="0" errors="0" skipped="1" time="0.012">
    <testcase classname="reports/b.html" name="requests-balance"/>
    <testcase classname="reports/b.html" name="input-unreadable"/>
    <testcase classname="reports/b.html" name="row-missing"/>
    <testcase classname="reports/b.html" name="cell-blank">
      <skipped message="规则已关闭"/>
    </testcase>
  </testsuite>
  <testsuite name="reports/sub/c.pdf" tests="4" failures="1" errors="0" skipped="3" time="0.001">
    <testcase classname="reports/sub/c.pdf" name="requests-balance">
      <skipped message="文件无法读取，未检查"/>
    </testcase>
    <testcase classname="reports/sub/c.pdf" name="input-unreadable">
      <failure type="input-unreadable" message="无法读取文件：文件为空">-  错误  无法读取文件：文件为空</failure>
    </testcase>
    <testcase classname="reports/sub/c.pdf" name="row-missing">
      <skipped message="文件无法读取，未检查"/>
    </testcase>
    <testcase classname="reports/sub/c.pdf" name="cell-blank">
      <skipped message="规则已关闭"/>
    </testcase>
  </testsuite>
</testsuites>
`,
    );
  });

  it('has a well-formedness check that catches broken XML', () => {
    expect(xmlProblems('<a><b x="1">&</b></a>')).toEqual(['bad reference &']);
    expect(xmlProblems('<a><b></a></b>')).toEqual(['mismatched </a>', 'mismatched </b>']);
    expect(xmlProblems('<a x=1/>')).toEqual(['malformed tag <a x=1/>', '0 root elements']);
    expect(xmlProblems('<a>\u0001</a>')).toEqual(['forbidden control character']);
  });

  it('is well-formed XML', () => {
    expect(xmlProblems(formatBatch(junit, sampleResults(), context('en'), 0))).toEqual([]);
  });

  it('escapes markup, quotes and control characters in names and messages', () => {
    const nasty = 'a & b < c > d "q" \'s\' \u0001bell\u0007 tab\tline\nnext ]]> \uD800';
    const text = formatBatch(junit, [checked(0, `we<ird>&"name".txt`, [finding('requests-balance', 'error', nasty, { line: 3 }), finding('made-up-rule', 'warning', nasty)])], context('en'), 0);
    expect(xmlProblems(text)).toEqual([]);
    expect(text).toContain('<testsuite name="we&lt;ird&gt;&amp;&quot;name&quot;.txt"');
    expect(text).toContain(
      'message="a &amp; b &lt; c &gt; d &quot;q&quot; &apos;s&apos; \\u0001bell\\u0007 tab&#9;line&#10;next ]]&gt; \\ud800"',
    );
    expect(text).toContain('>line 3  error  a &amp; b &lt; c &gt; d "q" \'s\' \\u0001bell\\u0007 tab\tline\nnext ]]&gt; \\ud800</failure>');
    // A finding of a rule the registry does not know still gets its testcase.
    expect(text).toContain('<testcase classname="we&lt;ird&gt;&amp;&quot;name&quot;.txt" name="made-up-rule">');
  });
});
