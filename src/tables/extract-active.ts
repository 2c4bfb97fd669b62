import { ACTIVE_COLUMNS, ACTIVE_ITEMS, type ActiveItemDef, type Template } from '../record/layout.js';
import { squeeze } from '../normalize/text.js';
import { rowInfo, runRow, type CellInfo, type RowInfo, type RunRow, type TableInfo, type TemplateClue } from './extraction.js';
import type { FlatRow } from './flatten.js';
import { findHeaderCells, toColumnSpecs, type HeaderHit } from './header.js';
import { readCell } from './read-cell.js';
import { fitValues, hasValues, labelKey, withoutNote, type RowValues, type SplitRow } from './row-values.js';
import { packedMap } from '../packed-map.js';
import { detachedString } from '../detached-string.js';
import { candidateOf, chooseCandidate, chosenFirst, type TableCandidate } from './locate-tables.js';
import { closestLabel, type LabelTarget } from './match-label.js';

export interface ActiveExtraction {
  /** item → column → value, for whichever columns the report's headers show. */
  values: Map<string, RowValues>;
  /** The template the column headers speak for, or null when no header says. */
  template: Template | null;
  /** The header cells only one template prints. */
  clues: TemplateClue[];
  /** Every run of item rows that could be the tables, the chosen one first. */
  candidates: TableCandidate[];
  cells: CellInfo[];
  rows: RowInfo[];
  /** Item rows whose values are digits run together. */
  runs: RunRow[];
  table: TableInfo;
}

interface Header {
  row: number;
  hits: HeaderHit[];
  /** The header says the amounts are in 元, not 万元. */
  yuan: boolean;
}

/**
 * Section 二's small tables, found by their row labels (规章, 行政许可 …). Each row takes its columns
 * from the nearest header above it that fits the item; with none, the template's statutory columns.
 */
export function extractActive(rows: readonly FlatRow[], splits: readonly SplitRow[], rowSection: readonly number[]): ActiveExtraction {
  const { headers, data, candidates } = findActiveRows(rows, splits, rowSection);
  const headerKeys = uniqueKeys(headers);
  const template = templateOfHeaders(headerKeys);
  const clues = headers.flatMap((h) => h.hits.flatMap((hit) => clueOf(hit, rows)));
  const values = new Map<string, RowValues>();
  const cells: CellInfo[] = [];
  const rowInfos: RowInfo[] = [];
  const runs: RunRow[] = [];
  for (const { index, labels } of data) {
    const def = findItem(labels, template ?? '2019');
    if (!def || values.has(def.key)) continue;
    const header = lastHeaderFor(headers, index, def);
    const read = readActiveRow(rows, index, splits[index]!, rowSection[index] ?? 0, def, header, cells, runs);
    values.set(def.key, read.values);
    rowInfos.push(read.info);
  }
  const first = data[0] && rows[data[0].index];
  const section = data[0] ? rowSection[data[0].index] ?? 0 : 0;
  return {
    values,
    template,
    clues,
    candidates,
    cells,
    rows: rowInfos,
    runs,
    table: {
      table: 'active',
      found: values.size > 0,
      ...(first && { line: first.line }),
      ...(first?.page !== undefined && { page: first.page }),
      ...(section > 0 && { section }),
      header: headers.length > 0 ? headerKeys : null,
    },
  };
}

/**
 * Section 二's header rows (a header pasted one cell per line, several rows, counts as one) and its
 * labelled data rows, wherever they stand: in section 二, in an appendix after section 六, under a
 * heading renamed or missing. Every run of item rows is a candidate (a new run starts where an
 * item already seen comes again: the tables printed twice); the run naming the most items wins,
 * the one in section 二 on a tie; a run also ends at a section heading. The parts of extractActive are separate functions: V8 compiles
 * each on its own and optimizes them better than one large function.
 */
