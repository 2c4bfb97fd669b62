import type { Problem, PublishedDate, Result } from '../../types.js';
import { findDate } from '../../normalize/dates.js';
import { unreadable } from '../../rules/input-unreadable.js';
import type { ReadOutput } from '../text/read-text.js';
import { openPdf, withTimeout, type OpenFailure } from './pdf-load.js';
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api.js';
import type { PageContent } from './pdf-page-content.js';
import { layoutPdf } from './pdf-layout.js';
import { readPage } from './pdf-page.js';

export interface ReadPdfOptions {
  /** Gives up on a document that takes longer than this to read (a malicious or broken file). */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 60_000;

const CAUSES: Record<OpenFailure | 'no-text' | 'undecodable', [zh: string, en: string]> = {
  encrypted: ['PDF 已加密（需要打开密码），请提供未加密的版本', 'the PDF is encrypted (it needs a password to open): provide an unencrypted copy'],
  truncated: ['PDF 文件不完整（可能下载中断或被截断），请重新获取完整文件', 'the PDF is incomplete (the download was cut short or the file truncated): get the whole file again'],
  corrupt: ['PDF 文件已损坏，无法解析', 'the PDF is damaged and cannot be parsed'],
  timeout: ['PDF 读取超时，文件可能已损坏或结构异常', 'reading the PDF timed out: the file may be damaged or malformed'],
  'no-text': [
    'PDF 没有文字层（可能是扫描件），请提供可复制文字的版本或先进行文字识别',
    'the PDF has no text layer (probably a scan): provide a version with selectable text, or run OCR first',
  ],
  undecodable: [
    'PDF 的文字无法解码（字体缺少 Unicode 映射，复制出来是乱码），请提供 Word 或网页版本，或先进行文字识别',
    "the PDF's text cannot be decoded (its fonts lack a Unicode mapping; copied text is garbage): provide the Word or web version, or run OCR",
  ],
};

/**
 * PDF bytes → Document. Text comes from pdf.js with its CMaps, so CJK fonts without a ToUnicode map
 * still give Chinese; the reading order, tables and paragraphs are rebuilt from positions (layoutPdf).
 * A bad file is a problem, never an exception; a page without text among pages with text is reported
 * as a warning and the rest is read.
 */
export async function readPdf(bytes: Uint8Array, options: ReadPdfOptions = {}): Promise<Result<ReadOutput | null>> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const deadline = Date.now() + timeoutMs;
  const opened = await openPdf(bytes, timeoutMs);
  if (!opened.ok) return fail(opened.failure);
  const { doc, pdfjs, close } = opened;
  try {
    const read = await withTimeout(
      (async () => {
        const pages: PageContent[] = [];
        for (let n = 1; n <= doc.numPages; n++) {
          const page = await doc.getPage(n);
          try {
            pages.push(await readPage(page, pdfjs, n));
          } finally {
            page.cleanup();
          }
        }
        return pages;
      })(),
      Math.max(0, deadline - Date.now()),
    );
    if (read.timedOut) return fail('timeout');
    if ('error' in read) return fail('corrupt');
    const pages = read.value;
    if (pages.every((p) => p.items.length === 0)) return fail('no-text');
    if (undecodable(pages)) return fail('undecodable');
    const problems = pages.filter((p) => p.items.length === 0).map((p) => textlessPage(p.page));
    const published = await creationDate(doc);
    // A page with no text inside a text PDF is a picture: a scanned page, or tables pasted as one.
    const images = pages.filter((p) => p.items.length === 0).map((p) => ({ page: p.page }));
    const document = { blocks: layoutPdf(pages), ...(published && { published }), ...(images.length > 0 && { images }) };
    return { value: { document, encoding: null }, problems };
  } finally {
    await close();
  }
}

/** The PDF's creation date (D:20210120…): when it was made, which is at most when it was published. */
async function creationDate(doc: PDFDocumentProxy): Promise<PublishedDate | null> {
  const meta = await doc.getMetadata().catch(() => null);
  const raw = (meta?.info as { CreationDate?: unknown } | undefined)?.CreationDate;
  const date = typeof raw === 'string' ? findDate(raw) : null;
  return date ? { date, source: 'pdf-created' } : null;
}

// Private-use code points, U+FFFD and control characters: what fonts without a usable Unicode
// mapping (subset fonts from printer drivers, Identity-H without ToUnicode) come out as.
const UNDECODED = /[\u{E000}-\u{F8FF}\u{F0000}-\u{10FFFF}\uFFFD\u0000-\u001F\u007F-\u009F]/gu;

/** True when at least 30 % of the document's characters could not be decoded. */
function undecodable(pages: readonly PageContent[]): boolean {
  const text = pages.flatMap((p) => p.items.map((i) => i.text)).join('').replace(/\s+/g, '');
  return text.length >= 10 && (text.match(UNDECODED) ?? []).length >= 0.3 * [...text].length;
}

function fail(cause: OpenFailure | 'no-text' | 'undecodable'): Result<null> {
  const [zh, en] = CAUSES[cause];
  return { value: null, problems: [unreadable(zh, en)] };
}

/**
 * A page without text inside a text PDF: a scanned page, a table pasted as a picture, or a blank page.
 * Telling them apart would mean decoding the page's images, which the reader never does.
 */
function textlessPage(page: number): Problem {
  return {
    ...unreadable(`第 ${page} 页没有文字层（可能是扫描图片或空白页），该页内容未读取`, `page ${page} has no text layer (a scanned image, or a blank page): nothing on it was read`),
    location: { page },
    severity: 'warning',
  };
}
