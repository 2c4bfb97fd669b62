import type { HRule, PdfTextItem, VRule } from './pdf-page-content.js';
import { itemMiddleY } from './pdf-page-content.js';

/** One cell of a ruled grid: rows r0..r1-1 and columns c0..c1-1 (more than one when merged). */
export interface GridRegion {
  r0: number;
  r1: number;
  c0: number;
  c1: number;
  items: PdfTextItem[];
}

/** A table drawn with ruling lines, as found on one page. */
export interface RuledGrid {
  /** Column boundaries, left to right. */
  xs: number[];
  /** Row boundaries, top to bottom. */
  ys: number[];
  regions: GridRegion[];
  /** Index into `regions` of the region covering each row and column. */
  at: number[][];
}

// Lines of one border drawn in pieces rarely differ by more than this; the cells of a table never do.
const SAME_LINE = 1.2;
const SAME_BOUNDARY = 2.5;
const TOUCH = 2.5;

/**
 * Finds the tables a page draws with ruling lines: connected sets of horizontal and vertical rules
 * with at least two columns. Merged cells are the grid cells that no rule separates.
 */
export function findRuledGrids(hRules: readonly HRule[], vRules: readonly VRule[]): RuledGrid[] {
  const hs = mergeH(hRules);
  const vs = mergeV(vRules);
  if (hs.length === 0 || vs.length === 0) return [];
  // Union-find over the rules: a horizontal and a vertical rule touching are one drawing.
  const parent = Array.from({ length: hs.length + vs.length }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  hs.forEach((h, i) =>
    vs.forEach((v, j) => {
      if (v.x >= h.x0 - TOUCH && v.x <= h.x1 + TOUCH && h.y >= v.y0 - TOUCH && h.y <= v.y1 + TOUCH) parent[find(i)] = find(hs.length + j);
    }),
  );
  const groups = new Map<number, { hs: HRule[]; vs: VRule[] }>();
  hs.forEach((h, i) => {
    const g = groups.get(find(i)) ?? { hs: [], vs: [] };
    g.hs.push(h);
    groups.set(find(i), g);
  });
  vs.forEach((v, j) => {
    const g = groups.get(find(hs.length + j)) ?? { hs: [], vs: [] };
    g.vs.push(v);
    groups.set(find(hs.length + j), g);
  });
  const grids: RuledGrid[] = [];
  for (const g of groups.values()) {
    const grid = buildGrid(g.hs, g.vs);
    if (grid) grids.push(grid);
  }
  return grids.sort((a, b) => a.ys[0]! - b.ys[0]!);
}

function buildGrid(hs: HRule[], vs: VRule[]): RuledGrid | null {
  if (hs.length === 0 || vs.length === 0) return null;
  // The outer edges count as boundaries even where a table has no outer border.
  const left = Math.min(...hs.map((h) => h.x0), ...vs.map((v) => v.x));
  const right = Math.max(...hs.map((h) => h.x1), ...vs.map((v) => v.x));
  const top = Math.min(...vs.map((v) => v.y0), ...hs.map((h) => h.y));
  const bottom = Math.max(...vs.map((v) => v.y1), ...hs.map((h) => h.y));
  const xs = cluster([left, right, ...vs.map((v) => v.x)], SAME_BOUNDARY);
  const ys = cluster([top, bottom, ...hs.map((h) => h.y)], SAME_BOUNDARY);
  // A box, or a frame around text, is not a table.
  if (xs.length < 3 || ys.length < 2 || right - left < 30 || bottom - top < 8) return null;

  const nRows = ys.length - 1;
  const nCols = xs.length - 1;
  const vCovered = (j: number, r: number) => covered(vs.filter((v) => Math.abs(v.x - xs[j]!) <= SAME_BOUNDARY).map((v) => [v.y0, v.y1]), ys[r]!, ys[r + 1]!);
  const hCovered = (i: number, c0: number, c1: number) =>
    covered(hs.filter((h) => Math.abs(h.y - ys[i]!) <= SAME_BOUNDARY).map((h) => [h.x0, h.x1]), xs[c0]!, xs[c1]!);

  const at: number[][] = Array.from({ length: nRows }, () => Array<number>(nCols).fill(-1));
  const regions: GridRegion[] = [];
  for (let r = 0; r < nRows; r++) {
    for (let c = 0; c < nCols; c++) {
      if (at[r]![c] !== -1) continue;
      let c1 = c + 1;
      while (c1 < nCols && at[r]![c1] === -1 && !vCovered(c1, r)) c1++;
      // A cell goes down while no rule closes it, and never into a row with a column rule across or
      // beside it that its first row lacks: under a short row (drawn narrower than the table, seed
      // 003's .docx) the next row's top border is missing where the short row has no cells, while that
      // row's own column rules are there.
      const boundaries = Array.from({ length: c1 - c + 1 }, (_, k) => c + k);
      const ruledFirst = boundaries.map((j) => vCovered(j, r));
      const newRule = (row: number) => boundaries.some((j, k) => !ruledFirst[k] && vCovered(j, row));
      let r1 = r + 1;
      while (r1 < nRows && !hCovered(r1, c, c1) && !newRule(r1) && at[r1]!.slice(c, c1).every((v) => v === -1)) r1++;
      const index = regions.length;
      regions.push({ r0: r, r1, c0: c, c1, items: [] });
      for (let i = r; i < r1; i++) for (let j = c; j < c1; j++) at[i]![j] = index;
    }
  }
  return { xs, ys, regions, at };
}

/** True when the intervals cover at least half of [from, to]. */
function covered(intervals: [number, number][], from: number, to: number): boolean {
  const clipped = intervals
    .map(([a, b]) => [Math.max(a, from), Math.min(b, to)] as const)
    .filter(([a, b]) => b > a)
    .sort((p, q) => p[0] - q[0]);
  let total = 0;
  let end = from;
  for (const [a, b] of clipped) {
    if (b <= end) continue;
    total += b - Math.max(a, end);
    end = b;
  }
  return total >= 0.5 * (to - from);
}

/**
 * Puts each item in the grid cell its middle falls in; returns the items outside every grid. An item
 * running across column boundaries (one string for a whole row, as some generators write) is split
 * at the boundaries first, its characters placed by their estimated advance.
 */
export function assignItems(grids: readonly RuledGrid[], items: readonly PdfTextItem[]): { free: PdfTextItem[]; placed: PdfTextItem[] } {
  const free: PdfTextItem[] = [];
  const placed: PdfTextItem[] = [];
  for (const item of items) {
    const y = itemMiddleY(item);
    const grid = grids.find((g) => y >= g.ys[0]! - 1 && y <= g.ys[g.ys.length - 1]! + 1 && item.x1 > g.xs[0]! && item.x0 < g.xs[g.xs.length - 1]!);
    if (!grid) {
      free.push(item);
      continue;
    }
    for (const piece of splitAtBoundaries(item, grid.xs)) {
      const cx = (piece.x0 + piece.x1) / 2;
      if (cx < grid.xs[0]! - 1 || cx > grid.xs[grid.xs.length - 1]! + 1) {
        free.push(piece);
        continue;
      }
      const r = indexIn(grid.ys, y);
      const c = indexIn(grid.xs, cx);
      grid.regions[grid.at[r]![c]!]!.items.push(piece);
      placed.push(piece);
    }
  }
  return { free, placed };
}

/** The band [values[i], values[i+1]) holding v, clamped to the valid bands. */
function indexIn(values: readonly number[], v: number): number {
  let i = 0;
  while (i < values.length - 2 && v >= values[i + 1]!) i++;
  return i;
}

function splitAtBoundaries(item: PdfTextItem, xs: readonly number[]): PdfTextItem[] {
  const inner = xs.slice(1, -1).filter((x) => x > item.x0 + 1 && x < item.x1 - 1);
  const chars = [...item.text];
  if (inner.length === 0 || chars.length < 2) return [item];
  // Estimated advance: CJK characters are twice as wide as Latin ones.
  const weights = chars.map((ch) => (ch.codePointAt(0)! > 0x2e80 ? 2 : 1));
  const unit = (item.x1 - item.x0) / weights.reduce((a, b) => a + b, 0);
  const pieces: { text: string; x0: number; x1: number; band: number }[] = [];
  let x = item.x0;
  for (let i = 0; i < chars.length; i++) {
    const x1 = x + weights[i]! * unit;
    const band = indexIn(xs, (x + x1) / 2);
    const current = pieces[pieces.length - 1];
    if (current && current.band === band) {
      current.text += chars[i];
      current.x1 = x1;
    } else {
      pieces.push({ text: chars[i]!, x0: x, x1, band });
    }
    x = x1;
  }
  return pieces
    .map((p) => ({ ...item, text: p.text.trim(), x0: p.x0, x1: p.x1 }))
    .filter((p) => p.text !== '');
}

/** Sorted values grouped where neighbours differ by at most `tolerance`; each group gives its mean. */
export function cluster(values: readonly number[], tolerance: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  let group: number[] = [];
  for (const v of sorted) {
    if (group.length > 0 && v - group[group.length - 1]! > tolerance) {
      out.push(group.reduce((a, b) => a + b, 0) / group.length);
      group = [];
    }
    group.push(v);
  }
  if (group.length > 0) out.push(group.reduce((a, b) => a + b, 0) / group.length);
  return out;
}

/** Collinear pieces of one rule joined: borders are often drawn cell by cell. */
function mergeH(rules: readonly HRule[]): HRule[] {
  const sorted = [...rules].sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const rows: HRule[][] = [];
  for (const r of sorted) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row[0]!.y - r.y) <= SAME_LINE) row.push(r);
    else rows.push([r]);
  }
  const out: HRule[] = [];
  for (const row of rows) {
    const y = row.reduce((a, r) => a + r.y, 0) / row.length;
    let current: HRule | null = null;
    for (const r of [...row].sort((a, b) => a.x0 - b.x0)) {
      if (current && r.x0 <= current.x1 + TOUCH) current.x1 = Math.max(current.x1, r.x1);
      else {
        if (current) out.push(current);
        current = { y, x0: r.x0, x1: r.x1 };
      }
    }
    if (current) out.push(current);
  }
  return out;
}

function mergeV(rules: readonly VRule[]): VRule[] {
  return mergeH(rules.map((r) => ({ y: r.x, x0: r.y0, x1: r.y1 }))).map((r) => ({ x: r.y, y0: r.x0, y1: r.x1 }));
}
