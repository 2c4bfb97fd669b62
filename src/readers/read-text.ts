import type { Document, Result } from '../types.js';
import { normalizeText, splitLines } from '../normalize/text.js';
import { unreadable } from '../rules/input-unreadable.js';
import { decodeText, looksBinary, looksGarbled } from './decode-text.js';
import { layoutNormalizedText } from './text-layout.js';
import { packedMap } from '../packed-map.js';

export interface ReadOutput {
  document: Document;
  encoding: string | null;
}

const BINARY = unreadable('文件不是文本，也不是支持的格式（txt、html、docx、pdf）', 'not text, nor a supported format (txt, html, docx, pdf)');

/** Plain text (pasted reports): decode, split lines (CRLF, CR, LF), rebuild paragraphs and rows. */
export function readText(bytes: Uint8Array): Result<ReadOutput | null> {
  if (looksBinary(bytes)) return { value: null, problems: [BINARY] };
  const { text, encoding } = decodeText(bytes);
  if (looksGarbled(text)) return { value: null, problems: [BINARY] };
  // Normalized whole, not line by line: one pass over the text instead of one per line (the result
  // is the same: nothing NFKC or the clean-up changes spans a line end).
  const lines = packedMap(splitLines(normalizeText(text)), (t, i) => ({ text: t, line: i + 1 }));
  return { value: { document: { blocks: layoutNormalizedText(lines) }, encoding }, problems: [] };
}
