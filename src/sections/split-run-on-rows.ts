import type { FlatRow } from '../tables/flatten.js';
import { cutInlineRows } from '../tables/cut-inline-rows.js';

// A paragraph this long is a body run into one line (a crawler's dump, corpus 019), not a paragraph.
const RUN_ON = 300;
// A statutory heading standing inside it, numbered, between spaces: "… 年度报告 一、总体情况 2019年,…". The
// wording is the headings' own (short and long forms), so prose that merely numbers its points is left whole.
const INLINE_HEADING =
  /(?:^|\s)([一二三四五六][、.](?:总体情况|(?:行政机关)?主动公开政府信息(?:的)?情况|收到和处理政府信息公开申请(?:的)?情况|(?:因)?政府信息公开(?:工作)?(?:被申请)?行政复议[、和及]?(?:提起)?行政诉讼(?:的)?情况|(?:政府信息公开工作)?存在(?:的)?(?:主要)?问题(?:及|和)改进情况|其他需要报告的事项))(?=\s|$)/g;

/**
 * Rows of a body run into one line, cut so that each statutory heading and each table row inside it
 * stands as a row of its own (the parts keep the line's number); every other row is returned as it is.
 */
export function splitRunOnRows(rows: readonly FlatRow[]): readonly FlatRow[] {
  let out: FlatRow[] | null = null;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    const parts = row.table === null && row.cells.length === 1 && row.cells[0]!.text.length > RUN_ON ? runOnParts(row.cells[0]!.text) : null;
    if (parts === null) {
      out?.push(row);
      continue;
    }
    out ??= rows.slice(0, r);
    for (const text of parts) out.push({ ...row, cells: [{ ...row.cells[0]!, text }] });
  }
  return out ?? rows;
}

/** The text cut at its headings, and each part at its table rows; null when it holds neither. */
function runOnParts(text: string): string[] | null {
  const headed = headingParts(text);
  let out: string[] | null = null;
  for (const part of headed ?? [text]) {
    const rows = cutInlineRows(part);
    if (rows !== null) (out ??= headed ? headed.slice(0, headed.indexOf(part)) : []).push(...rows);
    else out?.push(part);
  }
  return out ?? headed;
}

/** The text cut before and after each inline heading; null when it holds none. */
function headingParts(text: string): string[] | null {
  const parts: string[] = [];
  let from = 0;
  for (const m of text.matchAll(INLINE_HEADING)) {
    const start = m.index + m[0].length - m[1]!.length;
    if (start > from) parts.push(text.slice(from, start).trim());
    parts.push(m[1]!);
    from = start + m[1]!.length;
  }
  if (parts.length === 0) return null;
  if (from < text.length) parts.push(text.slice(from).trim());
  return parts.filter((p) => p !== '');
}
