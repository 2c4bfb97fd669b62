import type { Cell } from '../types.js';
import { parseCellValue } from '../normalize/number.js';
import type { FlatRow } from './flatten.js';
import { isSpaceCode, squeeze } from '../normalize/text.js';
import { packedMap } from '../packed-map.js';
import { isOneNumber, isRunText } from './recover/split-run.js';

// Numbering in front of a label: 一、 (一) 1. 1、 (1) ①.
const NUMBERING = /^(?:[一二三四五六七八九十]+[、.,]|\([一二三四五六七八九十]+\)|\(\d+\)|\d+[.、,]|[\u2460-\u2473])/;

/**
 * A label compared without whitespace and numbering: "(三) 不予公开" → "不予公开". Cell text is already
 * normalized by the readers, so only spaces and numbering go here.
 */
export function labelKey(text: string): string {
  return squeeze(text).replace(NUMBERING, '');
}

// A note the template prints after a label, in brackets, to the end: "部分公开(区分处理的,只计这一情形,不计其他情形)",
// "规章(设区的市、自治州人民政府应提供相关数据)".
const NOTE = /\(.*$/;

/** A label without the note in brackets that ends it, for comparing it with the statutory wording. */
export function withoutNote(label: string): string {
  return label.includes('(') ? label.replace(NOTE, '') : label;
}

// Where a numbered label starts inside a longer one.
const INNER_NUMBERING = /(?=\([一二三四五六七八九十]+\)|(?<![一二三四五六七八九十])[一二三四五六七八九十]+、|(?<![\d.])\d+\.(?!\d))/;

/**
 * The labels fused into one cell, outermost first: "三、本年度办理结果 (一)予以公开" →
 * ["本年度办理结果", "予以公开"] (PDF text and pasted rows keep a group label in the row's cell).
 */
export function labelParts(text: string): string[] {
  return squeeze(text)
    .split(INNER_NUMBERING)
    .map((part) => part.replace(NUMBERING, ''))
    .filter((part) => part !== '');
}

/**
 * A cell's text (normalized by the reader) that names something, as opposed to a value, a blank or a
 * none-mark. Runs on every cell of every row, so the common cases are decided on character codes
 * before any pattern.
 */
export function isLabel(text: string): boolean {
  if (text === '' || !hasWord(text)) return false;
  // A value with a unit ("12件", "251,000元") starts with its number, and "无"/"空" stand alone;
  // any other text with a Chinese character is a label.
  if (!mayStartValue(text.charCodeAt(0))) return true;
  return parseCellValue(text).kind === 'invalid';
}

/** A CJK character, or two letters in a row: close enough to "a word" for labels. */
function hasWord(text: string): boolean {
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) return true;
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) {
      if (++letters === 2) return true;
    } else letters = 0;
  }
  return false;
}

/** Whitespace, a digit, a sign, a separator, or 无/空: what a value cell may start with. */
function mayStartValue(c: number): boolean {
  if (c >= 0x30 && c <= 0x39) return true;
  switch (c) {
    case 0x2b: // +
    case 0x2d: // -
    case 0x2e: // .
    case 0x2c: // ,
    case 0x2212: // −
    case 0xff0b: // ＋
    case 0xff0d: // －
    case 0x65e0: // 无
    case 0x7a7a: // 空
      return true;
  }
  return (c >= 0xff10 && c <= 0xff19) || isSpaceCode(c);
}

export interface SplitRow {
  /** Label cells, outermost first, merged copies and repeats removed. */
  labels: string[];
  /** Index of the last label cell; -1 when the row has none. */
  labelEnd: number;
  /** Cells after the labels that are not merged copies. */
  values: Cell[];
}

/** Each row's split, computed once for all three extractors. */
export function splitRows(rows: readonly FlatRow[]): SplitRow[] {
  return packedMap(rows, splitRow);
}

export function splitRow(row: FlatRow): SplitRow {
  const cells = row.cells;
  let labelEnd = -1;
  const labels: string[] = [];
  for (let i = 0; i < cells.length; i++) {
    const text = cells[i]!.text;
    if (!isLabel(text)) continue;
    labelEnd = i;
    if (!labels.includes(text)) labels.push(text);
  }
  const values: Cell[] = [];
  for (let i = labelEnd + 1; i < cells.length; i++) if (!cells[i]!.merged) values.push(cells[i]!);
  return { labels, labelEnd, values };
}

/** True when at least one cell after the labels holds something (a number, a mark or garbage). */
export function hasValues(split: SplitRow): boolean {
  return split.values.some((c) => c.text !== '');
}

