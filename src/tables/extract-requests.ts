import { REQUEST_COLUMNS, REQUEST_GROUPS, REQUEST_ROWS, requestRows, type RowDef, type Template } from '../record/layout.js';
import { rowInfo, runRow, type CellInfo, type RowInfo, type RunRow, type TableInfo } from './extraction.js';
import type { FlatRow } from './flatten.js';
import { findHeaderCells, toColumnSpecs, type FusedWords, type HeaderHit } from './header.js';
import { detachedString } from '../detached-string.js';
import { normalizeText } from '../normalize/text.js';
import { readCell } from './read-cell.js';
import { fitValues, hasValues, labelParts, valueSpan, withoutNote, type ColumnSpec, type RowValues, type SplitRow } from './row-values.js';
import { closestLabel, type LabelTarget } from './match-label.js';
import { candidateOf, chooseCandidate, chosenFirst, type LabelNote, type TableCandidate } from './locate-tables.js';
import { packedMap } from '../packed-map.js';

/** The 8-column variant adds a subtotal of the 法人或其他组织 columns. */
const SUBTOTAL = { key: 'subtotal', match: /^(小计|法人或其他组织(小计|合计))$/ };
const STANDARD_KEYS = REQUEST_COLUMNS.map((c) => c.key);
/**
 * A long column name broken over two header lines keeps its first half in one cell ("商业" / "企业",
 * corpus 016): a cell holding the first two characters or more of exactly one name names it. The
 * five long names start differently, so two characters are enough.
 */
function withCutForms(zh: string, match: RegExp): RegExp {
  if (zh.length < 4) return match;
  const rest = [...zh.slice(2)].reduceRight((inner, ch) => `(?:${ch}${inner})?`, '');
  return new RegExp(`${match.source}|^${zh.slice(0, 2)}${rest}$`);
}
const HEADER_COLUMNS = [...REQUEST_COLUMNS.map((c) => ({ key: c.key, match: withCutForms(c.zh, c.match) })), SUBTOTAL];
// The header's words as a crawler's dump runs them together ("自然人法人或其他组织总计").
const FUSED_HEADER: FusedWords = [
  ...REQUEST_COLUMNS.map((c) => [c.zh, c.key] as const),
  ['合计', 'total'],
  ['小计', 'subtotal'],
  ['法人或其他组织', null],
  ['申请人情况', null],
];
// A request header names at least this many columns (a report without 其他 or without 科研机构 has six).
const MIN_HEADER_COLUMNS = 5;
// How far above the first data row the header may stand.
const HEADER_REACH = 15;

export interface RequestsExtraction {
  /** rowKey → columnKey → value (null: blank), for the columns read with certainty. Includes "subtotal" in the 8-column variant. */
  values: Map<string, RowValues>;
  /** Rows found by a scored label or by their place in the statutory order, for the label-variant rule. */
  notes: LabelNote[];
  /** Every run of rows that could be the table, the chosen one first. */
  candidates: TableCandidate[];
  /** Which layout of （六）其他处理 the table shows: one row (2019) or three (2021); null if neither. */
  layout: Template | null;
  cells: CellInfo[];
  rows: RowInfo[];
  /** Rows whose values are digits run together. */
  runs: RunRow[];
  /** The columns every row of the table is read under. */
  columns: readonly string[];
  /** Rows of values among the table's rows whose label names no statutory row. */
  unmatched: UnmatchedRow[];
  table: TableInfo;
}

/** A row of values whose label names no statutory row. */
export interface UnmatchedRow {
  line: number;
  page?: number;
  text: string;
}

interface Match {
  def: RowDef;
  index: number;
  split: SplitRow;
  /** How the row was named when its label is not the statutory one: the label as written, or none (by order). */
  note?: Omit<LabelNote, 'table' | 'key' | 'line' | 'page'>;
}

/**
 * Finds the request table's rows by their labels wherever they stand (seed 002 lost the section 三
 * heading, so its rows sit under section 二), reads the header for the columns present, and puts
 * each row's values under them.
 */
