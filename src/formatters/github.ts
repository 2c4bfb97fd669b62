import type { Lang } from '../record/labels.js';
import type { FileResult, Highlight, Summary } from '../batch/summary.js';
import { HIGHLIGHTS } from '../batch/summary.js';
import { displayWidth, padEnd } from './text-width.js';
import { displayPath, positionLabel, severityLabel, type BatchFormatter, type FormatContext } from './batch-util.js';

/**
 * GitHub Actions workflow commands. Every finding goes to the log, one folded group per file; at the
 * end come the annotations. GitHub keeps only 10 error and 10 warning annotations per step, so only
 * the most important are annotated (each file's worst finding before any file's second; the
 * statutory identities first, unreadable files last), and a last line says how many more are in the
 * log. Info findings are notices, in place.
 */
export const github: BatchFormatter = {
  begin: () => '',
  file: (result, _before, ctx) => formatGroup(result, ctx.lang),
  end: (summary, ctx) => formatAnnotations(summary, ctx),
};

function formatGroup(result: FileResult, lang: Lang): string {
  if (result.status !== 'checked' || result.report.findings.length === 0) return '';
  const findings = result.report.findings;
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const title =
    lang === 'zh'
      ? `${displayPath(result.path)}（${errors} 个错误，${warnings} 个警告）`
      : `${displayPath(result.path)} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`;
  const positions = findings.map((f) => positionLabel(f.location, lang));
  const width = Math.max(...positions.map(displayWidth));
  const lines = findings.map((f, i) => `  ${padEnd(positions[i]!, width)}  ${severityLabel(f.severity, lang)}  ${escapeData(f.message)}  ${f.rule}`);
  // Info findings are notices where they stand: GitHub shows them apart from errors and warnings.
  const notices = findings.filter((f) => f.severity === 'info').map((f) => command('notice', result.path, f, lang));
  return `::group::${escapeData(title)}\n${lines.join('\n')}\n::endgroup::\n${notices.map((n) => `${n}\n`).join('')}`;
}

function formatAnnotations(summary: Summary, ctx: FormatContext): string {
  const { lang } = ctx;
  const out = [...summary.highlights.error.map((h) => annotation('error', h, lang)), ...summary.highlights.warning.map((h) => annotation('warning', h, lang))];
  const { error, warning } = summary.findings;
  const moreErrors = error - summary.highlights.error.length;
  const moreWarnings = warning - summary.highlights.warning.length;
  let line =
    lang === 'zh'
      ? `gov-report：${error} 个错误，${warning} 个警告，涉及 ${summary.filesWithFindings} 个文件（共检查 ${summary.files} 个）`
      : `gov-report: ${error} errors, ${warning} warnings in ${summary.filesWithFindings} files (${summary.files} checked)`;
  if (moreErrors > 0 || moreWarnings > 0) {
    line +=
      lang === 'zh'
        ? `；注释只显示最重要的 ${HIGHLIGHTS} 个错误和 ${HIGHLIGHTS} 个警告，其余 ${moreErrors} 个错误、${moreWarnings} 个警告见上方日志`
        : `; annotations show the ${HIGHLIGHTS} most important errors and ${HIGHLIGHTS} warnings, ${moreErrors} more errors and ${moreWarnings} more warnings are in the log above`;
  }
  out.push(line);
  return `${out.join('\n')}\n`;
}

function annotation(kind: 'error' | 'warning', h: Highlight, lang: Lang): string {
  return command(kind, h.path, h.finding, lang);
}

function command(kind: 'error' | 'warning' | 'notice', path: string, finding: { rule: string; message: string; location: { line?: number; page?: number } }, lang: Lang): string {
  const { line, page } = finding.location;
  const props = [`file=${escapeProperty(displayPath(path))}`, ...(line !== undefined ? [`line=${line}`] : []), `title=${escapeProperty(finding.rule)}`];
  // Annotations have no page: a PDF finding without a line says its page in the message.
  const where = line === undefined && page !== undefined ? `${positionLabel({ page }, lang)}${lang === 'zh' ? '：' : ': '}` : '';
  return `::${kind} ${props.join(',')}::${escapeData(where + finding.message)}`;
}

/** Workflow-command data: %, CR and LF would end or corrupt the command. */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Workflow-command properties: also ":" and ",", which separate them. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
