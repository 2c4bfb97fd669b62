import type { Block, Cell, Table } from '../../types.js';
import { normalizeCell } from '../../normalize/text.js';
import { layoutText, type SourceLine } from '../text/text-layout.js';
import type { PageContent, PdfTextItem } from './pdf-page-content.js';
import { findFurniture } from './pdf-furniture.js';
import { areaText, groupLines, joinItems, joinLineTexts, makeLine, splitSegments, type FreeLine } from './pdf-lines.js';
import { findAlignedTables, NUMERIC_SEGMENT } from './pdf-unruled-tables.js';
import { assignItems, cluster, findRuledGrids, type RuledGrid } from './pdf-ruled-tables.js';

/** A ruled table as drawn on one page, its cells' text read. */
interface GridPart {
  page: number;
  grid: RuledGrid;
  texts: string[];
  /** Line number of each region's first text; null for an empty cell. */
  lines: (number | null)[];
  /** Line number standing for each grid row (the first line at or below its top). */
  rowLines: number[];
}

type Element = { kind: 'line'; line: FreeLine; top: number } | { kind: 'grid'; part: GridPart; top: number };

/**
 * Rebuilds a document from the positioned text and rules of its pages: ruled tables become aligned
 * tables (merged cells spread as `merged` copies, a table running over a page break joined, repeated
 * header rows dropped); running headers, footers and page numbers go; wrapped lines of a paragraph
 * are joined; the remaining lines go through the same row logic as text files, except runs of lines
 * whose gaps line up in columns, which become aligned tables. `line` counts the visual lines kept.
 */
export function layoutPdf(pages: readonly PageContent[]): Block[] {
  const prepared = pages.map((content) => {
    const grids = findRuledGrids(content.hRules, content.vRules);
    const { free, placed } = assignItems(grids, content.items);
    return { content, grids, free: new Set(free), lines: groupLines([...free, ...placed]) };
  });

  const candidates = prepared.map(({ content, free, lines }) =>
    lines
      .filter((line) => line.items.every((item) => free.has(item)))
      .map((line) => ({ page: content.page, pageHeight: content.height, baseline: line.baseline, text: joinItems(line.items), line })),
  );
  const furniture = new Set([...findFurniture(candidates)].map((c) => c.line));

  let counter = 0;
  const elements: Element[] = [];
  for (const { content, grids, free, lines } of prepared) {
    const numberOf = new Map<PdfTextItem, number>();
    const numbered: { baseline: number; number: number }[] = [];
    const pageElements: Element[] = [];
    for (const line of lines) {
      if (furniture.has(line)) continue;
      const number = ++counter;
      numbered.push({ baseline: line.baseline, number });
      for (const item of line.items) numberOf.set(item, number);
      const freeItems = line.items.filter((item) => free.has(item));
      if (freeItems.length === 0) continue;
      const freeLine = makeLine(freeItems);
      pageElements.push({
        kind: 'line',
        top: freeLine.baseline - freeLine.size,
        line: { ...freeLine, page: content.page, number, segments: splitSegments(freeLine) },
      });
    }
    const lineAt = (y: number) => (numbered.find((l) => l.baseline >= y) ?? numbered[numbered.length - 1])?.number ?? counter;
    for (const grid of grids) {
      const part = readGridPart(content.page, grid, numberOf, lineAt);
      if (part.texts.some((t) => t !== '')) pageElements.push({ kind: 'grid', part, top: grid.ys[0]! });
    }
    elements.push(...pageElements.sort((a, b) => a.top - b.top));
  }

  // Runs of consecutive lines, and of ruled tables continuing from one page onto the next.
  const runs: ({ kind: 'lines'; lines: FreeLine[] } | { kind: 'table'; parts: GridPart[] })[] = [];
  elements.forEach((element, i) => {
    const last = runs[runs.length - 1];
    if (element.kind === 'line') {
      if (last?.kind === 'lines') last.lines.push(element.line);
      else runs.push({ kind: 'lines', lines: [element.line] });
      return;
    }
    const previous = elements[i - 1];
    if (last?.kind === 'table' && previous?.kind === 'grid' && continues(previous.part, element.part)) last.parts.push(element.part);
    else runs.push({ kind: 'table', parts: [element.part] });
  });

  const edges = bodyEdges(
    elements.flatMap((e) => (e.kind === 'line' ? [e.line] : [])),
    new Map(pages.map((p) => [p.page, p.width])),
  );
  return runs.flatMap((run) => (run.kind === 'table' ? [joinParts(run.parts)] : layoutLines(run.lines, edges)));
}