export function extractRequests(rows: readonly FlatRow[], splits: readonly SplitRow[], rowSection: readonly number[]): RequestsExtraction {
  const { chosen: labelled, candidates, unmatched } = findRequestRows(rows, splits, rowSection);
  const values = new Map<string, RowValues>();
  const cells: CellInfo[] = [];
  const rowInfos: RowInfo[] = [];
  const runs: RunRow[] = [];
  if (labelled.length === 0) {
    return { values, notes: [], candidates, layout: null, cells, rows: rowInfos, runs, columns: [], unmatched, table: { table: 'requests', found: false, header: null } };
  }

  const first = labelled[0]!.index;
  const { hits, keys: headerKeys } = findHeader(rows, splits, first, labelled[labelled.length - 1]!.index);
  const { columns, table: headerTable } = toColumnSpecs(headerKeys ?? STANDARD_KEYS, hits, rows);
  const chosen = pairByOrder(labelled, rows, splits, columns.length);

  const notes: LabelNote[] = [];
  for (const m of chosen) {
    const row = rows[m.index]!;
    const { values: rowValues, info } = readRequestRow(row, m, rowSection[m.index] ?? 0, columns, headerTable, cells, runs, headerKeys !== null);
    values.set(m.def.key, rowValues);
    rowInfos.push(info);
    if (m.note) notes.push({ table: 'requests', key: m.def.key, line: row.line, ...(row.page !== undefined && { page: row.page }), ...m.note });
  }

  const has = (key: string) => values.has(key);
  const layout = layoutOf(has);
  const firstRow = rows[first]!;
  const section = rowSection[first] ?? 0;
  return {
    values,
    notes,
    candidates,
    layout,
    cells,
    rows: rowInfos,
    runs,
    columns: packedMap(columns, (c) => c.key),
    unmatched,
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
 * The header naming the columns: above the first row, else the best one printed inside the table
 * (a table split into fragments, each with its header printed again, the first one broken). The
 * best inside is the row naming the most columns.
 */
function findHeader(rows: readonly FlatRow[], splits: readonly SplitRow[], first: number, last: number): { hits: HeaderHit[]; keys: string[] | null } {
  const above = findHeaderCells(rows, first - HEADER_REACH, first, HEADER_COLUMNS, FUSED_HEADER);
  const keys = orderHeader(above.map((h) => h.key));
  // A header above naming most columns is the header; one naming two or three is a header's
  // broken remains (corpus 026: "自然人总计" above, the organisations' names cut over a fragment's
  // rows), no better than none.
  if (keys && keys.length >= MIN_HEADER_COLUMNS) return { hits: above, keys };
  let best: { hits: HeaderHit[]; keys: string[] | null } = { hits: above, keys: null };
  for (let r = first + 1; r < last; r++) {
    // Header rows hold no values.
    if (rows[r]!.table === null || splits[r]!.values.some((c) => c.text !== '')) continue;
    const hits = findHeaderCells(rows, r, r + 1, HEADER_COLUMNS, FUSED_HEADER);
    if (hits.length < 3) continue;
    const inner = orderHeader(hits.map((h) => h.key));
    if (inner && (!best.keys || inner.length > best.keys.length)) best = { hits, keys: inner };
  }
  return best;
}

/** Which layout of （六）其他处理 the rows show: one row (2019) or three (2021); null if neither. */
function layoutOf(has: (key: string) => boolean): Template | null {
  if (['otherDisposal.noCorrection', 'otherDisposal.unpaidFee', 'otherDisposal.other'].some(has)) return '2021';
  return has('otherDisposal') ? '2019' : null;
}

/**
 * The rows that carry the table's values, in document order, matched by their labels. Every run of
 * such rows is a candidate (a new run starts where a row already seen comes again: the table
 * printed twice, or an appendix repeating it), or where a row stands under another section heading;
 * the run naming the most statutory rows wins, the
 * one in section 三 on a tie. Kept apart from reading them: V8 compiles each part on its own, and
 * recompiles less when one of them meets a new shape.
 */
function findRequestRows(
  rows: readonly FlatRow[],
  splits: readonly SplitRow[],
  rowSection: readonly number[],
): { chosen: Match[]; candidates: TableCandidate[]; unmatched: UnmatchedRow[] } {
  const unmatched: (UnmatchedRow & { index: number })[] = [];
  const runs: Match[][] = [];
  let run: Match[] = [];
  let seen = new Set<string>();
  let group: string | null = null;
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index]!;
    const split = splits[index]!;
    // Request rows and their group labels stand in table rows; paragraphs are prose or headings.
    if (row.table === null || split.labels.length === 0) continue;
    const found = matchRow(split.labels, group);
    if (!found.def) {
      // A row of values whose label names no statutory row (nor a group): a typo the officer may mend
      // (row-missing's did-you-mean).
      if (found.group === group && hasValues(split)) unmatched.push({ index, line: row.line, ...(row.page !== undefined && { page: row.page }), text: split.labels[split.labels.length - 1]! });
      group = found.group;
      continue;
    }
    // A row without values is a header, or a label on its own: it neither counts nor ends a group
    // (a header copied into a fragment, "结果维持 | … | 总计", names 总计 too).
    if (!hasValues(split) && !(row.aligned && split.values.length > 0)) continue;
    // A header row naming the columns ("申请人情况 | 自然人 | … | 总计") is no （七）总计 row; a header
    // run into the first data row (cells pasted one per line) keeps that row's own label last.
    if (found.def.key === 'total' && isColumnHeader(split.labels)) continue;
    group = found.group;
    const last = run[run.length - 1];
    if (seen.has(found.def.key) || (last !== undefined && rowSection[last.index] !== rowSection[index])) {
      runs.push(run);
      run = [];
      seen = new Set();
    }
    seen.add(found.def.key);
    run.push({ def: found.def, index, split, ...(found.note && { note: found.note }) });
  }
  if (run.length > 0) runs.push(run);
  const candidates = packedMap(runs, (r) => candidateOf(r, rowSection, 3));
  const best = chooseCandidate(candidates);
  if (best < 0) return { chosen: [], candidates: [], unmatched: [] };
  const chosen = runs[best]!;
  // Only the unnamed rows standing among the table's own rows.
  const [from, to] = [chosen[0]!.index, chosen[chosen.length - 1]!.index];
  const inside = unmatched.filter((u) => u.index > from && u.index < to).map(({ index: _, ...u }) => u);
  return { chosen, candidates: chosenFirst(candidates, best, (row) => rows[row]!.line), unmatched: inside };
}

