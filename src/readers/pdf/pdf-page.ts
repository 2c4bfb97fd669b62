import type { PDFPageProxy, TextItem } from 'pdfjs-dist/types/src/display/api.js';
import type { Pdfjs } from './pdf-load.js';
import type { HRule, PageContent, PdfTextItem, VRule } from './pdf-page-content.js';

type Matrix = [number, number, number, number, number, number];

/**
 * Positioned text of one page, in viewport space. Items of whitespace only are dropped; the item before
 * one is marked as followed by a space.
 */
export async function readPageText(page: PDFPageProxy, pdfjs: Pdfjs): Promise<PdfTextItem[]> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const items: PdfTextItem[] = [];
  for (const raw of content.items) {
    if (!('str' in raw)) continue;
    const item = raw as TextItem;
    if (item.str.trim() === '') {
      // A space of its own (pdf.js splits runs where the font changes): it separates "政府" and "2020".
      const last = items[items.length - 1];
      if (last && item.str !== '' && item.width > 0) last.spaceAfter = true;
      continue;
    }
    const m = pdfjs.Util.transform(viewport.transform, item.transform) as Matrix;
    const size = Math.hypot(m[2], m[3]);
    if (!(size > 0)) continue;
    // Direction of the text run in viewport space; scale it by the run's width to get its far end.
    const ux = m[0] / Math.hypot(m[0], m[1]);
    const uy = m[1] / Math.hypot(m[0], m[1]);
    const width = Math.abs(item.width);
    if (Math.abs(uy) < 0.05) {
      const end = m[4] + ux * width;
      items.push({ text: item.str, x0: Math.min(m[4], end), x1: Math.max(m[4], end), baseline: m[5], size });
    } else if (Math.abs(ux) > 0.05) {
      // Slanted text is a watermark ("内部资料" across the page), never part of the report.
      continue;
    } else {
      // Rotated text (a label turned 90° in a narrow header cell): box it and treat the box's bottom as its
      // baseline, so that it still lands in the right table cell.
      const xe = m[4] + ux * width;
      const ye = m[5] + uy * width;
      const x0 = Math.min(m[4], xe) - size / 2;
      const x1 = Math.max(m[4], xe) + size / 2;
      items.push({ text: item.str, x0, x1, baseline: Math.max(m[5], ye), size });
    }
  }
  return items;
}

/** Painting operators that stroke a path outline; the others fill it. */
const STROKES = new Set(['stroke', 'closeStroke', 'fillStroke', 'eoFillStroke', 'closeFillStroke', 'closeEOFillStroke']);
const FILLS = new Set(['fill', 'eoFill']);

// pdf.js's path encoding inside a constructPath operator (DrawOPS).
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const CLOSE_PATH = 3;

/** A filled rectangle thinner than this is a line (Word draws cell borders as thin filled rectangles). */
const THIN = 2.5;
const MIN_RULE = 2;

/**
 * The horizontal and vertical lines a page draws. Only axis-parallel straight segments count; curves,
 * clipping paths and large filled areas (cell shading) do not.
 */
export async function readPageGraphics(
  page: PDFPageProxy,
  pdfjs: Pdfjs,
): Promise<{ hRules: HRule[]; vRules: VRule[] }> {
  const viewport = page.getViewport({ scale: 1 });
  const ops = await page.getOperatorList();
  const OPS = pdfjs.OPS as Record<string, number>;
  const name = new Map<number, string>(Object.entries(OPS).map(([k, v]) => [v, k]));
  const hRules: HRule[] = [];
  const vRules: VRule[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  let toViewport = viewport.transform as Matrix;
  const stack: Matrix[] = [];
  const setCtm = (m: Matrix) => {
    ctm = m;
    toViewport = pdfjs.Util.transform(viewport.transform, ctm) as Matrix;
  };
  const toPage = (x: number, y: number): [number, number] => {
    const [a, b, c, d, e, f] = toViewport;
    return [a * x + c * y + e, b * x + d * y + f];
  };
  const addSegment = (x0: number, y0: number, x1: number, y1: number) => {
    if (Math.abs(y0 - y1) < 0.5 && Math.abs(x1 - x0) >= MIN_RULE) hRules.push({ y: (y0 + y1) / 2, x0: Math.min(x0, x1), x1: Math.max(x0, x1) });
    else if (Math.abs(x0 - x1) < 0.5 && Math.abs(y1 - y0) >= MIN_RULE) vRules.push({ x: (x0 + x1) / 2, y0: Math.min(y0, y1), y1: Math.max(y0, y1) });
  };

  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i]!;
    const args = ops.argsArray[i] as unknown[];
    switch (name.get(fn)) {
      case 'save':
        stack.push(ctm);
        break;
      case 'restore':
        setCtm(stack.pop() ?? ctm);
        break;
      case 'transform':
        setCtm(pdfjs.Util.transform(ctm, args) as Matrix);
        break;
      case 'paintFormXObjectBegin':
        stack.push(ctm);
        if (Array.isArray(args[0]) || ArrayBuffer.isView(args[0])) setCtm(pdfjs.Util.transform(ctm, Array.from(args[0] as ArrayLike<number>)) as Matrix);
        break;
      case 'paintFormXObjectEnd':
        setCtm(stack.pop() ?? ctm);
        break;
      case 'constructPath': {
        const paint = name.get(args[0] as number) ?? '';
        const buffer = (args[1] as (ArrayLike<number> | null)[] | undefined)?.[0];
        if (!buffer) break;
        if (STROKES.has(paint)) strokePath(buffer, toPage, addSegment);
        else if (FILLS.has(paint)) fillPath(buffer, toPage, addSegment);
        break;
      }
    }
  }
  return { hRules, vRules };
}

