import { escapeUTF8 as esc } from 'entities';
import { sectionLabel, type Lang } from '../../record/labels.js';
import type { Finding, Report } from '../../record/schema.js';
import { hasRecord } from '../../batch/summary.js';
import type { ReportFindings } from '../../batch/check-file.js';
import { displayPath, positionLabel, severityLabel } from '../batch-util.js';
import { activeForm, appealsForm, noteId, provenance, requestsForm, type FormWords, type NumberedFinding } from './forms.js';

const WORDS = {
  zh: {
    title: '标题', agency: '机关', year: '年度', template: '格式', published: '发布日期', format: '文件格式', none: '（无）',
    sections: '章节', findings: '问题', noFindings: '未发现问题', other: '其他问题', rule: '规则', where: '位置',
    active: '二、主动公开政府信息情况', requests: '三、收到和处理政府信息公开申请情况', appeals: '四、政府信息公开行政复议、行政诉讼情况',
    status: { error: '有错误', warning: '有警告', info: '仅提示', clean: '无问题', unreadable: '无法读取', skipped: '已跳过' },
    form: { line: '行', page: '页', blank: '文件中此格为空', recovered: '由连在一起的数字按勾稽关系拆出', suspect: '可能填错' },
    legend: '红框：可能填错的单元格；黄底：核对不成立的总计；灰点：文件中为空；虚下划线：从连写数字中拆出',
  },
  en: {
    title: 'Title', agency: 'Agency', year: 'Year', template: 'Template', published: 'Published', format: 'Format', none: '(none)',
    sections: 'Sections', findings: 'Findings', noFindings: 'No findings', other: 'Other findings', rule: 'Rule', where: 'Where',
    active: '二 Proactive disclosure', requests: '三 Requests received and handled', appeals: '四 Administrative reconsideration and litigation',
    status: { error: 'errors', warning: 'warnings', info: 'info only', clean: 'clean', unreadable: 'unreadable', skipped: 'skipped' },
    form: { line: 'line', page: 'page', blank: 'blank in the file', recovered: 'cut out of digits run together by the identities', suspect: 'likely wrong' },
    legend: 'red frame: the cell likely wrong; yellow: a total whose check fails; grey dot: blank in the file; dotted underline: cut out of digits run together',
  },
} as const;

export type FileStatus = keyof (typeof WORDS)['zh']['status'];

export function statusLabel(status: FileStatus, lang: Lang): string {
  return WORDS[lang].status[status];
}

/** What a file came to: unreadable, else its worst finding's severity, else clean. */
export function fileStatus(findings: readonly Finding[]): FileStatus {
  if (findings.some((f) => f.rule === 'input-unreadable')) return 'unreadable';
  for (const s of ['error', 'warning', 'info'] as const) if (findings.some((f) => f.severity === s)) return s;
  return 'clean';
}

/**
 * One report as a section of the page: what it is, the sections found, its three tables as the
 * statutory form with each finding numbered beside the table it concerns, and the findings that
 * concern no table. The data attributes carry what the page's summary and file table are built from.
 */
export function reportSection(report: Report | ReportFindings, lang: Lang, open: boolean): string {
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
  const numbered: NumberedFinding[] = findings.map((finding, i) => ({ finding, n: i + 1 }));
  const onTable = (table: string) => numbered.filter(({ finding }) => tableOf(finding) === table);
  const body: string[] = [metaList(report, w)];
  if (hasRecord(report) && meta.template !== null) {
    const prov = provenance(report);
    const words: FormWords = w.form;
    body.push(sectionsList(report, lang, w));
    body.push(tableBlock(w.active, activeForm(report, meta.template, onTable('active'), prov, words), onTable('active'), report, lang));
    body.push(tableBlock(w.requests, requestsForm(report, onTable('requests'), prov, words), onTable('requests'), report, lang));
    body.push(tableBlock(w.appeals, appealsForm(report, onTable('appeals'), prov, words), onTable('appeals'), report, lang));
    body.push(`<p class="legend">${esc(w.legend)}</p>`);
    const rest = numbered.filter(({ finding }) => !['active', 'requests', 'appeals'].includes(tableOf(finding)));
    if (rest.length > 0) body.push(`<h4>${esc(w.other)}</h4>${findingList(rest, report, lang)}`);
  } else {
    body.push(findings.length > 0 ? findingList(numbered, report, lang) : `<p>${esc(w.noFindings)}</p>`);
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

/** The table a finding concerns ("active.licensing" is table 二's). */
function tableOf(finding: Finding): string {
  return (finding.location.table ?? finding.suspect?.table ?? '').split('.')[0]!;
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

function tableBlock(title: string, form: string, notes: readonly NumberedFinding[], report: Report, lang: Lang): string {
  const beside = notes.length > 0 ? findingList(notes, report, lang) : '';
  return `<div class="table-block"><h4>${esc(title)}</h4><div class="form-wrap">${form}</div>${beside}</div>`;
}

function findingList(notes: readonly NumberedFinding[], report: Pick<Report, 'source'>, lang: Lang): string {
  const items = notes.map(({ finding: f, n }) => {
    const where = positionLabel(f.location, lang);
    return (
      `<li id="${noteId(report, n)}" class="finding ${f.severity}" value="${n}" data-rule="${esc(f.rule)}">` +
      `<span class="sev">${esc(severityLabel(f.severity, lang))}</span> <span class="where">${esc(where)}</span> ` +
      `${esc(f.message)} <code>${esc(f.rule)}</code></li>`
    );
  });
  return `<ol class="findings">${items.join('')}</ol>`;
}
