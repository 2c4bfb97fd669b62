import { REQUEST_COLUMNS, REQUEST_GROUPS, REQUEST_ROWS, type RowDef, type Template } from '../record/layout.js';
import { rowInfo, type CellInfo, type RowInfo, type TableInfo } from './extraction.js';
import type { FlatRow } from './flatten.js';
import { findHeaderCells, toColumnSpecs } from './header.js';
import { detachedString } from '../detached-string.js';
import { readCell } from './read-cell.js';
import { fitValues, hasValues, labelParts, type ColumnSpec, type RowValues, type SplitRow } from './row-values.js';

/** The 8-column variant adds a subtotal of the 法人或其他组织 columns. */
const SUBTOTAL = { key: 'subtotal', match: /^(小计|法人或其他组织(小计|合计))$/ };
const STANDARD_KEYS = REQUEST_COLUMNS.map((c) => c.key);
const HEADER_COLUMNS = [...REQUEST_COLUMNS, SUBTOTAL];
// How far above the first data row the header may stand.
const HEADER_REACH = 15;

export interface RequestsExtraction {
  /** rowKey → columnKey → value (null: blank), for the columns read with certainty. Includes "subtotal" in the 8-column variant. */
  values: Map<string, RowValues>;
  /** Which layout of （六）其他处理 the table shows: one row (2019) or three (2021); null if neither. */
  layout: Template | null;
  cells: CellInfo[];
  rows: RowInfo[];
  table: TableInfo;
}

interface Match {
  def: RowDef;
  index: number;
  split: SplitRow;
}

/**
 * Finds the request table's rows by their labels wherever they stand (seed 002 lost the section 三
 * heading, so its rows sit under section 二), reads the header for the columns present, and puts
 * each row's values under them.
 */
export function extractRequests(rows: readonly FlatRow[], splits: readonly SplitRow[], rowSection: readonly number[]): RequestsExtraction {
  const chosen = findRequestRows(rows, splits, rowSection);
  const values = new Map<string, RowValues>();
  const cells: CellInfo[] = [];
  const rowInfos: RowInfo[] = [];
  if (chosen.length === 0) {
    return { values, layout: null, cells, rows: rowInfos, table: { table: 'requests', found: false, header: null } };
  }

  const first = chosen[0]!.index;
  const hits = findHeaderCells(rows, first - HEADER_REACH, first, HEADER_COLUMNS);
  const headerKeys = orderHeader(hits.map((h) => h.key));
  const { columns, table: headerTable } = toColumnSpecs(headerKeys ?? STANDARD_KEYS, hits, rows);

  for (const m of chosen) {
    const { values: rowValues, info } = readRequestRow(rows[m.index]!, m, rowSection[m.index] ?? 0, columns, headerTable, cells);
    values.set(m.def.key, rowValues);
    rowInfos.push(info);
  }

  const has = (key: string) => values.has(key);
  const layout: Template | null = ['otherDisposal.noCorrection', 'otherDisposal.unpaidFee', 'otherDisposal.other'].some(has)
    ? '2021'
    : has('otherDisposal')
      ? '2019'
      : null;
  const firstRow = rows[first]!;
  const section = rowSection[first] ?? 0;
  return {
    values,
    layout,
    cells,
    rows: rowInfos,
    table: {
      table: 'requests',
      found: true,
      line: firstRow.line,
      ...(firstRow.page !== undefined && { page: firstRow.page }),
      ...(section > 0 && { section }),
      header: headerKeys,
      ...(headerKeys && { headerLine: rows[hits.find((h) => h.key !== 'natural' && h.key !== 'total')!.row]!.line }),
    },
  };
}

/**
 * The rows that carry the table's values, in document order: matched by their labels, each row key
 * once (a copy inside section 三 wins, else the first). Kept apart from reading them: V8 compiles each
 * part on its own, and recompiles less when one of them meets a new shape.
 */