function readGridPart(page: number, grid: RuledGrid, numberOf: Map<PdfTextItem, number>, lineAt: (y: number) => number): GridPart {
  return {
    page,
    grid,
    texts: grid.regions.map((region) => normalizeCell(areaText(region.items))),
    lines: grid.regions.map((region) => {
      const numbers = region.items.map((item) => numberOf.get(item)).filter((n): n is number => n !== undefined);
      return numbers.length > 0 ? Math.min(...numbers) : null;
    }),
    rowLines: grid.ys.slice(0, -1).map((y) => lineAt(y)),
  };
}

/**
 * A table on the next page, first thing there, continues this one when both start at the same x and
 * either end at the same x or one's column boundaries are the first ones of the other (a ragged
 * table, some of whose rows have fewer cells, seed 003).
 */
function continues(a: GridPart, b: GridPart): boolean {
  const ax = a.grid.xs;
  const bx = b.grid.xs;
  if (b.page !== a.page + 1 || Math.abs(ax[0]! - bx[0]!) > 4) return false;
  if (Math.abs(ax[ax.length - 1]! - bx[bx.length - 1]!) <= 4) return true;
  const [narrow, wide] = ax.length <= bx.length ? [ax, bx] : [bx, ax];
  return narrow.every((x, i) => Math.abs(x - wide[i]!) <= 3);
}

// ---- ruled tables -------------------------------------------------------------------------------

interface Region {
  r0: number;
  r1: number;
  c0: number;
  c1: number;
  text: string;
  line: number | null;
  page: number;
  /** The region's top-left corner on its page, in points from the page's top-left corner. */
  x: number;
  y: number;
}

