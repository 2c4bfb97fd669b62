import type { FlatRow } from './flatten.js';

// A label with a run of digits fused to its end: "一、本年新收政府信息公开申请数量352000037",
// "规章000", "行政许可4127-9511" (a crawler took the row's cells with nothing between them).
const FUSED = /^(.*[\u3400-\u9fff)”"])\s*([+-]?\d[\d\s.+-]*\d|\d)$/;
// No statutory label is longer; a longer text is a sentence that ends in a number.
const LABEL_MAX = 60;
// Sentence punctuation outside brackets: prose ("邮编：350400", "共计12"), not a table row.
const SENTENCE = /[,;:!?，。；：！？]/;
const BRACKETED = /\([^)]*\)/g;

/**
 * Paragraphs that are a table row whose cells ran together, cut into a label cell and a value cell
 * (the digits, for tables/recover/ to cut further). Consecutive ones form one table of their own,
 * numbered below 0 so that no reader's table shares the number. Every other row is returned as it is.
 */
export function unfuseValues(rows: readonly FlatRow[]): readonly FlatRow[] {
  let out: FlatRow[] | null = null;
  let table = -1;
  let previous = false;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    const parts = row.table === null && row.cells.length === 1 ? fusedParts(row.cells[0]!.text) : null;
    if (parts === null) {
      previous = false;
      out?.push(row);
      continue;
    }
    if (!previous) table--;
    previous = true;
    out ??= rows.slice(0, r);
    const cell = row.cells[0]!;
    out.push({ ...row, table, cells: [{ ...cell, text: parts[0] }, { ...cell, text: parts[1] }] });
  }
  return out ?? rows;
}

function fusedParts(text: string): [string, string] | null {
  const last = text.charCodeAt(text.length - 1);
  if (text.length < 3 || last < 0x30 || last > 0x39) return null;
  const m = FUSED.exec(text);
  if (m === null) return null;
  const label = m[1]!.trim();
  if (label.length > LABEL_MAX || SENTENCE.test(label.replace(BRACKETED, ''))) return null;
  return [label, m[2]!];
}
