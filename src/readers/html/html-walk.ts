import type { Cell, ImagePlace, Table } from '../../types.js';
import { isValueLike, parseValue } from '../../normalize/number.js';
import { normalizeCell, splitLines } from '../../normalize/text.js';
import type { SourceLine } from '../text/text-layout.js';
import { type DomElement, type DomNode, type DomParent, type SourceLines, isElement, isText } from './html-dom.js';
import type { MarkIndex, TitleCandidate } from './html-content.js';
import { isLayoutTable, readGrid } from './html-table.js';
import { BLOCK_TAGS } from './html-tags.js';
import { collapseSpace, settleSpace } from './html-text.js';

/** What the walk yields in reading order: lines of text for the text layout, and real tables. */
export type Item = { kind: 'line'; line: SourceLine } | { kind: 'table'; table: Table };

export interface WalkOptions {
  marks: MarkIndex;
  /**
   * "source": lines are the HTML source's lines (a saved page). "blocks": a running count of
   * paragraphs and table rows, for HTML generated from another format (mammoth's, all on one line).
   */
  numbering: 'source' | 'blocks';
  /** Source lines of nodes; null with "blocks" numbering. */
  lines: SourceLines | null;
  keepTabs: boolean;
}

// Empty blocks stand for blank lines, which separate rows in one-cell-per-line tables.
const BLANK_BLOCKS = new Set(['p', 'div', 'li', 'dd', 'dt', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'center']);
const PRE_TAGS = new Set(['pre', 'listing', 'plaintext', 'xmp']);
const VISIBLE = /[^\s\u0001]/;

/**
 * Walks the report's container in reading order. Block elements and <br> end lines; inline
 * elements (span, font, a, b …) run on. Real tables become grids; layout tables are walked cell by
 * cell like any other blocks.
 */
export class ContentWalker {
  readonly items: Item[] = [];
  private text = '';
  private textLine: number | null = null;
  private counter = 0;
  /** Data tables met so far: a cell's place says which one it is in. */
  private tables = 0;
  /** Pictures in the report's body, at the line they stand on (the last row's, numbering blocks). */
  readonly images: ImagePlace[] = [];

  constructor(private readonly options: WalkOptions) {}

  private startLine(node: DomNode | DomParent): number | null {
    return this.options.lines?.of(node) ?? null;
  }

  /** The report title found outside the container (see findDetachedTitle). */
  title(title: TitleCandidate): void {
    if (title.text !== null) this.emitLine(title.text, this.startLine(title.node) ?? 1);
    else this.block(title.node, 1);
  }

  walk(container: DomParent): void {
    const line = this.startLine(container) ?? 1;
    for (const child of container.children) this.visit(child, line);
    this.endLine(line, false);
  }

  private visit(node: DomNode, here: number): void {
    if (isText(node)) {
      const text = collapseSpace(node.data, this.options.keepTabs);
      if (this.textLine === null && VISIBLE.test(text)) this.textLine = this.startLine(node) ?? here;
      this.text += text;
      return;
    }
    if (!isElement(node)) return;
    if (node.name === 'img') {
      if (!isIcon(node)) this.images.push({ line: this.options.numbering === 'blocks' ? this.counter : (this.startLine(node) ?? here) });
      return;
    }
    if (this.options.marks.isDropped(node)) return;
    const line = this.startLine(node) ?? here;
    if (node.name === 'br') this.endLine(line, true);
    else if (node.name === 'table') this.table(node, line);
    else if (PRE_TAGS.has(node.name)) this.pre(node, line);
    else if (BLOCK_TAGS.has(node.name)) this.block(node, line);
    else for (const child of node.children) this.visit(child, line);
  }

  private emitLine(text: string, sourceLine: number): void {
    const line = this.options.numbering === 'blocks' ? ++this.counter : sourceLine;
    this.items.push({ kind: 'line', line: { text, line } });
  }

  /** Ends the line being built; a <br> ends it even when empty (a blank line). */
  private endLine(here: number, force: boolean): void {
    const text = settleSpace(this.text);
    if (force || VISIBLE.test(text)) this.emitLine(text, this.textLine ?? here);
    this.text = '';
    this.textLine = null;
  }

  private block(el: DomElement, here: number): void {
    const line = this.startLine(el) ?? here;
    this.endLine(line, false);
    const start = this.items.length;
    for (const child of el.children) this.visit(child, line);
    this.endLine(line, false);
    if (this.items.length === start) {
      if (BLANK_BLOCKS.has(el.name)) this.emitLine('', line);
    } else {
      this.joinCellRow(start);
    }
  }

