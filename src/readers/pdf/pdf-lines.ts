import type { PdfTextItem } from './pdf-page-content.js';

/** Items sharing a baseline, left to right. */
export interface TextLine {
  items: PdfTextItem[];
  baseline: number;
  size: number;
  x0: number;
  x1: number;
}

/** A visual line outside every ruled table, numbered in the document, cut at its wide gaps. */
export interface FreeLine extends TextLine {
  page: number;
  number: number;
  segments: LineSegment[];
}

/** A run of a line's items close enough to be one cell or one phrase. */
export interface LineSegment {
  text: string;
  x0: number;
  x1: number;
}

/**
 * Groups items into visual lines by baseline. The tolerance is relative to the font size, so that the
 * cells of one table row written with slightly different baselines (vertically centered cells whose
 * fonts differ) stay one line while lines of small print 12 pt apart do not merge.
 */
export function groupLines(items: readonly PdfTextItem[]): TextLine[] {
  const sorted = [...items].sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0);
  const lines: TextLine[] = [];
  let current: PdfTextItem[] = [];
  let baseline = 0;
  let size = 0;
  for (const item of sorted) {
    if (current.length > 0 && Math.abs(item.baseline - baseline) <= 0.4 * Math.min(size, item.size)) {
      current.push(item);
      continue;
    }
    if (current.length > 0) lines.push(makeLine(current));
    current = [item];
    baseline = item.baseline;
    size = item.size;
  }
  if (current.length > 0) lines.push(makeLine(current));
  return lines;
}

/** A line from items known to share a baseline (or to belong together). */
export function makeLine(items: readonly PdfTextItem[]): TextLine {
  const sorted = dropOverprint([...items].sort((a, b) => a.x0 - b.x0));
  // The size of the line is that of its longest run: a stray small footnote mark does not shrink it.
  let main = sorted[0]!;
  for (const item of sorted) if (item.text.length > main.text.length) main = item;
  return {
    items: sorted,
    baseline: main.baseline,
    size: main.size,
    x0: Math.min(...sorted.map((i) => i.x0)),
    x1: Math.max(...sorted.map((i) => i.x1)),
  };
}

/**
 * WPS and some printer drivers fake bold by drawing the same text two or three times a fraction of a
 * point apart; a reader that keeps every copy gets "一一、、总总体体".
 */
function dropOverprint(sorted: PdfTextItem[]): PdfTextItem[] {
  const kept: PdfTextItem[] = [];
  for (const item of sorted) {
    const twin = kept.some(
      (k) =>
        k.text === item.text &&
        Math.abs(k.x0 - item.x0) < 0.3 * item.size &&
        Math.abs(k.baseline - item.baseline) < 0.2 * item.size,
    );
    if (!twin) kept.push(item);
  }
  return kept;
}

const CJK = /[\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF\u3000-\u303F\u2018-\u201F\u2026]/;
const DIGIT = /[0-9０-９]/;
const LATIN = /[A-Za-z0-9\u00C0-\u024F]/;

/**
 * Splits a line where the gap between two items is wider than text inside one cell has: most of a
 * character, or any visible gap between two numbers (two numbers of adjacent columns must never fuse
 * into one: "10" and "2" are not "102").
 */
export function splitSegments(line: TextLine): LineSegment[] {
  return splitRuns(line.items).map((run) => ({ text: joinItems(run), x0: run[0]!.x0, x1: Math.max(...run.map((i) => i.x1)) }));
}

/** The items of a line (left to right) in the runs splitSegments makes of them. */
export function splitRuns(items: readonly PdfTextItem[]): PdfTextItem[][] {
  const runs: PdfTextItem[][] = [];
  let run: PdfTextItem[] = [];
  for (const item of items) {
    const prev = run[run.length - 1];
    if (prev && isCellGap(prev, item)) {
      runs.push(run);
      run = [];
    }
    run.push(item);
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

function isCellGap(prev: PdfTextItem, next: PdfTextItem): boolean {
  const gap = next.x0 - prev.x1;
  const size = Math.max(prev.size, next.size);
  // Word and WPS leave 5.4 pt of margin on each side of a cell's text: at 10.5 pt that is a gap of about
  // an em between two cells of a table without rules. Justified Chinese stays far below that.
  if (gap > 0.8 * size) return true;
  const last = prev.text.trimEnd().slice(-1);
  const first = next.text.trimStart().charAt(0);
  return gap > 0.4 * Math.min(prev.size, next.size) && DIGIT.test(last) && DIGIT.test(first);
}

/**
 * Joins the items of one cell or phrase in x order. Chinese joins Chinese without spaces, whatever
 * the gap (justified and distributed text spreads characters apart); Chinese and Latin or digits get a
 * space only where the PDF has one ("人民政府 2020 年"), not for the extra room word processors put
 * between them; two Latin words or numbers apart keep a space.
 */
export function joinItems(items: readonly PdfTextItem[]): string {
  let text = '';
  let prev: PdfTextItem | undefined;
  for (const item of items) {
    if (prev && text !== '') {
      const gap = item.x0 - prev.x1;
      const last = text.slice(-1);
      const first = item.text.charAt(0);
      const size = Math.min(prev.size, item.size);
      const cjkLast = CJK.test(last);
      const cjkFirst = CJK.test(first);
      const spaced =
        !/\s/.test(last) &&
        !/\s/.test(first) &&
        !(cjkLast && cjkFirst) &&
        (cjkLast || cjkFirst ? prev.spaceAfter === true && gap > 0.1 * size : gap > 0.2 * size || (prev.spaceAfter === true && gap > 0.1 * size));
      if (spaced) text += ' ';
    }
    text += item.text;
    prev = item;
  }
  return text;
}

/**
 * Joins the text of two visual lines of one cell or paragraph: "本年新" + "制作数量", "2020年1" + "2月".
 * Only two Latin words get a space between them.
 */
export function joinLineTexts(a: string, b: string): string {
  const left = a.trimEnd();
  const right = b.trimStart();
  if (left === '' || right === '') return left + right;
  const last = left.slice(-1);
  const first = right.charAt(0);
  const spaced = LATIN.test(last) && LATIN.test(first) && !(DIGIT.test(last) && DIGIT.test(first));
  return spaced ? `${left} ${right}` : left + right;
}

/** Text of items that belong to one area (a table cell): lines top to bottom, each left to right. */
export function areaText(items: readonly PdfTextItem[]): string {
  return groupLines(items)
    .map((line) => joinItems(line.items))
    .reduce((acc, text) => joinLineTexts(acc, text), '');
}
