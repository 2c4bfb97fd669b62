/**
 * Whitespace as a browser shows it, with one difference that matters for Chinese: a line break in
 * the source between two Chinese characters disappears instead of becoming a space, so that
 * "本年新\n制作数量" (Word's saved HTML wraps lines anywhere) reads "本年新制作数量".
 */

// Stands for a collapsed run of whitespace that held a line break, until both neighbours are known.
const SEGMENT_BREAK = '\u0001';
const WIDE = /[\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF\u3000-\u303F]/;

/**
 * Collapses HTML whitespace in one text node. Tabs survive when `keepTabs` is set: text that
 * mammoth produced from a .docx keeps Word's tab stops, which separate cells in pasted tables.
 */
export function collapseSpace(data: string, keepTabs: boolean): string {
  if (!/[ \t\n\r\f]/.test(data)) return data;
  return data.replace(keepTabs ? /[ \n\r\f]+/g : /[ \t\n\r\f]+/g, (run) => (/[\n\r]/.test(run) ? SEGMENT_BREAK : ' '));
}

/** Resolves the pending line breaks of text built from collapsed nodes (see collapseSpace). */
export function settleSpace(text: string): string {
  if (!text.includes(SEGMENT_BREAK)) return text;
  return text.replace(/[ \u0001]+/g, (run, offset: number, whole: string) => {
    if (!run.includes(SEGMENT_BREAK)) return run;
    const before = whole[offset - 1] ?? '';
    const after = whole[offset + run.length] ?? '';
    return WIDE.test(before) && WIDE.test(after) ? '' : ' ';
  });
}

/**
 * Joins the pieces of a cell broken by <p>, <div> or <br>: Chinese runs on without a space
 * ("本年新" + "制作数量"), and so do numbers split at their separators ("35," + "381"); only two
 * Latin words or numbers get a space between them.
 */
export function joinPieces(pieces: readonly string[]): string {
  let out = '';
  for (const raw of pieces) {
    const piece = raw.trim();
    if (piece === '') continue;
    if (out !== '' && /[A-Za-z0-9]$/.test(out) && /^[A-Za-z0-9]/.test(piece)) out += ' ';
    out += piece;
  }
  return out;
}