/**
 * Value rows without a label, given the statutory rows between two labelled ones when their count
 * is exactly that of the rows missing there (corpus 026: a converter printed the labels as loose
 * text and the values as label-less pipe rows, in order). Any other count is ambiguous: left alone.
 */
function pairByOrder(labelled: readonly Match[], rows: readonly FlatRow[], splits: readonly SplitRow[], columns: number): Match[] {
  const found = new Set(labelled.map((m) => m.def.key));
  const order = statutoryOrder(found);
  // A whole table (most reports) has no gap to fill.
  if (labelled.length >= order.length) return [...labelled];
  const paired: Match[] = [];
  for (let i = 0; i + 1 < labelled.length; i++) {
    const a = labelled[i]!;
    const b = labelled[i + 1]!;
    const from = order.indexOf(a.def);
    const to = order.indexOf(b.def);
    if (from < 0 || to <= from + 1 || b.index <= a.index + 1) continue;
    const missing = order.slice(from + 1, to).filter((d) => !found.has(d.key));
    if (missing.length === 0) continue;
    const bare: number[] = [];
    for (let r = a.index + 1; r < b.index; r++) if (isBareValueRow(rows[r]!, splits[r]!, columns)) bare.push(r);
    if (bare.length !== missing.length) continue;
    bare.forEach((index, k) => paired.push({ def: missing[k]!, index, split: splits[index]!, note: { how: 'order' } }));
  }
  if (paired.length === 0) return [...labelled];
  return [...labelled, ...paired].sort((x, y) => x.index - y.index);
}

/** The statutory rows in order, for the （六） layout the labelled rows show (both left out when they show neither). */
function statutoryOrder(found: ReadonlySet<string>): readonly RowDef[] {
  const layout = layoutOf((key) => found.has(key));
  return layout ? requestRows(layout) : REQUEST_ROWS.filter((d) => !d.key.startsWith('otherDisposal'));
}

/** A table row of values only, as many as the table has columns (blank cells inside it counted). */
function isBareValueRow(row: FlatRow, split: SplitRow, columns: number): boolean {
  if (row.table === null || split.labels.length > 0) return false;
  const { start, end } = valueSpan(split.values, columns, row.aligned);
  return end - start === columns && split.values.some((c) => c.text !== '');
}

const COLUMN_WORDS = REQUEST_COLUMNS.filter((c) => c.key !== 'total' && c.key !== 'otherOrg').map((c) => c.match);

