import type { Table } from '../../types.js';
import { normalizeCell } from '../../normalize/text.js';
import type { FreeLine } from './pdf-lines.js';
import { buildUnruledTable, isNumber, type Band } from './pdf-unruled-rows.js';

export { NUMERIC_SEGMENT } from './pdf-unruled-rows.js';

const SECTION_HEADING = /^[一二三四五六七八九十]+[、.．]/;
const ENUMERATED = /^([（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+[、.．]|\d+[.、．](?!\d))/;
/**
 * How many label lines may stand between two rows: a label over six lines beside another over three,
 * with a group label's lines between them (seed 003's （六）1 and 2 in a narrow column).
 */
const MAX_LABEL_LINES = 12;

/** An aligned table rebuilt from lines start..end-1 of a run. */
export interface AlignedTable {
  start: number;
  end: number;
  table: Table;
}

/**
 * Tables drawn without ruling lines (WPS and Word tables with borders switched off): runs of at least
 * two lines cut into several segments by wide gaps, whose segments line up in columns, with the lines
 * of one phrase between such rows (wrapped parts of labels, group labels beside them, a row with only
 * its label) and a line of one number (a row whose only value is its first). A numbered line ("一、本年
 * 新收…") is part of the table when it stays left of the value columns; a section heading reaches into
 * them. The table goes on onto the next page when the rows there fall in its value columns, or when the
 * page repeats one of its header lines. Header lines of one phrase above the rows ("申请人情况"
 * centered over the value columns) stay paragraphs: without rules nothing tells which columns they span.
 * Runs that do not line up are left to the text reader's row logic.
 */
export function findAlignedTables(lines: readonly FreeLine[]): AlignedTable[] {
  const found: AlignedTable[] = [];
  for (let i = 0; i < lines.length; ) {
    if (lines[i]!.segments.length < 2) {
      i++;
      continue;
    }
    const start = i;
    const crossings = new Map<number, boolean>();
    // Line c may follow line c-1 in this table: on the same page, or on the next page the table goes on to.
    const follows = (c: number, distance: number) => {
      const a = lines[c - 1]!;
      const b = lines[c]!;
      if (a.page === b.page) return b.baseline > a.baseline && b.baseline - a.baseline <= distance;
      if (b.page !== a.page + 1) return false;
      if (!crossings.has(c)) crossings.set(c, continuesOnPage(lines, start, c));
      return crossings.get(c)!;
    };
    let end = i + 1;
    let valueX = numericX(lines[i]!);
    for (;;) {
      const next = lines[end];
      if (!next) break;
      if (isRowLine(next) && (next.page === lines[end - 1]!.page || follows(end, Infinity))) {
        valueX = Math.min(valueX, numericX(next));
        end++;
        continue;
      }
      let k = 0;
      while (k < MAX_LABEL_LINES && end + k < lines.length && !isRowLine(lines[end + k]!) && isLabelPart(lines[end + k]!) && follows(end + k, 2 * Math.max(lines[end + k - 1]!.size, lines[end + k]!.size))) k++;
      const parts = lines.slice(end, end + k);
      const after = lines[end + k];
      const reach = Math.min(valueX, after ? numericX(after) : Infinity);
      const inside = (l: FreeLine) => !SECTION_HEADING.test(textOf(l)) || l.x1 < reach;
      if (k > 0 && after && isRowLine(after) && follows(end + k, 2 * after.size) && parts.every(inside)) {
        valueX = Math.min(reach, numericX(after));
        end += k + 1;
        continue;
      }
      // The last row's label may go on below its values ("行政事业性收 | 7 | 0" over "费").
      let t = 0;
      while (t < Math.min(k, 2) && parts[t]!.page === lines[end - 1]!.page && !ENUMERATED.test(textOf(parts[t]!)) && parts[t]!.x1 < valueX) t++;
      end += t;
      break;
    }
    const group = lines.slice(i, end);
    const bands = group.filter((l) => l.segments.length >= 2).length >= 2 ? columnBands(group) : null;
    const table = bands && buildUnruledTable(group, bands);
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
  const rows = group.filter(isRowLine);
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

/**
 * The table of lines start..c-1 goes on at line c, the top of the next page: the first row there
 * repeats one of the table's lines (a header repeated on every page), or its numbers stand in the
 * table's value columns, or the table so far is a header whose values the next page holds.
 */
function continuesOnPage(lines: readonly FreeLine[], start: number, c: number): boolean {
  const page = lines[c]!.page;
  let row: FreeLine | undefined;
  for (let k = c; k < lines.length && k < c + 30 && lines[k]!.page === page; k++) {
    if (isRowLine(lines[k]!)) {
      row = lines[k];
      break;
    }
  }
  if (!row) return false;
  const table = lines.slice(start, c);
  const text = textOf(row);
  if (table.some((l) => textOf(l) === text)) return true;
  const numbers = row.segments.filter((s) => isNumber(s.text));
  if (numbers.length === 0) return false;
  const columns = table.flatMap((l) => l.segments.filter((s) => isNumber(s.text)));
  if (columns.length === 0) return true;
  return numbers.every((n) => columns.some((s) => Math.min(s.x1, n.x1) + 3 > Math.max(s.x0, n.x0)));
}

/** A line of several cells, or one number alone (a row whose other cells are blank). */
function isRowLine(line: FreeLine): boolean {
  return line.segments.length >= 2 || (line.segments.length === 1 && isNumber(line.segments[0]!.text));
}

/** Where the line's first number starts; Infinity without one. */
function numericX(line: FreeLine): number {
  let x = Infinity;
  for (const s of line.segments) if (isNumber(s.text)) x = Math.min(x, s.x0);
  return x;
}

function textOf(line: FreeLine): string {
  return normalizeCell(line.segments.map((s) => s.text).join('|'));
}

/** A short phrase: part of a row label, a group label, or a caption, never prose. */
function isLabelPart(line: FreeLine): boolean {
  return normalizeCell(line.segments[0]?.text ?? '').length <= 30;
}
