import type { Document, Result } from '../../types.js';
import { normalizeText, splitLines, SURVIVES_NFKC } from '../../normalize/text.js';
import { foldTraditional } from '../../normalize/traditional.js';
import { unreadable } from '../../rules/input-unreadable.js';
import { CONTROL_CHAR, decodeText, looksBinary, looksGarbled } from './decode-text.js';
import { layoutNormalizedText } from './text-layout.js';
import { packedMap } from '../../packed-map.js';

export interface ReadOutput {
  document: Document;
  encoding: string | null;
}

// The two character classes as one: a class is one test a character, an alternation two.
const RARE = new RegExp(`[${CONTROL_CHAR.source.slice(1, -1)}${SURVIVES_NFKC.source.slice(1, -1)}]`);

const BINARY = unreadable('文件不是文本，也不是支持的格式（txt、html、docx、pdf）', 'not text, nor a supported format (txt, html, docx, pdf)');

/** A text file decoded and normalized, before its layout is read. */
export interface TextSource {
  text: string;
  encoding: string;
}

/** Plain text (pasted reports): decode, split lines (CRLF, CR, LF), rebuild paragraphs and rows. */
export function readText(bytes: Uint8Array): Result<ReadOutput | null> {
  const source = decodeTextFile(bytes);
  return source.value ? { value: layoutTextSource(source.value), problems: [] } : { value: null, problems: source.problems };
}

/** Decodes and normalizes a text file; binary or garbled bytes are a problem, not text. */
export function decodeTextFile(bytes: Uint8Array): Result<TextSource | null> {
  if (looksBinary(bytes)) return { value: null, problems: [BINARY] };
  const { text, encoding } = decodeText(bytes);
  // One pass finds the rare characters two later steps would each scan the text for: control
  // characters (a binary file) and invisible ones that outlast NFKC. Most reports hold neither.
  const rare = RARE.test(text);
  if (rare && looksGarbled(text)) return { value: null, problems: [BINARY] };
  // Normalized whole, not line by line: one pass over the text instead of one per line (the result
  // is the same: nothing NFKC or the clean-up changes spans a line end). A report a mirror converted
  // to Traditional characters is folded back the same way, whole, before anything reads it.
  return { value: { text: foldTraditional(normalizeText(text, rare)), encoding }, problems: [] };
}

/** The paragraphs and rows of decoded, normalized text. */
export function layoutTextSource(source: TextSource): ReadOutput {
  const lines = packedMap(splitLines(source.text), (t, i) => ({ text: t, line: i + 1 }));
  return { document: { blocks: layoutNormalizedText(lines) }, encoding: source.encoding };
}
