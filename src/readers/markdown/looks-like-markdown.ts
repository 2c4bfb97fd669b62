// A GFM table's delimiter row ("|---|:--:|", "---|---"): what tells a converter's Markdown from a
// pasted text whose lines merely hold pipes.
const DELIMITER_ROW = /^[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)+[ \t]*(?::?-+:?[ \t]*)?$/m;
const ATX_HEADING = /^#{1,6}[ \t]+\S/m;

/**
 * True for text written as Markdown: a pipe table's delimiter row, or an ATX heading ("## 表二").
 * Runs on every text report, so each pattern runs only after an indexOf finds what it needs.
 */
export function looksLikeMarkdown(text: string): boolean {
  // One scan for either character: most reports hold neither.
  if (!PIPE_OR_HASH.test(text)) return false;
  const table = text.includes('|') && (text.includes('|-') || text.includes('-|') || text.includes('|:') || text.includes(':|')) && DELIMITER_ROW.test(text);
  return table || ((text.charCodeAt(0) === 0x23 || text.includes('\n#')) && ATX_HEADING.test(text));
}
const PIPE_OR_HASH = /[|#]/;
