import { escapeUTF8 as esc } from 'entities';
import { sectionLabel, type Lang } from '../../record/labels.js';
import type { Finding, Report } from '../../record/schema.js';
import { hasRecord } from '../../batch/summary.js';
import type { ReportFindings } from '../../batch/check-file.js';
import { displayPath, positionLabel, severityLabel } from '../batch-util.js';
import { activeTemplate } from '../../record/layout.js';
import { provenance } from '../report-cells.js';
import { activeForm, appealsForm, requestsForm, type FormContext, type NumberedFinding } from './forms.js';

const WORDS = {
  zh: {
    title: '标题', agency: '机关', year: '年度', template: '表格格式', published: '发布日期', format: '文件', none: '（无）',
    sections: '章节', noFindings: '未发现问题', other: '其他问题', notFound: '文件中未找到此表',
    active: '二、主动公开政府信息情况', requests: '三、收到和处理政府信息公开申请情况', appeals: '四、政府信息公开行政复议、行政诉讼情况',
    status: { error: '有错误', warning: '有警告', info: '仅提示', clean: '无问题', unreadable: '无法读取', skipped: '已跳过' },
    form: { line: '行', page: '页', recovered: '由连在一起的数字按勾稽关系拆出' },
    legend: '红框：可能填错的单元格；黄底：核对不成立的总计；灰点：文件中此格为空；空白：文件中没有此格；虚下划线：从连写数字中拆出；上标：右侧（下方）问题的编号',
  },
  en: {
    title: 'Title', agency: 'Agency', year: 'Year', template: 'Template', published: 'Published', format: 'File', none: '(none)',
    sections: 'Sections', noFindings: 'No findings', other: 'Other findings', notFound: 'table not found in the file',
    active: '二 Proactive disclosure', requests: '三 Requests received and handled', appeals: '四 Administrative reconsideration and litigation',
    status: { error: 'errors', warning: 'warnings', info: 'info only', clean: 'clean', unreadable: 'unreadable', skipped: 'skipped' },
    form: { line: 'line', page: 'page', recovered: 'cut out of digits run together by the identities' },
    legend: 'red frame: the cell likely wrong; yellow: a total whose check fails; grey dot: blank in the file; empty: not in the file; dotted underline: cut out of digits run together; superscript: the number of the finding beside',
  },
} as const;

export type FileStatus = keyof (typeof WORDS)['zh']['status'];

export function statusLabel(status: FileStatus, lang: Lang): string {
  return WORDS[lang].status[status];
}

/** What a file came to: unreadable (as the summary counts it), else its worst finding's severity, else clean. */
export function fileStatus(findings: readonly Finding[]): FileStatus {
  if (findings.some((f) => f.rule === 'input-unreadable')) return 'unreadable';
  for (const s of ['error', 'warning', 'info'] as const) if (findings.some((f) => f.severity === s)) return s;
  return 'clean';
}

/**
 * One report as a section of the page: what it is, the sections found, its three tables as the
 * statutory form with each finding numbered beside the table it concerns, and the findings that
 * concern no table. The data attributes carry what the page's summary and file table are built from.
 * `key` (the file's place in the batch) makes the report's anchors unique in the page.
 */
