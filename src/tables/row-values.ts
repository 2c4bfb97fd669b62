import type { Cell } from '../types.js';
import { parseValue } from '../normalize/number.js';
import type { FlatRow } from './flatten.js';
import { squeeze } from '../normalize/text.js';

// Numbering in front of a label: 一、 (一) 1. 1、 (1) ①.
const NUMBERING = /^(?:[一二三四五六七八九十]+[、.,]|\([一二三四五六七八九十]+\)|\(\d+\)|\d+[.、,]|[\u2460-\u2473])/;

/**
 * A label compared without whitespace and numbering: "(三) 不予公开" → "不予公开". Cell text is already
 * normalized by the readers, so only spaces and numbering go here.
 */
export function labelKey(text: string): string {
  return squeeze(text).replace(NUMBERING, '');
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

// A CJK character, or two letters; faster than \p{Script=Han} and close enough for labels.
const HAS_WORD = /[\u3400-\u9FFF\uF900-\uFAFF]|[A-Za-z]{2}/;

/** Text that names something, as opposed to a value, a blank or a none-mark. */
export function isLabel(text: string): boolean {
  if (text === '' || !HAS_WORD.test(text)) return false;
  // A value with a unit ("12件", "251,000元") starts with its number, and "无"/"空" stand alone;
  // any other text with a Chinese character is a label.
  if (!/^[\s\d+\-−.,０-９－＋无空]/.test(text)) return true;
  return parseValue(text).kind === 'invalid';
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
  return rows.map(splitRow);
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

export interface Fitted {
  /** Column key → the cell certainly holding its value (possibly blank). Uncertain columns are absent. */
  cells: Map<string, Cell>;
  /** How many value cells the row had after trimming layout noise. */
  count: number;
}

/**
 * Puts a row's value cells under the columns. In a real grid, by position. In text, where stray tabs
 * add empty cells at both ends (seed 001: "5.要求…→→0→…→0→"), trailing and then leading empties are
 * trimmed down to the column count; a row still short of values gets only its first column, the one
 * certain position (seed 003, whose rows lost a cell somewhere to the right).
 */
export function fitValues(row: FlatRow, split: SplitRow, columns: readonly ColumnSpec[], headerTable: number | null): Fitted {
  const cells = new Map<string, Cell>();
  if (row.aligned && headerTable === row.table && columns.every((c) => c.index !== undefined)) {
    let count = 0;
    for (const col of columns) {
      const cell = row.cells[col.index!];
      if (cell && col.index! > split.labelEnd) {
        cells.set(col.key, cell.merged ? { ...cell, text: '' } : cell);
        count++;
      }
    }
    return { cells, count };
  }
  const values = [...split.values];
  while (values.length > 0 && values[values.length - 1]!.text === '') values.pop();
  while (values.length > columns.length && values[0]!.text === '') values.shift();
  if (values.length === columns.length) {
    columns.forEach((col, i) => cells.set(col.key, values[i]!));
  } else if (values.length > 0 && values.length < columns.length) {
    cells.set(columns[0]!.key, values[0]!);
  }
  return { cells, count: values.length };
}
