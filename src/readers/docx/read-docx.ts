import type { Document, Result } from '../../types.js';
import { unreadable } from '../../rules/input-unreadable.js';
import type { ReadOutput } from '../text/read-text.js';
import { buildHtmlDocument } from '../html/read-html.js';
import { checkDocxZip } from './docx-zip.js';

/**
 * A .docx → Document: mammoth turns it into HTML (keeping table cells' gridSpan/vMerge as
 * colspan/rowspan), then the HTML path reads it. Blocks are numbered by a running count of
 * paragraphs and table rows, since a .docx has no lines. mammoth's warnings (unknown styles and
 * the like) say nothing about the report and are not findings.
 */
export async function readDocx(bytes: Uint8Array): Promise<Result<ReadOutput | null>> {
  const refusal = checkDocxZip(bytes);
  if (refusal) return fail(refusal.zh, refusal.en);

  let html: string;
  try {
    const mammoth = (await import('mammoth')).default;
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      // Images are never read: a report's numbers are not in its pictures, and this keeps them unpacked.
      { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    );
    html = result.value;
  } catch (error) {
    return fail(`文档内容损坏，无法转换（${describe(error)}）`, `the document is damaged and cannot be converted (${describe(error)})`);
  }

  let document: Document;
  try {
    document = buildHtmlDocument(html, { numbering: 'blocks', keepTabs: true });
  } catch (error) {
    return fail(`文档结构无法读取（${describe(error)}）`, `the document's structure cannot be read (${describe(error)})`);
  }
  if (document.blocks.length === 0) {
    return fail('文档中没有文字（可能只有扫描图片）', 'the document has no text (perhaps only scanned images)');
  }
  return { value: { document, encoding: null }, problems: [] };
}

function fail(zh: string, en: string): Result<null> {
  return { value: null, problems: [unreadable(zh, en)] };
}

/** The library's own words, on one line and not too long to read in a finding. */
function describe(error: unknown): string {
  const text = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim();
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
