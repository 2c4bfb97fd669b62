import { compactLabel, squeeze } from './text.js';

export type ParsedValue =
  | { kind: 'number'; value: number; unit?: 'yuan' | 'wanYuan' }
  | { kind: 'blank' }
  /** A mark that says "nothing here" ("-", "—", "/", "无"). */
  | { kind: 'none' }
  | { kind: 'invalid'; text: string };

const NONE_MARKS = new Set(['-', '--', '/', '\\', '无', '空', 'x', 'X', '×']);
// Dashes of every width and origin, folded to "-": CP936 turns GBK's 0xA1AA into U+2015 where
// GB18030 gives U+2014; Word and PDFs write the minus sign U+2212.
const DASHES = /[\u2010-\u2015\u2212\u2E3A\u2E3B\uFE58\uFE63]/g;
const PLAIN = /^[+-]?\d+(?:\.\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
// Counts are sometimes written with their unit ("4件", "12项"); amounts with 元 or 万元.
const UNIT = /(万元|元|件|个|项|条|次|人次)$/;

/**
 * Reads one table cell as a number, telling blanks and "none" marks apart from garbage. Takes any text:
 * it is normalized first (full-width digits, odd spaces, invisible characters).
 */
export function parseValue(raw: string): ParsedValue {
  // Most cells are plain digits; they need none of the folding below, nor a pattern to tell.
  if (isDigits(raw)) return { kind: 'number', value: Number(raw) };
  return parseFolded(raw, compactLabel(raw));
}

/**
 * parseValue for text the readers have normalized already (a Cell's text, a normalized line): the
 * same result, without normalizing again. Kept apart from parseValue because TurboFan inlines the
 * normalization into every caller that reads cells, where it never changes anything: without it the
 * first 3,000 text reports of a process cost 2% fewer instructions, compiling included.
 */
export function parseCellValue(text: string): ParsedValue {
  if (isDigits(text)) return { kind: 'number', value: Number(text) };
  return parseFolded(text, squeeze(text));
}

/** The reading itself, given the text with whitespace removed and normalized (`compact`). */
function parseFolded(raw: string, compact: string): ParsedValue {
  // Two numbers in one cell ("1 2") are not the number 12.
  if (/\d\s+[\d+-]/.test(raw)) return { kind: 'invalid', text: raw.trim() };
  let text = compact.replace(DASHES, '-');
  if (/^-+$/.test(text)) return { kind: 'none' };
  if (text === '') return { kind: 'blank' };
  if (NONE_MARKS.has(text)) return { kind: 'none' };
  let unit: 'yuan' | 'wanYuan' | undefined;
  const unitMatch = UNIT.exec(text);
  if (unitMatch) {
    if (unitMatch[1] === '元') unit = 'yuan';
    else if (unitMatch[1] === '万元') unit = 'wanYuan';
    text = text.slice(0, -unitMatch[1]!.length);
  }
  if (PLAIN.test(text) || GROUPED.test(text)) {
    const value = Number(text.replace(/,/g, ''));
    if (Number.isFinite(value)) return unit ? { kind: 'number', value, unit } : { kind: 'number', value };
  }
  return { kind: 'invalid', text: raw.trim() };
}

/** 1 to 15 ASCII digits: what /^\d{1,15}$/ matches, without the cost of a pattern on every cell. */
function isDigits(raw: string): boolean {
  const n = raw.length;
  if (n === 0 || n > 15) return false;
  for (let i = 0; i < n; i++) {
    const c = raw.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** True for cells that can stand in a value position: numbers, blanks and "none" marks. */
export function isValueLike(raw: string): boolean {
  return parseValue(raw).kind !== 'invalid';
}