function findRequestRows(rows: readonly FlatRow[], splits: readonly SplitRow[], rowSection: readonly number[]): Match[] {
  const matches = new Map<string, Match[]>();
  let group: string | null = null;
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index]!;
    const split = splits[index]!;
    // Request rows and their group labels stand in table rows; paragraphs are prose or headings.
    if (row.table === null || split.labels.length === 0) continue;
    const found = matchRow(split.labels, group);
    group = found.group;
    if (!found.def) continue;
    if (!hasValues(split) && !(row.aligned && split.values.length > 0)) continue;
    const list = matches.get(found.def.key);
    if (list) list.push({ def: found.def, index, split });
    else matches.set(found.def.key, [{ def: found.def, index, split }]);
  }
  const chosen: Match[] = [];
  for (const list of matches.values()) chosen.push(list.find((m) => rowSection[m.index] === 3) ?? list[0]!);
  return chosen.sort((a, b) => a.index - b.index);
}

/** One row's values under the columns; its value cells are added to `cells`. */
function readRequestRow(row: FlatRow, m: Match, section: number, columns: readonly ColumnSpec[], headerTable: number | null, cells: CellInfo[]): { values: RowValues; info: RowInfo } {
  const fitted = fitValues(row, m.split, columns, headerTable);
  const values: RowValues = {};
  const assigned: string[] = [];
  for (let c = 0; c < columns.length; c++) {
    const cell = fitted.cells[c];
    if (!cell) continue;
    const column = columns[c]!.key;
    const { value, info } = readCell(cell, `requests.${m.def.key}.${column}`, section);
    values[column] = value;
    assigned.push(column);
    if (column !== 'subtotal') cells.push(info);
  }
  const info = rowInfo('requests', m.def.key, row, section, fitted.count, columns.length, assigned);
  return { values, info };
}

/**
 * The deepest label that names a statutory row wins ("三、本年度办理结果 | (一)予以公开" is 予以公开);
 * group labels ("(三)不予公开") set the scope for the rows below them.
 */
// No statutory label is longer than this; longer cells are prose.
const LABEL_MAX = 60;

interface LabelMatch {
  group?: string;
  /** Every row definition the label part matches, in statutory order; the group decides among them. */
  defs: RowDef[];
}

// The same few dozen labels recur in every report; matching each once per process is enough.
const labelCache = new Map<string, LabelMatch[]>();
const LABEL_CACHE_MAX = 10_000;

function labelMatches(label: string): LabelMatch[] {
  let found = labelCache.get(label);
  if (!found) {
    found = labelParts(label).map((key) => {
      const group = REQUEST_GROUPS.find((g) => g.match.test(key))?.key;
      return { ...(group && { group }), defs: REQUEST_ROWS.filter((d) => d.match.test(key)) };
    });
    if (labelCache.size >= LABEL_CACHE_MAX) labelCache.clear();
    labelCache.set(detachedString(label), found);
  }
  return found;
}

// Rows outside the groups: they end the scope of a group label.
const TOP_ROWS = new Set(['received', 'carriedOver', 'total', 'carriedForward']);

function matchRow(labels: readonly string[], group: string | null): { def?: RowDef; group: string | null } {
  const parts: LabelMatch[] = [];
  for (const label of labels) if (label.length <= LABEL_MAX) for (const part of labelMatches(label)) parts.push(part);
  for (const part of parts) if (part.group) group = part.group;
  for (let i = parts.length - 1; i >= 0; i--) {
    const def = parts[i]!.defs.find((d) => !d.group || d.group === group);
    if (def) {
      // A sub-row keeps its group in force for the next rows even when the group label was fused into
      // its own cell ("(六)其他处理 1.申请人…" from PDF text); rows outside the groups end it.
      const dot = def.key.indexOf('.');
      const top = TOP_ROWS.has(def.key);
      return { def, group: dot > 0 ? def.key.slice(0, dot) : top ? null : group };
    }
  }
  return { group };
}

/**
 * Column order from the header cells found: 自然人 first, the organisation columns in the order the
 * header gives them (the subtotal among them), 总计 last. Null when the header is not there or too
 * broken to trust, in which case the statutory seven columns are assumed.
 */
function orderHeader(keys: readonly string[]): string[] | null {
  const seen = [...new Set(keys)];
  if (!seen.includes('natural') || !seen.includes('total')) return null;
  const middle = seen.filter((k) => k !== 'natural' && k !== 'total');
  if (middle.filter((k) => k !== 'subtotal').length === 0) return null;
  return ['natural', ...middle, 'total'];
}