function findActiveRows(rows: readonly FlatRow[], splits: readonly SplitRow[], rowSection: readonly number[]): { headers: Header[]; data: { index: number; labels: string[] }[]; candidates: TableCandidate[] } {
  const runs: { index: number; labels: string[] }[][] = [];
  let run: { index: number; labels: string[] }[] = [];
  let seen = new Set<string>();
  for (let index = 0; index < rows.length; index++) {
    const split = splits[index]!;
    if (split.labels.length === 0 || !hasValues(split)) continue;
    const item = findAnyItem(split.labels);
    if (!item) continue;
    // A table stands in one section: an item row under another heading starts another run (a
    // sentence "行政强制12" in section 一 is no row of section 二's table).
    const last = run[run.length - 1];
    if (seen.has(item.key) || (last !== undefined && rowSection[last.index] !== rowSection[index])) {
      runs.push(run);
      run = [];
      seen = new Set();
    }
    seen.add(item.key);
    run.push({ index, labels: split.labels });
  }
  if (run.length > 0) runs.push(run);
  const candidates = packedMap(runs, (r) => candidateOf(r, rowSection, 2));
  const best = chooseCandidate(candidates);
  if (best < 0) return { headers: [], data: [], candidates: [] };
  const chosen = candidates[best]!;
  return {
    // The headers that belong to the chosen run: above its rows, not above an earlier run's; looked
    // for there only, since every row of a report would otherwise be read as a possible header.
    headers: findActiveHeaders(rows, splits, Math.max((candidates[best - 1]?.last ?? -1) + 1, chosen.first - HEADER_REACH), chosen.last),
    data: runs[best]!,
    candidates: chosenFirst(candidates, best, (row) => rows[row]!.line),
  };
}

// How far above the first item row its header may stand (a header pasted one cell per line, a caption).
const HEADER_REACH = 12;

/** The header rows in rows[from..to): consecutive ones with no data row between them count as one. */
function findActiveHeaders(rows: readonly FlatRow[], splits: readonly SplitRow[], from: number, to: number): Header[] {
  const headers: Header[] = [];
  let lastData = -1;
  for (let index = from; index < to; index++) {
    if (hasValues(splits[index]!)) {
      lastData = index;
      continue;
    }
    const hits = findHeaderCells(rows, index, index + 1, ACTIVE_COLUMNS);
    if (hits.length === 0) continue;
    const text = packedMap(rows[index]!.cells, (c) => squeeze(c.text)).join('|');
    const yuan = /单位:?元|\(元\)/.test(text) && !/万元/.test(text);
    const open = headers[headers.length - 1];
    if (open && open.row > lastData) {
      open.hits.push(...hits);
      open.row = index;
      open.yuan ||= yuan;
    } else headers.push({ row: index, hits, yuan });
  }
  return headers;
}

/** The nearest header above the row that names one of the item's columns. */
function lastHeaderFor(headers: readonly Header[], index: number, def: ActiveItemDef): Header | undefined {
  for (let i = headers.length - 1; i >= 0; i--) {
    const h = headers[i]!;
    if (h.row < index && h.hits.some((hit) => def.columns.includes(hit.key))) return h;
  }
  return undefined;
}

/** One item's values under its header's columns (the statutory ones without a header); its cells are added to `cells`. */
function readActiveRow(
  rows: readonly FlatRow[],
  index: number,
  split: SplitRow,
  section: number,
  def: ActiveItemDef,
  header: Header | undefined,
  cells: CellInfo[],
  runs: RunRow[],
): { values: RowValues; info: RowInfo } {
  const row = rows[index]!;
  const keys = header ? uniqueKeys([header]) : [...def.columns];
  const { columns, table } = toColumnSpecs(keys, header?.hits ?? [], rows);
  const fitted = fitValues(row, split, columns, table);
  const values: RowValues = {};
  const assigned: string[] = [];
  for (let c = 0; c < columns.length; c++) {
    const cell = fitted.cells[c];
    if (!cell) continue;
    const column = columns[c]!.key;
    const { value, info } = readCell(cell, `active.${def.key}.${column}`, section, { amountInYuan: column === 'amount' && header?.yuan === true });
    values[column] = value;
    assigned.push(column);
    cells.push(info);
  }
  const info = rowInfo(`active.${def.key}`, '', row, section, fitted.count, columns.length, assigned);
  if (fitted.run !== undefined) {
    const run = runRow(`active.${def.key}`, '', keys, fitted, row, section, info);
    // Digits are cut only under a header of the item's own columns: without one, neither the
    // template (2019's three columns or 2021's one) nor the sub-table is known.
    const known = header !== undefined && keys.every((k) => def.columns.includes(k));
    runs.push({ ...run, ...(header?.yuan === true && { amountInYuan: true as const }), ...(!known && { columnsUnknown: true as const }) });
  }
  return { values, info };
}

