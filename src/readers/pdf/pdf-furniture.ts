import { normalizeText } from '../../normalize/text.js';
import { isPageNumber } from '../../normalize/page-number.js';

/** A line that could be a running header or footer: outside any table, with its page's geometry. */
export interface FurnitureCandidate {
  page: number;
  pageHeight: number;
  baseline: number;
  text: string;
}


/** Header and footer bands: the top and bottom eighth of the page. */
const BAND = 0.125;
/** How far from the page's edge the lines we look at may go: the first and last two. */
const EDGE_LINES = 2;

/**
 * Finds running headers, footers and page numbers: page-number lines in the top or bottom band of a
 * page, and lines repeated (numbers aside) at the same height on at least half of the pages. Takes
 * each page's lines outside tables in reading order; returns the ones to drop.
 */
export function findFurniture<T extends FurnitureCandidate>(pages: readonly (readonly T[])[]): Set<T> {
  const drop = new Set<T>();
  const edges: { line: T; band: 'top' | 'bottom'; key: string }[] = [];
  for (const lines of pages) {
    const seen = new Set<T>();
    const consider = (line: T | undefined, band: 'top' | 'bottom') => {
      if (!line || seen.has(line)) return;
      const inBand = band === 'top' ? line.baseline <= line.pageHeight * BAND + 12 : line.baseline >= line.pageHeight * (1 - BAND);
      if (!inBand) return;
      seen.add(line);
      const text = normalizeText(line.text).replace(/\s+/g, ' ').trim();
      if (isPageNumber(text)) drop.add(line);
      edges.push({ line, band, key: text.replace(/\s+/g, '').replace(/\d+/g, '#') });
    };
    for (let i = 0; i < EDGE_LINES; i++) {
      consider(lines[i], 'top');
      consider(lines[lines.length - 1 - i], 'bottom');
    }
  }
  const pageCount = pages.filter((lines) => lines.length > 0).length;
  if (pageCount < 2) return drop;
  const needed = Math.max(2, Math.ceil(pageCount / 2));
  for (const edge of edges) {
    if (drop.has(edge.line)) continue;
    const same = edges.filter(
      (e) => e.band === edge.band && e.key === edge.key && Math.abs(e.line.baseline - edge.line.baseline) <= 4,
    );
    if (new Set(same.map((e) => e.line.page)).size >= needed) for (const e of same) drop.add(e.line);
  }
  return drop;
}
