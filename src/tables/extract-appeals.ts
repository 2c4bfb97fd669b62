import { APPEAL_COLUMNS, APPEAL_GROUPS } from '../record/layout.js';
import { squeeze } from '../normalize/text.js';
import { rowInfo, runRow, type CellInfo, type RowInfo, type RunRow, type TableInfo } from './extraction.js';
import type { FlatRow } from './flatten.js';
import { findHeaderCells } from './header.js';
import { readCell } from './read-cell.js';
import { fitValues, type ColumnSpec, type RowValues, type SplitRow } from './row-values.js';
import { packedMap } from '../packed-map.js';
import { chooseCandidate, type TableCandidate } from './locate-tables.js';
import { closestLabel } from './match-label.js';
import { isOneNumber, isRunText, runDigits } from './recover/split-run.js';

export interface AppealsExtraction {
  /** "reconsideration.upheld" … "litigation.afterReconsideration.total" → value. */
  values: RowValues;
  /** Every header that could be the table's, the chosen one first (score: the values of its data row). */
  candidates: TableCandidate[];
  cells: CellInfo[];
  rows: RowInfo[];
  /** The data row, when its values are digits run together. */
  runs: RunRow[];
  table: TableInfo;
}

/** The 15 statutory columns in order: three groups of 结果维持, 结果纠正, 其他结果, 尚未审结, 总计. */
export const APPEAL_KEYS = APPEAL_GROUPS.flatMap((g) => APPEAL_COLUMNS.map((c) => `${g.key}.${c.key}`));
// How far below the 行政复议 header cell the data row may stand: 17 rows when the header is pasted
// one cell per line, and the section may end sooner.
const DATA_REACH = 30;

/**
 * Section 四 is one row of 15 numbers under a two-level header. The header is found by its
 * 行政复议 / 行政诉讼 cells wherever it stands (the one in section 四 first when two compete), the
 * data row is the first row below it made of values only.
 */
export function extractAppeals(rows: readonly FlatRow[], splits: readonly SplitRow[], rowSection: readonly number[]): AppealsExtraction {
  const values: RowValues = {};
  const cells: CellInfo[] = [];
  const candidates = findAppealTables(rows, splits, rowSection);
  if (candidates.length === 0) return { values, cells, rows: [], runs: [], candidates, table: { table: 'appeals', found: false, header: null } };

  const headerIndex = candidates[0]!.first;
  const dataIndex = candidates[0]!.score > 0 ? candidates[0]!.last : -1;
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
  if (dataIndex < 0) return { values, cells, rows: [], runs: [], candidates, table };

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
  const runs: RunRow[] = [];
  if (fitted.run !== undefined) {
    runs.push(runRow('appeals', '', APPEAL_KEYS, fitted, row, rowSec, info));
  }
  return { values, cells, rows: [info], runs, candidates, table };
}

/**
 * Every header naming 行政复议 / 行政诉讼, wherever it stands, with the first row below it made of
 * values only (the data row may carry a label: "数量", or the last header word when the header was
 * pasted one cell per line; header rows have no values, so five values mark it). Scored by the
 * values of that row (0 without one); the best first, the one in section 四 on a tie.
 */
function findAppealTables(rows: readonly FlatRow[], splits: readonly SplitRow[], rowSection: readonly number[]): TableCandidate[] {
  const found: TableCandidate[] = [];
  for (let h = 0; h < rows.length; h++) {
    // The header's cells are labels: the row's labels are all that is looked at.
    if (!splits[h]!.labels.some(isAppealsHeader)) continue;
    let data = -1;
    let values = 0;
    // The header row itself may hold the values, when the cells were pasted one per line with no break.
    for (let i = h; i < Math.min(rows.length, h + DATA_REACH); i++) {
      if (i > h + 1 && splits[i]!.values.length === 0 && splits[i]!.labels.some(isAppealsHeader)) break;
      values = splits[i]!.values.filter((c) => c.text !== '').length;
      // The numbers run together count as the five that mark a data row: a row of digits only, which
      // can be nothing else than cells run together (fifteen digits or more, or a piece no cell
      // could hold), with no label but the header's own words (a text layout may join the two lines).
      if (values > 0 && values < 5 && splits[i]!.labels.every((l) => HEADER_WORDS.test(l)) && isDigitRun(splits[i]!.values)) values = 5;
      if (values >= 5) {
        data = i;
        break;
      }
    }
    found.push({ first: h, last: data < 0 ? h : data, score: data < 0 ? 0 : values, inSection: rowSection[h] === 4 ? 1 : 0, line: rows[h]!.line });
    // The rows of a two-level header name 行政复议 and 行政诉讼 on several rows: one candidate each table.
    if (data > h) h = data;
  }
  const best = chooseCandidate(found);
  return best < 0 ? [] : [found[best]!, ...found.filter((_, i) => i !== best)];
}

/**
 * Value cells holding the table's numbers run together: digits only, fifteen or more, or five or
 * more in pieces no cell could hold ("0000000000": blank cells left no trace, and the recovery then
 * says the digits cannot be cut). Postcodes and telephone numbers are one number, and no data row.
 */
function isDigitRun(cells: readonly { text: string }[]): boolean {
  let digits = 0;
  let certain = false;
  for (const c of cells) {
    if (c.text === '') continue;
    if (!isRunText(c.text)) return false;
    const run = runDigits(c.text);
    digits += run.length;
    // Digits only, and a number one cell could print: else they can only be cells run together.
    if (!/^\d+$/.test(run) || !isOneNumber(run)) certain = true;
  }
  return digits >= APPEAL_KEYS.length || (digits >= 5 && certain);
}

// The appeals header's words, run together or not: a data row may carry them and nothing else.
const HEADER_WORDS = /^(?:结果维持|结果纠正|其他结果|尚未审结|总计|合计|未经复议直接起诉|复议后起诉|行政复议|行政诉讼|\s)+$/;

const APPEALS_HEADER = /^行政复议(行政诉讼)?$/;
const HEADER_CACHE = new Map<string, boolean>();
const APPEALS_TARGETS = [
  { text: '行政复议', value: true },
  { text: '行政复议行政诉讼', value: true },
];

/** A header cell's text naming 行政复议 (and 行政诉讼), as printed or misread (OCR: 行政复义). */
function isAppealsHeader(text: string): boolean {
  // A cell that does not start 行政 is no header, misread or not: most cells are numbers and labels.
  if (text.charCodeAt(0) !== 0x884c || text.length > 12 || !text.startsWith('行政')) return false;
  let header = HEADER_CACHE.get(text);
  if (header === undefined) {
    const squeezed = squeeze(text);
    header = APPEALS_HEADER.test(squeezed) || (squeezed.length >= 4 && squeezed.length <= 9 && closestLabel(squeezed, APPEALS_TARGETS)?.cut === false);
    // Short texts only (12 characters at most): a copy each costs nothing, and the set of them is small.
    if (HEADER_CACHE.size >= 10_000) HEADER_CACHE.clear();
    HEADER_CACHE.set(text, header);
  }
  return header;
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
