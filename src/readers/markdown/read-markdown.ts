import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import type { Nodes, Parent, PhrasingContent, Table as MdTable } from 'mdast';
import type { Block, Cell, Document } from '../../types.js';
import { foldSpaces } from '../../normalize/text.js';
import { layoutNormalizedText, type SourceLine } from '../text/text-layout.js';
import { buildHtmlDocument } from '../html/read-html.js';
import { isPageNumber } from '../../normalize/page-number.js';

/**
 * Markdown (a PDF-to-text converter's, or a crawler's) → Document. mdast-util-from-markdown with the
 * GFM table extension, not markdown-it: markdown-it is twelve times faster (1.4 against 16.6 ms on
 * the corpus's converter file) but, as the GFM spec says of HTML output, drops the cells of a row
 * beyond its header's count, and converters' tables have rows longer than their header (table 四 of
 * that file: 15 values under 12 header cells).
 *
 * Text outside tables goes through the plain-text layout line by line, so that "行政许可 97" or a
 * row laid out one cell per line is rebuilt as in a .txt; pipe tables become grids; a raw HTML
 * <table> goes through the HTML reader. Headings, emphasis and list markers are the parser's to
 * strip; page furniture ("— 3 —", "第 2 页") is dropped.
 */
/** `text` is decoded and normalized (normalizeText) already, as the text reader leaves it. */
export function readMarkdownText(text: string): Document {
  const tree = fromMarkdown(text, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] });
  const blocks: Block[] = [];
  let run: SourceLine[] = [];
  const flush = () => {
    if (run.length > 0) for (const block of layoutNormalizedText(run)) blocks.push(block);
    run = [];
  };
  const visit = (node: Nodes) => {
    const line = node.position?.start.line ?? 1;
    switch (node.type) {
      case 'table': {
        flush();
        const table = readTable(node);
        if (table) blocks.push(table);
        return;
      }
      case 'html':
        // Raw HTML (a <table> the converter could not write as a pipe table) is the HTML reader's.
        flush();
        for (const block of buildHtmlDocument(node.value).blocks) blocks.push(shiftLines(block, line - 1));
        return;
      case 'heading':
      case 'paragraph':
        addLines(run, inlineText(node.children), line, node.position?.start.line === node.position?.end.line);
        // A blank line in the source ends a paragraph; the text layout reads it as a row separator.
        run.push({ text: '', line: node.position?.end.line ?? line });
        return;
      case 'code':
        addLines(run, node.value, line + (node.position && node.position.start.line !== node.position.end.line ? 1 : 0));
        return;
      case 'thematicBreak':
        return;
      default:
        if ('children' in node) for (const child of (node as Parent).children) visit(child as Nodes);
    }
  };
  for (const child of tree.children) visit(child);
  flush();
  return { blocks };
}

/**
 * Lines of a block's text, numbered from `first`, page numbers left out: a lone number only when
 * it is a paragraph of its own (`alone`), since inside a paragraph it may be a value on its line.
 */
function addLines(run: SourceLine[], text: string, first: number, alone = false): void {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.trim();
    if (!isPageNumber(t, alone && lines.length === 1)) run.push({ text: t, line: first + i });
  }
}

/** Phrasing content as plain text: markers gone, line breaks kept as "\n", inline HTML (<br>) as a line end. */
function inlineText(nodes: readonly PhrasingContent[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text' || node.type === 'inlineCode') out += node.value;
    else if (node.type === 'break') out += '\n';
    else if (node.type === 'html') out += /^<br\s*\/?>$/i.test(node.value) ? '\n' : '';
    else if ('children' in node) out += inlineText(node.children as PhrasingContent[]);
  }
  return out;
}

// A row of "---" cells: a converter's delimiter row repeated inside a table's body.
const DELIMITER_CELL = /^:?-{2,}:?$/;

/**
 * A pipe table as a grid: every cell the row has, even beyond the header's count; "<br>" inside a
 * cell is a space. The positions are the converter's and trusted, so the table is aligned.
 */
function readTable(node: MdTable): Block | null {
  const rows: Cell[][] = [];
  for (const row of node.children) {
    const cells: Cell[] = [];
    for (const c of row.children) {
      cells.push({ text: foldSpaces(inlineText(c.children)), line: c.position?.start.line ?? row.position?.start.line ?? 1 });
    }
    if (cells.some((c) => c.text !== '' && !DELIMITER_CELL.test(c.text))) rows.push(cells);
  }
  if (rows.length === 0) return null;
  return { kind: 'table', rows, line: rows[0]![0]!.line, aligned: true };
}

function shiftLines(block: Block, by: number): Block {
  if (block.kind === 'paragraph') return { ...block, line: block.line + by };
  return { ...block, line: block.line + by, rows: block.rows.map((r) => r.map((c) => ({ ...c, line: c.line + by }))) };
}
