import type { Result, SourceFormat } from '../types.js';
import { unreadable } from '../rules/input-unreadable.js';
import { detectFormat } from './detect-format.js';
import { decodeTextFile, layoutTextSource } from './text/read-text.js';
import { looksLikeMarkdown } from './markdown/looks-like-markdown.js';

import type { ReadOutput } from './text/read-text.js';

export type { ReadOutput } from './text/read-text.js';

export interface ReadHints {
  /** The file is named .md/.markdown: read it as Markdown even when nothing in it needs the parser. */
  markdown?: boolean;
}

export interface ReadDocumentOutput extends ReadOutput {
  format: SourceFormat;
}

/**
 * Bytes → Document, whatever the format. Heavy readers load only for their own format, so a text
 * file never pays for htmlparser2, mammoth or pdf.js.
 */
export async function readDocument(bytes: Uint8Array, hints: ReadHints = {}): Promise<Result<ReadDocumentOutput | null> & { format: SourceFormat | null }> {
  if (bytes.length === 0) return { format: null, value: null, problems: [unreadable('文件为空', 'the file is empty')] };
  const detected = detectFormat(bytes);
  switch (detected) {
    case 'txt': {
      const source = decodeTextFile(bytes);
      if (!source.value) return withFormat('txt', { value: null, problems: source.problems });
      if (hints.markdown || looksLikeMarkdown(source.value.text)) {
        const { readMarkdownText } = await import('./markdown/read-markdown.js');
        return withFormat('md', { value: { document: readMarkdownText(source.value.text), encoding: source.value.encoding }, problems: [] });
      }
      return withFormat('txt', { value: layoutTextSource(source.value), problems: [] });
    }
    case 'html': {
      const { readHtml } = await import('./html/read-html.js');
      return withFormat('html', readHtml(bytes));
    }
    case 'docx': {
      const { readDocx } = await import('./docx/read-docx.js');
      return withFormat('docx', await readDocx(bytes));
    }
    case 'pdf': {
      const { readPdf } = await import('./pdf/read-pdf.js');
      return withFormat('pdf', await readPdf(bytes));
    }
    case 'zip':
      return {
        format: null,
        value: null,
        problems: [unreadable('ZIP 压缩包不是 .docx 文档（缺少 word/document.xml），或已损坏', 'a zip archive that is not a .docx document (no word/document.xml), or a damaged one')],
      };
    case 'encrypted-office':
      return {
        format: null,
        value: null,
        problems: [unreadable('文档有密码保护（已加密），请去除密码后另存为 .docx 再检查', 'the document is password-protected (encrypted): remove the password, save as .docx and try again')],
      };
    case 'legacy-office':
      return {
        format: null,
        value: null,
        problems: [unreadable('旧版 Office/WPS 格式（.doc/.wps/.xls）不受支持，请另存为 .docx 后再检查', 'legacy Office/WPS format (.doc/.wps/.xls) is not supported: save it as .docx and try again')],
      };
    default:
      return { format: null, value: null, problems: [unreadable('文件不是文本，也不是支持的格式', 'not a supported format')] };
  }
}

function withFormat(format: SourceFormat, result: Result<ReadOutput | null>) {
  return {
    format,
    value: result.value && { ...result.value, format },
    problems: result.problems,
  };
}
