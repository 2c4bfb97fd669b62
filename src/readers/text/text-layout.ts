import type { Block, Cell } from '../../types.js';
import { parseCellValue } from '../../normalize/number.js';
import { foldCellSpaces, foldSpaces, normalizeText } from '../../normalize/text.js';
import { packedMap } from '../../packed-map.js';

/** One physical line of text and where it stands. */
export interface SourceLine {
  text: string;
  line: number;
  page?: number;
}

// A section heading never joins a table row, even right under one (seed 000 puts headings after tables).
const HEADING = /^\s*([一二三四五六七八九十]+[、.]|第[一二三四五六七八九十]+[章部分节])/;
// "label  12  0  3": a label followed by at least two numbers, as PDF text and some pastes give rows.
const TRAILING_NUMBERS = /^(.*?[^\s\d.,+-])?\s+((?:[-+]?\d[\d,]*(?:\.\d+)?|[-—/])(?:\s+(?:[-+]?\d[\d,]*(?:\.\d+)?|[-—/])){1,})\s*$/;
const ONLY_NUMBERS = /^\s*([-+]?\d[\d,]*(?:\.\d+)?)(\s+[-+]?\d[\d,]*(?:\.\d+)?)+\s*$/;
const NUMBER_CELL = /^[-+]?\d[\d,]*(?:\.\d+)?$/;
// "行政许可 97": a short label without spaces or sentence punctuation, then one value (converters
// print the one-column tables of section 二 so). Prose that wraps before a number has spaces or
// punctuation in the part before it.
const LABEL_AND_VALUE = /^((?!\d)(?=\S*[\u3400-\u9fff])[^\s,;:!?，。；：！？"“”]{1,12})\s+([-+]?\d[\d,]*(?:\.\d+)?|[-—/])$/;

/**
 * Rebuilds paragraphs and table rows from plain text, for every layout copy-paste produces:
 * - tab-separated rows (seeds 001, 003, 004);
 * - one cell per line, each line starting with a tab, rows separated by blank lines, and header
 *   cells broken over two lines where the second half lost its tab (seed 000);
 * - one cell per line with no tabs at all (pasted from a browser), recognized by runs of numbers;
 * - a label followed by numbers separated by spaces (text taken out of PDFs).
 * Consecutive rows form one table block; a paragraph ends it.
 */
export function layoutText(source: readonly SourceLine[]): Block[] {
  // Every line is normalized once; the look-ahead below reads the normalized text.
  const lines = packedMap(source, (l) => {
    const text = normalizeText(l.text);
    if (text === l.text && !text.includes('\r')) return l;
    return { ...l, text: text.replace(/\r/g, '') };
  });
  return layoutNormalizedText(lines);
}

/** layoutText for lines already through normalizeText, with no carriage returns left in them. */
export function layoutNormalizedText(source: readonly SourceLine[]): Block[] {
  let piped = false;
  for (let k = 0; k < source.length && !piped; k++) piped = source[k]!.text.includes('|');
  const lines = dropSpacers(piped ? unpipeAll(source) : source);
  const blocks: Block[] = [];
  let table: { rows: Cell[][]; line: number; page?: number } | null = null;
  // The row being built from one-cell-per-line input, and whether the last line added a cell to it.
  let stacked: Cell[] | null = null;
  let lastWasCellLine = false;

  const closeStacked = () => {
    if (stacked && stacked.length > 0) for (const cells of splitStacked(stacked)) pushRow(cells);
    stacked = null;
    lastWasCellLine = false;
  };
  const pushRow = (cells: Cell[]) => {
    const first = cells[0]!;
    if (!table) table = { rows: [], line: first.line, ...(first.page !== undefined && { page: first.page }) };
    table.rows.push(cells);
  };
  const closeTable = () => {
    closeStacked();
    if (table) blocks.push({ kind: 'table', aligned: false, ...table });
    table = null;
  };
  // `text` is part of a normalized line with no tab in it.
  // Built without a conditional spread: this runs for every cell, and the spread costs as much again.
  const cell = (text: string, src: SourceLine): Cell =>
    src.page === undefined ? { text: foldCellSpaces(text), line: src.line } : { text: foldCellSpaces(text), line: src.line, page: src.page };

  for (let i = 0; i < lines.length; i++) {
    const src = lines[i]!;
    const raw = src.text;
    const tab = raw.indexOf('\t');
    if (tab < 0 && raw.trim() === '') {
      closeStacked();
      continue;
    }
    if (tab >= 0 && raw.indexOf('\t', tab + 1) < 0 && (tab === 0 || raw.slice(0, tab).trim() === '')) {
      // "\tcell": one cell of a row laid out one cell per line.
      (stacked ??= []).push(cell(raw.slice(tab + 1), src));
      lastWasCellLine = true;
      continue;
    }
    const tabs = tab < 0 ? [raw] : splitTabs(raw);
    if (tabs.length > 1) {
      closeStacked();
      pushRow(packedMap(tabs, (t) => cell(t, src)));
      continue;
    }
    const text = raw.trim();
    const prev = stacked?.[stacked.length - 1];
    if (prev && lastWasCellLine && isLabelText(prev.text) && isContinuation(text)) {
      // A header cell broken over two lines: "本年新" + "制作数量". Never onto a number: a note
      // under the table ("注：单位为件") is not part of its last cell.
      prev.text += text;
      continue;
    }
    closeStacked();
    const spaced = splitSpacedRow(text);
    if (spaced) {
      pushRow(packedMap(spaced, (t) => cell(t, src)));
      continue;
    }
    const run = tabFreeCellRun(lines, i);
    if (run > 0) {
      // Value lines of the run may carry a stray tab.
      pushRow(packedMap(lines.slice(i, i + run), (l) => cell(foldSpaces(l.text), l)));
      i += run - 1;
      continue;
    }
    closeTable();
    blocks.push({ kind: 'paragraph', text, line: src.line, ...(src.page !== undefined && { page: src.page }) });
  }
  closeTable();
  return blocks;
}

/**
 * Blank lines that separate nothing: in a run where every line is followed by one blank line
 * (portals that wrap each cell and paragraph in a block of its own, corpus 009, 012, 017; a dump
 * with a "|" line between cells, corpus 018), a row laid out one cell per line would be cut at each
 * of them. Runs of SPACED_RUN lines or more lose their blank lines; rows of several lines separated
 * by blank lines (seed 000) are no such run.
 */
function dropSpacers(lines: readonly SourceLine[]): readonly SourceLine[] {
  const n = lines.length;
  const blank = new Uint8Array(n);
  let blanks = 0;
  for (let k = 0; k < n; k++) if (isBlank(lines[k]!)) (blank[k] = 1), blanks++;
  // Most reports hold too few blank lines to make a run.
  if (blanks < SPACED_RUN) return lines;
  let drop: Set<number> | null = null;
  // One pass: k walks pairs of a line with text and one blank line after it; a run of them ends at
  // anything else.
  let start = 0;
  let pairs = 0;
  for (let k = 0; k < n; ) {
    if (k + 1 < n && blank[k] === 0 && blank[k + 1] === 1 && (k + 2 >= n || blank[k + 2] === 0)) {
      if (pairs === 0) start = k;
      pairs++;
      k += 2;
      continue;
    }
    if (pairs >= SPACED_RUN) drop = markSpacers(drop, start, pairs);
    pairs = 0;
    k++;
  }
  if (pairs >= SPACED_RUN) drop = markSpacers(drop, start, pairs);
  return drop === null ? lines : lines.filter((_, k) => !drop.has(k));
}

function markSpacers(drop: Set<number> | null, start: number, pairs: number): Set<number> {
  const set = drop ?? new Set<number>();
  for (let p = 0; p < pairs; p++) set.add(start + 2 * p + 1);
  return set;
}

const SPACED_RUN = 8;

/** A line of nothing but spaces (normalized text holds no other whitespace but tabs). */
function isBlank(line: SourceLine): boolean {
  const t = line.text;
  // Both ends are spaces or tabs before trim() is worth its copy ("\t规章" is no blank line).
  return t === '' || (t.charCodeAt(0) <= 0x20 && t.charCodeAt(t.length - 1) <= 0x20 && t.trim() === '');
}

/**
 * Pipes between cells, as crawlers and converters write an HTML table out, read as tabs: a row of
 * several cells becomes a tab-separated line; a cell on a line of its own ("规章 |", "46209 | ||")
 * a line of text, so that the one-cell-per-line layouts rebuild its row.
 */
function unpipe(line: SourceLine): SourceLine {
  if (!line.text.includes('|')) return line;
  return { ...line, text: splitPipes(line.text).join('\t') };
}

// "规章 |": one cell on its line, closed by a pipe.
const PIPED_CELL = /^[^|]*[^|\s][^|]*\|[\s|]*$/;
// A dump written one cell per line needs this many such lines to be read as one.
const PIPED_DUMP = 12;

/**
 * A crawler's dump of an HTML table with every cell on its own line ("规章 |", "0 |") reads like
 * seed 000's one-cell-per-line layout: each cell line becomes "\tcell", a bare "|" an empty cell
 * (corpus 015: "一、本年新收… |", six bare "|", "0 |" — the 0 is the 总计), and a line of pipes
 * only ("||") the end of a row. Elsewhere pipes separate the cells of a line.
 */
function unpipeAll(source: readonly SourceLine[]): SourceLine[] {
  let cells = 0;
  let bare = 0;
  for (const l of source) {
    if (PIPED_CELL.test(l.text)) cells++;
    else if (l.text.trim() === '|') bare++;
  }
  if (cells < PIPED_DUMP || bare === 0) return packedMap(source, unpipe);
  return packedMap(source, (line) => {
    const t = line.text.trim();
    if (!t.includes('|')) return line;
    if (t === '|') return { ...line, text: '\t' };
    if (/^\|+$/.test(t)) return { ...line, text: '' };
    if (PIPED_CELL.test(t)) return { ...line, text: `\t${splitPipes(t)[0] ?? ''}` };
    return unpipe(line);
  });
}

/**
 * The cells of a line with pipes: "| 规章 | 0 | | 25 |" → ["规章", "0", "", "25"]. The pipes at
 * either end, and empty cells after the last one that holds text (a dump's "|||" filler), go.
 */
function splitPipes(raw: string): string[] {
  const parts = raw.split('|');
  let end = parts.length;
  while (end > 0 && parts[end - 1]!.trim() === '') end--;
  let start = 0;
  if (parts[0]!.trim() === '') start = 1;
  const cells: string[] = [];
  for (let i = start; i < end; i++) cells.push(parts[i]!.replace(/\t/g, ' ').trim());
  return cells;
}

/** raw.split('\t') by hand: 2.5 times faster than String.prototype.split on these lines, and free without a tab. */
function splitTabs(raw: string): string[] {
  let at = raw.indexOf('\t');
  if (at < 0) return [raw];
  const parts: string[] = [];
  let from = 0;
  while (at >= 0) {
    parts.push(raw.slice(from, at));
    from = at + 1;
    at = raw.indexOf('\t', from);
  }
  parts.push(raw.slice(from));
  return parts;
}

/**
 * A row laid out one cell per line, cut where a label follows a value: the rows of a table pasted
 * one cell per line with no blank line between them ("\t规章", "\t0", "\t0", "\t0", "\t规范性文件" …)
 * would otherwise run into one.
 */
function splitStacked(cells: Cell[]): Cell[][] {
  let from = 0;
  const rows: Cell[][] = [];
  let prevLabel = isLabelText(cells[0]!.text);
  for (let i = 1; i < cells.length; i++) {
    const prev = cells[i - 1]!.text;
    const label = isLabelText(cells[i]!.text);
    // After a value, or after a blank cell that is not the row's first (a header's blank corner).
    const cut = prev === '' ? i > 1 : !prevLabel;
    prevLabel = label;
    if (cut && label) {
      rows.push(cells.slice(from, i));
      from = i;
    }
  }
  if (from === 0) return [cells];
  rows.push(cells.slice(from));
  return rows;
}

function isLabelText(text: string): boolean {
  if (text === '') return false;
  // Text opening with a Chinese character is a label, but for the marks of none 无 and 空; digits
  // alone are a value. Only the rest needs parsing.
  const c = text.charCodeAt(0);
  if (c >= 0x4e00 && c <= 0x9fff && c !== 0x65e0 && c !== 0x7a7a) return true;
  if (c >= 0x30 && c <= 0x39 && isDigits(text)) return false;
  return parseCellValue(text).kind === 'invalid';
}

function isDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

function isContinuation(text: string): boolean {
  return text.length <= 20 && !HEADING.test(text) && !/[。；;]$/.test(text);
}

/** The last character is a digit or a mark meaning none: the line may end in a value. */
function endsLikeValue(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2014 || c === 0x2f;
}

/** "规范性文件 5 5 5" → ["规范性文件", "5", "5", "5"]; prose is left alone. */
function splitSpacedRow(text: string): string[] | null {
  if (ONLY_NUMBERS.test(text)) return text.trim().split(/\s+/);
  const pair = text.length <= 32 && endsLikeValue(text) ? LABEL_AND_VALUE.exec(text) : null;
  if (pair) return [pair[1]!, pair[2]!];
  // pdftotext -layout keeps columns apart with runs of spaces. (Normalized text has no whitespace
  // but spaces here: no pattern needs to scan a line of prose for \s.)
  if (!text.includes('   ') && !(endsLikeValue(text) && /\s\S*[\d\-—/]$/.test(text))) return null;
  const m = TRAILING_NUMBERS.exec(text);
  if (m && (m[1] ?? '').length <= 60 && !/[。；;,，]$/.test(m[1] ?? '')) {
    const numbers = m[2]!.trim().split(/\s+/);
    // Labels may stand in two cells too: "三、本年度办理结果    (一) 予以公开    3    0 …".
    // Two values or more, one of them a number: marks of none stand in for the others ("0 / / / / /").
    if (numbers.length >= 2 && numbers.some((n) => NUMBER_CELL.test(n))) return m[1] ? [...m[1].trim().split(/\s{2,}/), ...numbers] : numbers;
  }
  const wide = text.split(/\s{3,}/);
  if (wide.length >= 3 && wide.every((c) => c.length <= 40)) return wide;
  return null;
}

// A value on a line of its own: a number or a mark meaning none.
const VALUE_LINE = /^(?:[-+]?\d[\d,]*(?:\.\d+)?|[-—/])$/;

function withoutNote(text: string): string {
  return text.length > 40 && text.endsWith(')') ? text.replace(/\(.*\)$/, '') : text;
}

/** A value on a line of its own, a unit after it included ("80618元", corpus 018). */
function isValueLine(text: string): boolean {
  return VALUE_LINE.test(text) || (text.length <= 16 && text.charCodeAt(0) <= 0x39 && parseCellValue(text).kind === 'number');
}
// Row labels that scope the next one carry numbering: "(三)不予公开", "三、本年度办理结果".
const NUMBERED_LABEL = /^(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十]+\))/;
// Headings of the statutory sections never label a row.
const SECTION_HEADING = /^[一二三四五六][、.].*(总体情况|主动公开|收到和处理|行政复议|行政诉讼|存在.*问题|其他需要报告)/;

