import { escapeUTF8 as esc } from 'entities';
import { APPEAL_COLUMNS, APPEAL_GROUPS, ORG_COLUMNS, REQUEST_COLUMNS, activeColumnLabel, activeGroups, requestRows, requestsLayout, type Template } from '../../record/layout.js';
import { getPath } from '../../record/paths.js';
import type { CellRef, Finding, Report } from '../../record/schema.js';
import { failsIdentity, type Provenance } from '../report-cells.js';

/**
 * The three statutory tables redrawn as the form prints them (the 国办 template's header rows and
 * row labels), each value in its cell with what the findings say of it: the suspect cell, the totals
 * whose identity fails, cells the file left blank, values cut out of digits run together, cells the
 * file does not have at all. Each finding on a table is numbered beside the table and the cells it
 * names carry its number.
 */

/** A finding beside a table, and its number there ("1", "2", … within the report). */
export interface NumberedFinding {
  finding: Finding;
  n: number;
}

export interface FormWords {
  line: string;
  page: string;
  recovered: string;
}

/** What a form needs besides the record: the findings on its table, the provenance, the words, the report's anchor prefix. */
export interface FormContext {
  notes: readonly NumberedFinding[];
  prov: Provenance;
  words: FormWords;
  anchor: string;
}

/** Table 二 (section 二): items sharing their columns share one header, as in the statutory sub-tables. */
export function activeForm(report: Report, template: Template, ctx: FormContext): string {
  const bodies = activeGroups(template).map((items) => {
    const head = items[0]!.columns.map((key) => `<th>${esc(activeColumnLabel(key, template))}</th>`);
    const rows = items.map((item) => {
      const cells = item.columns.map((c) => valueCell(report, 'active', item.key, c, ctx));
      return `<tr><th scope="row">${esc(item.zh)}</th>${lineCell(ctx.prov.rows.get(`active.${item.key}`), ctx.words)}${cells.join('')}</tr>`;
    });
    return `<tbody><tr><th>信息内容</th><th class="src">${esc(ctx.words.line)}</th>${head.join('')}</tr>${rows.join('')}</tbody>`;
  });
  return `<table class="form active">${bodies.join('')}</table>`;
}

/** Table 三: 申请人情况 across (自然人 | 法人或其他组织 × 5 | 总计), the statutory rows down. */
export function requestsForm(report: Report, ctx: FormContext): string {
  const orgs = REQUEST_COLUMNS.filter((c) => (ORG_COLUMNS as readonly string[]).includes(c.key));
  const head =
    `<thead><tr><th rowspan="3" class="identity">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</th>` +
    `<th rowspan="3" class="src">${esc(ctx.words.line)}</th><th colspan="7">申请人情况</th></tr>` +
    `<tr><th rowspan="2">自然人</th><th colspan="5">法人或其他组织</th><th rowspan="2">总计</th></tr>` +
    `<tr>${orgs.map((c) => `<th>${esc(c.zh)}</th>`).join('')}</tr></thead>`;
  const rows = requestRows(requestsLayout(report.requests)).map((def) => {
    const cells = REQUEST_COLUMNS.map((c) => valueCell(report, 'requests', def.key, c.key, ctx));
    return `<tr><th scope="row">${esc(def.zh)}</th>${lineCell(ctx.prov.rows.get(`requests.${def.key}`), ctx.words)}${cells.join('')}</tr>`;
  });
  return `<table class="form requests">${head}<tbody>${rows.join('')}</tbody></table>`;
}

/** Table 四: 行政复议 (5 columns) and 行政诉讼 (未经复议直接起诉 | 复议后起诉, 5 each) in one row of values. */
export function appealsForm(report: Report, ctx: FormContext): string {
  const names = APPEAL_COLUMNS.map((c) => `<th>${esc(c.zh)}</th>`).join('');
  const first = APPEAL_GROUPS.map((g) => ctx.prov.rows.get(`appeals.${g.key}`)).find((c) => c !== undefined);
  const head =
    `<thead><tr><th class="src" rowspan="3">${esc(ctx.words.line)}</th><th colspan="5" rowspan="2">行政复议</th><th colspan="10">行政诉讼</th></tr>` +
    `<tr><th colspan="5">未经复议直接起诉</th><th colspan="5">复议后起诉</th></tr>` +
    `<tr>${names}${names}${names}</tr></thead>`;
  const cells = APPEAL_GROUPS.flatMap((g) => APPEAL_COLUMNS.map((c) => valueCell(report, 'appeals', g.key, c.key, ctx)));
  return `<table class="form appeals">${head}<tbody><tr>${lineCell(first, ctx.words)}${cells.join('')}</tr></tbody></table>`;
}

function lineCell(ref: CellRef | undefined, w: FormWords): string {
  if (!ref) return '<td class="src"></td>';
  const page = ref.page !== undefined ? `${w.page} ${ref.page} ` : '';
  return `<td class="src">${esc(page)}${ref.line}</td>`;
}

function valueCell(report: Report, table: 'active' | 'requests' | 'appeals', row: string, column: string, ctx: FormContext): string {
  const path = `${table}.${row}.${column}`;
  const value = getPath(report[table], `${row}.${column}`);
  const ref = ctx.prov.cells.get(path);
  const classes = new Set<string>();
  const notes: number[] = [];
  const titles: string[] = [];
  for (const { finding, n } of ctx.notes) {
    const s = finding.suspect;
    const named = s !== undefined && `${s.table}.${s.row}.${s.column}` === path;
    const at = finding.location.path === path;
    if (!named && !at) continue;
    if (named || finding.rule === 'suspect-cell') classes.add('suspect');
    else classes.add(failsIdentity(finding) ? 'failing' : finding.severity);
    notes.push(n);
    titles.push(`${n}. ${finding.message}`);
  }
  // A cell the file printed empty is a blank, one it has not at all is absent (the legend says which is which).
  if (typeof value !== 'number') classes.add(ref ? 'blank' : 'absent');
  if (ref?.recovered) {
    classes.add('recovered');
    titles.push(ctx.words.recovered);
  }
  const shown = typeof value === 'number' ? String(value) : ref ? '·' : '';
  const sup = notes.length > 0 ? `<sup>${notes.map((n) => `<a href="#${ctx.anchor}${n}">${n}</a>`).join(',')}</sup>` : '';
  const cls = classes.size > 0 ? ` class="${[...classes].join(' ')}"` : '';
  const title = titles.length > 0 ? ` title="${esc(titles.join('\n'))}"` : '';
  return `<td data-path="${esc(path)}"${cls}${title}>${shown}${sup}</td>`;
}
