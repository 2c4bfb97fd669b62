import { escapeUTF8 as esc } from 'entities';
import { ACTIVE_COLUMNS, ACTIVE_ITEMS, APPEAL_COLUMNS, APPEAL_GROUPS, ORG_COLUMNS, REQUEST_COLUMNS, requestRows, requestsLayout, type ActiveItemDef, type Template } from '../../record/layout.js';
import { getPath } from '../../record/paths.js';
import type { CellRef, Finding, Report } from '../../record/schema.js';

/**
 * The three statutory tables redrawn as the form prints them (the 国办 template's header rows and
 * row labels), each value in its cell with what the findings say of it: the suspect cell, the totals
 * whose identity fails, cells the file left blank, values cut out of digits run together. Each
 * finding on a table is numbered beside the table and the cells it names carry its number.
 */

/** A finding beside a table, and its number there ("1", "2", … within the report). */
export interface NumberedFinding {
  finding: Finding;
  n: number;
}

export interface FormWords {
  line: string;
  page: string;
  blank: string;
  recovered: string;
  suspect: string;
}

interface CellMarks {
  classes: string[];
  notes: number[];
  title: string[];
}

const IDENTITY_RULES = new Set(['requests-balance', 'requests-row-total', 'requests-outcome-total', 'appeals-total']);

/** The record's provenance indexed by path, and each row's first source position. */
interface Provenance {
  cells: Map<string, CellRef>;
  rows: Map<string, CellRef>;
}

export function provenance(report: Report): Provenance {
  const cells = new Map<string, CellRef>();
  const rows = new Map<string, CellRef>();
  for (const cell of report.cells) {
    cells.set(cell.path, cell);
    const row = cell.path.slice(0, cell.path.lastIndexOf('.'));
    if (!rows.has(row)) rows.set(row, cell);
  }
  return { cells, rows };
}

/** Table 二 (section 二): items sharing their columns share one header, as in the statutory sub-tables. */
export function activeForm(report: Report, template: Template, notes: readonly NumberedFinding[], prov: Provenance, w: FormWords): string {
  const groups: ActiveItemDef[][] = [];
  for (const item of ACTIVE_ITEMS[template]) {
    const last = groups[groups.length - 1];
    if (last && last[0]!.columns.join() === item.columns.join()) last.push(item);
    else groups.push([item]);
  }
  const bodies = groups.map((items) => {
    const head = items[0]!.columns.map((key) => {
      const def = ACTIVE_COLUMNS.find((d) => d.key === key)!;
      return `<th>${esc(template === '2021' ? def.zh2021 ?? def.zh : def.zh)}</th>`;
    });
    const rows = items.map((item) => {
      const path = `active.${item.key}`;
      const cells = item.columns.map((c) => valueCell(report, 'active', item.key, c, notes, prov, w));
      return `<tr><th scope="row">${esc(item.zh)}</th>${lineCell(prov.rows.get(path), w)}${cells.join('')}</tr>`;
    });
    return `<tbody><tr class="head"><th>信息内容</th><th class="src">${esc(w.line)}</th>${head.join('')}</tr>${rows.join('')}</tbody>`;
  });
  return `<table class="form active">${bodies.join('')}</table>`;
}

/** Table 三: 申请人情况 across (自然人 | 法人或其他组织 × 5 | 总计), the statutory rows down. */
export function requestsForm(report: Report, notes: readonly NumberedFinding[], prov: Provenance, w: FormWords): string {
  const orgs = REQUEST_COLUMNS.filter((c) => (ORG_COLUMNS as readonly string[]).includes(c.key));
  const head =
    `<thead><tr><th rowspan="3" class="identity">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</th>` +
    `<th rowspan="3" class="src">${esc(w.line)}</th><th colspan="7">申请人情况</th></tr>` +
    `<tr><th rowspan="2">自然人</th><th colspan="5">法人或其他组织</th><th rowspan="2">总计</th></tr>` +
    `<tr>${orgs.map((c) => `<th>${esc(c.zh)}</th>`).join('')}</tr></thead>`;
  const rows = requestRows(requestsLayout(report.requests)).map((def) => {
    const cells = REQUEST_COLUMNS.map((c) => valueCell(report, 'requests', def.key, c.key, notes, prov, w));
    return `<tr><th scope="row">${esc(def.zh)}</th>${lineCell(prov.rows.get(`requests.${def.key}`), w)}${cells.join('')}</tr>`;
  });
  return `<table class="form requests">${head}<tbody>${rows.join('')}</tbody></table>`;
}

