import { squeeze } from '../normalize/text.js';
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

/** Every header cell in `rows[from..to)` whose text matches one of `columns`, in reading order. */
export function findHeaderCells(rows: readonly FlatRow[], from: number, to: number, columns: readonly { key: string; match: RegExp }[]): HeaderHit[] {
  const hits: HeaderHit[] = [];
  for (let r = Math.max(0, from); r < to; r++) {
    const row = rows[r]!;
    row.cells.forEach((cell, index) => {
      const text = squeeze(cell.text);
      if (text === '' || text.length > HEADER_CELL_MAX) return;
      const col = columns.find((c) => c.match.test(text));
      if (col) hits.push({ key: col.key, row: r, index, table: row.table, merged: cell.merged === true });
    });
  }
  return hits;
}

/** Column specs in the given key order, with grid positions when all hits come from one aligned table. */
export function toColumnSpecs(keys: readonly string[], hits: readonly HeaderHit[], rows: readonly FlatRow[]): { columns: ColumnSpec[]; table: number | null } {
  const byKey = new Map<string, HeaderHit>();
  for (const h of hits) if (!byKey.has(h.key) || (byKey.get(h.key)!.merged && !h.merged)) byKey.set(h.key, h);
  const used = keys.map((k) => byKey.get(k));
  const table = used[0]?.table ?? null;
  const gridded = table !== null && used.every((h) => h && h.table === table && rows[h.row]!.aligned);
  return {
    columns: keys.map((key, i) => (gridded ? { key, index: used[i]!.index } : { key })),
    table: gridded ? table : null,
  };
}
