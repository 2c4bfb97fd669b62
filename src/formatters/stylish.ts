import { paint } from './paint.js';
import type { Lang } from '../record/labels.js';
import type { FileResult, Summary } from '../batch/summary.js';
import { displayWidth, padEnd, padStart } from './text-width.js';
import { displayPath, positionLabel, seconds, severityLabel, type BatchFormatter } from './batch-util.js';

/**
 * The default format (ESLint's stylish): each file with findings, its findings aligned under it
 * (position, severity, message, rule id), then a closing summary: totals, findings per rule, files
 * checked, unreadable and skipped, and the time taken. A single file gets one summary line.
 */
export const stylish: BatchFormatter = {
  begin: () => '',
  file: (result, _before, ctx) => formatFile(result, ctx.lang, ctx.color === true),
  end: (summary, ctx) => formatSummary(summary, ctx.lang),
};

// On a terminal: errors red, warnings yellow, info and rule ids dim, the file name underlined (ESLint's).
const SEVERITY_STYLE = { error: 'red', warning: 'yellow', info: 'blue' } as const;

function formatFile(result: FileResult, lang: Lang, color: boolean): string {
  if (result.status !== 'checked' || result.report.findings.length === 0) return '';
  const findings = result.report.findings;
  const rows = findings.map((f) => [positionLabel(f.location, lang), severityLabel(f.severity, lang), f.message, f.rule] as const);
  const posWidth = Math.max(...rows.map((r) => displayWidth(r[0])));
  const sevWidth = Math.max(...rows.map((r) => displayWidth(r[1])));
  const lines = rows.map(([pos, sev, message, rule], i) => {
    const severity = padEnd(sev, sevWidth);
    if (!color) return `  ${padEnd(pos, posWidth)}  ${severity}  ${message}  ${rule}`;
    return `  ${paint('dim', padEnd(pos, posWidth))}  ${paint(SEVERITY_STYLE[findings[i]!.severity], severity)}  ${message}  ${paint('dim', rule)}`;
  });
  const path = displayPath(result.path);
  return `${color ? paint('underline', path) : path}\n${lines.join('\n')}\n\n`;
}

function formatSummary(summary: Summary, lang: Lang): string {
  const time = lang === 'zh' ? `用时 ${seconds(summary.elapsedMs)} 秒` : `${seconds(summary.elapsedMs)} s`;
  if (summary.files <= 1 && summary.skipped === 0) return `${problemsLine(summary, lang, time)}\n`;
  const out = [problemsLine(summary, lang, null)];
  if (summary.filesWithFindings > 0) out.push('', ...ruleTable(summary, lang));
  out.push('', filesLine(summary, lang), time);
  return `${out.join('\n')}\n`;
}

/** "✖ 3 个问题（2 个错误，1 个警告），涉及 2 个文件"; a single file's line ends with the time instead. */
function problemsLine(summary: Summary, lang: Lang, time: string | null): string {
  const { error, warning, info } = summary.findings;
  const total = error + warning + info;
  if (total === 0) {
    if (lang === 'zh') return time ? `✔ 未发现问题（${time}）` : '✔ 未发现问题';
    return time ? `✔ no problems (${time})` : '✔ no problems';
  }
  if (lang === 'zh') {
    const parts = [`${error} 个错误`, `${warning} 个警告`, ...(info > 0 ? [`${info} 个提示`] : [])].join('，');
    return time ? `✖ ${total} 个问题（${parts}；${time}）` : `✖ ${total} 个问题（${parts}），涉及 ${summary.filesWithFindings} 个文件`;
  }
  const parts = [count(error, 'error'), count(warning, 'warning'), ...(info > 0 ? [`${info} info`] : [])].join(', ');
  return time ? `✖ ${count(total, 'problem')} (${parts}; ${time})` : `✖ ${count(total, 'problem')} (${parts}) in ${count(summary.filesWithFindings, 'file')}`;
}

/** Findings per rule, most errors first. */
function ruleTable(summary: Summary, lang: Lang): string[] {
  const rules = Object.entries(summary.rules).sort(
    ([a, x], [b, y]) => y.error - x.error || y.warning - x.warning || y.info - x.info || (a < b ? -1 : 1),
  );
  const head = lang === 'zh' ? ['规则', '错误', '警告', '提示'] : ['rule', 'errors', 'warnings', 'info'];
  const idWidth = Math.max(displayWidth(head[0]!), ...rules.map(([id]) => id.length));
  const widths = head.slice(1).map((h) => Math.max(displayWidth(h), 5));
  const row = (cells: readonly string[]) =>
    `  ${padEnd(cells[0]!, idWidth)}${cells
      .slice(1)
      .map((c, i) => `  ${padStart(c, widths[i]!)}`)
      .join('')}`;
  return [row(head), ...rules.map(([id, c]) => row([id, String(c.error), String(c.warning), String(c.info)]))];
}

function filesLine(summary: Summary, lang: Lang): string {
  const { failures } = summary;
  const why = (
    lang === 'zh'
      ? [failures.timeout && `超时 ${failures.timeout} 个`, failures['too-large'] && `过大 ${failures['too-large']} 个`, failures.crash && `内部错误 ${failures.crash} 个`]
      : [failures.timeout && `${failures.timeout} timed out`, failures['too-large'] && `${failures['too-large']} too large`, failures.crash && `${failures.crash} crashed`]
  ).filter(Boolean);
  const sample = summary.skippedSample.map(displayPath);
  const more = summary.skipped - sample.length;
  if (lang === 'zh') {
    let line = `检查 ${summary.files} 个文件`;
    if (summary.unreadable > 0) line += `，其中无法读取 ${summary.unreadable} 个${why.length > 0 ? `（${why.join('，')}）` : ''}`;
    if (summary.skipped > 0) line += `；跳过 ${summary.skipped} 个非报告格式的文件：${sample.join('、')}${more > 0 ? `等` : ''}`;
    return line;
  }
  let line = `${count(summary.files, 'file')} checked`;
  if (summary.unreadable > 0) line += `, ${summary.unreadable} unreadable${why.length > 0 ? ` (${why.join(', ')})` : ''}`;
  if (summary.skipped > 0) line += `; ${summary.skipped} skipped (not a report format): ${sample.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
  return line;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