export function reportSection(report: Report | ReportFindings, lang: Lang, open: boolean, key: number): string {
  const w = WORDS[lang];
  const { source, meta, findings } = report;
  const status = fileStatus(findings);
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  const path = displayPath(source.path);
  const data = {
    path,
    agency: meta.agency ?? '',
    year: meta.year === null ? '' : String(meta.year),
    template: meta.template ?? '',
    status,
    errors: String(count('error')),
    warnings: String(count('warning')),
    infos: String(count('info')),
  };
  const attrs = Object.entries(data).map(([k, v]) => ` data-${k}="${esc(v)}"`).join('');
  const anchor = `f${key}-`;
  const numbered: NumberedFinding[] = findings.map((finding, i) => ({ finding, n: i + 1 }));
  const onTable = (table: string) => numbered.filter(({ finding }) => tableOf(finding) === table);
  const body: string[] = [metaList(report, w)];
  const drawn = hasRecord(report) && (meta.template !== null || report.cells.length > 0);
  if (hasRecord(report)) body.push(sectionsList(report, lang, w));
  if (drawn) {
    const prov = provenance(report);
    const ctx = (table: string): FormContext => ({ notes: onTable(table), prov, words: w.form, anchor });
    // A table the file does not have is said, not drawn as a form of empty cells.
    const missing = new Set(findings.filter((f) => f.rule === 'table-missing').map((f) => f.location.table));
    const block = (table: string, title: string, form: () => string) =>
      tableBlock(title, missing.has(table) ? `<p class="src">${esc(w.notFound)}</p>` : form(), onTable(table), anchor, lang);
    // Without a template found, the form is the one the values' shape says.
    const template = meta.template ?? activeTemplate(report.active);
    body.push(block('active', w.active, () => activeForm(report, template, ctx('active'))));
    body.push(block('requests', w.requests, () => requestsForm(report, ctx('requests'))));
    body.push(block('appeals', w.appeals, () => appealsForm(report, ctx('appeals'))));
    body.push(`<p class="legend">${esc(w.legend)}</p>`);
    const rest = numbered.filter(({ finding }) => !['active', 'requests', 'appeals'].includes(tableOf(finding)));
    if (rest.length > 0) body.push(`<h4>${esc(w.other)}</h4>${findingList(rest, anchor, lang)}`);
  } else {
    body.push(findings.length > 0 ? findingList(numbered, anchor, lang) : `<p>${esc(w.noFindings)}</p>`);
  }
  const badge = `<span class="badge ${status}">${esc(w.status[status])}</span>`;
  const counts = `<span class="counts">${data.errors} / ${data.warnings} / ${data.infos}</span>`;
  const summary = `<summary><span class="path">${esc(path)}</span> ${badge} ${counts}</summary>`;
  return `<section class="report"${attrs}><details${open ? ' open' : ''}>${summary}${body.join('\n')}</details></section>\n`;
}

/** A file the batch did not check (not a report format): listed, with nothing to draw. */
export function skippedSection(path: string, lang: Lang): string {
  const shown = displayPath(path);
  const attrs = ` data-path="${esc(shown)}" data-agency="" data-year="" data-template="" data-status="skipped" data-errors="0" data-warnings="0" data-infos="0"`;
  return `<section class="report"${attrs}><details><summary><span class="path">${esc(shown)}</span> <span class="badge skipped">${esc(WORDS[lang].status.skipped)}</span></summary></details></section>\n`;
}

/** The table a finding concerns. */
function tableOf(finding: Finding): string {
  return finding.location.table ?? finding.suspect?.table ?? '';
}

type Words = (typeof WORDS)[Lang];

function metaList(report: Report | ReportFindings, w: Words): string {
  const { meta, source } = report;
  const item = (k: string, v: string | number | null) => `<dt>${esc(k)}</dt><dd>${esc(v === null ? w.none : String(v))}</dd>`;
  return `<dl class="meta">${[
    item(w.title, meta.title),
    item(w.agency, meta.agency),
    item(w.year, meta.year),
    item(w.template, meta.template),
    item(w.published, meta.published),
    item(w.format, `${source.format ?? '?'} · ${source.encoding ?? '-'} · ${source.bytes} B`),
  ].join('')}</dl>`;
}

function sectionsList(report: Report, lang: Lang, w: Words): string {
  // The heading as the file prints it, numbered here only when the file did not number it.
  const items = report.sections.map((s) => {
    const n = sectionLabel(s.number, lang);
    const num = s.heading.startsWith(n) ? '' : `<span class="num">${esc(n)}</span> `;
    return `<li>${num}${esc(s.heading)} <span class="src">${esc(positionLabel(s, lang))}</span></li>`;
  });
  return `<h4>${esc(w.sections)}</h4><ol class="sections">${items.join('')}</ol>`;
}

function tableBlock(title: string, form: string, notes: readonly NumberedFinding[], anchor: string, lang: Lang): string {
  const beside = notes.length > 0 ? findingList(notes, anchor, lang) : '';
  return `<div class="table-block"><h4>${esc(title)}</h4><div class="form-wrap">${form}</div>${beside}</div>`;
}

function findingList(notes: readonly NumberedFinding[], anchor: string, lang: Lang): string {
  const items = notes.map(({ finding: f, n }) => {
    const where = positionLabel(f.location, lang);
    return (
      `<li id="${anchor}${n}" class="finding ${f.severity}" value="${n}" data-rule="${esc(f.rule)}">` +
      `<span class="sev">${esc(severityLabel(f.severity, lang))}</span> <span class="where">${esc(where)}</span> ` +
      `${esc(f.message)} <code>${esc(f.rule)}</code></li>`
    );
  });
  return `<ol class="findings">${items.join('')}</ol>`;
}
