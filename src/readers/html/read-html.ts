import { publishedOnPage } from './html-published.js';
import { isAscii, isUtf8 } from 'node:buffer';
import { parseDocument } from 'htmlparser2';
import type { Block, Document, Result } from '../../types.js';
import { normalizeCell } from '../../normalize/text.js';
import { unreadable } from '../../rules/input-unreadable.js';
import { decodeText } from '../text/decode-text.js';
import type { ReadOutput } from '../text/read-text.js';
import { type SourceLine, layoutText } from '../text/text-layout.js';
import { sniffDeclaredCharset } from './html-charset.js';
import { nestsDeeperThan } from './html-depth.js';
import { type DomRoot, SourceLines } from './html-dom.js';
import { MarkIndex, findDetachedTitle, findReportContainer } from './html-content.js';
import { ContentWalker, type Item } from './html-walk.js';

export interface HtmlReadOptions {
  /**
   * How blocks are numbered: "source" (default) gives each block the line of the HTML source it
   * starts on; "blocks" counts paragraphs and table rows, for HTML generated from another format.
   */
  numbering?: 'source' | 'blocks';
  /** Keep tab characters in text (mammoth writes Word's tab stops as tabs). */
  keepTabs?: boolean;
}

// Real pages nest tens of elements, sloppy ones a few hundred; thousands is a broken or hostile page.
const MAX_DEPTH = 2000;
const TOO_DEEP = unreadable('HTML 元素嵌套层级过深，无法读取', 'the HTML nests its elements too deeply to be read');

/**
 * A saved portal page → Document. The charset comes from a BOM, then the page's own declaration,
 * then detection; the report is found inside the page (see findReportContainer).
 */
export function readHtml(bytes: Uint8Array): Result<ReadOutput | null> {
  const { text, encoding } = decodeText(bytes, trustedCharset(bytes));
  return readHtmlString(text, encoding);
}

/**
 * The declared charset, unless the bytes contradict it: portals moved to UTF-8 keep templates that
 * still say gb2312, and GBK text is never valid UTF-8 beyond a few bytes, so valid UTF-8 with
 * Chinese in it is read as UTF-8 whatever the page says.
 */
function trustedCharset(bytes: Uint8Array): string | null {
  const declared = sniffDeclaredCharset(bytes);
  if (declared === null || isAscii(bytes)) return declared;
  return isUtf8(bytes) ? 'utf-8' : declared;
}

/** An HTML string already decoded → Document; `encoding` is recorded as given. */
export function readHtmlString(html: string, encoding: string | null, options: HtmlReadOptions = {}): Result<ReadOutput | null> {
  if (nestsDeeperThan(html, MAX_DEPTH)) return { value: null, problems: [TOO_DEEP] };
  let document: Document;
  try {
    document = buildHtmlDocument(html, options);
  } catch (error) {
    // The walk recurses along the element tree; only thousands of nested elements exhaust the stack.
    const problem =
      error instanceof RangeError
        ? TOO_DEEP
        : unreadable(`HTML 无法解析（${describe(error)}）`, `the HTML cannot be parsed (${describe(error)})`);
    return { value: null, problems: [problem] };
  }
  if (document.blocks.length === 0) {
    return {
      value: null,
      problems: [
        unreadable(
          '页面中没有正文文字（正文可能由脚本加载，或报告在附件、框架或图片中）',
          'the page has no text of its own (it may be loaded by scripts, or the report is in an attachment, a frame or an image)',
        ),
      ],
    };
  }
  const published = publishedOnPage(html);
  return { value: { document: published ? { ...document, published } : document, encoding }, problems: [] };
}

/**
 * Parses the HTML and reads the report's blocks: non-table text goes through the same layout as
 * plain text (so tables pasted as paragraphs are rebuilt the same way), real tables become grids.
 * Throws only on input the parser or the walk cannot handle (absurd nesting).
 */
export function buildHtmlDocument(html: string, options: HtmlReadOptions = {}): Document {
  const numbering = options.numbering ?? 'source';
  // htmlparser2, not parse5: five times faster on report pages, and its start indices are all the
  // locations the reader needs. It adds no implied tbody or body; the walk does not rely on them.
  // Not through cheerio's load(): it declares a class per document, which keeps each document alive
  // through minor GCs (scavenges took a third of the time of reading a page).
  const root = parseDocument(html, { withStartIndices: numbering === 'source' }) as unknown as DomRoot;
  const marks = new MarkIndex();
  const container = findReportContainer(root, marks);
  const lines = numbering === 'source' ? new SourceLines(html) : null;
  const walker = new ContentWalker({ marks, numbering, lines, keepTabs: options.keepTabs ?? false });
  const title = findDetachedTitle(root, container);
  if (title) walker.title(title);
  walker.walk(container);
  const blocks = assembleBlocks(walker.items);
  return walker.images.length > 0 ? { blocks, images: walker.images } : { blocks };
}

/** Runs of text lines go through the text layout; real tables stand between them as they are. */
function assembleBlocks(items: readonly Item[]): Block[] {
  const blocks: Block[] = [];
  let run: SourceLine[] = [];
  const flush = () => {
    for (const block of layoutText(run)) {
      if (block.kind === 'paragraph') {
        const text = normalizeCell(block.text);
        if (text !== '') blocks.push({ ...block, text });
      } else {
        blocks.push(block);
      }
    }
    run = [];
  };
  for (const item of items) {
    if (item.kind === 'line') {
      run.push(item.line);
    } else {
      flush();
      blocks.push(item.table);
    }
  }
  flush();
  return blocks;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
