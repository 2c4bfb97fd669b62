import { hash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import type { Document, ImagePlace, Problem, PublishedDate } from './types.js';
import { signatureDate } from './normalize/dates.js';
import type { CellRef, Report, SectionRef } from './record/schema.js';
import type { CellInfo } from './tables/extraction.js';
import { RECORD_VERSION } from './record/version.js';
import type { Template } from './record/layout.js';
import { readDocument } from './readers/read-document.js';
import { unreadable } from './rules/input-unreadable.js';
import { RULES } from './rules/index.js';
import { predatesFormat } from './rules/support.js';
import { renderFindings, type RenderOptions } from './findings/render-findings.js';
import { splitSections } from './sections/split-sections.js';
import { splitRunOnRows } from './sections/split-run-on-rows.js';
import { flattenDocument, rowTexts, type FlatRow } from './tables/flatten.js';
import type { CheckInput, PlacedImage, TextLine } from './rules/rule.js';
import { unfuseValues } from './tables/unfuse-values.js';
import { extractTables } from './tables/extract-tables.js';
import { withBlanksAsZero } from './tables/blank-as-zero.js';
import { readMeta, withTemplate } from './meta/read-meta.js';

export interface ParseOptions extends RenderOptions {
  /** The body leaves zeros blank: blank cells count 0 in the identities (the record keeps null). */
  blankAsZero?: boolean;
  /** Also say, as info, what a check could not look at. */
  verbose?: boolean;
  /** false: leave the record's `cells` empty, for callers that show findings and values only. */
  cells?: boolean;
  /** false: leave `source.sha256` empty (""), for callers that show findings only. */
  sha256?: boolean;
}

export interface ReportInput {
  /** Shown in findings and recorded in `source`; "-" for standard input. */
  path: string;
  bytes: Uint8Array;
}

/**
 * The whole pipeline on one file's bytes: read → flatten → split sections → extract tables → rules.
 * Never throws on a bad document: what cannot be read becomes an `input-unreadable` finding.
 */
export async function parseReport(input: ReportInput, options: ParseOptions = {}): Promise<Report> {
  const read = await readDocument(input.bytes, { markdown: MARKDOWN_NAME.test(input.path) });
  const problems: Problem[] = [...read.problems];
  // A body run into one line is cut at its statutory headings before they are looked for, and rows
  // whose cells ran together into one paragraph get their label apart from their digits.
  const rows = read.value ? unfuseValues(splitRunOnRows(flattenDocument(read.value.document))) : [];
  const split = splitSections(rows);
  const meta = readMeta(rows, split.bodyStart);
  const extraction = extractTables(rows, split.rowSection, meta.year);
  const record = { title: meta.title, agency: meta.agency, year: meta.year, published: meta.published, url: meta.url };

  if (read.value) {
    // A report from before the format has neither statutory headings nor tables, yet reads: its rules say so.
    const nothing = split.sections.length === 0 && !extraction.tables.some((t) => t.found) && !predatesFormat(record, extraction);
    if (nothing) {
      // A page with no heading and no table of a report: one clear finding, not twenty missing parts.
      problems.push(unreadable('文件中未找到政府信息公开工作年度报告的章节或表格', 'no section or table of an annual disclosure report found in the file'));
    } else {
      const blankAsZero = options.blankAsZero === true;
      const text = textLines(rows, split.rowSection);
      const input: CheckInput = {
        meta: withTemplate(record, extraction.template),
        sections: split.sections,
        extraction: blankAsZero ? withBlanksAsZero(extraction) : extraction,
        text,
        published: publication(meta.published, read.value.document, text),
        images: placeImages(read.value.document.images ?? [], text, split.sections),
        options: { blankAsZero, verbose: options.verbose === true },
      };
      for (const rule of RULES) if (rule.check) problems.push(...rule.check(input));
    }
  }
  const ok = read.value !== null && problems.every((p) => p.rule !== 'input-unreadable');
  return {
    version: RECORD_VERSION,
    source: {
      path: input.path,
      format: read.format,
      encoding: read.value?.encoding ?? null,
      bytes: input.bytes.length,
      // The one-shot hash: a Hash object costs as much again for a file of a few KiB.
      sha256: options.sha256 === false ? '' : hash('sha256', input.bytes, 'hex'),
    },
    meta: withTemplate(record, ok ? reportTemplate(extraction.templateFromTables, extraction.template, meta.year) : null),
    sections: split.sections,
    active: extraction.active,
    requests: extraction.requests,
    appeals: extraction.appeals,
    cells: options.cells === false ? [] : extraction.cells.map(cellRef),
    findings: renderFindings(problems, options),
  };
}

// A signature's date stands on one of the last lines of the text, below the body's name.
const SIGNATURE_LINES = 6;
// A portal's page furniture after the report (print, close, updated, views): read past, not as the signature.
const CHROME = /打印|关闭|更新|浏览|分享|字号|返回|顶部|扫一扫|收藏|【|】|访问量|阅读/;
// The body that signs: a government, a bureau, an office … (its name ends so).
const SIGNER = /(政府|局|厅|委员会|委|办公室|办公厅|办|署|院|中心|街道办事处|管委会|镇|乡|所|队|站)$/;

/**
 * The report's publication date and where it was read, strongest first: a header block or the
 * page's own 发布日期 line, the page's <meta>, the signature's date, a PDF's creation date.
 */
function publication(header: string | null, document: Document, text: readonly TextLine[]): PublishedDate | null {
  if (header) return { date: header, source: 'header' };
  // The page's own publication line or <meta>; a PDF's creation date only when nothing better says.
  if (document.published && document.published.source !== 'pdf-created') return document.published;
  const signed = signatureOf(text);
  if (signed) return signed;
  return document.published ?? null;
}

/** The date under the signature: a written date just below the body's name, or beside it, among the last lines. */
function signatureOf(text: readonly TextLine[]): PublishedDate | null {
  const tail = text.filter((l) => !l.inTable && l.text.trim() !== '' && !CHROME.test(l.text)).slice(-SIGNATURE_LINES);
  for (let i = tail.length - 1; i >= 0; i--) {
    const line = tail[i]!;
    const signed = signatureDate(line.text);
    if (!signed) continue;
    const body = signed.body !== '' ? signed.body : (tail[i - 1]?.text.replace(/\s/g, '') ?? '');
    if (!SIGNER.test(body)) continue;
    return { date: signed.date, source: 'signature', line: line.line, ...(line.page !== undefined && { page: line.page }) };
  }
  return null;
}

/**
 * Each picture in the section it stands in: that of the last row at or before its line, or, for a
 * PDF page without text, that of the last row of the pages before it (the section it interrupts).
 */
function placeImages(images: readonly ImagePlace[], text: readonly TextLine[], sections: readonly SectionRef[]): PlacedImage[] {
  const found = new Set(sections.map((s) => s.number));
  return images.map((image) => {
    let section = 0;
    for (const row of text) {
      const before = image.line !== undefined ? row.line <= image.line : (row.page ?? 0) < (image.page ?? 0);
      if (!before) break;
      section = row.section;
    }
    const held = [section];
    // Only a page without text may hold the headings too; a picture in a page stands in its section.
    if (image.line === undefined) for (let n = section + 1; n <= 6 && !found.has(n); n++) held.push(n);
    return { ...image, sections: held };
  });
}

/** The rows as the text rules read them. */
function textLines(rows: readonly FlatRow[], rowSection: readonly number[]): TextLine[] {
  return rows.map((row, i) => ({
    text: rowTexts(row).join(' '),
    line: row.line,
    ...(row.page !== undefined && { page: row.page }),
    section: rowSection[i] ?? 0,
    inTable: row.table !== null,
  }));
}

/** A cell's provenance as the record gives it: where it was read, and whether it was cut out of run-together digits. */
function cellRef(c: CellInfo): CellRef {
  const ref: CellRef = c.page === undefined ? { path: c.path, raw: c.raw, line: c.line } : { path: c.path, raw: c.raw, line: c.line, page: c.page };
  if (c.recovered) ref.recovered = true;
  return ref;
}

/** Reads a file (or "-" for standard input) and parses it; a missing file or a directory is a finding too. */
export async function parseFile(path: string, options: ParseOptions = {}): Promise<Report> {
  if (path === '-') return parseReport({ path, bytes: await readStdin() }, options);
  const read = readReportFile(path);
  if ('problem' in read) return problemReport(path, read.problem, options);
  return parseReport({ path, bytes: read.bytes }, options);
}

/** `tooLarge`: the file's size, or null for a pipe or a device that gave more than the limit. */
export type ReadFileResult = { bytes: Uint8Array } | { problem: Problem } | { tooLarge: number | null };

/**
 * A report file's bytes, or the problem that keeps them out of reach; a file over `maxBytes` is
 * refused unread (`tooLarge` is its size). One open, one stat, one read: synchronous on purpose,
 * since for files of a few KiB fs/promises' round trips through the thread pool cost ten times the
 * read itself, and batch workers may block.
 */
export function readReportFile(path: string): Exclude<ReadFileResult, { tooLarge: number | null }>;
export function readReportFile(path: string, maxBytes: number): ReadFileResult;
export function readReportFile(path: string, maxBytes = Number.POSITIVE_INFINITY): ReadFileResult {
  let fd: number | null = null;
  try {
    fd = openSync(path, 'r');
    const info = fstatSync(fd);
    if (info.isDirectory()) return { problem: IS_DIRECTORY };
    if (info.isFile()) return info.size > maxBytes ? { tooLarge: info.size } : { bytes: readFileSync(fd) };
    // A pipe or a device (/dev/stdin) has no size to check first, and may never end (/dev/zero).
    const bytes = readUpTo(fd, Math.min(maxBytes, STREAM_MAX_BYTES) + 1);
    if (bytes.length <= maxBytes && bytes.length <= STREAM_MAX_BYTES) return { bytes };
    return Number.isFinite(maxBytes) ? { tooLarge: null } : { problem: unreadable('输入没有尽头（设备或管道）', 'the input does not end (a device or a pipe)') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Where opening a directory fails outright (Windows) rather than giving a descriptor to stat.
    if (code === 'EISDIR') return { problem: IS_DIRECTORY };
    if (code === 'ENOENT') return { problem: unreadable('文件不存在', 'no such file') };
    if (code === 'EACCES' || code === 'EPERM') return { problem: unreadable('没有读取权限', 'permission denied') };
    return { problem: unreadable(`读取失败（${code ?? String(error)}）`, `read failed (${code ?? String(error)})`) };
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** The record of a file that could not be read: empty, with the one finding that says why. */
export async function problemReport(path: string, problem: Problem, options: ParseOptions): Promise<Report> {
  const report = await parseReport({ path, bytes: new Uint8Array() }, options);
  report.findings = renderFindings([problem], options);
  return report;
}

const MARKDOWN_NAME = /\.(md|markdown)$/i;

/**
 * The template the report follows: the one its tables show, else the one its year calls for. A
 * report for a year before 2019 follows neither (the format dates from 国办公开办函〔2019〕60号): null,
 * though its record keeps the 2019 shape.
 */
function reportTemplate(fromTables: Template | null, assumed: Template, year: number | null): Template | null {
  if (fromTables !== null) return fromTables;
  return year !== null && year < 2019 ? null : assumed;
}

const IS_DIRECTORY = unreadable('这是一个目录，不是文件', 'is a directory, not a file');

// How much a pipe or a device may give when no size limit is set.
const STREAM_MAX_BYTES = 256 * 1024 * 1024;

/** At most `limit` bytes from a file descriptor, until its end. */
function readUpTo(fd: number, limit: number): Uint8Array {
  const chunks: Buffer[] = [];
  let total = 0;
  while (total < limit) {
    const chunk = Buffer.allocUnsafe(Math.min(1024 * 1024, limit - total));
    const n = readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    total += n;
  }
  return Buffer.concat(chunks, total);
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
