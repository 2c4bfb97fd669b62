import { APPEAL_COLUMNS, APPEAL_GROUPS, REQUEST_COLUMNS, REQUEST_ROWS, activeColumnLabel, activeGroups, requestsLayout, type Template } from '../record/layout.js';
import { sectionLabel, type Lang } from '../record/labels.js';
import type { Finding, Loc, Report } from '../types.js';
import { getPath } from '../record/paths.js';
import { paint } from './paint.js';
import { positionLabel } from './batch-util.js';
import { failsIdentity, provenance } from './report-cells.js';
import { displayWidth, padEnd, padStart, truncate } from './text-width.js';

const WORDS = {
  zh: {
    file: '文件', bytes: '字节', title: '标题', agency: '机关', year: '年度', template: '格式', none: '（无）', version: '版',
    sections: '章节', line: '行', active: '二、主动公开政府信息情况', requests: '三、收到和处理政府信息公开申请情况',
    appeals: '四、政府信息公开行政复议、行政诉讼情况', findings: '问题', noFindings: '未发现问题',
    error: '错误', warning: '警告', info: '提示', summary: (e: number, w: number, i: number) => `共 ${e} 个错误，${w} 个警告，${i} 个提示`,
    legend: '? 可能填错的单元格   ! 核对不成立的总计',
  },
  en: {
    file: 'File', bytes: 'bytes', title: 'Title', agency: 'Agency', year: 'Year', template: 'Template', none: '(none)', version: 'format',
    sections: 'Sections', line: 'line', active: '二 Proactive disclosure', requests: '三 Requests received and handled',
    appeals: '四 Administrative reconsideration and litigation', findings: 'Findings', noFindings: 'No findings',
    error: 'error', warning: 'warning', info: 'info', summary: (e: number, w: number, i: number) => `${e} error(s), ${w} warning(s), ${i} info`,
    legend: '? the cell likely wrong   ! a total whose check fails',
  },
} as const;

/** A null value, shown apart from a printed "-" or 0. */
const EMPTY = '·';

/** Marks beside a value of the request table: the suspect cell, and the totals whose identity fails. */
const SUSPECT = '?';
const FAILING = '!';

/**
 * The report as read, for a person at a terminal: every table aligned, then the findings with their
 * lines. In the request table the suspect cell is marked "?" and the totals whose identity fails "!"
 * (in colour too with `color`), and the failing identities are written out under the table.
 */
export function formatReportText(report: Report, lang: Lang = 'zh', options: { color?: boolean } = {}): string {
  const w = WORDS[lang];
  const out: string[] = [];
  const { source, meta } = report;
  out.push(`${w.file}: ${source.path} (${source.format ?? '?'}, ${source.encoding ?? '-'}, ${source.bytes} ${w.bytes})`);
  out.push(`${w.title}: ${meta.title ?? w.none}`);
  out.push(`${w.agency}: ${meta.agency ?? w.none}    ${w.year}: ${meta.year ?? w.none}    ${w.template}: ${meta.template ? `${meta.template} ${w.version}` : w.none}`);
  if (meta.template !== null) {
    out.push('', `${w.sections}:`);
    for (const s of report.sections) out.push(`  ${padEnd(sectionLabel(s.number, lang), 3)} ${padStart(where(s, lang), 8)}  ${s.heading}`);
    const lines = rowLines(report);
    out.push('', w.active, ...activeTable(report, meta.template, lines, w));
    out.push('', w.requests, ...requestTable(report, lines, w, options.color === true));
    out.push('', w.appeals, ...appealsTable(report, lines, w));
  }
  out.push('', ...findingsText(report.findings, lang));
  return `${out.join('\n')}\n`;
}

export function findingsText(findings: readonly Finding[], lang: Lang): string[] {
  const w = WORDS[lang];
  if (findings.length === 0) return [w.noFindings];
  const out = [`${w.findings} (${findings.length}):`];
  for (const f of findings) {
    out.push(`  ${padStart(where(f.location, lang), 8)}  ${padEnd(w[f.severity], 4)}  ${f.message}  [${f.rule}]`);
  }
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  out.push(w.summary(count('error'), count('warning'), count('info')));
  return out;
}

