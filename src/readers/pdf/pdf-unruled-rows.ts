import type { Cell, Table } from '../../types.js';
import { normalizeCell } from '../../normalize/text.js';
import type { PdfTextItem } from './pdf-page-content.js';
import { joinItems, joinLineTexts, splitRuns, type FreeLine } from './pdf-lines.js';

export const NUMERIC_SEGMENT = /^[-+]?\d[\d,]*(\.\d+)?%?$/;
// A value cell saying "none" with a dash.
const DASH = /^[-‐‑–—―－]+$/;
// A label that begins a row of its own: "一、", "(二)", "3.".
const ENUMERATED = /^([（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+[、.．]|\d+[.、．](?!\d))/;

/** An x-range where the cells of one column stand. */
export interface Band {
  x0: number;
  x1: number;
}

/** A run of a line's items that stands in one cell. */
interface Piece {
  text: string;
  x0: number;
  x1: number;
  items: PdfTextItem[];
}

/** Text left of the value columns: part of a row label, or of a group label printed beside the rows. */
interface Fragment {
  text: string;
  x0: number;
  x1: number;
  baseline: number;
  page: number;
  size: number;
  /** Index of its line in the table's lines. */
  index: number;
  number: number;
  enumerated: boolean;
  group: boolean;
}

/** The row-label text of one line. */
interface Unit {
  text: string;
  x0: number;
  x1: number;
  baseline: number;
  page: number;
  index: number;
  number: number;
  enumerated: boolean;
}

/** A line that is a row of its own: with values (an anchor), or with other text over the value columns (a header). */
interface Slot {
  kind: 'anchor' | 'barrier';
  index: number;
  line: FreeLine;
  values: Cell[];
  own: Unit | null;
}

/** One way of sharing the label lines between two rows: the upper row's, and the lower one's. */
interface Option {
  up: Unit[];
  down: Unit[];
  bias: number;
}

interface Gap {
  /** Label-only rows standing in the gap (an enumerated label with no values of its own). */
  rows: Unit[][];
  options: Option[];
}

interface OutRow {
  /** Index of the line the row stands at, for ordering. */
  index: number;
  page: number;
  kind: 'anchor' | 'barrier' | 'label';
  cells: Cell[];
}

/** A group label printed beside the rows it spans (三、本年度办理结果 one character a line, （三）不予公开 over three). */
interface Stack {
  fragments: Fragment[];
  x0: number;
  x1: number;
}

/**
 * Rows of an unruled table from its lines and column bands. Lines with values are the rows; the text
 * left of the value columns is taken apart into the row labels and the group labels beside them (text
 * standing left of row labels above and below it); each line of a label that wraps goes to one row:
 * a line starting a numbered label ("（二）", "3.") starts the next row, and where no numbering tells,
 * the lines go where each row's values sit in the middle of its label (cells are centered vertically),
 * on the first line when that is as good (Word's top alignment). Lines with text over the value columns
 * and no values (headers, captions) stay rows of their own, and a header repeated at the top of a page
 * the table continues on is dropped.
 */
export function buildUnruledTable(lines: readonly FreeLine[], bands: readonly Band[]): Table | null {
  // Without a column of numbers, every line is a row of its own on all the bands.
  const numbers = lines.flatMap((line) => line.segments.filter((s) => isNumber(s.text)));
  const first = bands.findIndex((band) => numbers.some((s) => overlaps(band, s)));
  const labelX = first < 0 ? -Infinity : bands[first]!.x0;
  const valueBands = first < 0 ? bands : bands.slice(first);

  const fragments: Fragment[] = [];
  const slots: (Slot | null)[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const { labels, values } = piecesOf(line, labelX);
    const cells = placeOnBands(values, valueBands, line);
    if (!cells) return null;
    for (const piece of labels) {
      const text = normalizeCell(piece.text);
      if (text === '') continue;
      fragments.push({ text, x0: piece.x0, x1: piece.x1, baseline: line.baseline, page: line.page, size: line.size, index, number: line.number, enumerated: ENUMERATED.test(text), group: false });
    }
    const valued = cells.some((c) => !c.merged && isValue(c.text));
    slots.push(valued || cells.some((c) => c.text !== '') ? { kind: valued ? 'anchor' : 'barrier', index, line, values: cells, own: null } : null);
  }
  const anchors = slots.filter((s): s is Slot => s?.kind === 'anchor');

  markGroups(fragments, anchorPitch(anchors));
  const units = unitsOf(fragments.filter((f) => !f.group));
  for (const unit of units) {
    const slot = slots[unit.index];
    if (slot) slot.own = unit;
  }
  const stacks = stacksOf(fragments.filter((f) => f.group));
  const groupColumns = columnsOf(stacks);
  const labelColumns = groupColumns.length + (fragments.length > 0 ? 1 : 0);
  const width = labelColumns + valueBands.length;

  // The gaps before, between and after the rows, each with the label lines standing in it.
  const rowSlots = slots.filter((s): s is Slot => s !== null);
  const gapUnits: Unit[][] = rowSlots.map(() => []);
  gapUnits.push([]);
  let g = 0;
  for (const unit of units) {
    while (g < rowSlots.length && rowSlots[g]!.index <= unit.index) g++;
    if (rowSlots[g - 1]?.index !== unit.index) gapUnits[g]!.push(unit);
  }
  const gaps = gapUnits.map((u, j) => gapOf(u, rowSlots[j - 1] ?? null, rowSlots[j] ?? null));
  const chosen = chooseOptions(gaps, rowSlots);

  const blank = (number: number, page: number): Cell => ({ text: '', line: number, page });
  const labelRow = (group: Unit[], index: number): OutRow => {
    const first = group[0]!;
    const cells = Array.from({ length: width }, () => blank(first.number, first.page));
    cells[labelColumns - 1] = { text: joinUnits(group), line: first.number, page: first.page };
    return { index, page: first.page, kind: 'label', cells };
  };
  const rows: OutRow[] = [];
  const rowOf = new Map<Slot, OutRow>();
  gaps.forEach((gap, j) => {
    const upper = rowSlots[j - 1];
    const option = gap.options[chosen[j]!]!;
    if (upper) {
      const own = upper.own ? [upper.own] : [];
      const above = upper.kind === 'anchor' ? gaps[j - 1]!.options[chosen[j - 1]!]!.down : [];
      const below = upper.kind === 'anchor' ? option.up : [];
      const label = [...above, ...own, ...below];
      const line = upper.line;
      const cells = Array.from({ length: labelColumns }, () => blank(line.number, line.page));
      if (labelColumns > 0 && label.length > 0) cells[labelColumns - 1] = { text: joinUnits(label), line: label[0]!.number, page: label[0]!.page };
      const row: OutRow = { index: upper.index, page: line.page, kind: upper.kind, cells: [...cells, ...upper.values] };
      rows.push(row);
      rowOf.set(upper, row);
      if (upper.kind !== 'anchor' && option.up.length > 0) rows.push(labelRow(option.up, option.up[0]!.index));
    } else if (option.up.length > 0) {
      rows.push(labelRow(option.up, option.up[0]!.index));
    }
    for (const group of gap.rows) rows.push(labelRow(group, group[0]!.index));
  });

  placeStacks(stacks, groupColumns, anchors, rowOf);
  const kept = anchors.length > 0 ? dropRepeatedHeaders(rows) : rows;
  const table = kept.map((r) => r.cells);
  const firstCell = table[0]?.[0];
  if (!firstCell) return null;
  return { kind: 'table', rows: table, line: firstCell.line, page: firstCell.page!, aligned: true };
}

/**
 * The line's runs cut at a word gap where they pass from the label area into the value columns (a
 * header cell drawn close to the label column's: "…之和）自然人"; a header word over the first value
 * column stays whole), and the label parts cut again at gaps narrower than a cell gap elsewhere:
 * LibreOffice leaves only a few points between a group label's column and the row labels'
 * ("（三）" | "4.保护第三方").
 */
function piecesOf(line: FreeLine, labelX: number): { labels: Piece[]; values: Piece[] } {
  const labels: Piece[] = [];
  const values: Piece[] = [];
  for (const run of splitRuns(line.items)) {
    const words: PdfTextItem[][] = [];
    for (const item of run) {
      const word = words[words.length - 1];
      const prev = word?.[word.length - 1];
      if (prev && (prev.spaceAfter || item.x0 - prev.x1 >= 0.25 * Math.min(prev.size, item.size))) words.push([item]);
      else if (word) word.push(item);
      else words.push([item]);
    }
    let part: PdfTextItem[] = [];
    let inLabel = false;
    const flush = () => {
      if (part.length > 0) (inLabel ? labels : values).push(pieceOf(part));
      part = [];
    };
    for (const word of words) {
      const label = (word[0]!.x0 + Math.max(...word.map((i) => i.x1))) / 2 < labelX;
      if (part.length > 0 && label !== inLabel) flush();
      else if (part.length > 0 && label) {
        const prev = part[part.length - 1]!;
        if (!prev.spaceAfter && word[0]!.x0 - prev.x1 >= 0.4 * Math.min(prev.size, word[0]!.size)) flush();
      }
      inLabel = label;
      part.push(...word);
    }
    flush();
  }
  return { labels, values };
}

function pieceOf(items: PdfTextItem[]): Piece {
  return { text: joinItems(items), x0: items[0]!.x0, x1: Math.max(...items.map((i) => i.x1)), items };
}

/**
 * A line's value-area pieces laid on the bands. A piece over several bands is cut at its word gaps
 * when each word then stands over a band of its own (a header line "商业企业 科研机构 …" whose gaps
 * are narrower than a cell gap); otherwise it spans them (a header centered over several columns).
 * Null when the bands cannot hold the line: two numbers in one band, or a piece between two bands.
 */
function placeOnBands(pieces: readonly Piece[], bands: readonly Band[], line: FreeLine): Cell[] | null {
  const cell = (text: string): Cell => ({ text: normalizeCell(text), line: line.number, page: line.page });
  const single: Piece[][] = bands.map(() => []);
  const spanning: { bands: number[]; piece: Piece }[] = [];
  for (const piece of pieces) {
    const hit = bandsUnder(bands, piece);
    if (hit === null) return null;
    if (hit.length === 1) {
      single[hit[0]!]!.push(piece);
      continue;
    }
    const words = splitAcross(piece, bands);
    if (words) for (const [band, word] of words) single[band]!.push(word);
    else spanning.push({ bands: hit, piece });
  }
  if (single.some((ps) => ps.filter((p) => isNumber(p.text)).length > 1)) return null;
  const cells: Cell[] = single.map((ps) => cell(ps.reduce((a, p) => joinLineTexts(a, p.text), '')));
  for (const span of spanning) {
    if (span.bands.some((i) => single[i]!.length > 0 || spanning.some((o) => o !== span && o.bands.includes(i)))) return null;
    span.bands.forEach((i, k) => {
      cells[i] = k === 0 ? cell(span.piece.text) : { ...cell(span.piece.text), merged: true };
    });
  }
  return cells;
}

/** A piece cut at its word gaps into words over distinct bands, left to right; null when it is not that. */
function splitAcross(piece: Piece, bands: readonly Band[]): [number, Piece][] | null {
  const words: PdfTextItem[][] = [[]];
  for (const item of piece.items) {
    const current = words[words.length - 1]!;
    const prev = current[current.length - 1];
    if (prev && (prev.spaceAfter || item.x0 - prev.x1 >= 0.25 * Math.min(prev.size, item.size))) words.push([item]);
    else current.push(item);
  }
  if (words.length < 2) return null;
  const out: [number, Piece][] = [];
  for (const items of words) {
    const word = pieceOf(items);
    const under = bands.flatMap((b, i) => (overlaps(b, word) ? [i] : []));
    if (under.length !== 1 || isNumber(word.text) || [...normalizeCell(word.text)].length < 2) return null;
    if (out.length > 0 && out[out.length - 1]![0] >= under[0]!) return null;
    out.push([under[0]!, word]);
  }
  return out;
}

/**
 * Marks the fragments of group labels: text with row labels to its right both above (or level with)
 * and below it, on two lines at least. A line directly under a row label's line and aligned with it
 * goes on that label, and one under a group label's line goes on that group label.
 */
function markGroups(fragments: Fragment[], pitch: number) {
  const sorted = [...fragments].sort(byPosition);
  for (let i = 0; i < sorted.length; i++) {
    const f = sorted[i]!;
    if (!f.enumerated) {
      let parent: Fragment | undefined;
      for (let k = i - 1; k >= 0; k--) {
        const p = sorted[k]!;
        if (p.page !== f.page || f.baseline - p.baseline > 2 * f.size) break;
        if (p.baseline < f.baseline - 0.3 * f.size && p.x0 < f.x1 && f.x0 < p.x1) {
          parent = p;
          break;
        }
      }
      if (parent && aligned(parent, f)) {
        f.group = parent.group;
        continue;
      }
    }
    const reach = Math.max(1.5 * f.size, 0.75 * pitch);
    const above = new Set<number>();
    const below = new Set<number>();
    const look = (g: Fragment) => {
      if (g.x0 < f.x1 + 0.15 * f.size) return;
      const level = Math.abs(g.baseline - f.baseline) <= 0.3 * f.size;
      if (level || g.baseline < f.baseline) above.add(g.index);
      if (level || g.baseline > f.baseline) below.add(g.index);
    };
    for (let k = i - 1; k >= 0 && sorted[k]!.page === f.page && f.baseline - sorted[k]!.baseline <= reach; k--) look(sorted[k]!);
    for (let k = i + 1; k < sorted.length && sorted[k]!.page === f.page && sorted[k]!.baseline - f.baseline <= reach; k++) look(sorted[k]!);
    f.group = above.size > 0 && below.size > 0 && new Set([...above, ...below]).size >= 2;
  }
}

/** The usual distance between two rows with values on one page; the font size × 2 without two such rows. */
function anchorPitch(anchors: readonly Slot[]): number {
  const steps = anchors.slice(1).flatMap((a, i) => (a.line.page === anchors[i]!.line.page ? [a.line.baseline - anchors[i]!.line.baseline] : []));
  if (steps.length === 0) return 2 * (anchors[0]?.line.size ?? 10);
  return steps.sort((a, b) => a - b)[Math.floor(steps.length / 2)]!;
}

/** Each line's row-label fragments as one unit of text. */
function unitsOf(fragments: readonly Fragment[]): Unit[] {
  const byLine = new Map<number, Fragment[]>();
  for (const f of fragments) {
    const list = byLine.get(f.index);
    if (list) list.push(f);
    else byLine.set(f.index, [f]);
  }
  return [...byLine.values()]
    .map((list) => {
      const sorted = list.sort((a, b) => a.x0 - b.x0);
      const head = sorted[0]!;
      const text = normalizeCell(sorted.reduce((acc, f) => joinLineTexts(acc, f.text), ''));
      const x1 = Math.max(...sorted.map((f) => f.x1));
      return { text, x0: head.x0, x1, baseline: head.baseline, page: head.page, index: head.index, number: head.number, enumerated: head.enumerated };
    })
    .sort((a, b) => a.index - b.index);
}

/**
 * How the label lines of one gap can be shared. A numbered line starts a label: the lines before it
 * end the row above, and the last numbered label goes to the row below unless that row's own line
 * starts a numbered label, or stands otherwise aligned than the lines of one cell do (then each is a
 * label-only row: "三、本年度办理结果" over an indented "予以公开"). Without numbering every split is an
 * option, chosen for all gaps at once (chooseOptions).
 */
function gapOf(units: Unit[], upper: Slot | null, lower: Slot | null): Gap {
  const firm = (up: Unit[], down: Unit[], rows: Unit[][] = []): Gap => ({ rows, options: [{ up, down, bias: 0 }] });
  if (units.length === 0) return firm([], []);
  const lowerTakes = lower?.kind === 'anchor' && !lower.own?.enumerated;
  const starts = units.flatMap((u, i) => (u.enumerated ? [i] : []));
  if (starts.length > 0) {
    const up = units.slice(0, starts[0]);
    const blocks = starts.map((s, k) => units.slice(s, starts[k + 1] ?? units.length));
    const last = blocks[blocks.length - 1]!;
    const own = lower?.own;
    const down = lowerTakes && (!own || aligned(last[last.length - 1]!, own)) ? blocks.pop()! : [];
    return firm(up, down, blocks);
  }
  if (!lowerTakes) return firm(units, []);
  const ref = (slot: Slot | null) => slot && { baseline: slot.line.baseline, page: slot.line.page };
  const marks = [ref(upper), ...units, ref(lower)];
  const options: Option[] = [];
  for (let k = 0; k <= units.length; k++) {
    const a = marks[k];
    const b = marks[k + 1];
    const gap = a && b && a.page === b.page ? Math.min(b.baseline - a.baseline, 100) : 100;
    // Ties go to the split at the wider gap (rows are padded), then to the row above.
    options.push({ up: units.slice(0, k), down: units.slice(k), bias: -0.01 * gap + 0.0001 * (units.length - k) });
  }
  return { rows: [], options };
}

/** The options of all gaps that put each row's values nearest the middle of its label (a chain of choices, by dynamic programming). */
function chooseOptions(gaps: readonly Gap[], slots: readonly Slot[]): number[] {
  let costs = gaps[0]!.options.map((o) => o.bias);
  const back: number[][] = [];
  for (let j = 1; j < gaps.length; j++) {
    const slot = slots[j - 1]!;
    const previous = gaps[j - 1]!.options;
    const from: number[] = [];
    costs = gaps[j]!.options.map((option) => {
      let best = Infinity;
      let bestK = 0;
      previous.forEach((p, k) => {
        const c = costs[k]! + (slot.kind === 'anchor' ? offCenter(slot, p.down, option.up) : 0);
        if (c < best) {
          best = c;
          bestK = k;
        }
      });
      from.push(bestK);
      return best + option.bias;
    });
    back.push(from);
  }
  const chosen = new Array<number>(gaps.length).fill(0);
  let k = costs.indexOf(Math.min(...costs));
  for (let j = gaps.length - 1; j >= 0; j--) {
    chosen[j] = k;
    if (j > 0) k = back[j - 1]![k]!;
  }
  return chosen;
}

/** How far a row's values sit from the middle of its label lines; a label line on another page costs a lot. */
function offCenter(slot: Slot, above: readonly Unit[], below: readonly Unit[]): number {
  const page = slot.line.page;
  let top = Infinity;
  let bottom = -Infinity;
  let away = 0;
  for (const u of [...above, ...(slot.own ? [slot.own] : []), ...below]) {
    if (u.page !== page) {
      away++;
      continue;
    }
    top = Math.min(top, u.baseline);
    bottom = Math.max(bottom, u.baseline);
  }
  const off = top === Infinity ? 0 : Math.abs(slot.line.baseline - (top + bottom) / 2);
  return Math.round(off * 2) / 2 + 50 * away;
}

/** Group fragments in stacks: one below the other, overlapping, a numbered one starting a new stack. */
function stacksOf(fragments: readonly Fragment[]): Stack[] {
  const stacks: Stack[] = [];
  for (const f of [...fragments].sort(byPosition)) {
    const stack = f.enumerated
      ? undefined
      : stacks.find((s) => {
          const last = s.fragments[s.fragments.length - 1]!;
          return last.page === f.page && f.baseline - last.baseline <= 2.2 * f.size && f.x0 < s.x1 && s.x0 < f.x1;
        });
    if (stack) {
      stack.fragments.push(f);
      stack.x0 = Math.min(stack.x0, f.x0);
      stack.x1 = Math.max(stack.x1, f.x1);
    } else {
      stacks.push({ fragments: [f], x0: f.x0, x1: f.x1 });
    }
  }
  return stacks;
}

/** The group-label columns, left to right: stacks overlapping in x share one. */
function columnsOf(stacks: readonly Stack[]): Band[] {
  const columns: Band[] = [];
  for (const s of [...stacks].sort((a, b) => a.x0 - b.x0)) {
    const column = columns.find((c) => s.x0 < c.x1 && c.x0 < s.x1);
    if (column) column.x1 = Math.max(column.x1, s.x1);
    else columns.push({ x0: s.x0, x1: s.x1 });
  }
  return columns;
}

/**
 * Each group label goes into its column on the rows with values beside it (merged copies after the
 * first), or on the nearest such row when it stands between rows.
 */
function placeStacks(stacks: readonly Stack[], columns: readonly Band[], anchors: readonly Slot[], rowOf: Map<Slot, OutRow>) {
  for (const stack of stacks) {
    const head = stack.fragments[0]!;
    const tail = stack.fragments[stack.fragments.length - 1]!;
    const onPage = anchors.filter((a) => a.line.page === head.page);
    if (onPage.length === 0) continue;
    let beside = onPage.filter((a) => a.line.baseline >= head.baseline - 0.5 * head.size && a.line.baseline <= tail.baseline + 0.5 * tail.size);
    if (beside.length === 0) {
      const middle = (head.baseline + tail.baseline) / 2;
      beside = [onPage.reduce((best, a) => (Math.abs(a.line.baseline - middle) < Math.abs(best.line.baseline - middle) ? a : best))];
    }
    const column = columns.findIndex((c) => stack.x0 < c.x1 && c.x0 < stack.x1);
    const text = normalizeCell(stack.fragments.reduce((acc, f) => joinLineTexts(acc, f.text), ''));
    beside.forEach((anchor, k) => {
      const row = rowOf.get(anchor)!;
      const cell: Cell = { text, line: head.number, page: head.page };
      const existing = row.cells[column]!;
      if (k > 0) {
        if (existing.text === '') row.cells[column] = { ...cell, merged: true };
      } else {
        row.cells[column] = existing.text === '' || existing.merged ? cell : { ...existing, text: normalizeCell(joinLineTexts(existing.text, text)) };
      }
    });
  }
}

/**
 * Word and WPS repeat a table's heading rows on every page it runs onto: on a later page, the rows
 * before its first row with values go when each of their header lines is one the table began with.
 */
function dropRepeatedHeaders(rows: readonly OutRow[]): OutRow[] {
  const sorted = [...rows].sort((a, b) => a.index - b.index);
  const signature = (row: OutRow) => row.cells.map((c) => (c.merged ? '' : c.text)).join('|');
  const zones = new Map<number, OutRow[]>();
  const seenAnchor = new Set<number>();
  for (const row of sorted) {
    if (row.kind === 'anchor') seenAnchor.add(row.page);
    else if (!seenAnchor.has(row.page)) {
      const zone = zones.get(row.page);
      if (zone) zone.push(row);
      else zones.set(row.page, [row]);
    }
  }
  const pages = [...new Set(sorted.map((r) => r.page))];
  const header = new Set((zones.get(pages[0]!) ?? []).filter((r) => r.kind === 'barrier').map(signature));
  const drop = new Set<OutRow>();
  for (const page of pages.slice(1)) {
    const zone = zones.get(page) ?? [];
    const barriers = zone.filter((r) => r.kind === 'barrier');
    if (barriers.length > 0 && barriers.every((r) => header.has(signature(r)))) for (const r of zone) drop.add(r);
  }
  return sorted.filter((r) => !drop.has(r));
}

/** Two lines of one cell: starting at the same x (left-aligned), or centered on the same x. */
function aligned(a: { x0: number; x1: number }, b: { x0: number; x1: number }): boolean {
  return Math.abs(a.x0 - b.x0) <= 1.5 || Math.abs(a.x0 + a.x1 - b.x0 - b.x1) <= 3;
}

function joinUnits(units: readonly Unit[]): string {
  return normalizeCell([...units].sort((a, b) => a.index - b.index).reduce((acc, u) => joinLineTexts(acc, u.text), ''));
}

function byPosition(a: { page: number; baseline: number; x0: number }, b: { page: number; baseline: number; x0: number }): number {
  return a.page - b.page || a.baseline - b.baseline || a.x0 - b.x0;
}

function overlaps(band: Band, s: { x0: number; x1: number }): boolean {
  return Math.min(band.x1, s.x1) > Math.max(band.x0, s.x0);
}

export function isNumber(text: string): boolean {
  return NUMERIC_SEGMENT.test(normalizeCell(text));
}

function isValue(text: string): boolean {
  return text !== '' && (NUMERIC_SEGMENT.test(text) || DASH.test(text));
}

/** The bands a piece overlaps; one lying in the gap between two bands goes to the clearly nearer one. */
export function bandsUnder(bands: readonly Band[], piece: { x0: number; x1: number }): number[] | null {
  const hit = bands.flatMap((b, i) => (overlaps(b, piece) ? [i] : []));
  if (hit.length > 0) return hit;
  const mid = (piece.x0 + piece.x1) / 2;
  const distances = bands.map((b) => Math.max(b.x0 - mid, mid - b.x1, 0));
  const nearest = distances.indexOf(Math.min(...distances));
  return distances.filter((d) => d <= distances[nearest]! * 1.5 + 1).length > 1 ? null : [nearest];
}
