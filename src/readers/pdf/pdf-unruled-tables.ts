import type { Cell, Table } from '../../types.js';
import { normalizeCell } from '../../normalize/text.js';
import { joinLineTexts, type FreeLine, type LineSegment } from './pdf-lines.js';

export const NUMERIC_SEGMENT = /^[-+]?\d[\d,]*(\.\d+)?%?$/;
const SECTION_HEADING = /^[一二三四五六七八九十]+[、.．]/;

interface Band {
  x0: number;
  x1: number;
}

/** An aligned table rebuilt from lines start..end-1 of a run. */
export interface AlignedTable {
  start: number;
  end: number;
  table: Table;
}

/**
 * Tables drawn without ruling lines (WPS and Word tables with borders switched off): runs of at least
 * two lines cut into several segments by wide gaps, whose segments line up in columns, and the short
 * lines between such rows (wrapped parts of labels, a row with only its label). Header lines of one phrase above the rows
 * ("申请人情况" centered over the value columns) stay paragraphs: without rules nothing tells which
 * columns they span. Runs that do not line up are left to the text reader's row logic.
 */
export function findAlignedTables(lines: readonly FreeLine[]): AlignedTable[] {
  const found: AlignedTable[] = [];
  for (let i = 0; i < lines.length; ) {
    if (lines[i]!.segments.length < 2) {
      i++;
      continue;
    }
    let end = i + 1;
    for (;;) {
      if (end < lines.length && lines[end]!.segments.length >= 2) {
        end++;
        continue;
      }
      // Up to three one-phrase lines (wrapped parts of row labels, a label-only row) before the next row.
      let k = 0;
      while (k < 3 && end + k < lines.length && lines[end + k]!.segments.length < 2 && isLabelPart(lines[end + k - 1]!, lines[end + k]!)) k++;
      const next = lines[end + k];
      if (k > 0 && next && next.segments.length >= 2 && near(lines[end + k - 1]!, next, 2 * next.size)) end += k + 1;
      else break;
    }
    const group = lines.slice(i, end);
    const bands = group.filter((l) => l.segments.length >= 2).length >= 2 ? columnBands(group) : null;
    const table = bands && alignRows(group, bands);
    if (table) found.push({ start: i, end, table });
    i = end;
  }
  return found;
}

/**
 * Column bands: the x-ranges where segments of different rows overlap, merged, taken from the rows
 * holding a number when there are any (header rows wrap and span; value rows show the columns). A
 * label padded with spaces ("规　　章") falls in one band with the labels under it; a blank cell
 * just leaves its band empty in that row. Null when fewer than two bands come out.
 */
function columnBands(group: readonly FreeLine[]): Band[] | null {
  const rows = group.filter((l) => l.segments.length >= 2);
  const valued = rows.filter((l) => l.segments.some((s) => isNumber(s.text)));
  const segments = (valued.length > 0 ? valued : rows).flatMap((l) => l.segments).sort((a, b) => a.x0 - b.x0);
  const bands: Band[] = [];
  for (const s of segments) {
    const last = bands[bands.length - 1];
    if (last && s.x0 < last.x1) last.x1 = Math.max(last.x1, s.x1);
    else bands.push({ x0: s.x0, x1: s.x1 });
  }
  return bands.length >= 2 ? bands : null;
}

/** One line laid on the bands, with where its text sits in each band. */
interface Row {
  cells: Cell[];
  extents: (Band | null)[];
  page: number;
  baseline: number;
  valued: boolean;
}

/**
 * One row per line; then the lines of a label that wraps are joined into their row, as far as row
 * geometry shows it: a line without numbers goes to the nearest line with numbers when it is much
 * closer to it than rows are to each other (a long label in two lines, its numbers centered between
 * them). Header lines stay rows of their own: a header over several columns ("法人或其他组织" centered
 * over the five kinds of organization) cannot be told from a header cell wrapping ("本年新" over
 * "制作数量") without rules. Without two rows of numbers to measure the row pitch nothing is joined.
 */
function alignRows(lines: readonly FreeLine[], bands: readonly Band[]): Table | null {
  const rows: Row[] = [];
  for (const line of lines) {
    const row = alignLine(line, bands);
    if (!row) return null;
    rows.push(row);
  }
  const anchors = rows.filter((r) => r.valued);
  const pitch = median(anchors.slice(1).flatMap((r, i) => (r.page === anchors[i]!.page ? [r.baseline - anchors[i]!.baseline] : [])));
  const groups: Row[][] = [];
  const anchorGroup = new Map<Row, Row[]>();
  for (const row of rows) {
    if (!row.valued && pitch !== null) continue;
    const group = [row];
    groups.push(group);
    anchorGroup.set(row, group);
  }
  for (const row of rows) {
    if (row.valued || pitch === null) continue;
    const anchor = nearest(anchors, row);
    const group = anchor && Math.abs(anchor.baseline - row.baseline) < 0.6 * pitch ? anchorGroup.get(anchor)! : null;
    if (group && group.every((member) => fits(member, row))) group.push(row);
    else groups.push([row]);
  }
  const table = groups
    .map((group) => group.sort((a, b) => a.page - b.page || a.baseline - b.baseline))
    .sort((a, b) => a[0]!.page - b[0]!.page || a[0]!.baseline - b[0]!.baseline)
    .map((group) => group.map((r) => r.cells).reduce((acc, cells) => acc.map((cell, i) => joinCells(cell, cells[i]!))));
  const first = table[0]![0]!;
  return { kind: 'table', rows: table, line: first.line, page: first.page!, aligned: true };
}

