import { normalizeCell } from '../../normalize/text.js';
import { type DomElement, type DomParent, childElements, findElement, isElement, isText } from './html-dom.js';
import { type MarkIndex, isHidden } from './html-content.js';
import { BLOCK_TAGS, SKIP_TAGS } from './html-tags.js';
import { collapseSpace, joinPieces, settleSpace } from './html-text.js';
import { packedMap } from '../../packed-map.js';

// No statutory table is wider than 16 columns; a larger span is a broken page, not a layout.
const MAX_COLSPAN = 200;

/** One position of a table grid: the cell element standing there and whether it only covers it. */
export interface GridSlot {
  cell: DomElement;
  text: string;
  merged: boolean;
}

export interface GridRow {
  tr: DomElement;
  /** Positions left to right; a hole (nothing covers it) is undefined. */
  slots: (GridSlot | undefined)[];
}

export interface Grid {
  rows: GridRow[];
  caption: DomElement | null;
}

/**
 * The table's grid with rowspan/colspan expanded, as a browser lays it out: each cell takes the
 * first free position of its row and covers the positions its spans claim. Spans are clamped to
 * the table (rowspan="0" runs to its end). Rows are not padded: a row with fewer cells than the
 * widest one keeps its cells missing, since a missing cell and a blank cell mean different things.
 */
export function readGrid(table: DomElement, keepTabs: boolean): Grid {
  const trs = tableRows(table);
  const rows: GridRow[] = packedMap(trs, (tr) => ({ tr, slots: [] }));
  trs.forEach((tr, r) => {
    let c = 0;
    for (const td of childElements(tr)) {
      if ((td.name !== 'td' && td.name !== 'th') || isHidden(td)) continue;
      const slots = rows[r]!.slots;
      while (slots[c]) c++;
      const colspan = Math.min(Math.max(span(td.attribs.colspan), 1), MAX_COLSPAN);
      let rowspan = span(td.attribs.rowspan);
      if (rowspan === 0) rowspan = trs.length - r;
      rowspan = Math.min(Math.max(rowspan, 1), trs.length - r);
      const text = cellText(td, keepTabs);
      for (let dr = 0; dr < rowspan; dr++) {
        const target = rows[r + dr]!.slots;
        for (let dc = 0; dc < colspan; dc++) {
          // Overlapping spans (invalid, but seen): the first cell keeps the position.
          target[c + dc] ??= { cell: td, text, merged: dr > 0 || dc > 0 };
        }
      }
      c += colspan;
    }
  });
  const caption = childElements(table).find((el) => el.name === 'caption') ?? null;
  return { rows, caption };
}

function span(value: string | undefined): number {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) ? n : 1;
}

/** The table's own rows (not those of tables nested in its cells), hidden ones left out. */
function tableRows(table: DomElement): DomElement[] {
  const rows: DomElement[] = [];
  // Rows stand in thead/tbody/tfoot, or in a stray wrapper (a <form> or <div> around them), which a
  // browser would move out of the table: look through anything but rows and nested tables.
  const collect = (parent: DomElement) => {
    for (const child of childElements(parent)) {
      if (child.name === 'tr') rows.push(child);
      else if (child.name !== 'table' && child.name !== 'td' && child.name !== 'th') collect(child);
    }
  };
  collect(table);
  // Word's saved HTML ends tables with a display:none row of empty cells that only carries widths.
  return rows.filter((tr) => !isHidden(tr));
}

/**
 * A cell's text as one line: pieces broken by <br>, <p> or <div> are joined the way the words
 * read ("本年新<br>制作数量" → "本年新制作数量"), then normalized like every other cell.
 */
export function cellText(cell: DomElement, keepTabs: boolean): string {
  // Most cells hold one text node: what joining a single piece comes to, without the pieces.
  const only = cell.children.length === 1 ? cell.children[0]! : null;
  if (only && isText(only)) return normalizeCell(settleSpace(collapseSpace(only.data, keepTabs)).trim());
  const pieces: string[] = [''];
  const visit = (node: DomParent) => {
    for (const child of node.children) {
      if (isText(child)) {
        pieces[pieces.length - 1] += collapseSpace(child.data, keepTabs);
      } else if (isElement(child) && !SKIP_TAGS.has(child.name) && !isHidden(child)) {
        const breaks = child.name === 'br' || BLOCK_TAGS.has(child.name);
        if (breaks) pieces.push('');
        visit(child);
        if (breaks) pieces.push('');
      }
    }
  };
  visit(cell);
  return normalizeCell(joinPieces(pieces.map(settleSpace)));
}

/**
 * True for a table used for page layout rather than data: its cells are to be read as blocks of
 * the page, in order, instead of becoming a grid. Portals wrap the whole article in such tables
 * (a one-cell frame, a menu column beside a text column, tables nested in tables). A statutory
 * table has at least three columns, short cells and at most one section heading in it.
 */
export function isLayoutTable(table: DomElement, grid: Grid, marks: MarkIndex): boolean {
  if (findElement(table, 'table') !== null) return true;
  let origins = 0;
  let width = 0;
  let longest = 0;
  for (const row of grid.rows) {
    width = Math.max(width, row.slots.length);
    for (const slot of row.slots) {
      if (!slot || slot.merged) continue;
      origins++;
      longest = Math.max(longest, slot.text.length);
    }
  }
  if (origins <= 1 || width <= 1) return true;
  if (marks.sectionScore(table) >= 2) return true;
  return longest > 300 || (width === 2 && longest > 100);
}
