import type { Problem } from '../types.js';
import type { CellInfo } from '../tables/extraction.js';
import type { Rule } from './rule.js';
import { cellLoc } from './cell-loc.js';

/**
 * Cells left blank (or marked "-", "无"): recorded as null, never as 0. Many bodies leave every zero
 * blank, so they are said once per table, the cells listed by row (marks of none apart, as an info:
 * they are an answer); blank totals, numbers the checks need and likely omissions, apart too. With blanks declared zeros
 * (`--blank-as-zero`), the checks count them 0 and one note says so.
 */
export const cellBlank: Rule = {
  id: 'cell-blank',
  description: { zh: '表格单元格为空或标为“-”“无”，按无数值处理', en: 'A table cell is blank or marked "-"/"无"; its value is null' },
  defaultSeverity: 'warning',
  messages: {
    table: { zh: '{table}有 {count} 个单元格为空，在 {rowCount} 行：{rows}', en: '{table} has {count} blank cells, in {rowCount} row(s): {rows}' },
    blank: { zh: '单元格为空：{path}', en: 'blank cell: {path}' },
    mark: { zh: '单元格标为“{raw}”，按无数值处理：{path}', en: 'cell marked "{raw}", read as no value: {path}' },
    none: { zh: '{table}有 {count} 个单元格标为无数值（“-”“无”等），按无数值处理，在 {rowCount} 行：{rows}', en: '{table} has {count} cells marked none ("-", "无" …), read as no value, in {rowCount} row(s): {rows}' },
    total: { zh: '总计单元格为空（总计应有数值，可能漏填）：{paths}', en: 'blank total cell(s) (a total should hold a number; it may have been left out): {paths}' },
    asZero: {
      zh: '按“空白即零”核对：{count} 个空白或标为无数值的单元格在勾稽关系中按 0 计算，记录中仍为空',
      en: 'blanks counted as zero: {count} blank or none-marked cells count 0 in the identities; the record keeps them null',
    },
  },
  check({ extraction, options }) {
    const problems: Problem[] = [];
    const byTable = new Map<string, CellInfo[]>();
    const marked = new Map<string, CellInfo[]>();
    const totals = new Map<string, CellInfo[]>();
    let count = 0;
    for (const c of extraction.cells) {
      if (c.kind !== 'blank' && c.kind !== 'none') continue;
      count++;
      // A mark of none is a deliberate answer; a blank may be a lost number, a blank total most of all.
      const into = c.kind === 'none' ? marked : isTotal(c.path) ? totals : byTable;
      const table = c.path.split('.')[0]!;
      let list = into.get(table);
      if (!list) into.set(table, (list = []));
      list.push(c);
    }
    for (const cells of totals.values()) {
      // One total: pointed at; a column of them (a report without the 总计 column filled): one finding.
      const location = cells.length === 1 ? cellLoc(cells[0]!) : { ...cellLoc(cells[0]!), row: undefined };
      if (location.row === undefined) delete location.row;
      problems.push({ rule: this.id, messageId: 'total', data: { paths: cells.map((c) => c.path).join(',') }, location });
    }
    for (const [messageId, tables] of [['table', byTable], ['none', marked]] as const) {
      for (const [table, cells] of tables) {
        const first = cells[0]!;
        // A table's one blank is pointed at where it stands.
        if (cells.length === 1) {
          problems.push({
            rule: this.id,
            messageId: messageId === 'table' ? 'blank' : 'mark',
            data: { path: first.path, raw: first.raw },
            location: cellLoc(first),
            ...(messageId === 'none' && { severity: 'info' as const }),
          });
          continue;
        }
        const rows = [...new Set(cells.map(rowOf))];
        problems.push({
          rule: this.id,
          messageId,
          data: { table, count: cells.length, rowCount: rows.length, rows: rows.join(',') },
          location: { line: first.line, ...(first.page !== undefined && { page: first.page }), ...(first.section !== undefined && { section: first.section }), table },
          ...(messageId === 'none' && { severity: 'info' as const }),
        });
      }
    }
    if (options.blankAsZero && count > 0) problems.push({ rule: this.id, messageId: 'asZero', data: { count }, location: {}, severity: 'info' });
    return problems;
  },
};

/** The row a cell stands in, as the labels name it: "withheld.stateSecret", "active.licensing", "reconsideration". */
function rowOf(cell: CellInfo): string {
  const parts = cell.path.split('.');
  if (parts[0] === 'active') return `active.${parts[1]}`;
  return parts.slice(1, -1).join('.');
}

/** The cells that hold a total: 总计 columns and the （七）总计 row of table 三, 总计 of table 四. */
function isTotal(path: string): boolean {
  return path.endsWith('.total') && (path.startsWith('requests.') || path.startsWith('appeals.'));
}