const NUMBER = /^[-+]?\d[\d,]*(\.\d+)?$/;
// Starts a new item of its own: "（四）", "四、", "2.".
const ENUMERATED = /^([（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+[、.．]|\d+[.、．](?!\d))/;

/** A position to a tenth of a point: finer is noise in the drawing, not a different place. */
function round(v: number): number {
  return Math.round(v * 10) / 10;
}

/** One Table from the parts of a ruled table, in page order, on one set of column boundaries. */
function joinParts(parts: readonly GridPart[]): Table {
  const xs = cluster(parts.flatMap((p) => p.grid.xs), 3);
  const nearest = (x: number) => xs.reduce((best, v, i) => (Math.abs(v - x) < Math.abs(xs[best]! - x) ? i : best), 0);
  const regions: Region[] = [];
  const rowLines: number[] = [];
  const rowPages: number[] = [];
  let headerSignature: string[] | null = null;

  parts.forEach((part, k) => {
    let mapped = part.grid.regions.map((region, i): Region => {
      const c0 = nearest(part.grid.xs[region.c0]!);
      const c1 = Math.max(c0 + 1, nearest(part.grid.xs[region.c1]!));
      const x = round(part.grid.xs[region.c0]!);
      const y = round(part.grid.ys[region.r0]!);
      return { r0: region.r0, r1: region.r1, c0, c1, text: part.texts[i]!, line: part.lines[i]!, page: part.page, x, y };
    });
    let partRowLines = part.rowLines;
    const signature = signatures(mapped, partRowLines.length, xs.length - 1);
    if (k === 0) headerSignature = signature;
    else {
      // Word and LibreOffice repeat the heading rows on every page a table reaches.
      let repeated = 0;
      while (
        repeated < Math.min(signature.length - 1, headerSignature!.length - 1, 6) &&
        signature[repeated] === headerSignature![repeated] &&
        signature[repeated]!.replace(/\|/g, '') !== ''
      ) {
        repeated++;
      }
      if (repeated > 0) {
        mapped = mapped.filter((r) => r.r1 > repeated).map((r) => ({ ...r, r0: Math.max(0, r.r0 - repeated), r1: r.r1 - repeated }));
        partRowLines = partRowLines.slice(repeated);
      }
    }
    const offset = rowLines.length;
    for (const r of mapped) regions.push({ ...r, r0: r.r0 + offset, r1: r.r1 + offset });
    rowLines.push(...partRowLines);
    rowPages.push(...partRowLines.map(() => part.page));
    if (k > 0 && offset > 0) joinAcrossBreak(regions, offset, rowLines, rowPages);
  });

  const nCols = xs.length - 1;
  const rows: Cell[][] = [];
  for (let r = 0; r < rowLines.length; r++) {
    const row: Cell[] = [];
    for (let c = 0; c < nCols; c++) {
      const region = regions.find((g) => g.r0 <= r && r < g.r1 && g.c0 <= c && c < g.c1);
      if (!region) {
        row.push({ text: '', line: rowLines[r]!, page: rowPages[r]! });
        continue;
      }
      const cell: Cell = { text: region.text, line: region.line ?? rowLines[region.r0]!, page: region.line === null ? rowPages[region.r0]! : region.page, source: { x: region.x, y: region.y } };
      row.push(region.r0 === r && region.c0 === c ? cell : { ...cell, merged: true });
    }
    // Rows holding no text at all are spacing, or what is left of a row repeated at a page break.
    if (row.some((cell) => cell.text !== '')) rows.push(row);
  }
  const first = rows[0]?.[0];
  return { kind: 'table', rows, line: first?.line ?? rowLines[0] ?? 0, page: first?.page ?? parts[0]!.page, aligned: true };
}

/** Each row's texts by column, the way a repeated heading is recognized. */
function signatures(regions: readonly Region[], nRows: number, nCols: number): string[] {
  return Array.from({ length: nRows }, (_, r) =>
    Array.from({ length: nCols }, (_, c) => regions.find((g) => g.r0 <= r && r < g.r1 && g.c0 <= c && c < g.c1)?.text ?? '').join('|'),
  );
}

/**
 * Mends what a page break cuts: a merged label cell (a group label such as 三、本年度办理结果 spanning
 * many rows) drawn as two cells, its text on either side or split between them; and a row that broke
 * in two: its label going on at the top of the next page, its label on one page and its numbers on
 * the other, or its label cut mid-bracket.
 */
function joinAcrossBreak(regions: Region[], b: number, rowLines: number[], rowPages: number[]) {
  const covering = (r: number) => regions.filter((g) => g.r0 <= r && r < g.r1);
  const above = covering(b - 1).filter((g) => g.r1 === b);
  const below = covering(b).filter((g) => g.r0 === b);
  const counterpart = (a: Region) => below.find((g) => g.c0 === a.c0 && g.c1 === a.c1);

  for (const a of above) {
    const g = counterpart(a);
    if (!g || NUMBER.test(a.text) || NUMBER.test(g.text)) continue;
    const spans = a.r1 - a.r0 > 1 || g.r1 - g.r0 > 1;
    if (spans && (a.text === '' || g.text === '' || !ENUMERATED.test(g.text))) merge(regions, a, g);
  }

  const lastRow = covering(b - 1).filter((g) => g.r1 === b);
  const firstRow = covering(b).filter((g) => g.r0 === b);
  const filled = (g: Region) => g.text !== '';
  if (!lastRow.some(filled) || !firstRow.some(filled)) return;
  const over = (g: Region) => lastRow.find((a) => a.c0 === g.c0 && a.c1 === g.c1);
  const goesOn = (a: Region | undefined, g: Region) =>
    a !== undefined && filled(a) && !NUMBER.test(a.text) && !NUMBER.test(g.text) && !ENUMERATED.test(g.text);

  // A row whose text goes on at the top of the next page: the first row there has no number of its own,
  // and each of its texts continues the text of the row above in the same column ("2.其他" / "法律法规
  // 禁止公开"; "5.属于三类内" / "部事务信息", seed 000). The rows need not be drawn alike: a row of
  // seed 003's .docx has fewer cells than the table, and the part on the next page may be narrower or
  // wider than the one above.
  if (firstRow.every((g) => !filled(g) || goesOn(over(g), g))) {
    for (const g of firstRow) {
      const a = over(g);
      if (a) merge(regions, a, g);
      // An empty cell there of that row alone goes with the row; a taller one keeps its other rows.
      else if (g.r1 === b + 1) regions.splice(regions.indexOf(g), 1);
    }
    dropRow(regions, b, rowLines, rowPages);
    return;
  }

  // The row broke with its label above the break and its numbers below, or its label cut mid-bracket:
  // the cells ending above the break and those starting below it are one row high and in the same
  // columns (cells spanning the break, such as a mended group label, aside).
  if (lastRow.some((g) => g.r0 !== b - 1) || firstRow.some((g) => g.r1 !== b + 1)) return;
  const pairs = lastRow.map((a) => [a, counterpart(a)] as const);
  if (pairs.some(([, g]) => !g) || firstRow.length !== lastRow.length) return;
  const halves = pairs.filter(([a, g]) => filled(a) && filled(g!));
  // Where both parts have text, it is the two halves of one label; with numbers below, only when the
  // first half leaves a bracket open: a row of blank values above a full row ("规章" above "规范性文件
  // 5 5 5") must stay two rows.
  const valuesBelow = firstRow.some((g) => NUMBER.test(g.text));
  const broken = halves.length === 0 || (halves.every(([a, g]) => goesOn(a, g!)) && (!valuesBelow || halves.every(([a]) => unclosed(a.text))));
  if (!broken) return;
  for (const [a, g] of pairs) merge(regions, a, g!);
  dropRow(regions, b, rowLines, rowPages);
}

/** Row b is now part of row b-1: close the gap. */
function dropRow(regions: Region[], b: number, rowLines: number[], rowPages: number[]) {
  for (const g of regions) {
    if (g.r0 > b) g.r0--;
    if (g.r1 > b) g.r1--;
  }
  rowLines.splice(b, 1);
  rowPages.splice(b, 1);
}

function merge(regions: Region[], a: Region, g: Region) {
  a.r1 = g.r1;
  if (a.text === '' && g.text !== '') {
    a.line = g.line;
    a.page = g.page;
  }
  a.text = normalizeCell(joinLineTexts(a.text, g.text));
  regions.splice(regions.indexOf(g), 1);
}

/** More opening brackets or quotes than closing ones: the text goes on in the next cell part. */
function unclosed(text: string): boolean {
  const opened = (text.match(/[（(“《]/g) ?? []).length;
  const closed = (text.match(/[）)”》]/g) ?? []).length;
  return opened > closed;
}

// ---- lines --------------------------------------------------------------------------------------

interface Edges {
  left: number;
  right: number;
}

/**
 * The text block's left and right edges on each page, from lines that are one phrase: the x where
 * most lines start and the farthest x where several lines end (justified text ends there). A block
 * narrower than half the page is no evidence of where lines wrap: its lines are left alone.
 */
function bodyEdges(lines: readonly FreeLine[], widths: Map<number, number>): { page: Map<number, Edges>; indents: boolean } {
  const single = lines.filter((l) => l.segments.length === 1);
  const edgesOf = (group: readonly FreeLine[], width: number): Edges | null => {
    if (group.length < 3) return null;
    const left = mostCommon(group.map((l) => l.x0));
    const ends = group.map((l) => l.x1).sort((a, b) => b - a);
    const right = ends.find((x) => ends.filter((e) => Math.abs(e - x) <= 2).length >= 2) ?? ends[0]!;
    return right - left >= 0.5 * width ? { left, right } : null;
  };
  const all = edgesOf(single, Math.max(...widths.values()));
  const page = new Map<number, Edges>();
  for (const p of new Set(single.map((l) => l.page))) {
    const edges = edgesOf(single.filter((l) => l.page === p), widths.get(p) ?? 0) ?? all;
    if (edges) page.set(p, edges);
  }
  const indents = single.some((l) => {
    const e = page.get(l.page);
    return e !== undefined && l.x0 - e.left > 1.5 * l.size && l.x0 - e.left < 2.5 * l.size;
  });
  return { page, indents };
}

function mostCommon(values: readonly number[]): number {
  let best = values[0]!;
  let bestCount = 0;
  for (const v of values) {
    const count = values.filter((w) => Math.abs(w - v) <= 1.5).length;
    if (count > bestCount || (count === bestCount && v < best)) {
      best = v;
      bestCount = count;
    }
  }
  return best;
}

// A line starting like this begins a new paragraph even when the previous line was full.
const NEW_PARAGRAPH = /^\s*([一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．](?!\d)|第[一二三四五六七八九十百]+[章部分节条])/;
const SENTENCE_END = /[。！？!?；;：:]$/;

/**
 * Lines outside ruled tables: runs of lines whose segments line up in columns become aligned tables;
 * wrapped lines of a paragraph are joined; the rest goes through the text reader's row logic.
 */
function layoutLines(lines: readonly FreeLine[], edges: { page: Map<number, Edges>; indents: boolean }): Block[] {
  const blocks: Block[] = [];
  let pending: SourceLine[] = [];
  let paragraph: { source: SourceLine; last: FreeLine } | null = null;
  const flush = () => {
    if (pending.length > 0) blocks.push(...layoutText(pending));
    pending = [];
    paragraph = null;
  };
  const aligned = new Map(findAlignedTables(lines).map((t) => [t.start, t]));

  for (let i = 0; i < lines.length; ) {
    const table = aligned.get(i);
    if (table) {
      flush();
      blocks.push(table.table);
      i = table.end;
      continue;
    }
    const line = lines[i]!;
    if (line.segments.length >= 2) {
      const texts = line.segments.map((s) => s.text);
      const neighbourIsRow = (lines[i - 1]?.segments.length ?? 0) >= 2 || (lines[i + 1]?.segments.length ?? 0) >= 2;
      // A lone line of phrases with wide gaps ("办公室    2021年1月25日") is prose, not a row.
      const tabbed = neighbourIsRow || texts.some((t) => NUMERIC_SEGMENT.test(normalizeCell(t)));
      pending.push({ text: texts.join(tabbed ? '\t' : ' '), line: line.number, page: line.page });
      paragraph = null;
      i++;
      continue;
    }
    const text = line.segments[0]?.text ?? '';
    if (paragraph && continuesParagraph(paragraph.last, line, paragraph.source.text, edges)) {
      paragraph.source.text = joinLineTexts(paragraph.source.text, text);
      paragraph.last = line;
    } else {
      const source = { text, line: line.number, page: line.page };
      pending.push(source);
      paragraph = { source, last: line };
    }
    i++;
  }
  flush();
  return blocks;
}

/** A line goes on the previous one's paragraph when that one ran to the right edge and this one is not indented. */
function continuesParagraph(prev: FreeLine, line: FreeLine, prevText: string, edges: { page: Map<number, Edges>; indents: boolean }): boolean {
  const prevEdges = edges.page.get(prev.page);
  const lineEdges = edges.page.get(line.page);
  if (!prevEdges || !lineEdges) return false;
  if (prev.x1 < prevEdges.right - 1.2 * prev.size) return false;
  if (line.x0 > lineEdges.left + 0.8 * line.size) return false;
  if (Math.abs(line.size - prev.size) > 0.15 * prev.size) return false;
  const text = line.segments[0]?.text ?? '';
  if (NEW_PARAGRAPH.test(normalizeCell(text))) return false;
  // Without first-line indents, a full line ending a sentence may just as well end its paragraph.
  if (!edges.indents && SENTENCE_END.test(prevText.trim())) return false;
  if (line.page === prev.page) return line.baseline > prev.baseline && line.baseline - prev.baseline <= 2.5 * prev.size;
  return line.page === prev.page + 1;
}