  private pre(el: DomElement, here: number): void {
    this.endLine(here, false);
    let text = '';
    const collect = (node: DomParent) => {
      for (const child of node.children) {
        if (isText(child)) text += child.data;
        else if (isElement(child) && !this.options.marks.isDropped(child)) {
          if (child.name === 'br') text += '\n';
          else collect(child);
        }
      }
    };
    collect(el);
    const first = this.startLine(el) ?? here;
    splitLines(text).forEach((line, i) => this.emitLine(line, first + i));
  }

  /**
   * A block whose lines are a row laid out one cell per line — "规章<br>0<br>0<br>0", or a row
   * <div> of cell <div>s: one to three labels, then at least two values (numbers, blanks or "-"),
   * at least one of them a number. Such a block becomes one tab-separated line, which the text
   * layout reads as a row; without this the values of consecutive rows would run together.
   */
  private joinCellRow(start: number): void {
    const items = this.items.slice(start);
    if (items.length < 3 || items.length > 40) return;
    const lines: SourceLine[] = [];
    for (const item of items) {
      if (item.kind !== 'line' || item.line.text.includes('\t')) return;
      lines.push(item.line);
    }
    const texts = lines.map((l) => normalizeCell(l.text));
    let labels = 0;
    while (labels < texts.length && !isValueLike(texts[labels]!)) labels++;
    if (labels < 1 || labels > 3 || texts.slice(0, labels).some((t) => t.length > 60)) return;
    const values = texts.slice(labels);
    if (values.length < 2 || !values.every(isValueLike) || !values.some((v) => parseValue(v).kind === 'number')) return;
    this.items.splice(start, items.length, { kind: 'line', line: { text: texts.join('\t'), line: lines[0]!.line } });
  }

  private table(el: DomElement, here: number): void {
    this.endLine(here, false);
    const grid = readGrid(el, this.options.keepTabs);
    if (grid.rows.length === 0) return;
    if (isLayoutTable(el, grid, this.options.marks)) {
      for (const row of grid.rows) {
        for (const slot of row.slots) if (slot && !slot.merged) this.block(slot.cell, this.startLine(slot.cell) ?? here);
      }
      return;
    }
    if (!grid.rows.some((row) => row.slots.some((s) => s !== undefined && !s.merged && s.text !== ''))) return;
    if (grid.caption) this.block(grid.caption, this.startLine(grid.caption) ?? here);

    const tableLine = this.startLine(el) ?? here;
    const lineOf = new Map<DomElement, number>();
    const rows: Cell[][] = [];
    const table = ++this.tables;
    // The source offset only where it is the file's: mammoth's HTML of a .docx is not.
    const offsets = this.options.numbering === 'source';
    let firstRowLine: number | undefined;
    for (const [r, row] of grid.rows.entries()) {
      // A row with nothing in it (Word's width-carrying row, once LibreOffice has made it visible).
      if (row.slots.every((slot) => !slot || slot.text === '')) continue;
      const rowLine = this.options.numbering === 'blocks' ? ++this.counter : (this.startLine(row.tr) ?? tableLine);
      firstRowLine ??= rowLine;
      const cells: Cell[] = [];
      // Holes left by spans are blank cells: a sparse slots array has them as undefined.
      for (let i = 0; i < row.slots.length; i++) {
        const slot = row.slots[i];
        if (!slot) cells.push({ text: '', line: rowLine });
        else if (slot.merged) cells.push({ text: slot.text, line: lineOf.get(slot.cell) ?? rowLine, merged: true });
        else {
          const line = this.options.numbering === 'blocks' ? rowLine : (this.startLine(slot.cell) ?? rowLine);
          lineOf.set(slot.cell, line);
          const offset = offsets ? slot.cell.startIndex : null;
          cells.push({ text: slot.text, line, source: { table, row: r + 1, cell: i + 1, ...(offset !== null && { offset }) } });
        }
      }
      rows.push(cells);
    }
    const line = this.options.numbering === 'blocks' ? firstRowLine! : tableLine;
    this.items.push({ kind: 'table', table: { kind: 'table', rows, line, aligned: true } });
  }
}

// An icon, a bullet or a share button is no table: a picture this small is not read as one.
const ICON_PX = 64;

function isIcon(img: DomElement): boolean {
  const size = (v: string | undefined) => (v === undefined ? null : Number.parseInt(v, 10));
  const width = size(img.attribs.width);
  const height = size(img.attribs.height);
  return (width !== null && width < ICON_PX) || (height !== null && height < ICON_PX);
}
