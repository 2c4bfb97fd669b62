import { z } from 'zod';
import { Active2021Schema, AppealsSchema, RECORD_VERSION, Requests2021Schema, type Finding, type Report } from '../../src/record/schema.js';
import type { CheckedFile, FileResult } from '../../src/batch/summary.js';
import type { FormatContext, RuleInfo } from '../../src/formatters/batch-util.js';

/** An all-null record part, built from its schema so that these hand-built reports stay valid records. */
export function nulls(schema: z.ZodType): unknown {
  if (schema instanceof z.ZodObject) {
    return Object.fromEntries(Object.entries(schema.shape as Record<string, z.ZodType>).map(([k, v]) => [k, nulls(v)]));
  }
  return null;
}

export function report(path: string, findings: Finding[], extra: Partial<Report> = {}): Report {
  return {
    version: RECORD_VERSION,
    source: { path, format: 'txt', encoding: 'utf-8', bytes: 100, sha256: 'ab'.repeat(32) },
    meta: { title: null, agency: null, year: 2021, template: '2021', published: null, url: null },
    sections: [],
    active: nulls(Active2021Schema) as Report['active'],
    requests: nulls(Requests2021Schema) as Report['requests'],
    appeals: nulls(AppealsSchema) as Report['appeals'],
    cells: [],
    findings,
    ...extra,
  };
}

export function checked(index: number, path: string, findings: Finding[], elapsedMs = 12.34, extra: Partial<CheckedFile> = {}): FileResult {
  return { status: 'checked', index, path, report: report(path, findings), elapsedMs, ...extra };
}

export function skipped(index: number, path: string): FileResult {
  return { status: 'skipped', index, path };
}

export function finding(rule: string, severity: Finding['severity'], message: string, location: Finding['location'] = {}, extra: Partial<Finding> = {}): Finding {
  return { rule, severity, message, location, ...extra };
}

export const RULE_INFOS: RuleInfo[] = [
  { id: 'requests-balance', description: { zh: '一加二等于三（七）加四', en: 'received + carried over = total + carried forward' }, defaultSeverity: 'error', severity: 'error' },
  { id: 'input-unreadable', description: { zh: '文件无法读取', en: 'The file cannot be read' }, defaultSeverity: 'error', severity: 'error' },
  { id: 'row-missing', description: { zh: '缺少行', en: 'A statutory row is missing' }, defaultSeverity: 'error', severity: 'warning' },
  { id: 'cell-blank', description: { zh: '空白单元格', en: 'A blank cell' }, defaultSeverity: 'warning', severity: 'off' },
];

export function context(lang: 'zh' | 'en' = 'zh'): FormatContext {
  return { lang, rules: RULE_INFOS, tool: { name: 'gov-report', version: '0.1.0' }, cwd: '/work/project' };
}

/**
 * Four files: one with an arithmetic error and a warning, one clean, one unreadable, and a file that
 * is not a report.
 */
export function sampleResults(): FileResult[] {
  return [
    checked(0, 'reports/a.txt', [
      finding('requests-balance', 'error', '一+二 与 三（七）+四 不等：14 ≠ 15', { line: 12, section: 3, table: 'requests', column: 'total' }, { actual: 14, expected: 15 }),
      finding('row-missing', 'warning', '缺少行：结转下年度继续办理', { line: 40, section: 3, table: 'requests', row: 'carriedForward' }),
    ]),
    checked(1, 'reports/b.html', []),
    checked(2, 'reports/sub/c.pdf', [finding('input-unreadable', 'error', '无法读取文件：文件为空', {})], 0.5),
    skipped(3, 'reports/notes.md'),
  ];
}