/** Where a column's values stand in a real grid (aligned tables only). */
export interface ColumnSpec {
  key: string;
  /** Grid column of the header cell, when the header was read from the same aligned table. */
  index?: number;
}

/** A row's values by column key, for the columns read with certainty (null: blank or not a number). */
export type RowValues = Record<string, number | null>;

export interface Fitted {
  /** The cell certainly holding each column's value (possibly blank), by column position; undefined where uncertain. */
  cells: (Cell | undefined)[];
  /** How many value cells the row had after trimming layout noise. */
  count: number;
  /**
   * The row's values when they may be cells run together: fewer than the columns, digits only.
   * Recovered by the table's identities (tables/recover/).
   */
  run?: string;
  /** The run can be nothing else (a piece no cell could hold); else its pieces may be cells, some lost. */
  runCertain?: boolean;
}

/**
 * Puts a row's value cells under the columns. In a real grid, by the header's positions. Otherwise, where stray tabs
 * add empty cells at both ends (seed 001: "5.要求…→→0→…→0→"), trailing and then leading empties are
 * trimmed down to the column count; a row still short of values gets only its first column, the one
 * certain position (seed 003, whose rows lost a cell somewhere to the right).
 */
/**
 * The value cells left once layout noise is trimmed: trailing empties, then leading ones down to
 * the column count. In a grid (a converter's pipe table, an HTML table whose header stands in
 * another fragment) a blank cell is a blank value, so trailing ones go only down to the column
 * count (corpus 026's 四、结转下年度继续办理 | 1 | 0 | 0 | 0 | 0 | 0 | |, whose 总计 is blank).
 */
export function valueSpan(values: readonly Cell[], columns: number, aligned: boolean): { start: number; end: number } {
  let end = values.length;
  while (end > 0 && values[end - 1]!.text === '' && (!aligned || end > columns)) end--;
  let start = 0;
  while (end - start > columns && values[start]!.text === '') start++;
  return { start, end };
}

/**
 * A grid row whose cells stand one place off the header's: exactly as many cells after its labels
 * as there are columns, starting elsewhere than the header's first column (a row that lost its
 * label cell, or one without the group-label column the header row has). Read by position then.
 */
function shiftedFromHeader(row: FlatRow, split: SplitRow, columns: readonly ColumnSpec[]): boolean {
  const first = split.labelEnd + 1;
  return columns[0]!.index !== first && row.cells.length - first === columns.length;
}

export function fitValues(row: FlatRow, split: SplitRow, columns: readonly ColumnSpec[], headerTable: number | null): Fitted {
  const cells = new Array<Cell | undefined>(columns.length).fill(undefined);
  if (row.aligned && headerTable === row.table && columns.every((c) => c.index !== undefined) && !shiftedFromHeader(row, split, columns)) {
    let count = 0;
    for (let i = 0; i < columns.length; i++) {
      const index = columns[i]!.index!;
      const cell = row.cells[index];
      if (cell && index > split.labelEnd) {
        cells[i] = cell.merged ? { ...cell, text: '' } : cell;
        count++;
      }
    }
    return { cells, count };
  }
  const values = split.values;
  const { start, end } = valueSpan(values, columns.length, row.aligned);
  const count = end - start;
  if (count === columns.length) {
    // One column whose cell is digits with a stray space in them ("39 109", or "1 234" grouped by a
    // space): they can only be one number, which says nothing of damage elsewhere.
    if (count === 1 && values[start]!.text.includes(' ') && isRunText(values[start]!.text)) return { cells, count, run: values[start]!.text, runCertain: false };
    for (let i = 0; i < count; i++) cells[i] = values[start + i];
    return { cells, count };
  }
  const run = count > 0 && count < columns.length ? runOf(values, start, end) : null;
  // Numbers each in a cell of their own, too few, lost cells on the right: the first is certain
  // (seed 003). Digits that can only have run together say nothing about any column by themselves.
  if (count > 0 && count < columns.length && (run === null || !run.certain)) cells[0] = values[start];
  return run === null ? { cells, count } : { cells, count, run: run.text, runCertain: run.certain };
}

/**
 * The value cells' texts joined, when they are digits only and so may be cells run together;
 * `certain` when they can be nothing else: a piece no cell could hold ("000", ten digits, "4127-9511").
 */
function runOf(values: readonly Cell[], start: number, end: number): { text: string; certain: boolean } | null {
  let text = '';
  let certain = false;
  for (let i = start; i < end; i++) {
    const t = values[i]!.text;
    if (t === '') continue;
    if (!isRunText(t)) return null;
    if (!isOneNumber(t)) certain = true;
    text = text === '' ? t : `${text} ${t}`;
  }
  return text === '' ? null : { text, certain };
}
