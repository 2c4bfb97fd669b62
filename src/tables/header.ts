import { detachedString } from '../detached-string.js';
import { squeeze } from '../normalize/text.js';
import { packedMap } from '../packed-map.js';
import type { FlatRow } from './flatten.js';
import type { ColumnSpec } from './row-values.js';

export interface HeaderHit {
  key: string;
  row: number;
  index: number;
  table: number | null;
  merged: boolean;
}

// Header cells are short ("采购总金额（万元）"); a longer cell is prose that happens to say 金额 or 现行有效.
const HEADER_CELL_MAX = 30;

interface Column {
  key: string;
  match: RegExp;
}

/**
 * Every header cell in `rows[from..to)` whose text matches one of `columns`, in reading order. A
 * cell naming several columns (a header line OCR or a converter did not split: "信息内容 本年新制作数量
 * 本年新公开数量 对外公开总数量") gives one hit per column, in the order it names them.
 */
/**
 * The words a header may print run together with nothing between them (a crawler's dump:
 * "商业企业科研机构社会公益组织法律服务机构其他小计"): each with its column key, or null for a word
 * that names no column of its own (法人或其他组织, 申请人情况).
 */
export type FusedWords = readonly (readonly [string, string | null])[];

export function findHeaderCells(rows: readonly FlatRow[], from: number, to: number, columns: readonly Column[], fused?: FusedWords): HeaderHit[] {
  const hits: HeaderHit[] = [];
  const cache = cacheFor(columns);
  for (let r = Math.max(0, from); r < to; r++) {
    const row = rows[r]!;
    const cells = row.cells;
    for (let index = 0; index < cells.length; index++) {
      const cell = cells[index]!;
      let keys = cache.get(cell.text);
      if (keys === undefined) {
        keys = columnsOf(cell.text, columns, fused);
        // Prose within reach of a header (each report has its own) is told apart at once and not kept.
        if (cell.text.length <= HEADER_CELL_MAX) {
          if (cache.size >= CACHE_MAX) cache.clear();
          cache.set(detachedString(cell.text), keys);
        }
      }
      for (const key of keys) hits.push({ key, row: r, index, table: row.table, merged: cell.merged === true });
    }
  }
  return hits;
}

const NONE: readonly string[] = [];
// A note in brackets after a header word: "(单位:万元)", "(指2019年事项数)".
const NOTE = /\([^)]*\)?/g;

function columnsOf(cellText: string, columns: readonly Column[], fused: FusedWords | undefined): readonly string[] {
  // Prose: no header cell is this long, spaces and a note in brackets included.
  if (cellText.length > 4 * HEADER_CELL_MAX) return NONE;
  const squeezed = squeeze(cellText);
  const text = squeezed.includes('(') ? squeezed.replace(NOTE, '') : squeezed;
  if (fused !== undefined && text !== '' && !columns.some((c) => c.match.test(text))) {
    const words = fusedColumns(text, fused);
    if (words !== null) return words;
  }
  if (text === '' || text.length > HEADER_CELL_MAX) return NONE;
  let found: { key: string; at: number }[] | null = null;
  for (const c of columns) {
    const m = c.match.exec(text);
    if (m) (found ??= []).push({ key: c.key, at: m.index });
  }
  if (found === null) return cellText.includes(' ') ? spacedColumns(cellText, columns) : NONE;
  if (found.length === 1) return [found[0]!.key];
  return found.sort((a, b) => a.at - b.at).map((f) => f.key);
}

/**
 * The columns a text of header words run together names, in order, when the words make up the
 * whole text (the longest word first at each place: 法人或其他组织 before 其他); null when anything
 * else stands in it, so that prose naming a column is no header.
 */
function fusedColumns(text: string, words: FusedWords): readonly string[] | null {
  const keys: string[] = [];
  let at = 0;
  while (at < text.length) {
    let best: (typeof words)[number] | null = null;
    for (const w of words) if ((best === null || w[0].length > best[0].length) && text.startsWith(w[0], at)) best = w;
    if (best === null) return null;
    if (best[1] !== null) keys.push(best[1]);
    at += best[0].length;
  }
  return keys.length >= 2 ? keys : null;
}

/**
 * "商业企业 科研机构 社会公益组织 法律服务机构": header words a line of OCR or PDF text keeps apart by
 * single spaces only, each matched on its own; two or more make a header.
 */
function spacedColumns(cellText: string, columns: readonly Column[]): readonly string[] {
  const keys: string[] = [];
  for (const word of cellText.split(' ')) {
    const key = word === '' ? undefined : columns.find((c) => c.match.test(word))?.key;
    if (key !== undefined) keys.push(key);
  }
  return keys.length >= 2 ? keys : NONE;
}

// The same header words (and numbers) fill every report: each column list remembers what it made of
// a cell's text, instead of testing its patterns again on every row of every report.
const caches = new WeakMap<readonly Column[], Map<string, readonly string[]>>();
const CACHE_MAX = 10_000;

function cacheFor(columns: readonly Column[]): Map<string, readonly string[]> {
  let cache = caches.get(columns);
  if (!cache) caches.set(columns, (cache = new Map()));
  return cache;
}

/** Column specs in the given key order, with grid positions when all hits come from one aligned table. */
export function toColumnSpecs(keys: readonly string[], hits: readonly HeaderHit[], rows: readonly FlatRow[]): { columns: ColumnSpec[]; table: number | null } {
  const byKey = new Map<string, HeaderHit>();
  for (const h of hits) if (!byKey.has(h.key) || (byKey.get(h.key)!.merged && !h.merged)) byKey.set(h.key, h);
  const used = packedMap(keys, (k) => byKey.get(k));
  const table = used[0]?.table ?? null;
  const gridded = table !== null && used.every((h) => h && h.table === table && rows[h.row]!.aligned);
  return {
    columns: packedMap(keys, (key, i) => (gridded ? { key, index: used[i]!.index } : { key })),
    table: gridded ? table : null,
  };
}