/** Two or more labels naming request columns (自然人, 商业企业 …): the header. */
function isColumnHeader(labels: readonly string[]): boolean {
  let n = 0;
  for (const label of labels) if (label.length <= 8 && COLUMN_WORDS.some((re) => re.test(label)) && ++n === 2) return true;
  return false;
}

/** One row's values under the columns; its value cells are added to `cells`. */
function readRequestRow(
  row: FlatRow,
  m: Match,
  section: number,
  columns: readonly ColumnSpec[],
  headerTable: number | null,
  cells: CellInfo[],
  runs: RunRow[],
  headerFound: boolean,
): { values: RowValues; info: RowInfo } {
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
  if (fitted.run !== undefined) {
    // Without a header the columns are only assumed (seven, the statutory ones), and digits are not
    // cut under an assumption: a table with a subtotal column would meet its identities under a
    // wrong cut now and then (blanks make the readings many).
    const run = runRow('requests', m.def.key, packedMap(columns, (c) => c.key), fitted, row, section, info);
    runs.push(headerFound ? run : { ...run, columnsUnknown: true });
  }
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
  /** Set when the part matched no pattern and was named by a scored comparison. */
  fuzzy?: { text: string; cut: boolean };
}

// The same few dozen labels recur in every report; matching each once per process is enough.
const labelCache = new Map<string, LabelMatch[]>();
const LABEL_CACHE_MAX = 10_000;

// The statutory wording the scored comparison measures a label against (numbering dropped), with
// the long forms the tables print.
const FULL_FORMS: Record<string, string> = {
  received: '本年新收政府信息公开申请数量',
  carriedOver: '上年结转政府信息公开申请数量',
  'withheld.endangersSafety': '危及"三安全一稳定"',
  'otherDisposal.noCorrection': '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  'otherDisposal.unpaidFee': '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  carriedForward: '结转下年度继续办理',
};
const ROW_TARGETS: LabelTarget<RowDef>[] = REQUEST_ROWS.filter((d) => !d.groups).map((d) => ({
  text: FULL_FORMS[d.key] ?? labelParts(normalizeText(d.zh)).at(-1)!,
  value: d,
}));
const GROUP_TARGETS: LabelTarget<string>[] = REQUEST_GROUPS.map((g) => ({ text: g.zh, value: g.key }));

function labelMatches(label: string): LabelMatch[] {
  let found = labelCache.get(label);
  if (!found) {
    found = labelParts(label).map(matchPart);
    if (labelCache.size >= LABEL_CACHE_MAX) labelCache.clear();
    labelCache.set(detachedString(label), found);
  }
  return found;
}

function matchPart(part: string): LabelMatch {
  const group = REQUEST_GROUPS.find((g) => g.match.test(part))?.key;
  const defs = REQUEST_ROWS.filter((d) => d.match.test(part));
  if (group || defs.length > 0) return { ...(group && { group }), defs };
  const key = withoutNote(part);
  const scoredGroup = closestLabel(key, GROUP_TARGETS);
  if (scoredGroup) return { group: scoredGroup.value, defs: [], fuzzy: { text: part, cut: scoredGroup.cut } };
  const scored = closestLabel(key, ROW_TARGETS);
  return scored ? { defs: [scored.value], fuzzy: { text: part, cut: scored.cut } } : { defs: [] };
}


// Rows outside the groups: they end the scope of a group label.
const TOP_ROWS = new Set(['received', 'carriedOver', 'total', 'carriedForward']);

function matchRow(labels: readonly string[], group: string | null): { def?: RowDef; group: string | null; note?: Match['note'] } {
  const parts: LabelMatch[] = [];
  for (const label of labels) if (label.length <= LABEL_MAX) for (const part of labelMatches(label)) parts.push(part);
  for (const part of parts) if (part.group) group = part.group;
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i]!;
    const def = part.defs.find((d) => !d.groups || (group !== null && d.groups.includes(group)));
    if (def) {
      // A sub-row keeps its group in force for the next rows even when the group label was fused into
      // its own cell ("(六)其他处理 1.申请人…" from PDF text); rows outside the groups end it.
      const dot = def.key.indexOf('.');
      const top = TOP_ROWS.has(def.key);
      const note = part.fuzzy && { how: part.fuzzy.cut ? ('cut' as const) : ('scored' as const), text: part.fuzzy.text };
      return { def, group: dot > 0 ? def.key.slice(0, dot) : top ? null : group, ...(note && { note }) };
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