/** The column keys the headers name, each once, in order. (Array.prototype.flatMap costs ten times this loop.) */
function uniqueKeys(headers: readonly Header[]): string[] {
  const keys: string[] = [];
  for (const header of headers) for (const hit of header.hits) if (!keys.includes(hit.key)) keys.push(hit.key);
  return keys;
}

/** The item a row's labels name in either template (2019's first): one look-up a label. */
function findAnyItem(labels: readonly string[]): ActiveItemDef | undefined {
  for (let i = labels.length - 1; i >= 0; i--) {
    const label = labels[i]!;
    let found = ANY_CACHE.get(label);
    if (found === undefined) {
      found = itemOf(label, '2019') ?? itemOf(label, '2021') ?? null;
      if (ANY_CACHE.size >= 10_000) ANY_CACHE.clear();
      ANY_CACHE.set(detachedString(label), found);
    }
    if (found) return found;
  }
  return undefined;
}
const ANY_CACHE = new Map<string, ActiveItemDef | null>();

function findItem(labels: readonly string[], template: Template): ActiveItemDef | undefined {
  for (let i = labels.length - 1; i >= 0; i--) {
    const def = itemOf(labels[i]!, template);
    if (def) return def;
  }
  return undefined;
}

/**
 * The item one label names, by its pattern or else a scored comparison, remembered per label: every
 * row of every table with values is asked (the request table's rows too), and the same labels recur
 * in every report.
 */
function itemOf(label: string, template: Template): ActiveItemDef | undefined {
  const cache = ITEM_CACHE[template];
  let found = cache.get(label);
  if (found === undefined) {
    const key = labelKey(label);
    const bare = withoutNote(key);
    found = ACTIVE_ITEMS[template].find((d) => d.match.test(key)) ?? ((bare.length <= 40 && closestLabel(bare, ITEM_TARGETS[template])?.value) || null);
    if (cache.size >= 10_000) cache.clear();
    cache.set(detachedString(label), found);
  }
  return found ?? undefined;
}
const ITEM_CACHE: Record<Template, Map<string, ActiveItemDef | null>> = { '2019': new Map(), '2021': new Map() };

// An item misread by OCR ("行政许叮") is matched by a scored comparison, the template's note in
// brackets left out (withoutNote).

const ITEM_TARGETS: Record<Template, LabelTarget<ActiveItemDef>[]> = {
  '2019': ACTIVE_ITEMS['2019'].map((d) => ({ text: d.zh, value: d })),
  '2021': ACTIVE_ITEMS['2021'].map((d) => ({ text: d.zh, value: d })),
};

// Columns only one template has (本年处理决定数量 and 金额 are in both, worded alike).
const COLUMN_TEMPLATE: Readonly<Record<string, Template>> = { repealed: '2021', inForce: '2021', published: '2019', total: '2019', previousItems: '2019', change: '2019', projects: '2019' };

function clueOf(hit: HeaderHit, rows: readonly FlatRow[]): TemplateClue[] {
  const template = COLUMN_TEMPLATE[hit.key];
  const row = rows[hit.row];
  const cell = row?.cells[hit.index];
  if (!template || !row || !cell || hit.merged) return [];
  return [{ template, label: cell.text, line: cell.line, ...(cell.page !== undefined && { page: cell.page }) }];
}

/** The 2021 revision renamed the columns (本年制发件数, 现行有效件数 …) and dropped 上一年项目数量. */
function templateOfHeaders(keys: readonly string[]): Template | null {
  if (keys.includes('repealed') || keys.includes('inForce')) return '2021';
  if (['published', 'total', 'previousItems', 'change', 'projects'].some((k) => keys.includes(k))) return '2019';
  if (keys.includes('decisions') || keys.includes('amount')) return '2021';
  return null;
}
