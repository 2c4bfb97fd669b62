import type { Finding } from '../record/schema.js';
import type { Lang } from '../record/labels.js';
import type { FileResult } from '../batch/summary.js';
import { displayPath, positionLabel, severityLabel, type BatchFormatter, type FormatContext } from './batch-util.js';

/**
 * JUnit XML for CI test reports: one <testsuite> per report file, one <testcase> per rule of the
 * registry. A rule fails when it found an error in the file; its warnings and notes go to the
 * testcase's <system-out>; a rule turned off, or every rule of a file that could not be read, is
 * <skipped>. Files that are not reports are left out.
 */
export const junit: BatchFormatter = {
  begin: (ctx) => `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="${attr(ctx.tool.name)}">\n`,
  file: (result, _before, ctx) => formatSuite(result, ctx),
  end: () => '</testsuites>\n',
};

function formatSuite(result: FileResult, ctx: FormatContext): string {
  if (result.status !== 'checked') return '';
  const path = displayPath(result.path);
  const { lang } = ctx;
  const findings = result.report.findings;
  const unreadable = findings.some((f) => f.rule === 'input-unreadable');
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
  const ids = [...ctx.rules.map((r) => r.id), ...[...byRule.keys()].filter((id) => !ctx.rules.some((r) => r.id === id))];

  let failures = 0;
  let skipped = 0;
  const cases = ids.map((id) => {
    const mine = byRule.get(id) ?? [];
    const rule = ctx.rules.find((r) => r.id === id);
    const open = `    <testcase classname="${attr(path)}" name="${attr(id)}"`;
    if (mine.length === 0 && (rule?.severity === 'off' || (unreadable && id !== 'input-unreadable'))) {
      skipped++;
      const why = rule?.severity === 'off' ? text(lang, '规则已关闭', 'rule is off') : text(lang, '文件无法读取，未检查', 'not checked: the file could not be read');
      return `${open}>\n      <skipped message="${attr(why)}"/>\n    </testcase>\n`;
    }
    const errors = mine.filter((f) => f.severity === 'error');
    const others = mine.filter((f) => f.severity !== 'error');
    if (errors.length === 0 && others.length === 0) return `${open}/>\n`;
    let body = '';
    if (errors.length > 0) {
      failures++;
      body += `      <failure type="${attr(id)}" message="${attr(errors[0]!.message)}">${xmlText(errors.map((f) => line(f, lang)).join('\n'))}</failure>\n`;
    }
    if (others.length > 0) body += `      <system-out>${xmlText(others.map((f) => line(f, lang)).join('\n'))}</system-out>\n`;
    return `${open}>\n${body}    </testcase>\n`;
  });
  const time = (result.elapsedMs / 1000).toFixed(3);
  return (
    `  <testsuite name="${attr(path)}" tests="${ids.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${time}">\n` +
    cases.join('') +
    '  </testsuite>\n'
  );
}

function line(f: Finding, lang: Lang): string {
  return `${positionLabel(f.location, lang)}  ${severityLabel(f.severity, lang)}  ${f.message}`;
}

function text(lang: Lang, zh: string, en: string): string {
  return lang === 'zh' ? zh : en;
}

// XML 1.0 cannot carry most C0 controls even as character references, nor lone surrogates: such
// characters (pasted from portals, or in a corrupt file's name) are written out as \uXXXX.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function clean(value: string): string {
  return value.replace(NOT_XML, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Character data: &, < and > escaped (">" for "]]>"). */
export function xmlText(value: string): string {
  return clean(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An attribute value in double quotes; tabs and line breaks kept as references, not normalised away. */
export function attr(value: string): string {
  return xmlText(value).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}
