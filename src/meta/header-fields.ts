import type { FlatRow } from '../tables/flatten.js';

// A crawler's header block ("发布时间: 2013-01-17 00:00", "原文链接: https://…", corpus 001) or a
// portal's article metadata ("发布日期：2021-01-28"), in the first rows of the file.
const HEAD_ROWS = 40;
const FIELD_CHARS = 300;
// 发布/公开: when it was published; 成文/印发 dates say when it was written, not the same thing.
const DATE_FIELD = /(?:发布|公开)(?:时间|日期)\s*[:：]\s*((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/;
const URL_FIELD = /(?:原文|来源|页面)?(?:链接|地址|网址|URL)\s*[:：]\s*(https?:\/\/[^\s"'<>]+)/i;

/** The publication date ("YYYY-MM-DD") and the page's address a header block states; null where it states none. */
export function readHeaderFields(rows: readonly FlatRow[]): { published: string | null; url: string | null } {
  let published: string | null = null;
  let url: string | null = null;
  for (let r = 0; r < Math.min(rows.length, HEAD_ROWS) && (published === null || url === null); r++) {
    for (const cell of rows[r]!.cells) {
      const text = cell.text;
      if (cell.merged || text.length > FIELD_CHARS) continue;
      if (published === null && (text.includes('日期') || text.includes('时间'))) published = dateOf(text);
      if (url === null && text.includes('http')) url = URL_FIELD.exec(text)?.[1] ?? null;
    }
  }
  return { published, url };
}

function dateOf(text: string): string | null {
  const m = DATE_FIELD.exec(text);
  if (m === null) return null;
  const month = Number(m[2]);
  const day = Number(m[3]);
  // A day the month does not have (2021-02-30) is no date.
  const date = new Date(Date.UTC(Number(m[1]), month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${m[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
