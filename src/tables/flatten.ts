import type { Cell, Document } from '../types.js';

/** One row of the document: a table row, or a paragraph as a row of one cell. */
export interface FlatRow {
  cells: Cell[];
  line: number;
  page?: number;
  /** Index of the table block the row belongs to; null for a paragraph. */
  table: number | null;
  aligned: boolean;
}

/**
 * Every later stage reads rows, so that a heading pasted into a table row or a table rebuilt from
 * paragraphs is found the same way as in a clean file.
 */
export function flattenDocument(doc: Document): FlatRow[] {
  const rows: FlatRow[] = [];
  doc.blocks.forEach((block, index) => {
    if (block.kind === 'paragraph') {
      const cell: Cell = { text: block.text, line: block.line, ...(block.page !== undefined && { page: block.page }) };
      rows.push({ cells: [cell], line: block.line, ...(block.page !== undefined && { page: block.page }), table: null, aligned: false });
      return;
    }
    for (const cells of block.rows) {
      // A row that starts under a rowspan takes its own line, not the line where the span began.
      const first = cells.find((c) => !c.merged) ?? cells[0];
      const line = first?.line ?? block.line;
      const page = first?.page ?? block.page;
      rows.push({ cells, line, ...(page !== undefined && { page }), table: index, aligned: block.aligned });
    }
  });
  return rows;
}

/** The row's non-empty cells' texts, without merged copies. */
export function rowTexts(row: FlatRow): string[] {
  const texts: string[] = [];
  for (const c of row.cells) if (!c.merged && c.text !== '') texts.push(c.text);
  return texts;
}

/** The text of the row's one non-empty cell (merged copies aside); null when it has none or several. */
export function soleText(row: FlatRow): string | null {
  let text: string | null = null;
  for (const c of row.cells) {
    if (c.merged || c.text === '') continue;
    if (text !== null) return null;
    text = c.text;
  }
  return text;
}