function alignLine(line: FreeLine, bands: readonly Band[]): Row | null {
  const cell = (text: string): Cell => ({ text: normalizeCell(text), line: line.number, page: line.page });
  const single: LineSegment[][] = bands.map(() => []);
  const spanning: { bands: number[]; segment: LineSegment }[] = [];
  for (const segment of line.segments) {
    const hit = bandsUnder(bands, segment);
    if (hit === null) return null;
    if (hit.length > 1) spanning.push({ bands: hit, segment });
    else single[hit[0]!]!.push(segment);
  }
  // Two numbers in one column are the values of two columns: the bands are wrong.
  if (single.some((segments) => segments.filter((s) => isNumber(s.text)).length > 1)) return null;
  const cells: Cell[] = single.map((segments) => cell(segments.reduce((a, s) => joinLineTexts(a, s.text), '')));
  const extents: (Band | null)[] = single.map((segments) =>
    segments.length === 0 ? null : { x0: Math.min(...segments.map((s) => s.x0)), x1: Math.max(...segments.map((s) => s.x1)) },
  );
  for (const span of spanning) {
    if (span.bands.some((i) => single[i]!.length > 0 || spanning.some((o) => o !== span && o.bands.includes(i)))) return null;
    span.bands.forEach((i, k) => {
      cells[i] = k === 0 ? cell(span.segment.text) : { ...cell(span.segment.text), merged: true };
      extents[i] = span.segment;
    });
  }
  return { cells, extents, page: line.page, baseline: line.baseline, valued: cells.some((c) => !c.merged && isNumber(c.text)) };
}

/** The row with numbers nearest to a line on its page, unless two are about as near. */
function nearest(anchors: readonly Row[], row: Row): Row | null {
  const candidates = anchors.filter((a) => a.page === row.page).sort((a, b) => Math.abs(a.baseline - row.baseline) - Math.abs(b.baseline - row.baseline));
  const [best, second] = candidates;
  if (!best) return null;
  if (second && Math.abs(second.baseline - row.baseline) - Math.abs(best.baseline - row.baseline) < 1) return null;
  return best;
}

/**
 * Two lines can be parts of one row when no column has text in both, except stacked text: both words
 * (not numbers), starting or centered at the same x, as the lines of one wrapped cell are.
 */
function fits(a: Row, b: Row): boolean {
  return a.cells.every((x, i) => {
    const y = b.cells[i]!;
    if (x.text === '' || y.text === '') return !(x.merged && y.text !== '') && !(y.merged && x.text !== '');
    if (x.merged || y.merged || isNumber(x.text) || isNumber(y.text)) return false;
    const p = a.extents[i]!;
    const q = b.extents[i]!;
    return Math.abs(p.x0 - q.x0) <= 2 || Math.abs(p.x0 + p.x1 - q.x0 - q.x1) / 2 <= 2;
  });
}

function joinCells(a: Cell, b: Cell): Cell {
  if (b.text === '' || b === a) return a;
  if (a.text === '') return b;
  return { ...a, text: normalizeCell(joinLineTexts(a.text, b.text)) };
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function isNumber(text: string): boolean {
  return NUMERIC_SEGMENT.test(normalizeCell(text));
}

/** The bands a segment overlaps; one lying in the gap between two bands goes to the clearly nearer one. */
function bandsUnder(bands: readonly Band[], segment: LineSegment): number[] | null {
  const hit = bands.flatMap((b, i) => (Math.min(b.x1, segment.x1) > Math.max(b.x0, segment.x0) ? [i] : []));
  if (hit.length > 0) return hit;
  const mid = (segment.x0 + segment.x1) / 2;
  const distances = bands.map((b) => Math.max(b.x0 - mid, mid - b.x1, 0));
  const nearest = distances.indexOf(Math.min(...distances));
  return distances.filter((d) => d <= distances[nearest]! * 1.5 + 1).length > 1 ? null : [nearest];
}

/** A short phrase close below the line before it, and not a section heading. */
function isLabelPart(prev: FreeLine, line: FreeLine): boolean {
  const text = normalizeCell(line.segments[0]?.text ?? '');
  return text.length <= 30 && !SECTION_HEADING.test(text) && near(prev, line, 2 * Math.max(prev.size, line.size));
}

function near(a: FreeLine, b: FreeLine, distance: number): boolean {
  return a.page === b.page && b.baseline > a.baseline && b.baseline - a.baseline <= distance;
}
