import type { Cell } from '../types.js';
import type { FlatRow } from './flatten.js';
import { isOneNumber, isRunText } from './recover/split-run.js';

// A label with a run of digits fused to its end: "一、本年新收政府信息公开申请数量352000037",
// "规章000", "行政许可4127-9511" (a crawler took the row's cells with nothing between them).
const FUSED = /^(.*[\u3400-\u9fff)”"])\s*([+-]?\d[\d\s.+-]*)$/;
// A piece of the digits after the label's cell.
const RUN_PIECE = /^[+.-]?\d[\d\s.+-]*$|^[+.-]$/;
// No statutory label is longer; a longer text is a sentence that ends in a number.
const LABEL_MAX = 60;
// Sentence punctuation outside brackets: prose ("邮编：350400", "共计12"), not a table row.
const SENTENCE = /[,;:!?，。；：！？]/;
const BRACKETED = /\([^)]*\)/g;
// A digit before a mark of none at the label's end: the run began before the label seems to end.
const MARK_IN_RUN = /\d\s*[无一〇—-]+\s*$/;
// The statutory sections' headings, by their numeral and words.
const HEADING = /^[一二三四五六][、.].*(?:总体情况|主动公开政府信息|收到和处理|行政复议|存在.*问题|其他需要报告)/;

/**
 * Rows whose label has digits fused to its end, cut into a label cell and a value cell holding the
 * digits (for tables/recover/ to cut further): paragraphs that are a table row whose cells ran
 * together, and rows a text layout already cut at a stray space inside the digits ("(七)总计62" |
 * "290615103"), whose digits are joined again. Consecutive paragraphs so cut form one table of their
 * own, numbered below 0 so that no reader's table shares the number. Every other row is returned as it is.
 */
export function unfuseValues(rows: readonly FlatRow[]): readonly FlatRow[] {
  // Paragraphs are table rows only in a file whose text shows cells run together: one paragraph
  // at least whose digits no cell could hold ("规章000"). Elsewhere "总计290" is a sentence's end.
  const dumped = rows.some((row) => row.table === null && row.cells.length === 1 && runTogether(row.cells[0]!.text));
  let out: FlatRow[] | null = null;
  let table = -1;
  let previous = false;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    const cells = row.aligned || (row.table === null && !(dumped && nearTable(rows, r))) ? null : unfusedCells(row.cells);
    if (cells === null) {
      previous = false;
      out?.push(row);
      continue;
    }
    out ??= rows.slice(0, r);
    if (row.table !== null) {
      out.push({ ...row, cells });
      previous = false;
      continue;
    }
    if (!previous) table--;
    previous = true;
    out.push({ ...row, table, cells });
  }
  return out ?? rows;
}

// Words of the tables' headers and captions: a row beside one stands in a table.
const TABLE_WORDS = /第二十条|信息内容|申请人情况|自然人|商业企业|法人或其他组织|结果维持|行政复议行政诉讼|本年度办理结果|不予公开|无法提供|不予处理|其他处理/;

/**
 * A paragraph beside a table: the row before or after it is a table row, another paragraph of a
 * label and its digits, or a header or caption. A lone "行政强制12" amid prose is a sentence.
 */
function nearTable(rows: readonly FlatRow[], r: number): boolean {
  for (const n of [r - 1, r + 1]) {
    const row = rows[n];
    if (row === undefined) continue;
    if (row.table !== null) return true;
    const text = row.cells[0]?.text ?? '';
    if (fusedParts(text) !== null || (text.length <= 80 && TABLE_WORDS.test(text))) return true;
  }
  return false;
}

/** The row's cells with the label's fused digits in a value cell of their own; null when no label has any. */
function unfusedCells(cells: readonly Cell[]): Cell[] | null {
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    if (cell.merged || cell.text === '') continue;
    const parts = fusedParts(cell.text);
    if (parts === null) continue;
    // The digits run on into the cells after it, if those hold digits only (a stray space may stand
    // anywhere, after a sign or a point too: "24+" | "11", "914" | ".99").
    let run = parts[1];
    for (let j = i + 1; j < cells.length; j++) {
      const text = cells[j]!.text;
      if (text === '') continue;
      if (!RUN_PIECE.test(text)) return null;
      run = `${run} ${text}`;
    }
    return isRunText(run) ? [...cells.slice(0, i), { ...cell, text: parts[0] }, { ...cell, text: run }] : null;
  }
  return null;
}

/** A label whose fused digits no cell could hold ("000", "4127-9511", thirteen digits). */
function runTogether(text: string): boolean {
  const parts = fusedParts(text);
  return parts !== null && !isOneNumber(parts[1].replace(/\s+/g, ''));
}

function fusedParts(text: string): [string, string] | null {
  const last = text.charCodeAt(text.length - 1);
  // Digits at the end, or a sign or a point where a stray space cut them.
  if (text.length < 3 || !((last >= 0x30 && last <= 0x39) || last === 0x2b || last === 0x2d || last === 0x2e)) return null;
  const m = FUSED.exec(text);
  if (m === null) return null;
  const label = m[1]!.trim();
  // A section heading with a page number after it stays a heading; digits with a mark of none in
  // them ("2812242一066", "…无0") are not the label's end but the run's middle: no cut is sure.
  if (label.length > LABEL_MAX || SENTENCE.test(label.replace(BRACKETED, '')) || HEADING.test(label) || MARK_IN_RUN.test(label)) return null;
  return [label, m[2]!];
}