/** Table 四: 行政复议 (5 columns) and 行政诉讼 (未经复议直接起诉 | 复议后起诉, 5 each) in one row of values. */
export function appealsForm(report: Report, notes: readonly NumberedFinding[], prov: Provenance, w: FormWords): string {
  const names = APPEAL_COLUMNS.map((c) => `<th>${esc(c.zh)}</th>`).join('');
  const first = APPEAL_GROUPS.map((g) => prov.rows.get(`appeals.${g.key}`)).find((c) => c !== undefined);
  const head =
    `<thead><tr><th class="src" rowspan="3">${esc(w.line)}</th><th colspan="5" rowspan="2">行政复议</th><th colspan="10">行政诉讼</th></tr>` +
    `<tr><th colspan="5">未经复议直接起诉</th><th colspan="5">复议后起诉</th></tr>` +
    `<tr>${names}${names}${names}</tr></thead>`;
  const cells = APPEAL_GROUPS.flatMap((g) => APPEAL_COLUMNS.map((c) => valueCell(report, 'appeals', g.key, c.key, notes, prov, w)));
  return `<table class="form appeals">${head}<tbody><tr>${lineCell(first, w)}${cells.join('')}</tr></tbody></table>`;
}

function lineCell(ref: CellRef | undefined, w: FormWords): string {
  if (!ref) return '<td class="src"></td>';
  const page = ref.page !== undefined ? `${w.page} ${ref.page} ` : '';
  return `<td class="src">${esc(page)}${ref.line}</td>`;
}

function valueCell(report: Report, table: 'active' | 'requests' | 'appeals', row: string, column: string, notes: readonly NumberedFinding[], prov: Provenance, w: FormWords): string {
  const path = `${table}.${row}.${column}`;
  const value = getPath(report[table], `${row}.${column}`);
  const marks = cellMarks(table, row, column, notes);
  const ref = prov.cells.get(path);
  if (value === null || value === undefined) {
    marks.classes.push('blank');
    marks.title.push(w.blank);
  }
  if (ref?.recovered) {
    marks.classes.push('recovered');
    marks.title.push(w.recovered);
  }
  const shown = typeof value === 'number' ? String(value) : '·';
  const sup = marks.notes.length > 0 ? `<sup>${marks.notes.map((n) => `<a href="#${noteId(report, n)}">${n}</a>`).join(',')}</sup>` : '';
  const cls = marks.classes.length > 0 ? ` class="${marks.classes.join(' ')}"` : '';
  const title = marks.title.length > 0 ? ` title="${esc(marks.title.join('\n'))}"` : '';
  return `<td data-path="${esc(path)}"${cls}${title}>${shown}${sup}</td>`;
}

/** The anchor of a finding's note, unique in a page holding many reports. */
export function noteId(report: Pick<Report, 'source'>, n: number): string {
  return `f-${report.source.sha256.slice(0, 12) || 'x'}-${encodeURIComponent(report.source.path).replace(/%/g, '')}-${n}`;
}

function cellMarks(table: string, row: string, column: string, notes: readonly NumberedFinding[]): CellMarks {
  const marks: CellMarks = { classes: [], notes: [], title: [] };
  for (const { finding, n } of notes) {
    const s = finding.suspect;
    const named = s !== undefined && s.table === table && s.row === row && s.column === column;
    const loc = finding.location;
    const at = loc.table === table && loc.row === row && loc.column === column;
    if (!named && !at) continue;
    if (named || finding.rule === 'suspect-cell') marks.classes.push('suspect');
    if (at && IDENTITY_RULES.has(finding.rule) && finding.severity === 'error') marks.classes.push('failing');
    else if (at && finding.rule !== 'suspect-cell') marks.classes.push(finding.severity);
    if (!marks.notes.includes(n)) marks.notes.push(n);
    marks.title.push(`${n}. ${finding.message}`);
  }
  return marks;
}