type ToPage = (x: number, y: number) => [number, number];
type AddSegment = (x0: number, y0: number, x1: number, y1: number) => void;

/** Every straight segment of a stroked path. */
function strokePath(buffer: ArrayLike<number>, toPage: ToPage, add: AddSegment) {
  let start: [number, number] | null = null;
  let current: [number, number] | null = null;
  for (let k = 0; k < buffer.length; ) {
    const op = buffer[k++];
    if (op === MOVE_TO) {
      current = start = toPage(buffer[k]!, buffer[k + 1]!);
      k += 2;
    } else if (op === LINE_TO) {
      const next = toPage(buffer[k]!, buffer[k + 1]!);
      if (current) add(current[0], current[1], next[0], next[1]);
      current = next;
      k += 2;
    } else if (op === CURVE_TO) {
      current = toPage(buffer[k + 4]!, buffer[k + 5]!);
      k += 6;
    } else if (op === CLOSE_PATH) {
      if (current && start) add(current[0], current[1], start[0], start[1]);
      current = start;
    } else {
      return;
    }
  }
}

/** A filled path that is one thin rectangle is a rule along its long axis; other fills are not lines. */
function fillPath(buffer: ArrayLike<number>, toPage: ToPage, add: AddSegment) {
  // Several rectangles may share one path: each subpath is judged alone; a curved one is no rule.
  let points: [number, number][] = [];
  let curved = false;
  const flush = () => {
    if (points.length >= 2 && !curved) {
      const xs = points.map((p) => p[0]);
      const ys = points.map((p) => p[1]);
      const x0 = Math.min(...xs);
      const x1 = Math.max(...xs);
      const y0 = Math.min(...ys);
      const y1 = Math.max(...ys);
      if (y1 - y0 <= THIN && x1 - x0 > y1 - y0) add(x0, (y0 + y1) / 2, x1, (y0 + y1) / 2);
      else if (x1 - x0 <= THIN && y1 - y0 > x1 - x0) add((x0 + x1) / 2, y0, (x0 + x1) / 2, y1);
    }
    points = [];
    curved = false;
  };
  for (let k = 0; k < buffer.length; ) {
    const op = buffer[k++];
    if (op === MOVE_TO) {
      flush();
      points.push(toPage(buffer[k]!, buffer[k + 1]!));
      k += 2;
    } else if (op === LINE_TO) {
      points.push(toPage(buffer[k]!, buffer[k + 1]!));
      k += 2;
    } else if (op === CURVE_TO) {
      curved = true;
      k += 6;
    } else if (op === CLOSE_PATH) {
      flush();
    } else {
      return;
    }
  }
  flush();
}

/** All of a page: its text, and its rules when it has text that could be in a table. */
export async function readPage(page: PDFPageProxy, pdfjs: Pdfjs, pageNumber: number): Promise<PageContent> {
  const viewport = page.getViewport({ scale: 1 });
  const items = await readPageText(page, pdfjs);
  const { hRules, vRules } = items.length > 0 ? await readPageGraphics(page, pdfjs) : { hRules: [], vRules: [] };
  return { page: pageNumber, width: viewport.width, height: viewport.height, items, hRules, vRules };
}
