import { ACTIVE_ITEMS, REQUEST_ROWS } from '../record/layout.js';
import { normalizeText } from '../normalize/text.js';

/**
 * The statutory table rows standing inside a body run into one line (a crawler's dump): each is its
 * label, with its numbering, followed by its digits ("(三) 不予公开 1.属于国家秘密0000000 2.其他法律…").
 * They are found by their labels, not by lines: a label followed by digits is a row when the digits
 * end where the next row, a heading, a caption or a space begins, so that prose ("行政许可12件")
 * is left alone.
 */

/** The request rows' labels as printed, numbering first ("1.属于国家秘密", "(七)总计", "一、本年新收…"). */
function requestPattern(zh: string): string {
  const text = normalizeText(zh);
  // A sub-row prints its own number; the group label stands on its own before the first one.
  const sub = /^\([一二三四五六七]\)(\d)\.(.+)$/.exec(text);
  if (sub) return `${sub[1]}\\s*[.、]\\s*${escape(sub[2]!)}`;
  const paren = /^\(([一二三四五六七])\)(.+)$/.exec(text);
  if (paren) return `\\(\\s*${paren[1]}\\s*\\)\\s*${escape(paren[2]!)}`;
  const top = /^([一二三四])、(.+)$/.exec(text);
  return `${top![1]}\\s*[、.]\\s*${escape(top![2]!)}`;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// A long label printed in full after its statutory start ("申请人无正当理由逾期不补正、行政机关不再处理…"),
// or a note in brackets after it, stands between the label and its digits.
const TAIL = '[^\\d]{0,40}?';
const REQUEST_LABELS = REQUEST_ROWS.map((row) => requestPattern(row.zh));
const ACTIVE_LABELS = [...new Set([...ACTIVE_ITEMS['2019'], ...ACTIVE_ITEMS['2021']].map((item) => escape(item.zh)))];
const ROW = new RegExp(`(?:${REQUEST_LABELS.join('|')})${TAIL}(?=\\s*\\d)|(?:${ACTIVE_LABELS.join('|')})(?=\\s*[+-]?\\d)`, 'g');
// The appeals table: its header's first row, and its numbers after the last header word (fifteen, or
// fewer where blank cells left no trace).
const APPEALS_HEADER = /行政复议\s*行政诉讼/g;
// Table 二's captions and header rows: each a part of its own, so that the header is read as one.
const ACTIVE_HEADS = /第二十条第\s*\(\s*[一二三四五六七八九十]+\s*\)\s*项|信息内容/g;
const APPEALS_VALUES = /(?<=总计\s*)\d(?:\s*\d){4,}/g;
// What may follow a row's digits, spaces aside: the next row (checked by position), a heading, a
// group label or a caption of the tables, the end. Words ("12 项，") make the digits prose.
const AFTER_ROW = /^(?:[一二三四五六][、.]|\([一二三四五六七]\)|第二十条|行政复议|信息内容|\(本列|申请人情况|附件)/;

interface Piece {
  start: number;
  end: number;
  /** Where the label's digits start; -1 for a piece that is its own part (a header, a run of values). */
  digits: number;
  /** The piece holds a table's values. */
  values: boolean;
}

/** The line cut before and after each table row in it; null when it holds none. */
export function cutInlineRows(text: string): string[] | null {
  const pieces: Piece[] = [];
  for (const m of text.matchAll(ROW)) pieces.push({ start: m.index, end: m.index + m[0].length, digits: m.index + m[0].length, values: true });
  for (const m of text.matchAll(APPEALS_HEADER)) pieces.push({ start: m.index, end: m.index + m[0].length, digits: -1, values: false });
  // A caption or a header's start is cut before only: the header's words run on to the next piece.
  for (const m of text.matchAll(ACTIVE_HEADS)) pieces.push({ start: m.index, end: m.index, digits: -1, values: false });
  for (const m of text.matchAll(APPEALS_VALUES)) pieces.push({ start: m.index, end: m.index + m[0].length, digits: -1, values: true });
  if (pieces.length === 0) return null;
  pieces.sort((a, b) => a.start - b.start);

  const parts: string[] = [];
  let from = 0;
  let rows = 0;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    if (piece.start < from) continue;
    // The next piece starting after this one's label (a piece inside its digits is no piece: "(七)总计4000004").
    let n = i + 1;
    while (n < pieces.length && pieces[n]!.start <= (piece.digits >= 0 ? piece.digits : piece.end - 1)) n++;
    const next = pieces[n]?.start ?? text.length;
    let end = piece.end;
    if (piece.digits < 0 && piece.values && !endsRow(text, end, next)) continue;
    if (piece.digits >= 0) {
      const run = /^[\d\s.+-]*\d/.exec(text.slice(piece.digits, next));
      if (run === null) continue;
      end = piece.digits + run[0].length;
      // Digits that run on into words are prose; those ending at the next row, a heading or a space are a row.
      if (!endsRow(text, end, next)) continue;
    }
    if (piece.values) rows++;
    const before = text.slice(from, piece.start).trim();
    if (before !== '') parts.push(before);
    if (end > piece.start) parts.push(text.slice(piece.start, end).trim());
    from = end;
  }
  if (rows === 0) return null;
  const rest = text.slice(from).trim();
  if (rest !== '') parts.push(rest);
  return parts;
}

/** True when the digits ending at `end` end a row: only spaces before the next piece or the end, or a heading, group label or caption after them. */
function endsRow(text: string, end: number, next: number): boolean {
  const after = text.slice(end, next).trimStart();
  return after === '' || AFTER_ROW.test(after.slice(0, 6));
}