type Words = (typeof WORDS)[Lang];

/** As the batch formats say it, blank for the whole file. */
function where(loc: Loc, lang: Lang): string {
  const label = positionLabel(loc, lang);
  return label === '-' ? '' : label;
}

/** First source line of each record row, from the cells' provenance. */
function rowLines(report: Report): Map<string, number> {
  return new Map([...provenance(report).rows].map(([row, cell]) => [row, cell.line]));
}

function value(v: unknown): string {
  return typeof v === 'number' ? String(v) : EMPTY;
}

function grid(rows: readonly string[][], numericFrom: number): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(c))));
  return rows.map((row) => `  ${row.map((c, i) => (i >= numericFrom ? padStart(c, widths[i]!) : padEnd(c, widths[i]!))).join('  ')}`.trimEnd());
}

function activeTable(report: Report, template: Template, lines: Map<string, number>, w: Words): string[] {
  // Items sharing their columns share one header, as in the statutory sub-tables.
  return activeGroups(template).flatMap((items) => {
    const columns = items[0]!.columns.map((key) => activeColumnLabel(key, template));
    const rows = items.map((item) => {
      const values = getPath(report.active, item.key) as Record<string, number | null>;
      const line = lines.get(`active.${item.key}`);
      return [item.zh, line ? `${w.line} ${line}` : '', ...item.columns.map((c) => value(values[c]))];
    });
    return grid([['', '', ...columns], ...rows], 2);
  });
}

function requestTable(report: Report, lines: Map<string, number>, w: Words, color: boolean): string[] {
  const layout = requestsLayout(report.requests);
  const failing = report.findings.filter((f) => f.location.table === 'requests' && failsIdentity(f));
  const suspect = report.findings.find((f) => f.rule === 'suspect-cell')?.suspect;
  const marked = new Set(failing.map((f) => `${f.location.row}|${f.location.column}`));
  const rows: string[][] = [['', '', ...REQUEST_COLUMNS.map((c) => c.zh)]];
  for (const def of REQUEST_ROWS.filter((r) => r.templates.includes(layout))) {
    const values = getPath(report.requests, def.key) as Record<string, number | null>;
    const line = lines.get(`requests.${def.key}`);
    const cells = REQUEST_COLUMNS.map((c) => {
      const mark = suspect?.row === def.key && suspect.column === c.key ? SUSPECT : marked.has(`${def.key}|${c.key}`) ? FAILING : ' ';
      return `${value(values[c.key])}${mark}`;
    });
    rows.push([truncate(def.zh, 30), line ? `${w.line} ${line}` : '', ...cells]);
  }
  const table = grid(rows, 2);
  if (failing.length === 0) return table;
  // The identities that fail, written out under the table, and what the marks mean.
  const shown = color ? table.map(colourMarks) : table;
  return [...shown, ...failing.map((f) => `    ${FAILING} ${f.message}`), ...(suspect ? [`    ${SUSPECT} ${report.findings.find((f) => f.rule === 'suspect-cell')!.message}`] : []), `    ${w.legend}`];
}

/** The marked values in colour: the suspect cell red, the failing totals yellow (the marks stay, for a screen reader and a copy). */
function colourMarks(line: string): string {
  return line.replace(/(\S+)([?!])(?= |$)/g, (_, v: string, mark: string) => paint(mark === SUSPECT ? ['red', 'bold'] : ['yellow'], `${v}${mark}`));
}

function appealsTable(report: Report, lines: Map<string, number>, w: Words): string[] {
  const line = lines.get('appeals.reconsideration') ?? lines.get('appeals.litigation.direct');
  const rows: string[][] = [['', line ? `${w.line} ${line}` : '', ...APPEAL_COLUMNS.map((c) => c.zh)]];
  for (const group of APPEAL_GROUPS) {
    const values = getPath(report.appeals, group.key) as Record<string, number | null>;
    rows.push([group.zh, '', ...APPEAL_COLUMNS.map((c) => value(values[c.key]))]);
  }
  return grid(rows, 2);
}
