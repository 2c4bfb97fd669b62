import type { Finding, Loc } from '../record/schema.js';
import type { Lang } from '../record/labels.js';
import type { Severity } from '../types.js';
import { addToSummary, emptySummary, type FileResult, type Summary } from '../batch/summary.js';
import type { MessageText } from '../rules/rule.js';

/** A rule as output formats describe it: the registry entry plus the severity in force for this run. */
export interface RuleInfo {
  id: string;
  description: MessageText;
  defaultSeverity: Severity;
  severity: Severity | 'off';
}

export interface FormatContext {
  lang: Lang;
  rules: readonly RuleInfo[];
  tool: { name: string; version: string };
  /** Working directory: relative paths are relative to it (SARIF's %SRCROOT%). */
  cwd: string;
  /** Colour for a terminal (stylish): never for a pipe, a file or with NO_COLOR. */
  color?: boolean;
}

/**
 * An output format of `validate`, in three pure pieces so that a batch can be written as it runs:
 * `begin` before the first file, `file` for each, `end` with the summary. No console and no state of
 * their own: what has to span files (is this the first result? the ten worst findings?) is read
 * from the Summary, which `file` receives as it stood before this file.
 */
export interface BatchFormatter {
  begin(ctx: FormatContext): string;
  file(result: FileResult, before: Summary, ctx: FormatContext): string;
  end(summary: Summary, ctx: FormatContext): string;
}

/** The whole output at once, for tests and small batches; `elapsedMs` goes into the summary. */
export function formatBatch(formatter: BatchFormatter, results: readonly FileResult[], ctx: FormatContext, elapsedMs = 0): string {
  const summary = emptySummary();
  let out = formatter.begin(ctx);
  for (const result of results) {
    out += formatter.file(result, summary, ctx);
    addToSummary(summary, result);
  }
  summary.elapsedMs = elapsedMs;
  return out + formatter.end(summary, ctx);
}

/** Files (checked or skipped) already written before the current one. */
export function filesBefore(before: Summary): number {
  return before.files + before.skipped;
}

/** Findings already written before the current file. */
export function findingsBefore(before: Summary): number {
  return before.findings.error + before.findings.warning + before.findings.info;
}

const SEVERITY: Record<Lang, Record<Severity, string>> = {
  zh: { error: '错误', warning: '警告', info: '提示' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};

export function severityLabel(severity: Severity, lang: Lang): string {
  return SEVERITY[lang][severity];
}

/**
 * Where a finding points, as people say it: "行 12", "第 3 页 行 12", "line 12"; "-" for the whole
 * file. A cell of a real grid (HTML, DOCX) adds its place, which says more than a line on a page of
 * one line: "行 1 表 2 第 5 行第 3 格".
 */
export function positionLabel(location: Loc, lang: Lang): string {
  const parts: string[] = [];
  if (location.page !== undefined) parts.push(lang === 'zh' ? `第 ${location.page} 页` : `page ${location.page}`);
  if (location.line !== undefined) parts.push(lang === 'zh' ? `行 ${location.line}` : `line ${location.line}`);
  const grid = location.source;
  if (grid?.table !== undefined && grid.row !== undefined) {
    const cell = grid.cell === undefined ? '' : lang === 'zh' ? `第 ${grid.cell} 格` : ` cell ${grid.cell}`;
    parts.push(lang === 'zh' ? `表 ${grid.table} 第 ${grid.row} 行${cell}` : `table ${grid.table} row ${grid.row}${cell}`);
  }
  return parts.length > 0 ? parts.join(' ') : '-';
}

/** Findings of one result; a skipped file has none. */
export function findingsOf(result: FileResult): readonly Finding[] {
  return result.status === 'checked' ? result.report.findings : [];
}

export function seconds(ms: number): string {
  return (ms / 1000).toFixed(2);
}

/** Forward slashes whatever the platform: paths in reports are read by people and CI tools. */
export function displayPath(path: string): string {
  return path.replace(/\\/g, '/');
}

/** The totals object of the machine-readable formats (json, ndjson): counts only, stable keys. */
export function totalsOf(summary: Summary) {
  return {
    files: summary.files,
    skipped: summary.skipped,
    unreadable: summary.unreadable,
    timedOut: summary.failures.timeout,
    tooLarge: summary.failures['too-large'],
    crashed: summary.failures.crash,
    filesWithErrors: summary.filesWithErrors,
    filesWithWarnings: summary.filesWithWarnings,
    errors: summary.findings.error,
    warnings: summary.findings.warning,
    infos: summary.findings.info,
    rules: Object.fromEntries(Object.entries(summary.rules).sort(([a], [b]) => (a < b ? -1 : 1))),
    elapsedMs: Math.round(summary.elapsedMs),
  };
}

/** One file as the machine-readable formats give it. */
export function fileEntry(result: FileResult) {
  if (result.status === 'skipped') return { path: displayPath(result.path), status: 'skipped' as const };
  return {
    path: displayPath(result.path),
    status: 'checked' as const,
    elapsedMs: Math.round(result.elapsedMs * 10) / 10,
    ...(result.failure && { failure: result.failure }),
    report: result.report,
  };
}
