/**
 * What the PDF reader takes from one page: positioned text and the ruling lines tables are drawn with.
 * Coordinates are PDF points in the page's viewport space: origin top left, y growing downwards, page
 * rotation and crop box already applied. Everything after this stage is plain geometry, testable
 * without pdf.js.
 */

/** One run of text as pdf.js reports it, boxed. */
export interface PdfTextItem {
  text: string;
  x0: number;
  x1: number;
  /** Baseline (horizontal text) or bottom of the box. */
  baseline: number;
  /** Font size in points: the text's height on the page. */
  size: number;
  /** pdf.js reported a space right after this run (a space character, or a gap it counts as one). */
  spaceAfter?: boolean;
}

/** A horizontal ruling line. */
export interface HRule {
  y: number;
  x0: number;
  x1: number;
}

/** A vertical ruling line. */
export interface VRule {
  x: number;
  y0: number;
  y1: number;
}

export interface PageContent {
  /** 1-based page number. */
  page: number;
  width: number;
  height: number;
  items: PdfTextItem[];
  hRules: HRule[];
  vRules: VRule[];
}

/** Where an item's glyphs sit vertically: the middle of an x-height above the baseline. */
export function itemMiddleY(item: PdfTextItem): number {
  return item.baseline - item.size * 0.35;
}

export function itemTop(item: PdfTextItem): number {
  return item.baseline - item.size * 0.85;
}