/**
 * Length of a one-cell-per-line row without tabs starting at `start` (pasted from a browser, often
 * without blank lines between rows): one label line, or two when the first is numbered, then the
 * run of value lines. Header words before a row's label stay paragraphs, so that the request
 * table's "其他" is not taken for part of "一、本年新收…". A run of five or more values with no label
 * is a row too (section 四). 0 when the lines at `start` are not such a row.
 */
function tabFreeCellRun(lines: readonly SourceLine[], start: number): number {
  const text = (i: number) => foldSpaces(lines[i]!.text);
  let end = start;
  while (end < lines.length && end - start <= 3) {
    const t = text(end);
    if (t === '' || isValueLine(t)) break;
    // A label may carry the template's note in brackets, however long ("规范性文件(行政机关制定发布的…)", corpus 011).
    if (withoutNote(t).length > 40 || SECTION_HEADING.test(t) || /[。;；]$/.test(t)) return 0;
    end++;
  }
  const labels = end - start;
  let values = 0;
  let numbers = 0;
  for (let i = end; i < lines.length; i++) {
    const t = text(i);
    if (!isValueLine(t)) break;
    values++;
    if (/\d/.test(t)) numbers++;
  }
  if (numbers === 0 || (labels === 0 && values < 5) || labels > 3) return 0;
  if (labels > 0) {
    const first = end - (labels >= 2 && NUMBERED_LABEL.test(text(end - 2)) ? 2 : 1);
    if (start < first) return 0;
  }
  return end - start + values;
}
