import { APPEAL_COLUMNS, APPEAL_GROUPS } from '../record/layout.js';
import { squeeze } from '../normalize/text.js';
import { rowInfo, type CellInfo, type RowInfo, type TableInfo } from './extraction.js';
import type { FlatRow } from './flatten.js';
import { findHeaderCells } from './header.js';
import { readCell } from './read-cell.js';
import { fitValues, type ColumnSpec, type RowValues, type SplitRow } from './row-values.js';
import { packedMap } from '../packed-map.js';

export interface AppealsExtraction {
  /** "reconsideration.upheld" … "litigation.afterReconsideration.total" → value. */
  values: RowValues;
  cells: CellInfo[];
  rows: RowInfo[];
  table: TableInfo;
}

/** The 15 statutory columns in order: three groups of 结果维持, 结果纠正, 其他结果, 尚未审结, 总计. */
export const APPEAL_KEYS = APPEAL_GROUPS.flatMap((g) => APPEAL_COLUMNS.map((c) => `${g.key}.${c.key}`));
// How far below the 行政复议 header cell the data row may stand: 17 rows when the header is pasted
// one cell per line, and the section may end sooner.
const DATA_REACH = 30;

/**
 * Section 四 is one row of 15 numbers under a two-level header. The header is found by its
 * 行政复议 / 行政诉讼 cells (in section 四 when that heading exists), the data row is the first row
 * below it made of values only.
 */
export function extractAppeals(rows: readonly FlatRow[], splits: readonly SplitRow[], rowSection: readonly number[]): AppealsExtraction {
  const values: RowValues = {};
  const cells: CellInfo[] = [];
  const hasSection4 = rowSection.includes(4);
  const headerIndex = rows.findIndex(
    (row, i) => (!hasSection4 || rowSection[i] === 4) && row.cells.some((c) => /^行政复议(行政诉讼)?$/.test(squeeze(c.text))),
  );
  if (headerIndex < 0) return { values, cells, rows: [], table: { table: 'appeals', found: false, header: null } };

  const headerRow = rows[headerIndex]!;
  const section = rowSection[headerIndex] ?? 0;
  const table: TableInfo = {
    table: 'appeals',
    found: true,
    line: headerRow.line,
    ...(headerRow.page !== undefined && { page: headerRow.page }),
    ...(section > 0 && { section }),
    header: APPEAL_KEYS,
  };
  let dataIndex = -1;
  for (let i = headerIndex + 1; i < Math.min(rows.length, headerIndex + DATA_REACH) && rowSection[i] === section; i++) {
    // The data row may carry a label ("数量", or the last header word when the header was pasted one
    // cell per line); header rows have no values, so five values mark it.
    const split = splits[i]!;
    if (split.values.filter((c) => c.text !== '').length >= 5) {
      dataIndex = i;
      break;
    }
  }
  if (dataIndex < 0) return { values, cells, rows: [], table };

  const row = rows[dataIndex]!;
  const split = splits[dataIndex]!;
  const { columns, headerTable } = leafColumns(rows, headerIndex, dataIndex);
  const fitted = fitValues(row, split, columns, headerTable);
  const rowSec = rowSection[dataIndex] ?? 0;
  const assigned: string[] = [];
  for (let c = 0; c < columns.length; c++) {
    const cell = fitted.cells[c];
    if (!cell) continue;
    const key = columns[c]!.key;
    const { value, info } = readCell(cell, `appeals.${key}`, rowSec);
    values[key] = value;
    assigned.push(key);
    cells.push(info);
  }
  const info = rowInfo('appeals', '', row, rowSec, fitted.count, APPEAL_KEYS.length, assigned);
  return { values, cells, rows: [info], table };
}

/**
 * In a real grid the 15 leaf header cells give each column's position; the first five stand one row
 * higher than the other ten, so they are collected across the header rows in grid order.
 */
function leafColumns(rows: readonly FlatRow[], from: number, to: number): { columns: ColumnSpec[]; headerTable: number | null } {
  const table = rows[to]!.table;
  if (rows[to]!.aligned) {
    const hits = findHeaderCells(rows, from, to, APPEAL_COLUMNS).filter((h) => h.table === table);
    const byIndex = new Map<number, string>();
    for (const h of hits) if (!byIndex.has(h.index)) byIndex.set(h.index, h.key);
    const ordered = [...byIndex.entries()].sort((a, b) => a[0] - b[0]);
    if (ordered.length === APPEAL_KEYS.length && ordered.every(([, key], i) => APPEAL_KEYS[i]!.endsWith(`.${key}`))) {
      return { columns: packedMap(APPEAL_KEYS, (key, i) => ({ key, index: ordered[i]![0] })), headerTable: table };
    }
  }
  return { columns: packedMap(APPEAL_KEYS, (key) => ({ key })), headerTable: null };
}
